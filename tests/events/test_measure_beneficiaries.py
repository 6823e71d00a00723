"""A measure on the source's own thing ("restrictions on its labour market") is aimed at
whom its "for" phrase names ("for Polish nationals"): events/targets.py. A "for" phrase of
no party, or an "on" object that is someone else's, leaves the target as it was."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, [p.country or p.code for p in e.target]) for e in record.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denmark imposed restrictions on its labour market for Polish nationals in 2004.",
            [("172", ["POL"])],
        ),
        (
            "Israel imposed a ban on its own territory for Turkish diplomats from Sunday.",
            [("172", ["TUR"])],
        ),
        # a stated future measure is a threat against the same party
        (
            "Switzerland will impose limits on its labour market for workers from the "
            "European Union from June.",
            [("1312", ["IGO"])],
        ),
    ],
)
def test_for_phrase_names_the_target(run_extract, text, expected) -> None:
    assert _events(run_extract, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "for" phrase is a reason, not a party: the source's own country
        ("Germany imposed restrictions on its airspace for security reasons.", [("172", ["DEU"])]),
        # the "on" object is someone else's: it stays the target
        ("Britain imposed restrictions on Irish beef for six months.", [("172", ["IRL"])]),
        (
            "The EU imposed restrictions on Chinese steel for Turkish importers.",
            [("172", ["CHN"])],
        ),
    ],
)
def test_for_phrase_does_not_override(run_extract, text, expected) -> None:
    assert _events(run_extract, text) == expected
