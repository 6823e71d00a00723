"""Where an event happened: a place attached to its trigger by a locative preposition.

"met in Geneva", "a visit to Kiev", "imposed a curfew in the town of Cizre". A place
named as the subject of a verb ("Beijing said") is an actor, not a location, and never
reaches here: only objects of locative prepositions do.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chancery.events.grammar import Grammar
from chancery.model import Location, PlaceMention

__all__ = ["place_of_event"]

_PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}
# Words between a place and its preposition: "in the town of Cizre", "to the capital, Kabul".
_NOMINAL_LINKS = frozenset({"appos", "compound", "conj"})


def place_of_event(
    doc: Doc, places: list[PlaceMention], anchors: list[Token], grammar: Grammar
) -> Location | None:
    """The most precise place attached to the trigger (anchors[0]) or the words it governs.

    `anchors` are the trigger, then the verbs whose clause contains it; the trigger's
    direct object counts too ("imposed a curfew in Cizre").
    """
    if not anchors or not places:
        return None
    trigger = anchors[0]
    hosts = {a.i for a in anchors}
    hosts.update(c.i for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))
    sentence = trigger.sent
    best: tuple[int, int, Location] | None = None
    for place in places:
        if place.start < sentence.start_char or place.end > sentence.end_char:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        host = _locative_host(span.root, grammar)
        if host is None or host.i not in hosts:
            continue
        distance = 0 if host.i == trigger.i else 1
        rank = (distance, _PRECISION_RANK.get(place.location.precision, 3))
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], place.location)
    return best[2] if best else None


def _locative_host(root: Token, grammar: Grammar) -> Token | None:
    """The word a place's locative preposition attaches to, if it has one."""
    node = root
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.pos_ == "ADP":
            if head.lower_ in grammar.locative_prepositions:
                return head.head
            if head.lower_ != "of" or head.head.i == head.i:
                return None
            node = head.head  # "the town of Cizre" -> town
        elif node.dep_ in _NOMINAL_LINKS:
            node = head
        else:
            return None
    return None
