"""Run one sentence through the real pipeline and describe its events compactly."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PUBLISHED = dt.date(2021, 6, 2)


@dataclass(frozen=True)
class Coded:
    cameo: str
    plover: str
    source: tuple[str | None, ...]
    target: tuple[str | None, ...]
    trigger: str
    hypothetical: bool


def coded(run_extract, text: str) -> list[Coded]:
    record = run_extract(text, published=PUBLISHED)
    return [
        Coded(
            e.cameo,
            e.plover.event,
            tuple(p.country for p in e.source),
            tuple(p.country for p in e.target),
            e.trigger.text,
            e.modality.hypothetical,
        )
        for e in record.events
    ]
