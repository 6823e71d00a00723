"""A people written after the state it lives in: "Bosnian Serbs", "Iraqi Kurds".

CAMEO codes an ethnic or faith community by the state it lives in, and English writes that
state first: "Bosnian Serbs" (Serbs of Bosnia, BIH), "Iraqi Kurds" (IRQ), "Kosovo
Albanians" (XKX), "Syrian Kurds" (SYR), "Indian Muslims" (IND). So when a noun naming a
people that lives in several states (actors/data/peoples.csv) has a state's adjective or
name before it, the state before it wins over the people's own state, if it has one
("Serbs" alone is Serbia's demonym). The group is a civilian group (CVL) of that state.

Civic nationalities are not such peoples: in "Chinese Americans", "Russian Americans" or
"Turkish Cypriots" the noun is where they live and the adjective their origin, so the
ordinary demonym rule (resolve.py) keeps USA, USA and CYP.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from chancery.actors.roles import DocIndex

__all__ = ["Residence", "residences"]

_MODIFIER_DEPS = {"amod", "compound", "nmod"}


@dataclass(frozen=True, slots=True)
class Residence:
    country: str
    t_start: int  # the state word
    t_end: int  # after the people noun
    basis: str


def residences(index: DocIndex) -> list[Residence]:
    """Every "<state> <people>" noun phrase of the document (see the module doc)."""
    words = index.kb.peoples
    out: list[Residence] = []
    for tok in index.doc:
        if tok.lower_ not in words or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            continue  # "Bosnian Serb forces": a role phrase, whose first country word wins
        found = _state_before(index, tok)
        if found is None:
            continue
        country, modifier = found
        first = modifier.left_edge.i
        phrase = index.doc[first : tok.i + 1].text
        out.append(
            Residence(country, first, tok.i + 1, f"rule:residence before a people ({phrase})")
        )
    return out


def _state_before(index: DocIndex, tok: Token) -> tuple[str, Token] | None:
    """The first state adjective or name among the noun's left modifiers."""
    own = _states_at(index, tok.i)
    for mod in tok.lefts:
        if mod.dep_ not in _MODIFIER_DEPS:
            continue
        for country in _states_at(index, mod.i) - own:
            return country, mod
    return None


def _states_at(index: DocIndex, i: int) -> set[str]:
    """The states the dictionary matches over token i name ("Kenyan" even where the model
    read "Kenyan Somalis" as a person's name)."""
    entries = [e for c in index.dict_at.get(i, []) if (e := index.entry_of(c)) is not None]
    return {e.country for e in entries[:1] if e.kind == "state" and e.country is not None}
