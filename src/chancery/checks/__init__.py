"""Checks for claims an article contradicts.

A check is a function `(CheckContext) -> list[Check]`; `DEFAULT_CHECKS` lists the kinds
run on every article. Adding a kind means writing one function and adding a `CheckSpec`
for it here (or passing your own tuple to `apply_checks`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from chancery.checks.base import CheckContext, CheckFn, CheckSpec
from chancery.checks.conflicts import number_conflict
from chancery.checks.lists import count_mismatch
from chancery.checks.weekdays import weekday_mismatch
from chancery.model import Check, Sentence, TimeExpression

__all__ = [
    "DEFAULT_CHECKS",
    "CheckContext",
    "CheckFn",
    "CheckSpec",
    "apply_checks",
    "count_mismatch",
    "number_conflict",
    "run_checks",
    "weekday_mismatch",
]

logger = logging.getLogger(__name__)

DEFAULT_CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("count_mismatch", count_mismatch, "announces N items but lists another number"),
    CheckSpec("number_conflict", number_conflict, "gives one count two different values"),
    CheckSpec("weekday_mismatch", weekday_mismatch, "names a weekday the date does not fall on"),
)


def apply_checks(ctx: CheckContext, checks: Sequence[CheckSpec] = DEFAULT_CHECKS) -> list[Check]:
    """Run each check on the context; results in sentence order, then by kind."""
    found: list[Check] = []
    for spec in checks:
        results = spec.run(ctx)
        for check in results:
            if check.kind != spec.kind:
                raise ValueError(f"check {spec.kind!r} returned a {check.kind!r} result")
        logger.debug("%s: %d found", spec.kind, len(results))
        found.extend(results)
    return sorted(found, key=lambda c: (c.sentence, c.kind))


def run_checks(
    doc: Any, sentences: list[Sentence], *, published: dt.date | None, dates: list[TimeExpression]
) -> list[Check]:
    """Every default check on one parsed document."""
    if not sentences:
        return []
    return apply_checks(CheckContext(doc, sentences, published, dates))
