"""From a noun phrase in the parse to the actors it names: the parties of an event.

An argument's head word often is not an actor itself ("the leader of North Korea, Kim
Jong Un", "Senior Hungarian and Romanian officials"). The phrase is read in two layers:

- the *core*: the head and every word joined to it by coordination or apposition
  ("China and Russia", "allies China and Russia", "the leader ..., Kim Jong Un");
- the *modifiers*: possessors, compounds, adjectives and "of" phrases of the core words
  ("Hungarian officials", "the leader of North Korea", "Norway's foreign minister").

Actors named in the core win; only when the core names none do the modifiers speak. So
"the leader of North Korea, Kim Jong Un" is Kim, not the embedded country, while "the
leader of North Korea" alone is North Korea. Relative clauses and other prepositional
phrases are never part of the argument. Nothing is guessed: a phrase that names no actor
gives no party.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import prep_objects
from chancery.events.grammar import Grammar
from chancery.events.implied import seat_countries
from chancery.model import Actor, MentionIndex, Party, PlaceMention, Quote, actor_code
from chancery.nlp import text_of

__all__ = ["Argument", "ArgumentResolver", "Quality", "party_of"]

Quality = Literal["head", "modifier", "speaker", "place"]

# Dependents that open a clause or a side remark: never part of an argument phrase.
_CLAUSAL = frozenset(
    {
        "relcl",
        "acl",
        "advcl",
        "ccomp",
        "xcomp",
        "csubj",
        "parataxis",
        "punct",
        "cc",
        "det",
        "prep",
        "agent",
        "mark",
        "case",
        "aux",
        "neg",
        "dep",
        "meta",
        "advmod",
        "npadvmod",
        "nummod",
        "quantmod",
        "predet",
        "preconj",
    }
)
_CORE_LINKS = frozenset({"conj", "appos"})
# Prepositions whose object names the party a phrase is for or from ("a camp *for*
# refugees", "an offer *from* Kabul"), read when the phrase itself names none.
_BENEFICIARY_PREPS = ("for", "from")
# Parts of speech a nationality adjective's words are tagged with ("South" may be PROPN).
_NATIONALITY_POS: frozenset[str] = frozenset({"ADJ", "PROPN", "NOUN"})
# Named-entity types of a place's name, whose nationality word names no country.
_PLACE_NAME_ENTITIES = frozenset({"LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Argument:
    """One party of an event, with how it was found (which lowers confidence)."""

    party: Party
    quality: Quality
    start: int
    end: int

    @property
    def key(self) -> str:
        """What makes two parties the same: the actor, else the place's country."""
        return self.party.actor or f"~{self.party.country}"


