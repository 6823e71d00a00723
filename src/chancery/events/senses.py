"""Other senses of a trigger word: uses that match a pattern but mean no event.

"Ontario is charging 25% more for electricity" matches `charge` (arrest, 173), "we
recognize a difficult situation" matches `recognize` (054), "the defendants pleaded not
guilty" matches `plead` (appeal, 02), "the envoy returned to Washington" matches `return`
(084). The words around the trigger say which sense is meant: a price, a situation, a
verdict, no object at all. The rows live in `data/other_senses.csv` (format in its header
comment and LEXICON.md) and are checked when loaded, with `file:line` errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from spacy.tokens import Token

from chancery.errors import DataFileError
from chancery.events.agency import thing_subject
from chancery.events.clauses import is_passive, patient_of
from chancery.events.lexicon import Pattern
from chancery.events.objects import object_heads
from chancery.events.ontology import load_ontology
from chancery.events.tables import table_rows

__all__ = ["OtherSense", "load_other_senses", "other_sense", "read_other_senses"]

_HEADER = ("kind", "lemma", "cameo", "words", "example")
_NO_OBJECT = "(none)"
_PREDICATE = "(predicate)"
_PASSIVE = "(passive)"
_LONE = "(lone)"
# Subjects that are one person: "*he* is still fighting" (surface forms).
_ONE_PERSON_PRONOUNS = frozenset({"he", "she", "i"})
_WORD_RE = re.compile(r"%|[a-z][a-z'-]*")
# Complements of a verb that say in which sense it is used: "pleaded *guilty*", "charge
# *less*", "charging 25% *more*".
_SENSE_DEPS = frozenset({"dobj", "acomp", "oprd", "advmod", "npadvmod", "attr"})
# Modifiers of a noun that say in which sense it is used.
_NOUN_SENSE_DEPS = frozenset({"compound", "amod", "nmod", "prep"})


@dataclass(frozen=True, slots=True)
class OtherSense:
    """One row: the trigger is not its event when one of `words` is among its sense words."""

    kind: Literal["verb", "noun"]
    lemma: str
    cameo: str  # prefix the matched pattern's code must have; "" for any
    words: frozenset[str]
    needs_no_object: bool
    where: str
    needs_predicate: bool = False
    needs_passive: bool = False
    needs_lone_person: bool = False


def read_other_senses(path: Path) -> tuple[OtherSense, ...]:
    """Parse an other-senses file; DataFileError("path:line", ...) on the first bad row."""
    ontology = load_ontology()
    rows: list[OtherSense] = []
    for where, fields in table_rows(path, _HEADER):
        kind, lemma, cameo, words, _example = fields
        if kind not in ("verb", "noun"):
            raise DataFileError(where, f"kind {kind!r} must be 'verb' or 'noun'")
        if not re.fullmatch(r"[a-z][a-z'-]*", lemma):
            raise DataFileError(where, f"lemma {lemma!r} must be one lower-case word")
        if cameo and (not cameo.isdigit() or cameo not in ontology):
            raise DataFileError(where, f"{cameo!r} is not a CAMEO code")
        items = [w.strip().lower() for w in words.split("|")] if words else []
        if not items:
            raise DataFileError(where, "words must not be empty")
        no_object = items == [_NO_OBJECT]
        predicate = items == [_PREDICATE]
        passive = items == [_PASSIVE]
        lone = items == [_LONE]
        marker = no_object or predicate or passive or lone
        if marker and kind != "verb":
            raise DataFileError(where, f"{items[0]} applies to verbs only")
        if not marker and not all(_WORD_RE.fullmatch(w) for w in items):
            raise DataFileError(
                where,
                f"words {words!r} must be '|'-separated single words, {_NO_OBJECT}, "
                f"{_PREDICATE}, {_PASSIVE} or {_LONE}",
            )
        rows.append(
            OtherSense(
                kind="verb" if kind == "verb" else "noun",
                lemma=lemma,
                cameo=cameo,
                words=frozenset() if marker else frozenset(items),
                needs_no_object=no_object,
                where=where,
                needs_predicate=predicate,
                needs_passive=passive,
                needs_lone_person=lone,
            )
        )
    return tuple(rows)


@lru_cache(maxsize=1)
def load_other_senses() -> tuple[OtherSense, ...]:
    """The packaged rows."""
    return read_other_senses(
        Path(str(resources.files("chancery.events") / "data" / "other_senses.csv"))
    )


def _verb_sense_words(verb: Token) -> set[str]:
    objects = object_heads(verb)
    words = {t.lemma_.lower() for t in objects}
    # "visited the five detainees *in prison*": where the object is
    words.update(
        t.lemma_.lower()
        for obj in objects
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
        for t in prep.children
        if t.dep_ == "pobj"
    )
    for child in verb.children:
        if child.dep_ == "prep":
            # "return *to threats*" (also when the parser found an object elsewhere),
            # "retaliated by *announcing* tariffs"
            words.update(t.lemma_.lower() for t in child.children if t.dep_ in ("pobj", "pcomp"))
        elif child.dep_ in _SENSE_DEPS:
            words.add(child.lemma_.lower())
            # "charging 25% more": the measure on the object
            words.update(c.lemma_.lower() for c in child.children if c.dep_ == "npadvmod")
    return words


def _has_predicate(verb: Token) -> bool:
    """ "considers *himself to be* a representative", "consider *France a partner*",
    "recognize dog meat *as edible*": a complement clause with a subject of its own, an
    object predicate, or an adjective after "as"."""
    return any(
        c.dep_ == "oprd"
        or (c.dep_ in ("ccomp", "xcomp") and any(s.dep_ == "nsubj" for s in c.children))
        or (c.dep_ == "prep" and c.lower_ == "as" and _adjective_only(c))
        for c in verb.children
    )


def _lone_person_act(verb: Token) -> bool:
    """ "he's still fighting": one person acting on no one, with nothing and nowhere - a
    struggle of his own (legal, political, for his health), not combat. A group ("the
    rebels are fighting"), an opponent, a weapon or a place ("fought *in Iraq*") keeps the
    event."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    subject = subjects[0]
    one_person = subject.lower_ in _ONE_PERSON_PRONOUNS or (
        subject.ent_type_ == "PERSON" and subject.tag_ == "NNP"
    )
    return one_person and not any(
        c.dep_ in ("dobj", "prep", "agent", "dative", "npadvmod", "xcomp", "advcl")
        or (c.dep_ == "advmod" and c.lower_ in ("there", "here", "abroad", "back"))
        for c in verb.children
    )


def _adjective_only(prep: Token) -> bool:
    """ "as *edible*": the preposition's complement is an adjective, not a noun phrase
    ("recognized Kosovo *as a state*" is a recognition)."""
    children = list(prep.children)
    return bool(children) and all(c.pos_ == "ADJ" for c in children)


def _noun_sense_words(noun: Token) -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in _NOUN_SENSE_DEPS}


def other_sense(trigger: Token, kind: Literal["verb", "noun"], pattern: Pattern) -> str | None:
    """The row (`file:line`) saying the trigger is used in another sense than `pattern`'s
    event, else None."""
    lemma = pattern.lemma
    if kind == "verb" and (where := thing_subject(trigger, pattern.cameo)) is not None:
        # "a new law will help Beijing": a thing is no agent of the act
        return where
    rows = [
        r
        for r in load_other_senses()
        if r.kind == kind and r.lemma == lemma and pattern.cameo.startswith(r.cameo)
    ]
    if not rows:
        return None
    words = _verb_sense_words(trigger) if kind == "verb" else _noun_sense_words(trigger)
    for row in rows:
        if row.needs_no_object:
            if patient_of(trigger) is None:
                return row.where
        elif row.needs_predicate:
            if _has_predicate(trigger):
                return row.where
        elif row.needs_passive:
            if is_passive(trigger):
                return row.where
        elif row.needs_lone_person:
            if _lone_person_act(trigger):
                return row.where
        elif row.words & words:
            return row.where
    return None
