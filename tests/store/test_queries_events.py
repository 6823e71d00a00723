"""Every filter of Store.events(), on a small hand-built collection of two stories."""

from __future__ import annotations

import pytest

from chancery.store import EventFilter
from chancery.store.queries import haversine_km

VLADIVOSTOK = ("Vladivostok", "RUS", 43.1155, 131.8855)
KHARKIV = ("Kharkiv", "UKR", 49.9935, 36.2304)
PYONGYANG = ("Pyongyang", "PRK", 39.0339, 125.7543)
NAIROBI = ("Nairobi", "KEN", -1.2864, 36.8172)

STORY_A = [  # published 2024-03-15
    {
        "cameo": "043",
        "source": ["PRKGOV", "CHN"],
        "target": ["RUS"],
        "date": ("2024-03-10", "2024-03-10"),
        "place": VLADIVOSTOK,
        "plover": "CONSULT",
        "mode": "visit",
    },
    {
        "cameo": "190",
        "source": ["RUSMIL"],
        "target": ["UKR"],
        "date": ("2024-03-12", "2024-03-12"),
        "place": KHARKIV,
        "plover": "ASSAULT",
    },
    {
        "cameo": "036",
        "source": ["CHN"],
        "target": ["PRK"],
        "date": ("2024-03-01", "2024-03-01"),
        "negated": True,
    },
    {"cameo": "138", "source": ["RUS"], "target": ["UKRMIL"], "future": True, "plover": "THREATEN"},
]
STORY_B = [  # published 2023-07-30
    {
        "cameo": "042",
        "source": ["RUS"],
        "target": ["PRKGOV"],
        "date": ("2023-07-24", "2023-07-30"),
        "place": PYONGYANG,
    },
    {
        "cameo": "0211",
        "source": ["KENGOV"],
        "target": ["IGOUNO"],
        "hypothetical": True,
        "place": NAIROBI,
        "plover": "REQUEST",
    },
    {
        "cameo": "057",
        "source": ["PRK", "RUS"],
        "target": ["CHN"],
        "date": ("1953-07-27", "1953-07-27"),
        "historical": True,
        "plover": "AGREE",
    },
    {"cameo": "173", "source": ["UKR"], "target": [], "attempted": True},
]


@pytest.fixture
def filled(store, make_record):
    import datetime as dt

    store.save(make_record("A", STORY_A, published=dt.date(2024, 3, 15)))
    store.save(make_record("B", STORY_B, published=dt.date(2023, 7, 30)))
    return store


def _keys(rows) -> list[str]:
    return [f"{r['document_id']}.{r['event_id']}" for r in rows]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, {"A.e1", "A.e2", "B.e1", "B.e3"}),
        (
            {"all_modalities": True},
            {"A.e1", "A.e2", "A.e3", "A.e4", "B.e1", "B.e2", "B.e3", "B.e4"},
        ),
        ({"actor": "PRK"}, {"A.e1", "B.e1", "B.e3"}),
        ({"actor": "prk", "all_modalities": True}, {"A.e1", "A.e3", "B.e1", "B.e3"}),
        ({"actor": "PRKGOV"}, {"A.e1", "B.e1"}),
        ({"actor": "IGOUNO", "all_modalities": True}, {"B.e2"}),
        ({"dyad": "PRK:RUS"}, {"A.e1"}),
        ({"dyad": "RUS:PRK"}, {"B.e1"}),
        ({"dyad": "RUS:UKR"}, {"A.e2"}),
        ({"dyad": ("RUS", "UKR"), "all_modalities": True}, {"A.e2", "A.e4"}),
        ({"dyad": "RUSMIL:UKR"}, {"A.e2"}),
        ({"dyad": "PRK:CHN"}, {"B.e3"}),
        ({"dyad": "CHN:PRK"}, set()),
        ({"code": "04"}, {"A.e1", "B.e1"}),
        ({"code": "043"}, {"A.e1"}),
        ({"code": "02", "all_modalities": True}, {"B.e2"}),
        ({"since": "2024-03-11"}, {"A.e2"}),
        ({"since": "2023-07-28", "until": "2023-07-29"}, {"B.e1"}),
        ({"since": "2023-07"}, {"A.e1", "A.e2", "B.e1"}),
        ({"until": "1999"}, {"B.e3"}),
        ({"since": "2023", "until": "2023"}, {"B.e1"}),
        ({"country": "UKR"}, {"A.e2"}),
        ({"country": "KEN"}, set()),
        ({"country": "KEN", "all_modalities": True}, {"B.e2"}),
        ({"near": (43.0, 132.0), "km": 50}, {"A.e1"}),
        ({"near": "39.0,125.8", "km": 20}, {"B.e1"}),
        ({"near": (39.0, 125.8), "km": 1000}, {"A.e1", "B.e1"}),
        ({"document_id": "B"}, {"B.e1", "B.e3"}),
        ({"document_id": "B", "code": "05"}, {"B.e3"}),
    ],
)
def test_events_filter(filled, kwargs, expected) -> None:
    assert set(_keys(filled.events(EventFilter(**kwargs)))) == expected


