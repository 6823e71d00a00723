"""The country of an organisation the knowledge base does not know, from its own words or
from the words written right before its name.

- its own words: a national adjective or a state inside the name ("U.S. Central Command",
  "Polish Institute of International Affairs"); a national adjective in a name is nearly
  always its own state's, and the few that are not ("German Marshall Fund", American) are
  listed in organizations.csv;
- a state as its possessor: "Thailand's People's Empowerment Foundation" (the possessor is
  a state's name, not an adjective or a person);
- a state as its base: "the Germany-based Kurdish Center for Studies" (a state only; a
  city's base, "a Geneva-based group", says where it sits, and "The Hague-based court" is no
  Dutch body).
"""

from __future__ import annotations

from chancery.actors.kb import Entry, normalize
from chancery.actors.recognize import Candidate
from chancery.actors.ref import Ref
from chancery.actors.roles import DocIndex
from chancery.nlp import text_of

__all__ = ["inner_country", "other_owner", "owner_country"]

_POSSESSIVE = {"'s", "’s"}
_BASED = ("-", "based")


def inner_country(index: DocIndex, cand: Candidate) -> tuple[str | None, str | None]:
    """(country, sector) the name's own words give (see the module doc)."""
    for inner in index.dictionary:
        if cand.start <= inner.start and inner.end <= cand.end and inner.label != "nonactor":
            entry = index.entry_of(inner)
            if entry is not None and entry.kind != "person":
                term, _ = entry.at(index.published)
                if term is not None:
                    return term.country, term.sector if entry.kind != "state" else None
    return None, None


def owner_country(index: DocIndex, cand: Candidate) -> tuple[str, str] | None:
    """(country, basis) of the state written as the name's possessor or base, else None."""
    doc = index.doc
    s = cand.t_start
    if s >= 2 and doc[s - 1].text in _POSSESSIVE:
        return _state_before(index, s - 1, "possessor")
    if s >= 3 and (doc[s - 2].lower_, doc[s - 1].lower_) == _BASED:
        return _state_before(index, s - 2, "base")
    return None


def _state_before(index: DocIndex, end: int, how: str) -> tuple[str, str] | None:
    """The state whose name (not adjective or capital) ends right before token `end`."""
    owner = index.cand_at.get(end - 1)
    if owner is None or owner.t_end != end or owner.label != "name":
        return None
    entry = index.entry_of(owner)
    if entry is None or entry.kind != "state":
        return None
    term, _ = entry.at(index.published)
    if term is None or term.country is None:
        return None
    return term.country, f"rule:organisation name (its {how} {entry.name})"


def other_owner(index: DocIndex, entry: Entry, cand: Candidate) -> Ref | None:
    """A generic body name the data file gives one state ("Ministry of Defence", GBR) written
    with another state as its possessor ("Ghana's Ministry of Defence") is that state's body."""
    if entry.kind != "organization":
        return None
    owner = owner_country(index, cand)
    term, _ = entry.at(index.published)
    if owner is None or term is None or term.country in (None, owner[0]):
        return None
    text = text_of(index.doc)[cand.start : cand.end]
    return Ref(
        f"org:{normalize(text)}:{owner[0]}",
        text,
        "organization",
        owner[0],
        term.sector,
        owner[1],
        cand.start,
        cand.end,
    )
