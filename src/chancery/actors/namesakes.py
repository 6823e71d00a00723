"""Capitals that share their name with a city elsewhere: "fighting in Tripoli" in a story
that says "the north Lebanese port" is Tripoli, Lebanon, not Libya's capital.

A capital the text uses as a place (the object of "in", "into", "near", ...) is read as
the namesake city of another state when the sentence names that state (by name,
adjective or demonym) and not the capital's own state, and the gazetteer has a city of
that name in it; a sentence that names neither leaves the decision to the whole
document, by the same test. The candidate then stands for that state as a place, with
basis "rule:namesake city in <state>". A capital used as a party ("Tripoli said") keeps
its government: a city that is no capital has none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from chancery.actors.kb import Alias, KnowledgeBase
from chancery.actors.recognize import Candidate
from chancery.nlp import text_of

__all__ = ["LOCATIVE", "relocate_namesakes"]

# Prepositions whose object is a place (shared with resolve.py's "capital as place").
LOCATIVE = {
    "in",
    "to",
    "at",
    "from",
    "into",
    "toward",
    "towards",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "via",
    "through",
    "between",
    "within",
    "visit",
    "visited",
}
_NAMING_FORMS = {"name", "adjective", "demonym"}


def relocate_namesakes(doc: Doc, kb: KnowledgeBase, dictionary: list[Candidate]) -> None:
    """Point capitals used as places at the namesake city's state (see the module doc)."""
    seats = [c for c in dictionary if c.label == "seat" and _as_place(doc, c)]
    if not seats:
        return
    named = [(c, state) for c in dictionary if (state := _named_state(kb, c)) is not None]
    for seat in seats:
        alias = seat.alias
        entry = kb.entries.get(alias.entry) if alias else None
        if alias is None or entry is None or entry.country is None:
            continue
        sentence = doc[seat.t_start].sent
        in_sentence = {s for c, s in named if sentence.start <= c.t_start < sentence.end}
        for scope in (in_sentence, {s for _, s in named}):
            if not scope:
                continue
            if entry.country not in scope:
                state = _namesake_state(
                    text_of(doc)[seat.start : seat.end], scope - {entry.country}
                )
                if state is not None:
                    home = kb.state(state)
                    assert home is not None
                    basis = f"rule:namesake city in {home.name}"
                    seat.aliases = [Alias(alias.text, home.key, "seat", False, basis)]
            break


def _as_place(doc: Doc, cand: Candidate) -> bool:
    span = doc[cand.t_start : cand.t_end]
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _named_state(kb: KnowledgeBase, cand: Candidate) -> str | None:
    alias = cand.alias
    if cand.source != "kb" or alias is None or alias.form not in _NAMING_FORMS:
        return None
    entry = kb.entries.get(alias.entry)
    return entry.country if entry is not None and entry.kind == "state" else None


def _namesake_state(name: str, states: set[str]) -> str | None:
    """The one state among `states` with a gazetteer city called `name`."""
    from chancery.places.gazetteer import load_gazetteer, name_key  # built only when needed

    key = name_key(name)
    found = {
        e.country
        for e, _ in load_gazetteer().candidates(name)
        if e.precision == "city" and e.country in states and name_key(e.name) == key
    }
    return found.pop() if len(found) == 1 else None
