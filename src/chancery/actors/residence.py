"""A people named with the state it lives in: "Bosnian Serbs", "Kurds in northern Syria".

CAMEO codes an ethnic or faith community by the state it lives in. This module finds the
two ways English names that state for a noun naming a people that lives in several states
(actors/data/peoples.csv); the group is a civilian group (CVL) of that state.

1. The state before the people: "Bosnian Serbs" (Serbs of Bosnia, BIH), "Iraqi Kurds"
   (IRQ), "Kosovo Albanians" (XKX), "Indian Muslims" (IND). The state's adjective or name
   among the noun's left modifiers wins over the people's own state, if it has one ("Serbs"
   alone is Serbia's demonym).

2. The state in a place phrase after the people, when the words mark the people as a
   community living there rather than visitors or troops passing through ("Russians in
   Syria" stays Russia). The phrase is "in" or "of" + a place, the place being a state, a
   first-level region of one state (places/data/regions.txt: "Sindh" -> PAK), or a
   direction or region noun of one ("the north of Iraq", "Macedonia's west", "Rakhine
   state"). It is read as the residence only when one of these marks it:
   - the people noun has the modifier "ethnic": "ethnic Russians in Latvia" (LVA);
   - the phrase is "of": "the Tamils of Sri Lanka" (LKA), "the Albanians of southern
     Serbia" (SRB);
   - the "in" phrase carries a direction word (`DIRECTIONS`: "south", "northern",
     "central", ...) or a region noun (`regions.REGION_NOUNS`: "province", "region", ...):
     "Kurds in northeastern Syria" (SYR), "Muslims in southern Thailand" (THA), "Hindus in
     Sindh province" (PAK).
   The group's words then run from the noun phrase's first word to the end of the place
   ("Ethnic Albanians in south Serbia"), so the place is not an actor of its own. The
   phrase must hang on the people noun in the parse: "Kurds protested in northern Syria"
   says where the event was, not who the Kurds are. Known limit: a direction word cannot
   tell troops from residents ("Russians in eastern Syria" -> SYR).

Civic nationalities are not such peoples: in "Chinese Americans", "Russian Americans" or
"Turkish Cypriots" the noun is where they live and the adjective their origin, so the
ordinary demonym rule (resolve.py) keeps USA, USA and CYP.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from chancery.actors.recognize import Candidate
from chancery.actors.regions import REGION_NOUNS, region_country
from chancery.actors.roles import DocIndex

__all__ = ["DIRECTIONS", "Residence", "residences"]

_MODIFIER_DEPS = {"amod", "compound", "nmod"}
# Words that place a people inside a state rather than at it ("in south Serbia").
DIRECTIONS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern", "central",
    }
)  # fmt: skip
_ETHNIC = "ethnic"  # "ethnic Russians": the noun names a community, not a nationality
_PLACE_PREPS = {"in", "of"}


@dataclass(frozen=True, slots=True)
class Residence:
    country: str
    t_start: int  # the first word of the group's phrase
    t_end: int  # after the people noun, or after the place that follows it
    basis: str


def residences(index: DocIndex) -> list[Residence]:
    """Every people named with its state of residence in the document (see the module doc)."""
    words = index.kb.peoples
    out: list[Residence] = []
    for tok in index.doc:
        if tok.lower_ not in words or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # "Bosnian Serb forces": a role phrase, whose first country word wins
        found = _state_before(index, tok) or _place_after(index, tok)
        if found is not None:
            out.append(found)
    return out


def _state_before(index: DocIndex, tok: Token) -> Residence | None:
    """The first state adjective or name among the noun's left modifiers (rule 1)."""
    own = _states_at(index, tok.i)
    for mod in tok.lefts:
        if mod.dep_ not in _MODIFIER_DEPS:
            continue
        for country in _states_at(index, mod.i) - own:
            first = mod.left_edge.i
            phrase = index.doc[first : tok.i + 1].text
            basis = f"rule:residence before a people ({phrase})"
            return Residence(country, first, tok.i + 1, basis)
    return None


def _place_after(index: DocIndex, tok: Token) -> Residence | None:
    """The state of an "in"/"of" place phrase on the noun that marks a community (rule 2)."""
    ethnic = any(m.lower_ == _ETHNIC and m.dep_ in _MODIFIER_DEPS for m in tok.lefts)
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            place = _place(index, pobj)
            if place is None:
                continue
            country, marked, end = place
            if ethnic or marked or prep.lower_ == "of":
                first = tok.left_edge.i
                phrase = index.doc[first:end].text
                basis = f"rule:residence in a place ({phrase})"
                return Residence(country, first, end, basis)
    return None


def _place(index: DocIndex, word: Token) -> tuple[str, bool, int] | None:
    """(country, marked by a direction or region word, end) of the place a noun names: a
    state ("southern Serbia"), a region ("Sindh province"), or a direction or region noun
    of either ("the north of Iraq", "Macedonia's west")."""
    state = _state_match(index, word)
    if state is not None:
        country, cand = state
        marked = any(
            t.lower_ in DIRECTIONS and not cand.t_start <= t.i < cand.t_end
            for mod in word.lefts
            for t in mod.subtree
        )
        return country, marked, max(cand.t_end, word.i + 1)
    names = [m for m in word.lefts if m.dep_ == "compound"]
    start = names[0].i if names else word.i
    region = region_country(index.doc[start : word.i + 1])
    if region is not None:
        return region, word.lower_ in REGION_NOUNS, word.i + 1
    if word.lower_ not in DIRECTIONS and word.lower_ not in REGION_NOUNS:
        return None
    for child in word.children:  # "Macedonia's west", "the north of Iraq"
        inner = child if child.dep_ == "poss" else None
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
        found = _place(index, inner) if inner is not None else None
        if found is not None:
            return found[0], True, max(found[2], word.i + 1)
    return None


def _state_match(index: DocIndex, i_tok: Token) -> tuple[str, Candidate] | None:
    """The state the dictionary's longest match over the word names, with that match."""
    for cand in index.dict_at.get(i_tok.i, [])[:1]:
        entry = index.entry_of(cand)
        if entry is not None and entry.kind == "state" and entry.country is not None:
            return entry.country, cand
    return None


def _states_at(index: DocIndex, i: int) -> set[str]:
    """The states the dictionary matches over token i name ("Kenyan" even where the model
    read "Kenyan Somalis" as a person's name)."""
    entries = [e for c in index.dict_at.get(i, []) if (e := index.entry_of(c)) is not None]
    return {e.country for e in entries[:1] if e.kind == "state" and e.country is not None}
