"""The baseline gate: floors fail, updates only raise them, bad files name the problem."""

from __future__ import annotations

import json

import pytest

from chancery.errors import DataFileError
from chancery.evaluation.baseline import Baseline, load_baseline


def test_floor_and_ceiling_breaches():
    baseline = Baseline({"gsr": {"full_accuracy": 0.7}}, {"seed": {"duplicate_events": 0}})
    assert baseline.check("gsr", {"full_accuracy": 0.71}) == []
    (low,) = baseline.check("gsr", {"full_accuracy": 0.5})
    assert "below its floor" in str(low)
    (high,) = baseline.check("seed", {"duplicate_events": 2})
    assert high.kind == "ceiling"
    assert baseline.check("other", {"full_accuracy": 0.0}) == []
    assert baseline.check("gsr", {})[0].metric == "full_accuracy"  # a vanished metric fails


def test_raise_floors_never_lowers(tmp_path):
    baseline = Baseline({"gsr": {"a": 0.5, "b": 0.5}}, {"gsr": {"dup": 2}})
    baseline.raise_floors("gsr", {"a": 0.61234, "b": 0.4, "dup": 0})
    assert baseline.floors["gsr"] == {"a": 0.612, "b": 0.5}
    assert baseline.ceilings["gsr"] == {"dup": 0}
    path = tmp_path / "baseline.json"
    baseline.save(path)
    assert load_baseline(path).floors == baseline.floors


@pytest.mark.parametrize(
    "content",
    [
        '{"format": "other"}',
        "not json",
        '{"format": "chancery-baseline/1", "floors": {"x": {"m": "high"}}}',
    ],
)
def test_bad_baseline(tmp_path, content):
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError):
        load_baseline(path)


def test_packaged_baseline_has_floors_for_both_sets():
    baseline = load_baseline()
    assert baseline.floors["gold"]["event_recall"] >= 5 / 6 - 0.001
    assert baseline.floors["gold"]["event_precision"] >= 0.7
    assert baseline.ceilings["gold"]["duplicate_events"] == 0
    assert baseline.ceilings["gold"]["historical_violations"] == 0
    assert {"full_accuracy", "event_recall", "actor_country_accuracy"} <= set(
        baseline.floors["plover_gsr_dev"]
    )
    json.dumps(baseline.to_dict())
