"""Targets of refusals: a refused domestic concession is aimed at the refuser's own
country; a broken commitment at whom it was made to; a refused permission at whom it
would have let act."""

from __future__ import annotations

import pytest
from structure_helpers import coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Bolivian Vice-President Jorge Quiroga declined to resign despite mounting pressure.",
            ("BOL",),
            ("BOL",),
        ),
        ("The Burmese junta refused to lift the curfew.", ("MMR",), ("MMR",)),
        (
            "President Frederick Chiluba has reneged on his commitment to the Zambian people "
            "to hold elections.",
            ("ZMB",),
            ("ZMB",),
        ),
        (
            "The Sudanese junta refused to allow Red Cross trucks to enter the city.",
            ("SDN",),
            ("NGO",),
        ),
    ],
)
def test_refusal_target(run_extract, text, source, target):
    events = coded(run_extract, text)
    rejections = [e for e in events if e.plover == "REJECT"]
    assert any(e.source == source and e.target == target for e in rejections), events


@pytest.mark.parametrize(
    "text",
    [
        # releases and alliances are not domestic concessions: no target is implied
        "Chile refused to release the prisoners.",
        "Bolivia refused to join the alliance.",
    ],
)
def test_other_refusals_imply_no_target(run_extract, text):
    events = coded(run_extract, text)
    rejections = [e for e in events if e.plover == "REJECT"]
    assert rejections and all(e.target == () for e in rejections), events


def test_nationality_in_a_to_phrase_of_the_verb(run_extract):
    events = coded(
        run_extract,
        "Chile has granted political asylum to three Bolivian army officers hiding in its embassy.",
    )
    assert any(e.source == ("CHL",) and e.target == ("BOL",) for e in events), events


def test_instrument_with_phrase_names_no_target(run_extract):
    events = coded(run_extract, "Kenyan troops attacked the village with Russian rifles.")
    assert not [e for e in events if "RUS" in e.target], events
