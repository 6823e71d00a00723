"""The quality gate: floors (and ceilings) per gold set that a change may not cross.

baseline.json (`chancery-baseline/1`):

    {"format": "chancery-baseline/1",
     "floors":   {"gold": {"event_recall": 0.83, ...}, "plover_gsr_dev": {...}},
     "ceilings": {"gold": {"duplicate_events": 0, ...}}}

A metric below its floor or above its ceiling fails the gate. `raise_floors` moves floors
up (and ceilings down) to what was just measured, never the other way: lowering a floor
is an edit to the committed file, visible in review.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from chancery.errors import DataFileError

__all__ = ["BASELINE_FORMAT", "Baseline", "Breach", "default_baseline_path", "load_baseline"]

BASELINE_FORMAT = "chancery-baseline/1"


@dataclass(frozen=True, slots=True)
class Breach:
    gold_set: str
    metric: str
    value: float
    limit: float
    kind: str  # "floor" | "ceiling"

    def __str__(self) -> str:
        relation = "below its floor" if self.kind == "floor" else "above its ceiling"
        return f"{self.gold_set}: {self.metric} = {self.value:g} is {relation} {self.limit:g}"


@dataclass(slots=True)
class Baseline:
    floors: dict[str, dict[str, float]]
    ceilings: dict[str, dict[str, float]]

    def check(self, gold_set: str, metrics: dict[str, Any]) -> list[Breach]:
        breaches = []
        for metric, floor in self.floors.get(gold_set, {}).items():
            value = metrics.get(metric)
            if isinstance(value, (int, float)) and value < floor:
                breaches.append(Breach(gold_set, metric, float(value), floor, "floor"))
            elif value is None:
                breaches.append(Breach(gold_set, metric, float("nan"), floor, "floor"))
        for metric, ceiling in self.ceilings.get(gold_set, {}).items():
            value = metrics.get(metric)
            if isinstance(value, (int, float)) and value > ceiling:
                breaches.append(Breach(gold_set, metric, float(value), ceiling, "ceiling"))
        return breaches

    def raise_floors(self, gold_set: str, metrics: dict[str, Any]) -> None:
        for metric, floor in self.floors.get(gold_set, {}).items():
            value = metrics.get(metric)
            if isinstance(value, (int, float)) and value > floor:
                self.floors[gold_set][metric] = round(float(value), 3)
        for metric, ceiling in self.ceilings.get(gold_set, {}).items():
            value = metrics.get(metric)
            if isinstance(value, (int, float)) and value < ceiling:
                self.ceilings[gold_set][metric] = round(float(value), 3)

    def to_dict(self) -> dict[str, Any]:
        return {"format": BASELINE_FORMAT, "floors": self.floors, "ceilings": self.ceilings}

    def save(self, path: Path) -> None:
        path.write_text(
            json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )


def default_baseline_path() -> Path:
    return Path(str(resources.files("chancery.evaluation") / "baseline.json"))


def _limits(data: Any, where: str, section: str) -> dict[str, dict[str, float]]:
    table = data.get(section, {})
    if not isinstance(table, dict):
        raise DataFileError(where, f"'{section}' must map gold-set names to metrics")
    out: dict[str, dict[str, float]] = {}
    for gold_set, metrics in table.items():
        if not isinstance(metrics, dict):
            raise DataFileError(where, f"{section}.{gold_set} must map metric names to numbers")
        out[gold_set] = {}
        for metric, value in metrics.items():
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise DataFileError(where, f"{section}.{gold_set}.{metric} must be a number")
            out[gold_set][metric] = float(value)
    return out


def load_baseline(path: Path | None = None) -> Baseline:
    path = path or default_baseline_path()
    where = f"{path}:1"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFileError(where, f"cannot read baseline: {exc.strerror}") from None
    except ValueError as exc:
        raise DataFileError(f"{path}:{getattr(exc, 'lineno', 1)}", f"not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
        raise DataFileError(where, f"format must be {BASELINE_FORMAT!r}")
    return Baseline(_limits(data, where, "floors"), _limits(data, where, "ceilings"))
