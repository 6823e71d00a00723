"""Obligations carried by other verbs and nouns than "say", and "pushing for Y to ...",
are demands of the reporter on Y (CAMEO 100)."""

from __future__ import annotations

import pytest


def coded(record):
    return {
        (e.cameo, tuple(p.country for p in e.source), tuple(p.country for p in e.target))
        for e in record.events
    }


@pytest.mark.parametrize(
    ("text", "sources", "targets"),
    [
        ("The African Union concluded that Sudan must disarm the militias.", ("IGO",), ("SDN",)),
        ("Chile reminded Peru that it must respect the ruling.", ("CHL",), ("PER",)),
        ("Chile issued a reminder to Peru that it must respect the ruling.", ("CHL",), ("PER",)),
        ("Canada is lobbying hard for Mexico to sign the treaty.", ("CAN",), ("MEX",)),
    ],
)
def test_demands_other_carriers_are_demands(text, sources, targets, run_extract):
    assert ("100", sources, targets) in coded(run_extract(text, published="2021-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Chile reminded Peru that the deadline had passed.",  # no obligation
        "Canada worked hard for Mexico to sign the treaty.",  # working is not pressing
        "Chile concluded that it must protect its borders.",  # one's own obligation
    ],
)
def test_demands_not_coded_without_a_carrier_and_another_actor(text, run_extract):
    record = run_extract(text, published="2021-06-01")
    assert not any(e.cameo == "100" and e.target for e in record.events)
