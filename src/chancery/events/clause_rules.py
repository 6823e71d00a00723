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

from pydantic import BaseModel, ConfigDict, field_validator

from chancery.events.grammar import read_word_lists

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
    repression_words: frozenset[str]

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


def read_clause_rules(path: Path) -> ClauseRules:
    return read_word_lists(path, ClauseRules)


@lru_cache(maxsize=1)
def load_clause_rules() -> ClauseRules:
    """The packaged clause-rule word lists."""
    return read_clause_rules(
        Path(str(resources.files("chancery.events") / "data" / "clause_rules.yaml"))
    )
