"""A people written after the state it lives in: "Bosnian Serbs", "Iraqi Kurds".

CAMEO codes an ethnic or faith community by the state it lives in, and English writes that
state first: "Bosnian Serbs" (Serbs of Bosnia, BIH), "Iraqi Kurds" (IRQ), "Kosovo
Albanians" (XKX), "Syrian Kurds" (SYR), "Indian Muslims" (IND). So when a noun naming a
people that lives in several states (actors/data/peoples.txt) has a state's adjective or
name before it, the state before it wins over the people's own state, if it has one
("Serbs" alone is Serbia's demonym). The group is a civilian group (CVL) of that state.

Civic nationalities are not such peoples: in "Chinese Americans", "Russian Americans" or
"Turkish Cypriots" the noun is where they live and the adjective their origin, so the
ordinary demonym rule (resolve.py) keeps USA, USA and CYP.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from chancery.actors.roles import DocIndex
from chancery.errors import DataFileError

__all__ = ["PEOPLES_FILE", "Residence", "peoples", "residences"]

PEOPLES_FILE = Path(__file__).with_name("data") / "peoples.txt"
_LABEL = "actors/data/peoples.txt"
_MODIFIER_DEPS = {"amod", "compound", "nmod"}


@dataclass(frozen=True, slots=True)
class Residence:
    country: str
    t_start: int  # the state word
    t_end: int  # after the people noun
    basis: str


@functools.lru_cache(maxsize=4)
def peoples(path: Path = PEOPLES_FILE) -> frozenset[str]:
    """The lower-cased noun forms of actors/data/peoples.txt (file:line errors)."""
    label = _LABEL if path == PEOPLES_FILE else str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{label}:1", f"cannot read: {exc}") from exc
    words: set[str] = set()
    header_seen = False
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in next(csv.reader([line]))]
        where = f"{label}:{n}"
        if not header_seen:
            if cells != ["singular", "plural"]:
                raise DataFileError(where, "header must be 'singular,plural'")
            header_seen = True
            continue
        if len(cells) != 2 or not all(cells):
            raise DataFileError(where, "expected two fields: singular,plural")
        for word in cells:
            if " " in word:
                raise DataFileError(where, f"a people is named by one word, not {word!r}")
        if cells[0].lower() in words:
            raise DataFileError(where, f"duplicate people {cells[0]!r}")
        words.update(c.lower() for c in cells)
    if not header_seen:
        raise DataFileError(f"{label}:1", "empty file: no header")
    return frozenset(words)


def residences(index: DocIndex) -> list[Residence]:
    """Every "<state> <people>" noun phrase of the document (see the module doc)."""
    words = peoples()
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