def test_events_are_newest_first_and_limited(filled) -> None:
    assert _keys(filled.events(EventFilter())) == ["A.e2", "A.e1", "B.e1", "B.e3"]
    assert _keys(filled.events(EventFilter(limit=2))) == ["A.e2", "A.e1"]
    # The limit applies after the distance check, not before.
    assert _keys(filled.events(EventFilter(near=(39.0, 125.8), km=1000, limit=1))) == ["A.e1"]


def test_events_undated_come_last(filled) -> None:
    keys = _keys(filled.events(EventFilter(all_modalities=True)))
    assert keys[-2:] == ["B.e2", "B.e4"]  # no date: after every dated event, in text order


def test_events_row_carries_what_a_reader_needs(filled) -> None:
    (row,) = filled.events(EventFilter(code="043"))
    assert row["source"] == "PRKGOV;CHN"
    assert row["target"] == "RUS"
    assert row["cameo"] == "043" and row["root"] == "04"
    assert row["date_start"] == "2024-03-10" and row["published"] == "2024-03-15"
    assert row["location"] == "Vladivostok" and row["location_country"] == "RUS"
    assert row["sentence"] == "the North Korean government and China met with Russia on 2024-03-10."
    assert row["trigger"] == "met with"
    assert row["plover_event"] == "CONSULT" and row["plover_mode"] == "visit"
    assert not any(row[k] for k in ("negated", "hypothetical", "future", "attempted", "historical"))


def test_events_row_of_an_event_without_target(filled) -> None:
    (row,) = filled.events(EventFilter(code="173", all_modalities=True))
    assert row["target"] == "" and row["attempted"] is True


def test_events_near_reports_the_distance(filled) -> None:
    (row,) = filled.events(EventFilter(near=(43.0, 132.0), km=50))
    assert row["distance_km"] == pytest.approx(
        haversine_km((43.0, 132.0), VLADIVOSTOK[2:]), abs=0.1
    )
    assert 10 < row["distance_km"] < 20


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 1.0), 111.19),
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.5),
        ((10.0, 179.9), (10.0, -179.9), 21.9),
    ],
)
def test_haversine_km(a, b, km) -> None:
    assert haversine_km(a, b) == pytest.approx(km, rel=0.01)


def test_events_near_across_the_antimeridian(store, make_record) -> None:
    fiji_east = ("Taveuni", "FJI", -16.85, 179.95)
    store.save(
        make_record(
            "fiji", [{"cameo": "040", "source": ["FJI"], "target": ["NZL"], "place": fiji_east}]
        )
    )
    assert _keys(store.events(EventFilter(near=(-16.85, -179.95), km=50))) == ["fiji.e1"]


def test_events_on_an_empty_store(store) -> None:
    assert store.events() == []
