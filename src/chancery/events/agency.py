"""Thing subjects: a trigger whose subject is a thing or an impersonal "it" is no event.

An act of aid or a visit needs an agent: "a new law will *help* Beijing tighten control",
"it *helps* if there is some presence" and "the first batch of vaccines *arrived* in
Manila" match `help` and `arrive`, but nobody gives aid or makes a visit. The subjects
that rule a trigger out live in `data/thing_subjects.csv` (format in its header comment and
LEXICON.md), checked when loaded with `file:line` errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from chancery.errors import DataFileError
from chancery.events.ontology import load_ontology
from chancery.events.tables import table_rows

__all__ = ["ThingSubject", "load_thing_subjects", "read_thing_subjects", "thing_subject"]

_HEADER = ("kind", "lemma", "cameo", "subjects", "example")
_WORD_RE = re.compile(r"[a-z][a-z'-]*")
# Words that stand for what their "of" phrase names: "a batch *of vaccines*".
_MEASURE_PREP = "of"
# Relative pronouns stand for the noun their clause modifies: "a law *which* will help".
_RELATIVES = frozenset({"which", "that"})
# Clauses that follow an impersonal "it": "it helps *if* there is ...".
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "csubj"})
_CLAUSE_MARKS = frozenset({"if", "when", "whether", "that"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "xcomp"})


@dataclass(frozen=True, slots=True)
class ThingSubject:
    """One row: `lemma` is no event when its subject's head is one of `subjects`."""

    lemma: str
    cameo: str  # prefix the matched pattern's code must have; "" for any
    subjects: frozenset[str]
    where: str


def read_thing_subjects(path: Path) -> tuple[ThingSubject, ...]:
    """Parse a thing-subjects file; DataFileError("path:line", ...) on the first bad row."""
    ontology = load_ontology()
    rows: list[ThingSubject] = []
    for where, fields in table_rows(path, _HEADER):
        kind, lemma, cameo, subjects, _example = fields
        if kind != "verb":
            raise DataFileError(where, f"kind {kind!r} must be 'verb'")
        if not _WORD_RE.fullmatch(lemma):
            raise DataFileError(where, f"lemma {lemma!r} must be one lower-case word")
        if cameo and (not cameo.isdigit() or cameo not in ontology):
            raise DataFileError(where, f"{cameo!r} is not a CAMEO code")
        items = [w.strip().lower() for w in subjects.split("|")] if subjects else []
        if not items or not all(_WORD_RE.fullmatch(w) for w in items):
            raise DataFileError(where, f"subjects {subjects!r} must be '|'-separated single words")
        rows.append(ThingSubject(lemma, cameo, frozenset(items), where))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_thing_subjects() -> tuple[ThingSubject, ...]:
    """The packaged rows."""
    return read_thing_subjects(
        Path(str(resources.files("chancery.events") / "data" / "thing_subjects.csv"))
    )


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the verb it is coordinated with ("signed and
    *helped*"); a relative pronoun stands for the noun its clause modifies."""
    current = verb
    for _ in range(3):
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.lower_ in _RELATIVES and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ != "conj":
            return None
        current = current.head
    return None


def _subject_words(verb: Token, subject: Token) -> set[str]:
    lemma = subject.lemma_.lower()
    if lemma == "it":
        # "China said *it* would help Kenya" is China: only an impersonal "it", with no
        # object and a clause after the verb ("it helps *if* ..."), is no agent
        impersonal = not any(c.dep_ in _OBJECT_DEPS for c in verb.children) and any(
            c.dep_ in _CLAUSE_DEPS
            and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in c.children)
            for c in verb.children
        )
        return {"it"} if impersonal else set()
    words = {lemma}
    # "the first batch *of* vaccines": the measure stands for its contents
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == _MEASURE_PREP:
            words.update(t.lemma_.lower() for t in prep.children if t.dep_ == "pobj")
    return words


def thing_subject(verb: Token, cameo: str) -> str | None:
    """The row (`file:line`) saying the verb's subject is no agent of a `cameo` event."""
    rows = [
        r
        for r in load_thing_subjects()
        if r.lemma == verb.lemma_.lower() and cameo.startswith(r.cameo)
    ]
    if not rows:
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    words = _subject_words(verb, subject)
    return next((r.where for r in rows if r.subjects & words), None)
