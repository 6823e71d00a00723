"""An attack or threat naming no target is aimed at a place named in the clause it
governs or in its "when" clause; other events and other clauses give no place target."""

from __future__ import annotations

import pytest


def targets_of(record, root):
    return {p.country for e in record.events if e.root == root for p in e.target}


@pytest.mark.parametrize(
    ("text", "root", "country"),
    [
        ("Sudan threatened to resume air strikes in Chad.", "13", "TCD"),
        ("Sudanese gunmen killed 12 people when they raided a market in Chad.", "18", "TCD"),
    ],
)
def test_targets_place_of_governed_or_when_clause(text, root, country, run_extract):
    assert country in targets_of(run_extract(text, published="2021-06-01"), root)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Sudanese gunmen killed 12 people after they returned from Chad.", "TCD"),
        ("Japan agreed to open an embassy in Chile.", "CHL"),  # not a place-acting event
    ],
)
def test_targets_no_place_target_from_other_clauses(text, country, run_extract):
    record = run_extract(text, published="2021-06-01")
    assert not any(p.country == country for e in record.events for p in e.target)
