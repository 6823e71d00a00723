"""PLOVER sentence scoring on hand-made records."""

from __future__ import annotations

import pytest

from chancery.evaluation.gold import PloverItem, normalise_country, normalise_plover
from chancery.evaluation.plover import score_plover


def item(event, sources=(), targets=(), id_="x"):
    return PloverItem(id_, "text", event, frozenset(sources), frozenset(targets), None)


def ev(plover, sources=(), targets=(), confidence=0.5):
    return {
        "plover": {"event": plover},
        "source": [{"country": c} for c in sources],
        "target": [{"country": c} for c in targets],
        "confidence": confidence,
    }


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("agree", "AGREE"),
    ],
)
def test_old_labels(old, new):
    assert normalise_plover(old) == new


@pytest.mark.parametrize(
    ("code", "country"),
    [("JAP", "JPN"), ("IGOUNO", "IGO"), ("PRKGOV", "PRK"), ("", None), ("NGO", "NGO")],
)
def test_country_codes(code, country):
    assert normalise_country(code) == country


def test_full_accuracy_counts_only_coded_sentences():
    items = [
        item("AGREE", ["HUN"], ["ROU"], "1"),  # fully right
        item("REQUEST", ["FRA"], ["IRQ"], "2"),  # right type, wrong target
        item("ASSAULT", ["ISR"], [], "3"),  # nothing coded
        item("REJECT", ["USA"], ["IGO"], "4"),  # wrong type
    ]
    records = [
        {"events": [ev("AGREE", ["HUN"], ["ROU", "DEU"])]},
        {"events": [ev("REQUEST", ["FRA"], ["USA"])]},
        {"events": []},
        {"events": [ev("ACCUSE", ["USA"], ["IGO"])]},
    ]
    score = score_plover(items, records)
    m = score.metrics
    assert m["full_accuracy"] == round(1 / 3, 3)
    assert m["full_recall"] == 0.25
    assert m["event_recall"] == 0.5
    assert m["actor_country_accuracy"] == 0.75  # 3 of the 4 gold sides of typed items
    assert score.confusion["ASSAULT"] == {"NONE": 1}
    assert score.confusion["REJECT"] == {"ACCUSE": 1}
    assert score.per_type["AGREE"] == {"gold": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert score.per_type["ACCUSE"]["precision"] == 0.0


def test_empty_gold_side_accepts_anything():
    score = score_plover(
        [item("PROTEST", ["DZA"], [])], [{"events": [ev("PROTEST", ["DZA"], ["FRA"])]}]
    )
    assert score.metrics["full_accuracy"] == 1.0