class ArgumentResolver:
    """Token -> actor lookups for one document (mentions, quote speakers, places)."""

    def __init__(
        self,
        actors: list[Actor],
        quotes: list[Quote],
        places: list[PlaceMention],
        grammar: Grammar,
        nationalities: dict[str, str] | None = None,
    ) -> None:
        self._index = MentionIndex(actors)
        self._actors = {a.id: a for a in actors}
        self._quotes = sorted(
            (q for q in quotes if q.speaker and q.speaker in self._actors), key=lambda q: q.start
        )
        self._places = sorted(places, key=lambda p: p.start)
        self.grammar = grammar
        self._nationalities = nationalities or {}

    # ----------------------------------------------------------------- single words

    def actor(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def quote_at(self, offset: int) -> Quote | None:
        for quote in self._quotes:
            if quote.start <= offset < quote.end:
                return quote
        return None

    def argument_at(self, token: Token) -> Argument | None:
        """The actor one word refers to, if any (the first, for a word naming several)."""
        found = self.arguments_at(token)
        return found[0] if found else None

    def arguments_at(self, token: Token) -> list[Argument]:
        """The actors one word refers to: one, or several when the mention that covers it
        names them together ("the two countries")."""
        start, end = token.idx, token.idx + len(token.text)
        if token.lower_ in self.grammar.speaker_pronouns:
            quote = self.quote_at(start)
            if quote is not None and quote.speaker is not None:
                speaker = self._actors[quote.speaker]
                return [Argument(party_of(speaker, token.text), "speaker", start, end)]
        found = self._index.overlapping(start, end)
        if not found:
            return []
        overlap = {id(m): min(end, m.end) - max(start, m.start) for _, m in found}
        best = max(found, key=lambda am: overlap[id(am[1])])[1]
        return [
            Argument(party_of(actor, mention.text), "head", mention.start, mention.end)
            for actor, mention in found
            if (mention.start, mention.end) == (best.start, best.end)
        ]

    def place_at(self, token: Token) -> PlaceMention | None:
        start, end = token.idx, token.idx + len(token.text)
        for place in self._places:
            if place.start < end and place.end > start:
                return place
            if place.start >= end:
                break
        return None

    # ----------------------------------------------------------------- phrases

    def resolve(
        self, head: Token, *, allow_place: bool = False, allow_nationality: bool | None = None
    ) -> list[Argument]:
        """The parties a noun phrase headed by `head` names (one per coordinated actor).

        Targets may fall back on a nationality adjective (`allow_nationality`, by default
        as `allow_place`) or the party a "for"/"from" phrase names, and then on a place
        named in the phrase (`allow_place`)."""
        head = self.antecedent(head)
        core = core_tokens(head)
        found = self._actors_of(core, "head")
        if found:
            return found
        core_ids = {t.i for t in core}
        modifiers = [t for t in phrase_tokens(head) if t.i not in core_ids]
        found = self._actors_of(modifiers, "modifier")
        if found and self.names_venue(head, modifiers):
            return []  # "praised the Doha agreement": an event at a place, no party
        if found:
            return found
        if allow_place if allow_nationality is None else allow_nationality:
            found = self._nationalities_of(modifiers) or self._beneficiaries_of(core)
        if found or not allow_place:
            return found
        places = []
        for token in core:
            place = self.place_at(token)
            if place is not None and place.location.country:
                party = Party(
                    None, place.location.country, None, place.location.country, place.text
                )
                places.append(Argument(party, "place", place.start, place.end))
        return _unique(places)

    def names_venue(self, noun: Token, modifiers: list[Token]) -> bool:
        """ "the Doha agreement", "this Paris trial": a lone capital in front of a noun of
        an event that happens somewhere (clause_rules `venue_nouns`) says where, not who
        (the actor stage reads a capital standing alone as its government). Two parties
        ("the Washington-Pyongyang talks") stay parties, and so does the capital in front
        of a measure a government applies ("Washington sanctions")."""
        if noun.lemma_.lower() not in load_clause_rules().venue_nouns:
            return False
        named = {
            arg.key: arg
            for child in modifiers
            if child.dep_ in ("compound", "nmod", "amod")
            for t in (child, *[c for c in child.children if c.dep_ in ("compound", "conj")])
            if (arg := self.argument_at(t)) is not None
        }
        if len(named) != 1:
            return False
        (arg,) = named.values()
        actor = self._actors.get(arg.party.actor or "")
        if actor is None or actor.sector != "GOV":
            return False
        # the capital's name itself, also when the actor stage merged it into a government
        # named otherwise ("the French government ... this Paris trial")
        text = " ".join(arg.party.text.lower().split())
        return seat_countries().get(text) == actor.country

    def antecedent(self, token: Token) -> Token:
        """A relative pronoun stands for the noun its clause modifies ("Kiev, which ...")."""
        if token.lower_ in self.grammar.relative_pronouns and token.tag_ in ("WDT", "WP", "WP$"):
            clause = token.head
            while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
                if clause.dep_ not in ("conj", "xcomp", "ccomp"):
                    break
                clause = clause.head
            if clause.dep_ in ("relcl", "acl"):
                return clause.head
        return token

    def has_historical_marker(self, head: Token) -> bool:
        """ "the then Soviet Union", "the then leader Kim Il Sung's invasion"."""
        markers = self.grammar.historical_markers
        for token in phrase_tokens(head) + core_tokens(head):
            for child in token.children:
                if child.lower_ in markers and child.dep_ in ("amod", "advmod", "npadvmod"):
                    return True
        return False

    def _actors_of(self, tokens: Iterable[Token], quality: Quality) -> list[Argument]:
        out = []
        for token in sorted(tokens, key=lambda t: t.i):
            if token.pos_ in ("DET", "ADP", "PUNCT", "CCONJ"):
                continue
            for arg in self.arguments_at(token):
                if self._renamed_by_person(token, arg):
                    continue
                if arg.quality != "speaker":
                    arg = Argument(arg.party, quality, arg.start, arg.end)
                out.append(arg)
        return _unique(out)

    def _beneficiaries_of(self, core: list[Token]) -> list[Argument]:
        """The party a phrase naming none is for or from: "a camp *for Congolese
        refugees*", "an offer *from Kabul*", "doctors *from two American charities*"; or,
        for an undertaking, the one it was made to ("his commitment *to the Zambian
        people*")."""
        commitments = load_clause_rules().commitment_nouns
        for token in core:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            preps: tuple[str, ...] = _BENEFICIARY_PREPS
            if token.lemma_.lower() in commitments:
                preps = ("to", *preps)
            for prep in preps:
                for obj in prep_objects(token, prep):
                    found = self.resolve(obj, allow_nationality=True)
                    if found:
                        return [Argument(a.party, "modifier", a.start, a.end) for a in found]
        return []

    def _nationalities_of(self, modifiers: list[Token]) -> list[Argument]:
        """Countries of nationality adjectives that modify a phrase naming no actor
        ("an *Australian* ultimatum", "*South Korean* army officers"): the target's
        country. Adjacent modifier words are read as one phrase, longest first, so that
        "South Korean" is not read as "Korean" and "Equatorial Guinean" not as "Guinean"."""
        words = [
            t
            for t in sorted(modifiers, key=lambda t: t.i)
            if t.dep_ in ("amod", "compound", "nmod")
            and t.pos_ in _NATIONALITY_POS
            and not _in_place_name(t)
        ]
        longest = max((len(k.split()) for k in self._nationalities), default=1)
        out = []
        position = 0
        while position < len(words):
            for size in range(min(longest, len(words) - position), 0, -1):
                run = words[position : position + size]
                if any(b.i != a.i + 1 for a, b in itertools.pairwise(run)):
                    continue
                country = self._nationalities.get(" ".join(t.lower_ for t in run))
                if country is None or _after_region_prefix(run[0], words[:position]):
                    continue
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                text = text_of(run[0].doc)[start:end]
                out.append(
                    Argument(Party(None, country, None, country, text), "modifier", start, end)
                )
                position += size
                break
            else:
                position += 1
        return _unique(out)

    def _renamed_by_person(self, token: Token, arg: Argument) -> bool:
        """A state or group followed by a person in apposition ("the president of Kenya,
        William Ruto", often parsed with the name attached to the country): the person is
        the actor meant, the country only describes them."""
        actor = self._actors.get(arg.party.actor or "")
        if actor is None or actor.kind == "person":
            return False
        for child in token.children:
            if child.dep_ != "appos":
                continue
            other = self.argument_at(child)
            named = self._actors.get(other.party.actor or "") if other else None
            if named is not None and named.kind == "person":
                return True
        return False


def core_tokens(head: Token) -> list[Token]:
    """The head and every word coordinated or in apposition with it."""
    seen = {head.i: head}
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in _CORE_LINKS and child.i not in seen and child.pos_ != "VERB":
                seen[child.i] = child
                stack.append(child)
    return sorted(seen.values(), key=lambda t: t.i)


def phrase_tokens(head: Token) -> list[Token]:
    """Every word of the noun phrase, without clauses and without non-"of" phrases."""
    out: list[Token] = []
    stack = [head]
    seen = {head.i}
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.i in seen:
                continue
            if child.dep_ == "prep":
                if child.lower_ != "of":
                    continue
            elif child.dep_ in _CLAUSAL:
                continue
            seen.add(child.i)
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def party_of(actor: Actor, text: str) -> Party:
    return Party(
        actor=actor.id,
        country=actor.country,
        sector=actor.sector,
        code=actor.code or actor_code(actor.country, actor.sector),
        text=text,
    )


def _in_place_name(token: Token) -> bool:
    """ "the *Indian* Ocean", "the *Arabian* Sea": a word inside a place's name that ends
    in a noun of its own (not "a *Sierra Leonean* proposal", which the parser may also
    take for a place)."""
    if token.ent_type_ not in _PLACE_NAME_ENTITIES:
        return False
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if span is None:
        return False
    last = span[-1]
    return last.i != token.i and last.pos_ in ("NOUN", "PROPN") and last.dep_ != "amod"


def _after_region_prefix(first: Token, before: list[Token]) -> bool:
    """Whether a nationality follows a word that makes it a region's ("*South*
    American"), the longer phrase not being a state's (it would have matched first)."""
    previous = before[-1] if before else None
    return (
        previous is not None
        and previous.i == first.i - 1
        and previous.lower_ in load_clause_rules().region_prefixes
    )


def _unique(arguments: list[Argument]) -> list[Argument]:
    seen: set[str] = set()
    out = []
    for arg in arguments:
        if arg.key not in seen:
            seen.add(arg.key)
            out.append(arg)
    return out
