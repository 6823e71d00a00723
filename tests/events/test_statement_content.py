"""What a plain statement (CAMEO 010) says is no party to it: "reiterated *Santiago's*
support" is not addressed to Santiago. Its addressee is still named with "to"."""

from __future__ import annotations

import pytest


def _statement_targets(run_extract, text: str) -> list[list[str | None]]:
    record = run_extract(text, published="2025-03-14")
    return [[p.code for p in e.target] for e in record.events if e.cameo == "010"]


@pytest.mark.parametrize(
    ("text", "content_code"),
    [
        ("The Chilean envoy reiterated Santiago's support for Peru.", "CHLGOV"),
        ("Uruguay's foreign minister reiterated Brasilia's stance on the river.", "BRAGOV"),
    ],
)
def test_content_of_a_statement_is_no_target(run_extract, text, content_code) -> None:
    assert all(content_code not in targets for targets in _statement_targets(run_extract, text))


def test_addressee_of_a_statement_stays_target(run_extract) -> None:
    targets = _statement_targets(
        run_extract, "Egypt's foreign ministry issued a statement to Ethiopia on Monday."
    )
    assert ["ETH"] in targets
