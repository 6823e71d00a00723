"""Store.actors(), Store.quotes() and Store.summary() over hand-built stories."""

from __future__ import annotations

import datetime as dt

import pytest

NORTH = [
    {"cameo": "043", "source": ["PRKGOV"], "target": ["RUS"], "plover": "CONSULT"},
    {"cameo": "042", "source": ["RUS"], "target": ["PRKGOV"], "plover": "CONSULT"},
    {"cameo": "190", "source": ["RUSMIL"], "target": ["UKR"], "plover": "ASSAULT"},
]
SOUTH = [
    {"cameo": "046", "source": ["KENGOV"], "target": ["BRA"], "plover": "CONSULT"},
    {"cameo": "043", "source": ["PRKGOV"], "target": ["RUS", "CHN"], "plover": "CONSULT"},
]


@pytest.fixture
def filled(store, make_record):
    store.save(
        make_record(
            "north",
            NORTH,
            published=dt.date(2024, 5, 2),
            quotes=[
                {"speaker": "CHNGOV", "text": "Dialogue is the only way."},
                {"speaker": "RUSGOV", "text": "Our cooperation grows."},
            ],
        )
    )
    store.save(
        make_record(
            "south",
            SOUTH,
            published=dt.date(2023, 11, 20),
            quotes=[
                {"speaker": "CHNGOV", "text": "We oppose unilateral sanctions."},
                {"speaker": "KENGOV", "text": "Trade with Brazil doubled."},
            ],
        )
    )
    return store


def test_actors_aggregates_across_documents(filled) -> None:
    rows = {(r["name"], r["code"]): r for r in filled.actors()}
    pyongyang = rows[("the North Korean government", "PRKGOV")]
    assert pyongyang["documents"] == 2
    assert pyongyang["mentions"] == 3  # twice in the north story, once in the south
    assert pyongyang["country"] == "PRK" and pyongyang["sector"] == "GOV"
    russia = rows[("Russia", "RUS")]
    assert (russia["documents"], russia["mentions"]) == (2, 3)
    assert rows[("Ukraine", "UKR")]["documents"] == 1


def test_actors_most_mentioned_first(filled) -> None:
    mentions = [r["mentions"] for r in filled.actors()]
    assert mentions == sorted(mentions, reverse=True)


def test_actors_filtered_by_country(filled) -> None:
    assert {r["code"] for r in filled.actors(country="rus")} == {"RUS", "RUSMIL", "RUSGOV"}
    assert filled.actors(country="ARG") == []


def test_quotes_by_speaker_part_any_case(filled) -> None:
    rows = filled.quotes(speaker="beijing")
    assert [r["text"] for r in rows] == [
        "Dialogue is the only way.",
        "We oppose unilateral sanctions.",
    ]
    assert rows[0]["speaker"] == "Beijing officials" and rows[0]["speaker_code"] == "CHNGOV"


def test_quotes_speaker_with_like_wildcards_is_literal(filled) -> None:
    assert filled.quotes(speaker="%") == []


@pytest.mark.parametrize(
    ("kwargs", "texts"),
    [
        ({"country": "KEN"}, {"Trade with Brazil doubled."}),
        ({"since": "2024"}, {"Dialogue is the only way.", "Our cooperation grows."}),
        (
            {"until": "2023-11-20"},
            {"We oppose unilateral sanctions.", "Trade with Brazil doubled."},
        ),
        ({"country": "CHN", "since": dt.date(2024, 1, 1)}, {"Dialogue is the only way."}),
        ({"until": "2023-11-19"}, set()),
    ],
)
def test_quotes_filters(filled, kwargs, texts) -> None:
    assert {r["text"] for r in filled.quotes(**kwargs)} == texts


def test_quotes_newest_document_first(filled) -> None:
    assert [r["document_id"] for r in filled.quotes()] == ["north", "north", "south", "south"]


def test_summary_counts(filled) -> None:
    summary = filled.summary()
    assert summary["documents"] == 2
    assert summary["sentences"] == 9
    assert summary["events"] == 5
    assert summary["quotes"] == 4
    assert summary["events_by_root"] == [
        {"root": "04", "label": "Consult", "events": 4},
        {"root": "19", "label": "Fight", "events": 1},
    ]
    assert summary["events_by_plover"] == [
        {"plover_event": "CONSULT", "events": 4},
        {"plover_event": "ASSAULT", "events": 1},
    ]
    assert summary["top_speakers"][0] == {
        "speaker": "Beijing officials",
        "country": "CHN",
        "quotes": 2,
    }


def test_summary_top_dyads_count_each_event_once(filled) -> None:
    dyads = {(d["source"], d["target"]): d["events"] for d in filled.summary()["top_dyads"]}
    assert dyads == {
        ("PRK", "RUS"): 2,
        ("RUS", "PRK"): 1,
        ("RUS", "UKR"): 1,
        ("KEN", "BRA"): 1,
        ("PRK", "CHN"): 1,
    }
    assert filled.summary(top=1)["top_dyads"] == [{"source": "PRK", "target": "RUS", "events": 2}]


def test_summary_of_an_empty_store(store) -> None:
    summary = store.summary()
    assert (summary["documents"], summary["events"], summary["top_dyads"]) == (0, 0, [])


def test_document_ids_by_prefix(filled) -> None:
    assert filled.document_ids("no") == ["north"]
    assert filled.document_ids("") == ["north", "south"]
    assert filled.document_ids("_") == []
