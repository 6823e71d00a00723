"""Run the pipeline over gold sets and score it: the library behind `chancery eval`."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chancery.evaluation.baseline import Baseline, Breach
from chancery.evaluation.document import score_document
from chancery.evaluation.gold import GoldSet, load_gold
from chancery.evaluation.plover import score_plover

if TYPE_CHECKING:
    from chancery.pipeline import Resources

__all__ = ["EvalReport", "SetResult", "evaluate", "evaluate_set"]

logger = logging.getLogger(__name__)

# Metrics that are counts or lists, not rates: reported but not averaged.
_DOCUMENT_RATES = (
    "event_recall",
    "event_precision",
    "event_f1",
    "cameo_exact",
    "event_dates_ok",
    "actors_found",
    "actor_sectors_ok",
    "quotes_attributed",
    "dates_ok",
    "checks_ok",
)
_DOCUMENT_COUNTS = ("duplicate_events", "historical_violations", "events_system")


@dataclass(slots=True)
class SetResult:
    """The score of one gold set."""

    name: str
    path: Path
    kind: str
    metrics: dict[str, float]
    per_type: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "kind": self.kind,
            "metrics": self.metrics,
            "per_type": self.per_type,
            "confusion": self.confusion,
            "details": self.details,
        }


@dataclass(slots=True)
class EvalReport:
    sets: list[SetResult]
    breaches: list[Breach] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.breaches

    def to_dict(self) -> dict[str, Any]:
        return {
            "sets": [s.to_dict() for s in self.sets],
            "breaches": [str(b) for b in self.breaches],
            "passed": self.passed,
        }


def evaluate_set(gold: GoldSet, resources: Resources) -> SetResult:
    from chancery.pipeline import extract

    if gold.kind == "document":
        scores = []
        for document in gold.documents:
            record = extract(document.text, published=document.published, resources=resources)
            scores.append(score_document(document, record.to_dict()))
        metrics: dict[str, float] = {}
        for name in _DOCUMENT_RATES:
            metrics[name] = round(sum(s[name] for s in scores) / len(scores), 3)
        for name in _DOCUMENT_COUNTS:
            metrics[name] = float(sum(s[name] for s in scores))
        details = [
            {"missing_events": s["missing_events"], "false_positives": s["false_positives"]}
            for s in scores
        ]
        return SetResult(gold.name, gold.path, gold.kind, metrics, details=details)
    records = [
        extract(item.text, published=item.published, resources=resources).to_dict()
        for item in gold.items
    ]
    score = score_plover(gold.items, records)
    return SetResult(
        gold.name,
        gold.path,
        gold.kind,
        score.metrics,
        per_type=score.per_type,
        confusion=score.confusion,
        details=score.items,
    )


def evaluate(
    paths: Sequence[Path],
    *,
    baseline: Baseline | None = None,
    resources: Resources | None = None,
) -> EvalReport:
    """Score the pipeline on each gold file; check the baseline's floors if one is given."""
    from chancery.pipeline import load_resources

    res = resources or load_resources()
    results = []
    for path in paths:
        gold = load_gold(Path(path))
        logger.info("evaluating %s (%s)", gold.name, gold.kind)
        results.append(evaluate_set(gold, res))
    breaches = []
    if baseline is not None:
        for result in results:
            breaches += baseline.check(result.name, result.metrics)
    return EvalReport(results, breaches)
