"""Trips of armed forces: a deployment, not a visit.

CAMEO's visit (042) is a trip of a person, a delegation or an official. When the one who
arrives, lands or travels somewhere is an armed force ("NATO troops arrived in Estonia",
"peacekeepers have landed in Haiti"), the trip is the force's deployment there:
peacekeeping (074) for peacekeepers, else force posture (153 police, 154 armed forces).
The travellers and their codes live in `data/travelling_forces.csv` (format in its header
comment), checked when loaded with `file:line` errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from chancery.errors import DataFileError
from chancery.events.candidate import Candidate, Context
from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import logical_subject, prep_objects
from chancery.events.ontology import load_ontology
from chancery.events.tables import table_rows

__all__ = ["TravellingForce", "force_trip", "load_travelling_forces", "read_travelling_forces"]

_HEADER = ("cameo", "words", "example")
_WORD_RE = re.compile(r"[a-z][a-z'-]*")
_VISIT = "042"
# Modifiers that say what kind of traveller a noun is ("*peacekeeping* troops").
_KIND_DEPS = frozenset({"amod", "compound", "nmod"})


@dataclass(frozen=True, slots=True)
class TravellingForce:
    """One row: a trip whose traveller has one of `words` is coded `cameo`."""

    cameo: str
    words: frozenset[str]
    where: str


def read_travelling_forces(path: Path) -> tuple[TravellingForce, ...]:
    """Parse a travelling-forces file; DataFileError("path:line", ...) on a bad row."""
    ontology = load_ontology()
    rows: list[TravellingForce] = []
    for where, fields in table_rows(path, _HEADER):
        cameo, words, _example = fields
        if not cameo.isdigit() or cameo not in ontology:
            raise DataFileError(where, f"{cameo!r} is not a CAMEO code")
        items = [w.strip().lower() for w in words.split("|")] if words else []
        if not items or not all(_WORD_RE.fullmatch(w) for w in items):
            raise DataFileError(
                where, f"words {words!r} must be '|'-separated single lower-case words"
            )
        rows.append(TravellingForce(cameo, frozenset(items), where))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_travelling_forces() -> tuple[TravellingForce, ...]:
    """The packaged rows."""
    return read_travelling_forces(
        Path(str(resources.files("chancery.events") / "data" / "travelling_forces.csv"))
    )


def traveller_words(traveller: Token) -> set[str]:
    """The lemmas that say what the traveller is: its head and the head's kind modifiers;
    for a group or quantity noun with an "of" phrase, the words of that phrase instead
    ("a contingent *of UN peacekeeping troops*")."""
    heads = [traveller]
    if traveller.lemma_.lower() in load_clause_rules().group_nouns or traveller.like_num:
        members = prep_objects(traveller, "of")
        if members:
            heads = members
    words: set[str] = set()
    for head in heads:
        words.add(head.lemma_.lower())
        words.update(c.lemma_.lower() for c in head.children if c.dep_ in _KIND_DEPS)
    return words


def force_trip(ctx: Context, cand: Candidate) -> None:
    """Recode (in place) a visit whose traveller is an armed force as its deployment."""
    if cand.kind != "verb" or cand.cameo != _VISIT:
        return
    subject = logical_subject(cand.trigger, ctx.grammar)
    if subject is None:
        return
    words = traveller_words(subject.token)
    for row in load_travelling_forces():
        if row.words & words:
            cand.cameo = row.cameo
            cand.pattern_id = f"{cand.pattern_id} force:{row.where}"
            return
