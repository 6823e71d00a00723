"""A lone capital in front of a noun of an event that happens somewhere names the venue,
not a party: "the Bamako trial", "the Doha agreement" (clause_rules `venue_nouns`). Two
capitals name two parties, and a capital in front of a measure is its government."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    record = run_extract(text, published="2025-03-14")
    return [
        (
            e.cameo,
            e.trigger.text,
            [p.code or "" for p in e.source],
            [p.code or "" for p in e.target],
        )
        for e in record.events
    ]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Many Malians watched the Bamako trial closely.", "trial"),
        ("Few Ghanaians followed the Accra trial of the Togolese activists.", "trial"),
        ("The Lima summit ended without a deal, Chilean officials said.", "summit"),
        # the capital merged into the government named before: still the venue
        (
            "The Senegalese government condemned the verdict. Dakar accused Mali of bias. "
            "Few Senegalese followed this Dakar trial.",
            "trial",
        ),
    ],
)
def test_capital_before_venue_noun_is_no_source(run_extract, text: str, trigger: str) -> None:
    assert [e for e in _events(run_extract, text) if e[1] == trigger] == []


@pytest.mark.parametrize(
    ("text", "trigger", "wrong_target"),
    [
        ("Kenyan diplomats praised the Doha agreement.", "praised", "QATGOV"),
        ("The Nairobi agreement was signed last year, Ugandan officials said.", "signed", "KENGOV"),
    ],
)
def test_capital_before_venue_noun_is_no_target(
    run_extract, text: str, trigger: str, wrong_target: str
) -> None:
    events = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert events, "the verb is still coded"
    assert all(wrong_target not in e[3] for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # a measure a government applies: the capital is its government
        ("Ankara fears Washington sanctions.", "fears", "USAGOV"),
        # the seat's own name before a text
        ("A Kremlin statement condemned the Kyiv government.", "statement", "RUSGOV"),
        # two capitals: two parties
        ("The Washington-Pyongyang talks collapsed.", "talks", "PRKGOV"),
    ],
)
def test_capital_as_party_kept(run_extract, text: str, trigger: str, party: str) -> None:
    events = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert any(party in e[2] + e[3] for e in events)
