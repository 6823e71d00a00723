"""Country evidence for the context rule (actors/context.py): where a text names a country.

Counted: every knowledge-base mention of a state (name, adjective, demonym, capital) or of
a national organisation, longest match first ("Kenya" inside a known "Kenya
Anti-Corruption Commission" counts once), and every first-level region the offline
gazetteer (places/) knows in one country only, read from capitalised proper nouns that
are no actor and no person's name ("Ontario", "Balochistan province", "Borno state"): a province is as good evidence of its country as the capital is.
Not counted: a country inside another proper name ("the Gulf of Guinea"), inside a
person's name ("Chad Evans"), or on the other side of "against"/"with" ("sanctions
against Nigeria", "talks with Israel").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from chancery.actors.kb import CODE_PATTERN, INTERNATIONAL
from chancery.actors.recognize import Candidate, in_proper_name
from chancery.actors.regions import REGION_WORDS, region_country
from chancery.actors.roles import DocIndex

__all__ = ["COUNTERPART", "REGION_WORDS", "CountryMention", "country_mentions", "region_country"]

COUNTERPART = {"against", "with", "versus", "toward", "towards"}  # the other side


@dataclass(frozen=True, slots=True)
class CountryMention:
    token: int
    sentence: int  # token index of the sentence start
    country: str


def country_mentions(index: DocIndex) -> list[CountryMention]:
    """Every mention of a country the context rule counts, in no particular order."""
    doc = index.doc
    out: list[CountryMention] = []
    taken: set[int] = set()
    for cand in sorted(index.dictionary, key=lambda c: (-c.length, c.start)):
        span = set(range(cand.t_start, cand.t_end))
        if cand.label == "nonactor" or span & taken or _inside_person(index, cand):
            continue
        if in_proper_name(doc, cand, set(index.role_at)):
            continue  # "the Gulf of Guinea" is no evidence of Guinea
        entry = index.entry_of(cand)
        if entry is None or entry.kind == "person" or _opponent(doc[cand.t_start]):
            continue
        term, _ = entry.at(index.published)
        country = term.country if term is not None else None
        if country is None or country in INTERNATIONAL or not CODE_PATTERN.match(country):
            continue
        taken |= span
        out.append(CountryMention(cand.t_start, doc[cand.t_start].sent.start, country))
    # a region only where the dictionary matched nothing but a non-actor ("New York")
    taken |= {
        i for c in index.dictionary if c.label != "nonactor" for i in range(c.t_start, c.t_end)
    }
    i = 0
    while i < len(doc):
        for width in range(REGION_WORDS, 0, -1):
            words = doc[i : i + width]
            if len(words) < width or not _may_be_region(index, words, taken):
                continue
            country = region_country(words)
            if country is not None:
                if not _opponent(words.root):
                    out.append(CountryMention(i, words.sent.start, country))
                i += width - 1
                break
        i += 1
    return out


def _may_be_region(index: DocIndex, words: Span, taken: set[int]) -> bool:
    """Capitalised proper nouns in one sentence, free of actors and people's names."""
    return all(
        t.pos_ == "PROPN"
        and t.is_title
        and t.i not in taken
        and t.i not in index.role_at
        and not _in_person_name(index, t.i)
        and t.sent.start == words[0].sent.start
        for t in words
    )


def _in_person_name(index: DocIndex, i: int) -> bool:
    cand = index.cand_at.get(i)
    return cand is not None and cand.label == "PERSON"


def _opponent(tok: Token) -> bool:
    """ "sanctions against Nigeria", "talks with Israel": the other side, not the setting."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "det") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in COUNTERPART


def _inside_person(index: DocIndex, cand: Candidate) -> bool:
    """ "Chad" in "Chad Evans": the name the model found wins over the dictionary."""
    chosen = index.cand_at.get(cand.t_start)
    return chosen is not None and chosen.label == "PERSON"
