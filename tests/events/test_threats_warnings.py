"""A warning of one's own coercive action, or of withheld permission, is a threat (13x);
a warning about someone else's action or about a fact stays a comment."""

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
        ("Russia warned Moldova that it would impose sanctions.", ("1312", ("RUS",), ("MDA",))),
        ("Iran warned Israel that it would strike back.", ("138", ("IRN",), ("ISR",))),
        # withheld permission for protests: a threat of repression, at home
        (
            "The Turkish interior minister warned that police will not allow protests in Ankara.",
            ("137", ("TUR",), ("TUR",)),
        ),
    ],
)
def test_threats_warning_of_coercion_is_a_threat(text, expected, run_extract):
    assert expected in coded(run_extract(text, published="2021-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that Israel will attack Syria.",  # someone else's action
        "Economists warned that inflation could rise again.",  # no coercion
        "Norway warned Sweden that the talks had failed.",  # a fact, not a future
    ],
)
def test_threats_warning_about_others_or_facts_is_no_threat(text, run_extract):
    record = run_extract(text, published="2021-06-01")
    assert not any(e.cameo.startswith("13") for e in record.events)
