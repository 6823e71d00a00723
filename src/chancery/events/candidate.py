"""What the extractors hand to assembly: a trigger, its parties and how they were found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Token

from chancery.events.arguments import Argument, ArgumentResolver
from chancery.events.grammar import Era, Grammar
from chancery.events.lexicon import Lexicon
from chancery.events.trace import Decision, Trace, emit
from chancery.model import Modality, Sentence

__all__ = ["Candidate", "Context", "argument_factor"]

# How much each way of finding a party lowers confidence (1.0 = no doubt added).
_QUALITY_FACTOR = {"head": 1.0, "speaker": 1.0, "modifier": 0.9, "place": 0.85}
# How much a source with neither country nor sector lowers confidence.
_UNPLACED_SOURCE_FACTOR = 0.8


@dataclass(slots=True)
class Candidate:
    """A coded trigger before dating, placing and de-duplication."""

    sentence: Sentence
    kind: Literal["verb", "noun", "statement"]
    trigger: Token
    pattern_id: str
    cameo: str
    base_confidence: float
    sources: list[Argument]
    targets: list[Argument]
    path: str
    modality: Modality
    anchors: list[Token]  # the trigger, then the words governing it (for time and place)
    tense_token: Token
    historical_marker: bool = False
    # False when the event names what it falls on but that is no actor ("a US ban *on
    # chips*"): no home country is implied as its target (`implied.implied_targets`).
    home_target: bool = True
    penalties: list[float] = field(default_factory=list)

    @property
    def rule(self) -> str:
        return f"{self.pattern_id} {self.path}".strip()

    @property
    def confidence(self) -> float:
        value = self.base_confidence
        for arg in self.sources:
            value *= _QUALITY_FACTOR.get(arg.quality, 0.9) ** (1 / len(self.sources))
        for arg in self.targets:
            value *= _QUALITY_FACTOR.get(arg.quality, 0.9) ** (1 / len(self.targets))
        for penalty in self.penalties:
            value *= penalty
        if not any(arg.party.code for arg in self.sources):
            # "he", "an analyst", "the group": a source of unknown country and role is a
            # party the reader cannot place, so the event is reported with less certainty
            value *= _UNPLACED_SOURCE_FACTOR
        return round(max(0.01, min(0.99, value)), 2)

    def key(self) -> tuple[int, str, frozenset[str], frozenset[str]]:
        return (
            self.sentence.index,
            self.cameo,
            frozenset(a.key for a in self.sources),
            frozenset(a.key for a in self.targets),
        )


def argument_factor(path: str) -> float:
    """Arguments reached through inheritance or anaphora are less certain."""
    if "pronoun" in path:
        return 0.85
    if "." in path:
        return 0.95
    return 1.0


@dataclass(slots=True)
class Context:
    """Everything the extractors share for one document."""

    doc: Doc
    resolver: ArgumentResolver
    lexicon: Lexicon
    grammar: Grammar
    eras: tuple[Era, ...]
    trace: Trace | None = None

    def decide(
        self,
        sentence: Sentence,
        token: Token,
        kind: Literal["verb", "noun", "statement"],
        outcome: str,
        detail: str = "",
        *,
        rule: str = "",
        cameo: str | None = None,
    ) -> None:
        if self.trace is None:
            return
        emit(
            self.trace,
            Decision(
                sentence=sentence.index,
                token=token.i,
                text=token.text,
                lemma=token.lemma_,
                kind=kind,
                outcome=outcome,  # type: ignore[arg-type]
                detail=detail,
                rule=rule,
                cameo=cameo,
            ),
        )
