"""Why a word did or did not become an event: the trace the extractor can emit.

The extractor takes an optional `trace` callback and calls it once for every decision it
takes about a candidate trigger. `chancery explain` collects these; normal runs pass None
and pay nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Decision", "Outcome", "Trace", "emit"]

Outcome = Literal[
    "event",  # a pattern matched and the event was kept
    "no pattern",  # no lexicon entry for the lemma, or none whose constraints hold
    "no source actor",  # a pattern matched but no actor could be found as its source
    "governed",  # the clause is the content of another coded event ("threatened to impose")
    "duplicate",  # the same event (sentence, code, parties) was already coded
    "transparent",  # a control verb ("tried", "plans") that passes its subject down
    "other sense",  # the trigger is used in another sense (data/other_senses.csv)
    "background",  # a description, private trip or hoped-for act (events/background.py)
]


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision about one candidate trigger word."""

    sentence: int
    token: int  # index of the word in the parsed document
    text: str
    lemma: str
    kind: Literal["verb", "noun", "statement"]
    outcome: Outcome
    detail: str = ""
    rule: str = ""
    cameo: str | None = None


Trace = Callable[[Decision], None]


def emit(trace: Trace | None, decision: Decision) -> None:
    if trace is not None:
        trace(decision)
