"""A reported obligation is the reporter's demand on the obliged actor (CAMEO 100)."""

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
        ("Ghana insisted that Togo should withdraw its troops.", ("100", ("GHA",), ("TGO",))),
        ("Brazil said Paraguay must reopen the border.", ("100", ("BRA",), ("PRY",))),
        ("Japan declared that China must lift the ban on seafood.", ("100", ("JPN",), ("CHN",))),
    ],
)
def test_demands_reported_obligation_is_a_demand(text, expected, run_extract):
    assert expected in coded(run_extract(text, published="2021-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it must protect its borders.",  # one's own obligation: no demand
        "Brazil said Paraguay reopened the border.",  # no obligation
        "Officials said the border must reopen.",  # no actor on either side
    ],
)
def test_demands_not_coded_without_two_actors_and_an_obligation(text, run_extract):
    assert not any(e.cameo == "100" for e in run_extract(text, published="2021-06-01").events)


def test_demands_obliged_action_is_not_the_targets_intent(run_extract):
    record = run_extract(
        "Ghana insisted that Togo should withdraw its troops.", published="2021-06-01"
    )
    assert not any(e.cameo.startswith("03") for e in record.events)
