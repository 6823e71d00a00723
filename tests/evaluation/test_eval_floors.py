"""The quality gate itself: the pipeline on the seed article and the PLOVER dev records
must stay at or above the committed baseline (src/chancery/evaluation/baseline.json)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.evaluation import evaluate, load_baseline

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED_GOLD = SHARED / "seed" / "gold.json"
GSR = SHARED / "gsr" / "plover_gsr_dev.json"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(resources):
    if not SEED_GOLD.exists() or not GSR.exists():
        pytest.skip("shared gold sets are not beside the checkout")
    return evaluate([SEED_GOLD, GSR], baseline=load_baseline(), resources=resources)


def test_no_metric_below_its_floor(report):
    assert report.passed, [str(b) for b in report.breaches]


def test_seed_requirements(report):
    seed = next(s for s in report.sets if s.name == "gold").metrics
    assert seed["event_recall"] >= 5 / 6 - 1e-9
    assert seed["event_precision"] >= 0.7
    assert seed["duplicate_events"] == 0
    assert seed["historical_violations"] == 0


def test_plover_report_has_types_and_confusion(report):
    gsr = next(s for s in report.sets if s.name == "plover_gsr_dev")
    assert gsr.metrics["items"] == 165
    assert "REQUEST" in gsr.per_type and "DEMAND" not in gsr.per_type
    assert sum(sum(row.values()) for row in gsr.confusion.values()) == 165
