"""What every check sees and returns: the context of one document, and the check type."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from chancery.model import Check, Sentence, TimeExpression
from chancery.nlp import text_of

__all__ = ["CheckContext", "CheckFn", "CheckSpec"]


@dataclass(frozen=True)
class CheckContext:
    """One parsed document as the checks read it."""

    doc: Any  # the spaCy Doc of the cleaned text
    sentences: Sequence[Sentence]
    published: dt.date | None = None
    dates: Sequence[TimeExpression] = ()
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(s.start for s in self.sentences)

    @property
    def text(self) -> str:
        return text_of(self.doc)

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding `offset`."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def tokens(self, sentence: Sentence) -> Any:
        """The sentence as a spaCy Span (tokens whose start lies inside it)."""
        return self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")

    def dates_in(self, sentence: Sentence) -> list[TimeExpression]:
        return [d for d in self.dates if sentence.start <= d.offset < sentence.end]


CheckFn = Callable[[CheckContext], list[Check]]


@dataclass(frozen=True)
class CheckSpec:
    """A kind of check: its name (the `kind` of the Checks it returns) and its function."""

    kind: str
    run: CheckFn
    about: str
