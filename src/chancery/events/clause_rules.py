"""The word lists of the clause-structure rules (threats, warnings, commitments,
demands), loaded from data/clause_rules.yaml and validated at load.

Like `grammar`, these are closed-class words, not triggers: which verbs warn or commit,
which subordinators make a condition. Triggers live in the lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from chancery.errors import DataFileError

__all__ = ["ClauseRules", "load_clause_rules", "read_clause_rules"]

_WORD_RE = re.compile(r"[a-z'][a-z'-]*")


class ClauseRules(BaseModel):
    """Word lists, each a frozenset of lower-case lemmas or surface forms."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    warning_verbs: frozenset[str]
    commissive_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    threat_condition_marks: frozenset[str]
    target_condition_marks: frozenset[str]
    obligation_reporters: frozenset[str]
    obligation_nouns: frozenset[str]
    pressing_verbs: frozenset[str]
    irrealis_marks: frozenset[str]
    negated_adverbs: frozenset[str]
    transparent_object_nouns: frozenset[str]
    patient_possessor_nouns: frozenset[str]
    preparation_verbs: frozenset[str]
    document_nouns: frozenset[str]
    demand_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    commitment_nouns: frozenset[str]
    region_prefixes: frozenset[str]
    artefact_nouns: frozenset[str]
    venue_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    topic_prepositions: frozenset[str]
    private_traveller_nouns: frozenset[str]
    generic_group_nouns: frozenset[str]
    expectation_verbs: frozenset[str]
    group_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    prospect_nouns: frozenset[str]

    @field_validator("*", mode="before")
    @classmethod
    def _words(cls, value: object) -> object:
        if not isinstance(value, list) or not value:
            raise ValueError("must be a non-empty list of words")
        words = []
        for item in value:
            word = str(item).strip().lower()
            if not _WORD_RE.fullmatch(word):
                raise ValueError(f"{word!r} is not one lower-case word")
            words.append(word)
        return frozenset(words)


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def read_clause_rules(path: Path) -> ClauseRules:
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
        return ClauseRules(**data)
    except (ValidationError, TypeError) as exc:
        errors = exc.errors() if isinstance(exc, ValidationError) else []
        key = str(errors[0]["loc"][0]) if errors and errors[0]["loc"] else ""
        reason = errors[0]["msg"] if errors else str(exc)
        raise DataFileError(f"{path}:{_line_of(text, key)}", f"{key}: {reason}") from None


@lru_cache(maxsize=1)
def load_clause_rules() -> ClauseRules:
    """The packaged clause-rule word lists."""
    return read_clause_rules(
        Path(str(resources.files("chancery.events") / "data" / "clause_rules.yaml"))
    )
