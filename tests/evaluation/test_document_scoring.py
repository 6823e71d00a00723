"""Article scoring against a chancery-gold/1 annotation, on hand-made records."""

from __future__ import annotations

from pathlib import Path

from chancery.evaluation.document import score_document
from chancery.evaluation.gold import GoldDocument

GOLD = {
    "format": "chancery-gold/1",
    "actors": [{"name": "Chile", "country": "CHL", "sectors": [], "mentions": ["Chile"]}],
    "events": [
        {
            "id": "E1",
            "required": True,
            "sentence_contains": "Chile met Peru",
            "source": ["CHL"],
            "target": ["PER"],
            "roots": ["04"],
            "cameo": ["040"],
            "date": {"start": "2024-01-08", "end": "2024-01-14"},
        },
        {
            "id": "E2",
            "required": True,
            "sentence_contains": "treaty was signed",
            "source": [],
            "target": [],
            "roots": ["05", "06"],
            "historical": True,
        },
        {
            "id": "O1",
            "required": False,
            "sentence_contains": "Chile met Peru",
            "source": [],
            "target": [],
            "roots": ["01"],
        },
    ],
    "quotes": [],
    "dates": [],
    "checks": [],
}


def record(events):
    return {
        "sentences": [
            {"index": 0, "text": "Last week Chile met Peru."},
            {"index": 1, "text": "The treaty was signed in 1929."},
        ],
        "actors": [
            {"name": "Chile", "country": "CHL", "sector": None, "mentions": [{"text": "Chile"}]}
        ],
        "events": events,
    }


def event(sentence, cameo, src, tgt, **kw):
    return {
        "sentence": sentence,
        "cameo": cameo,
        "root": cameo[:2],
        "source": [{"country": c} for c in src],
        "target": [{"country": c} for c in tgt],
        **kw,
    }


def gold():
    return GoldDocument(Path("gold.json"), "", None, GOLD)


def test_recall_precision_and_exact_codes():
    events = [
        event(0, "040", ["CHL"], ["PER"], date={"start": "2024-01-08", "end": "2024-01-14"}),
        event(0, "010", ["CHL"], []),  # a defensible reading: not a false positive
        event(0, "190", ["CHL"], ["PER"]),  # wrong root: a false positive
    ]
    score = score_document(gold(), record(events))
    assert score["event_recall"] == 0.5
    assert score["event_precision"] == round(2 / 3, 3)
    assert score["cameo_exact"] == 1.0 and score["event_dates_ok"] == 1.0
    assert score["missing_events"] == ["E2"]
    assert score["actors_found"] == 1.0


def test_duplicates_and_historical_violations():
    events = [
        event(1, "057", [], [], date={"start": "2024-01-10", "end": "2024-01-10"}),
        event(1, "057", [], [], historical=True),
    ]
    score = score_document(gold(), record(events))
    assert score["duplicate_events"] == 1
    assert score["historical_violations"] == 1
