"""The closed-class words the extractor's rules use, loaded from data/grammar.yaml and
data/eras.csv and validated at load.

These are grammar, not triggers: which verbs mark an attempt, which auxiliaries a future,
which pronouns stand for the speaker of a quote. Triggers live in the lexicon.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from spacy.tokens import Token

from chancery.errors import DataFileError

__all__ = ["Era", "Grammar", "is_figurative", "load_eras", "load_grammar"]

_WORD_RE = re.compile(r"[a-z'][a-z'-]*")


class Grammar(BaseModel):
    """Word lists, each a frozenset of lower-case lemmas or surface forms."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attempt_verbs: frozenset[str]
    future_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    conditional_marks: frozenset[str]
    aspect_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    pending_adverbs: frozenset[str]
    commissioning_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    obligation_auxiliaries: frozenset[str]
    light_verbs: frozenset[str]
    speaker_pronouns: frozenset[str]
    anaphoric_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    historical_markers: frozenset[str]
    historic_states: frozenset[str]
    locative_prepositions: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    attempt_modifiers: frozenset[str]
    threat_nouns: frozenset[str]
    figurative_phrases: frozenset[str]
    historical_after_days: int

    @field_validator("*", mode="before")
    @classmethod
    def _words(cls, value: object, info: object) -> object:
        name = getattr(info, "field_name", "")
        if name == "historical_after_days":
            return value
        if not isinstance(value, list) or not value:
            raise ValueError("must be a non-empty list of words")
        words = []
        for item in value:
            if not isinstance(item, str):
                # YAML reads a bare on/off/yes/no as a boolean: such words must be quoted
                raise ValueError(f"{item!r} is not a word (quote on, off, yes and no)")
            word = item.strip()
            if name == "figurative_phrases":
                word = word.lower()
                if not re.fullmatch(r"[a-z'-]+ [a-z'-]+", word):
                    raise ValueError(f"{word!r} is not 'modifier noun'")
            elif name == "historic_states":
                if not re.fullmatch(r"[A-Z]{3}", word):
                    raise ValueError(f"{word!r} is not a three-letter country code")
            else:
                word = word.lower()
                if not _WORD_RE.fullmatch(word):
                    raise ValueError(f"{word!r} is not one lower-case word")
            words.append(word)
        return frozenset(words)

    @property
    def control_verbs(self) -> frozenset[str]:
        """Verbs that pass their subject down and carry no event of their own."""
        return self.attempt_verbs | self.future_verbs | self.aspect_verbs | self.negating_verbs


@dataclass(frozen=True, slots=True)
class Era:
    """A named historical period ("World War II") and the days it spans."""

    phrase: str
    start: dt.date
    end: dt.date
    where: str


def _data_path(name: str) -> Path:
    return Path(str(resources.files("chancery.events") / "data" / name))


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


M = TypeVar("M", bound=BaseModel)


def read_word_lists(path: Path, model: type[M]) -> M:
    """A YAML mapping of list names to word lists, validated by `model`; DataFileError at
    the line of the list (or of the YAML error) on the first problem."""
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise DataFileError(f"{path}:{line}", f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DataFileError(f"{path}:1", "must be a mapping of list names to word lists")
    try:
        return model(**data)
    except (ValidationError, TypeError) as exc:
        errors = exc.errors() if isinstance(exc, ValidationError) else []
        key = str(errors[0]["loc"][0]) if errors and errors[0]["loc"] else ""
        reason = errors[0]["msg"] if errors else str(exc)
        raise DataFileError(f"{path}:{_line_of(text, key)}", f"{key}: {reason}") from None


def read_grammar(path: Path) -> Grammar:
    return read_word_lists(path, Grammar)


def read_eras(path: Path) -> tuple[Era, ...]:
    eras: list[Era] = []
    header_seen = False
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{number}"
            fields = [f.strip() for f in next(csv.reader([line]))]
            if not header_seen:
                if fields != ["phrase", "start", "end"]:
                    raise DataFileError(where, "header must be phrase,start,end")
                header_seen = True
                continue
            if len(fields) != 3 or not fields[0]:
                raise DataFileError(where, f"expected phrase,start,end: {line!r}")
            try:
                start, end = dt.date.fromisoformat(fields[1]), dt.date.fromisoformat(fields[2])
            except ValueError:
                raise DataFileError(where, f"dates must be YYYY-MM-DD: {line!r}") from None
            if end < start:
                raise DataFileError(where, f"end before start: {line!r}")
            eras.append(Era(fields[0], start, end, where))
    if not header_seen:
        raise DataFileError(f"{path}:1", "no header line")
    return tuple(eras)


@lru_cache(maxsize=1)
def load_grammar() -> Grammar:
    """The packaged grammar word lists."""
    return read_grammar(_data_path("grammar.yaml"))


@lru_cache(maxsize=1)
def load_eras() -> tuple[Era, ...]:
    """The packaged named historical periods."""
    return read_eras(_data_path("eras.csv"))


def is_figurative(noun: Token) -> bool:
    """ "trade war", "charm offensive": the noun with one of its modifiers is a figure of
    speech (grammar.yaml `figurative_phrases`), not the event the noun alone names."""
    phrases = load_grammar().figurative_phrases
    lemma = noun.lemma_.lower()
    return any(
        c.dep_ in ("compound", "amod") and f"{c.lower_} {lemma}" in phrases for c in noun.children
    )
