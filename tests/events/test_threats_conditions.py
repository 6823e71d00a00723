"""A stated action on an "unless" condition is a threat against whoever must meet it; a
threat naming no target is aimed at its condition's subject; a condition's own verbs are
not events."""

from __future__ import annotations

import pytest


def coded(record):
    return {
        (e.cameo, tuple(p.country for p in e.source), tuple(p.country for p in e.target))
        for e in record.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withdrawal on a condition: a threat to halt involvement, aimed at the condition
        (
            "Ghana will withdraw its troops from Mali unless Bamako holds elections.",
            ("136", ("GHA",), ("MLI",)),
        ),
        # a threat verb without a target takes the condition's subject
        (
            "Rwanda threatened to close the border unless Burundi releases the prisoners.",
            ("130", ("RWA",), ("BDI",)),
        ),
        (
            "Ethiopia threatened to bomb the dam if Egypt fills the reservoir.",
            ("130", ("ETH",), ("EGY",)),
        ),
    ],
)
def test_threats_condition_gives_threat_and_target(text, expected, run_extract):
    assert expected in coded(run_extract(text, published="2021-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Ghana will withdraw its troops from Mali next year.",  # no condition: an intent
        "Kenya will attend the summit unless it is postponed.",  # cooperative: no threat
        "Mali said it would release the hostages if Niger pays.",  # "if" offer: no threat
    ],
)
def test_threats_no_threat_without_unless_and_a_threatening_action(text, run_extract):
    assert not any(e.cameo.startswith("13") for e in run_extract(text).events)


def test_threats_condition_verbs_are_not_events(run_extract):
    record = run_extract(
        "Rwanda threatened to close the border unless Burundi releases the prisoners."
    )
    assert not any(p.country == "BDI" for e in record.events for p in e.source)
