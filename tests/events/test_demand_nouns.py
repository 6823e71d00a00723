"""A noun of asking with a content clause is its author's request of the clause's subject
("renewed its demand that Y ..."), and the asked action is only hypothetical."""

from __future__ import annotations

import pytest
from structure_helpers import coded


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Arab League on Monday renewed its demand that Israel withdraw its troops "
            "from the Golan Heights.",
            ("IGO",),
            ("ISR",),
        ),
        (
            "Ghana renewed its call for Togo to withdraw its soldiers from the border.",
            ("GHA",),
            ("TGO",),
        ),
        (
            "The Arab League repeated its appeal that Israel halt settlement construction.",
            ("IGO",),
            ("ISR",),
        ),
        (
            "The Arab League's call for Israel to freeze settlements was rejected.",
            ("IGO",),
            ("ISR",),
        ),
        (
            "Hungary reiterated its request that Romania ease restrictions on the movement of workers.",
            ("HUN",),
            ("ROU",),
        ),
    ],
)
def test_demand_noun_is_a_request_of_the_clause_subject(run_extract, text, source, target):
    events = coded(run_extract, text)
    requests = [e for e in events if e.plover == "REQUEST"]
    assert any(e.source == source and e.target == target for e in requests), events


def test_asked_action_is_not_a_fact(run_extract):
    events = coded(
        run_extract,
        "The Arab League on Monday renewed its demand that Israel withdraw its troops "
        "from the Golan Heights.",
    )
    by_israel = [e for e in events if e.source == ("ISR",)]
    assert by_israel and all(e.hypothetical for e in by_israel), events


@pytest.mark.parametrize(
    "text",
    [
        # a rejected demand is not the rejecter's request
        "Israel rejected the demand that it withdraw its troops.",
        # a relative clause on a demand noun is not its content
        "Israel ignored the demand which Syria made last year.",
        # not a noun of asking
        "Hungary reiterated its view that Romania eased restrictions.",
    ],
)
def test_no_request_without_a_voiced_demand_noun(run_extract, text):
    events = coded(run_extract, text)
    assert not [e for e in events if e.plover == "REQUEST"], events
