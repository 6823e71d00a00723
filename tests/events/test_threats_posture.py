"""Getting ready to use force is force posture (152); being ready to act, or getting
ready for anything else, is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Macedonian army prepared to resume shelling Albanian rebel-held territory.",
        "The Serbian army was preparing to attack Kosovo.",
    ],
)
def test_threats_preparing_force_is_posture(text, run_extract):
    codes = {e.cameo for e in run_extract(text, published="2021-06-01").events}
    assert "152" in codes and not any(c.startswith(("13", "18", "19")) for c in codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia said it is prepared to attack Kosovo.", "138"),  # readiness: a threat
        ("Serbia prepared to sign the accord.", "032"),  # not force
    ],
)
def test_threats_readiness_or_non_force_is_no_posture(text, expected, run_extract):
    codes = {e.cameo for e in run_extract(text, published="2021-06-01").events}
    assert expected in codes and "152" not in codes
