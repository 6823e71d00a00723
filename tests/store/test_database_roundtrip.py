"""Saving a record and reading it back gives the same record, on every backend."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chancery.model import (
    Actor,
    Check,
    DocumentInfo,
    DocumentRecord,
    DuplicateParagraph,
    Event,
    EventDate,
    Location,
    Mention,
    Modality,
    Party,
    Plover,
    Quote,
    Sentence,
    TimeExpression,
    Trigger,
)
from chancery.store.rows import record_from_rows, record_rows

# PostgreSQL text cannot hold NUL; everything else of Unicode must survive.
texts = st.text(
    st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=40
)
maybe_texts = st.none() | texts
codes = st.none() | st.from_regex(r"[A-Z]{3}([A-Z]{3})?", fullmatch=True)
small = st.integers(min_value=-1, max_value=10_000)
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | texts,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.from_regex(r"[a-z]{1,5}", fullmatch=True), inner, max_size=3)
    ),
    max_leaves=6,
)

mentions = st.builds(Mention, small, small, small, texts)
parties = st.builds(
    Party,
    actor=st.none() | st.from_regex(r"a\d{1,2}", fullmatch=True),
    country=codes,
    sector=codes,
    code=codes,
    text=texts,
)
locations = st.builds(
    Location,
    name=texts,
    country=codes,
    lat=st.none() | floats,
    lon=st.none() | floats,
    precision=st.sampled_from(["city", "admin1", "country"]),
    geonameid=st.none() | st.integers(0, 2**31 - 1),
)


@st.composite
def event_dates(draw: st.DrawFn) -> EventDate:
    start, end = sorted([draw(dates), draw(dates)])
    return EventDate(
        start, end, draw(maybe_texts), draw(st.sampled_from(["relative", "absolute", "published"]))
    )


@st.composite
def records(draw: st.DrawFn) -> DocumentRecord:
    text = draw(texts)
    actor_ids = draw(st.lists(st.from_regex(r"a\d{1,3}", fullmatch=True), unique=True, max_size=4))
    actors = [
        Actor(
            id=i,
            name=draw(texts),
            kind=draw(st.sampled_from(["person", "state", "organization", "group"])),
            country=draw(codes),
            sector=draw(codes),
            code=draw(codes),
            wikidata=draw(maybe_texts),
            mentions=draw(st.lists(mentions, max_size=3)),
            org=draw(maybe_texts),
            basis=draw(maybe_texts),
        )
        for i in actor_ids
    ]
    event_ids = draw(st.lists(st.from_regex(r"e\d{1,3}", fullmatch=True), unique=True, max_size=4))
    events = [
        Event(
            id=i,
            sentence=draw(small),
            trigger=Trigger(draw(small), draw(small), draw(texts)),
            source=draw(st.lists(parties, max_size=3)),
            target=draw(st.lists(parties, max_size=3)),
            cameo=draw(st.from_regex(r"\d{2,4}", fullmatch=True)),
            cameo_label=draw(texts),
            root=draw(st.from_regex(r"\d{2}", fullmatch=True)),
            quad_class=draw(st.integers(1, 4)),
            goldstein=draw(floats),
            plover=Plover(draw(texts), draw(maybe_texts), draw(st.lists(texts, max_size=3))),
            modality=Modality(*(draw(st.booleans()) for _ in range(4))),
            historical=draw(st.booleans()),
            date=draw(st.none() | event_dates()),
            location=draw(st.none() | locations),
            confidence=draw(floats),
            rule=draw(texts),
        )
        for i in event_ids
    ]
    quote_ids = draw(st.lists(st.from_regex(r"q\d{1,3}", fullmatch=True), unique=True, max_size=3))
    quotes = [
        Quote(
            id=i,
            start=draw(small),
            end=draw(small),
            text=draw(texts),
            speaker=draw(maybe_texts),
            speaker_name=draw(maybe_texts),
            speaker_country=draw(codes),
            speaker_code=draw(codes),
            cue=draw(maybe_texts),
            sentence=draw(small),
            kind=draw(st.sampled_from(["direct", "fragment"])),
        )
        for i in quote_ids
    ]
    n_sentences = draw(st.integers(0, 4))
    return DocumentRecord(
        document=DocumentInfo(
            id=uuid.uuid4().hex,
            text=text,
            title=draw(maybe_texts),
            url=draw(maybe_texts),
            source=draw(maybe_texts),
            author=draw(maybe_texts),
            language=draw(st.sampled_from(["en", "fr"])),
            published=draw(st.none() | dates),
            paragraphs_in=draw(small),
            paragraphs_kept=draw(small),
            duplicates_removed=draw(
                st.lists(st.builds(DuplicateParagraph, small, small), max_size=2)
            ),
            content_hash=uuid.uuid4().hex,
        ),
        sentences=[
            Sentence(i, draw(small), draw(small), draw(small), draw(texts))
            for i in range(n_sentences)
        ],
        actors=actors,
        events=events,
        quotes=quotes,
        dates=draw(
            st.lists(
                st.builds(
                    TimeExpression,
                    text=texts,
                    start=dates,
                    end=dates,
                    granularity=st.sampled_from(
                        ["day", "week", "month", "year", "decade", "century"]
                    ),
                    offset=small,
                    end_offset=small,
                    sentence=small,
                    basis=st.sampled_from(["relative", "absolute", "published"]),
                    is_duration=st.booleans(),
                ),
                max_size=3,
            )
        ),
        checks=draw(
            st.lists(
                st.builds(
                    Check,
                    kind=texts,
                    sentence=small,
                    message=texts,
                    claimed=json_values,
                    listed=json_values,
                ),
                max_size=2,
            )
        ),
    )


def _child_rows(rows):
    return {table.name: rows[table] for table in rows if table.name != "documents"}


@given(records())
@settings(max_examples=100, deadline=None)
def test_rows_round_trip_without_a_database(record: DocumentRecord) -> None:
    rows = record_rows(record, dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    (document,) = next(v for t, v in rows.items() if t.name == "documents")
    rebuilt = record_from_rows(document, _child_rows(rows))
    assert rebuilt.to_dict() == record.to_dict()


@given(record=records())
@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_database_round_trip_of_generated_records(store, record: DocumentRecord) -> None:
    assert store.save(record) == "inserted"
    assert store.get(record.document.id).to_dict() == record.to_dict()


def test_database_round_trip_of_a_built_record(store, make_record) -> None:
    record = make_record(
        "kyiv-1",
        [
            {
                "cameo": "043",
                "source": ["PRKGOV", "CHN"],
                "target": ["RUS"],
                "date": ("2024-03-10", "2024-03-12"),
                "place": ("Vladivostok", "RUS", 43.1, 131.9),
            },
            {
                "cameo": "190",
                "source": ["RUSMIL"],
                "target": ["UKR"],
                "attempted": True,
                "plover": "ASSAULT",
                "mode": "aerial",
                "context": ["military"],
            },
        ],
        quotes=[{"speaker": "KENGOV", "text": "We stand ready to mediate."}],
    )
    assert store.save(record) == "inserted"
    stored = store.get("kyiv-1")
    assert stored is not None
    assert stored.to_dict() == record.to_dict()
    # Order of lists is part of the record: actors a1, a2... as saved, not sorted as text.
    assert [a.id for a in stored.actors] == [a.id for a in record.actors]


def test_database_round_trip_keeps_list_order_past_nine(store, make_record) -> None:
    events = [{"cameo": "042", "source": ["BRA"], "target": ["KEN"]} for _ in range(12)]
    record = make_record("many", events)
    store.save(record)
    assert [e.id for e in store.get("many").events] == [f"e{i}" for i in range(1, 13)]


def test_database_get_of_an_unknown_id_is_none(store) -> None:
    assert store.get("no-such-document") is None


def test_database_round_trip_of_the_seed_record(store, seed_record) -> None:
    assert store.save(seed_record) == "inserted"
    stored = store.get(seed_record.document.id)
    assert stored is not None
    assert stored.to_dict() == seed_record.to_dict()
    assert store.has_document(seed_record.document.content_hash)
