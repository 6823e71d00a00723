"""A promised action with its own stated code is coded as that stated action (intent,
threat or refusal); a promise of anything else codes the promise. Also: "no longer"
negates, and a stated action reached through "is ready to" finds the reporter."""

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
        ("Eritrea vowed to attack Ethiopia.", ("138", ("ERI",), ("ETH",))),
        ("Israel vowed not to return the islands to Egypt.", ("1243", ("ISR",), ("EGY",))),
        ("Eritrea promised to do its best.", ("030", ("ERI",), ())),
        ("Kenya said it is ready to release the prisoners.", ("0353", ("KEN",), ())),
        # "the entry of aid convoys" is matched as allowing aid convoys
        ("Syria said it would allow the entry of aid convoys.", ("0355", ("SYR",), ())),
    ],
)
def test_commitments_stated_actions(text, expected, run_extract):
    assert expected in coded(run_extract(text, published="2021-06-01"))


def test_commitments_do_not_code_the_promised_action_as_done(run_extract):
    record = run_extract("Eritrea vowed to attack Ethiopia.", published="2021-06-01")
    assert not any(e.cameo.startswith("19") or e.cameo == "030" for e in record.events)


def test_commitments_allow_needs_a_listed_object_behind_the_movement_noun(run_extract):
    record = run_extract("Turkey allowed the return of its ambassador.", published="2021-06-01")
    assert not any(e.cameo.startswith("08") for e in record.events)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Brazil will no longer support the embargo.", True),
        ("Brazil supported the embargo for longer than planned.", False),
    ],
)
def test_commitments_no_longer_negates(text, negated, run_extract):
    events = [e for e in run_extract(text, published="2021-06-01").events if e.source]
    assert events and all(e.modality.negated is negated for e in events)
