"""`count_mismatch`: an announced count against the items listed."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "claimed", "listed"),
    [
        # "the other K" must be the length of the list
        (
            "Kenya is one of the five countries to back the motion "
            "(the other five are Peru, Bolivia, Ecuador and Colombia).",
            5,
            4,
        ),
        (
            "Fiji was one of six islands hit by the storm; the other five were Tonga, Samoa and Nauru.",
            5,
            3,
        ),
        # one plus the K others must make N
        (
            "Kenya is one of five countries to back the motion (the other three are Peru, Bolivia and Colombia).",
            5,
            4,
        ),
        # "N nouns: list", digits or words
        ("The summit drew three leaders: Modi, Sharif, Hasina and Wickremesinghe.", 3, 4),
        ("The court fined 4 firms (Sasol, Eskom and Transnet).", 4, 3),
        ("The four finalists are Ghana, Nigeria and Senegal.", 4, 3),
        ("Twelve provinces — Aceh, Bali and Papua — declared an emergency.", 12, 3),
    ],
)
def test_count_mismatch_fires(checks_of, text, claimed, listed) -> None:
    checks = checks_of(text, kind="count_mismatch")
    assert [(c.sentence, c.claimed, c.listed) for c in checks] == [(0, claimed, listed)]
    assert str(listed) in checks[0].message


@pytest.mark.parametrize(
    "text",
    [
        # consistent: 1 + 4 = 5
        "Chile is one of the five countries to back the motion (the other four are Peru, Bolivia, Ecuador and Colombia).",
        # a list of five after "five"
        "The summit drew five leaders: Modi, Sharif, Hasina, Tobgay and Wickremesinghe.",
        # "one of five" followed by five names, the subject among them
        "Chile is one of five countries — Chile, Peru, Bolivia, Ecuador and Colombia — that signed the accord.",
        # partial lists
        "Five countries abstained, including Peru and Chile.",
        "Seven ministers resigned: among them Ruto and Mudavadi.",
        "The four members are Ghana and Nigeria among others.",
        # numbers that announce no list
        "In the past five years, China and Russia have grown closer.",
        "Three people died in Lagos and Abuja on Friday.",
        "The 27 member states (EU) agreed.",
        "The three countries are united in their demand.",
        "Two of the six reactors (Unit 3 and Unit 4) were shut down.",
    ],
)
def test_count_mismatch_does_not_fire(checks_of, text) -> None:
    assert checks_of(text, kind="count_mismatch") == []


def test_count_mismatch_names_the_sentence_that_lists(checks_of) -> None:
    text = (
        "The talks ended on Friday in Addis Ababa. "
        "Three states walked out: Eritrea, Sudan, Somalia and Djibouti."
    )
    checks = checks_of(text, kind="count_mismatch")
    assert [(c.sentence, c.claimed, c.listed) for c in checks] == [(1, 3, 4)]
    assert "Djibouti" in checks[0].message


@pytest.mark.parametrize(
    ("text", "mismatch"),
    [
        ("Chile is one of five countries that signed: Peru, Bolivia, Ecuador and Colombia.", False),
        (
            "Chile is one of five countries that signed: Chile, Peru, Bolivia, Ecuador and Colombia.",
            False,
        ),
        ("Chile is one of five countries that signed: Peru, Bolivia and Colombia.", True),
    ],
)
def test_count_mismatch_one_of_n_with_a_list_may_hold_the_one(checks_of, text, mismatch) -> None:
    assert bool(checks_of(text, kind="count_mismatch")) is mismatch


def test_count_mismatch_list_after_a_colon_the_parser_split_off(checks_of) -> None:
    text = "Four districts were worst hit: Barpeta, Nalbari and Dhubri.\n\nRelief arrived."
    checks = checks_of(text, kind="count_mismatch")
    assert [(c.sentence, c.claimed, c.listed) for c in checks] == [(0, 4, 3)]
