"""An act someone is paid or hired to do is no intent (nor threat) of the payer; a
gerund after "look forward to" and an infinitive after "is due to" lie ahead; examining
an offer is no investigation (own test sentences, whole pipeline)."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 3, 15)


def _events(run_extract, text):
    return run_extract(text, published=PUBLISHED).events


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say two Ecuadorian men paid a gunman to murder the Colombian mayor.",
        "Investigators say Bolivian officers hired smugglers to attack the Chilean convoy.",
    ],
)
def test_commissioned_act_is_no_threat(run_extract, text):
    codes = [e.cameo for e in _events(run_extract, text)]
    assert not any(c.startswith("13") for c in codes), codes


def test_own_stated_attack_is_still_a_threat(run_extract):
    events = _events(run_extract, "The Bolivian army said it will attack the Chilean convoy.")
    assert any(e.cameo.startswith("13") for e in events), [e.cameo for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian envoy looks forward to discussing trade with Chilean officials.",
        "The French president is due to meet the Indian prime minister in Paris in June.",
    ],
)
def test_ahead_is_future(run_extract, text):
    events = _events(run_extract, text)
    assert events and all(e.modality.future for e in events), events


def test_past_meeting_is_not_future(run_extract):
    events = _events(run_extract, "The Peruvian envoy discussed trade with Chilean officials.")
    assert events and not any(e.modality.future for e in events)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Peruvian envoy flew back to Lima to examine Chile's proposal.", 0),
        ("Polish investigators examined the wreckage of the Belarusian drone.", 1),
    ],
)
def test_examining_an_offer_is_no_investigation(run_extract, text, count):
    codes = [e.cameo for e in _events(run_extract, text)]
    assert codes.count("090") == count, codes
