"""`export_rows` / `export_events` to CSV, JSONL and Parquet, on SQLite and PostgreSQL,
from a store filled by the real pipeline; every file is read back and checked."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from export_corpus import extract_corpus, plain

from chancery.errors import MissingExtraError
from chancery.export import (
    ACTOR_COLUMNS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    ExportError,
    export_events,
    export_rows,
)
from chancery.store import EventFilter


@pytest.fixture(scope="module")
def records(run_extract):
    return extract_corpus(run_extract)


@pytest.fixture
def filled(store, records):
    for record in records.values():
        assert store.save(record) == "inserted"
    return store


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def by_key(rows):
    return {(r["document_id"], r["event_id"]): r for r in rows}


def test_csv_has_every_column_and_one_row_per_listed_event(filled, records, tmp_path) -> None:
    path = tmp_path / "events.csv"
    written = export_events(filled, path, "csv")
    rows = read_csv(path)
    expected = {(doc, e.id) for doc, r in records.items() for e in r.events if plain(e)}
    assert written == len(rows) == len(expected)
    assert set(by_key(rows)) == expected
    assert list(rows[0]) == [name for name, _ in EVENT_COLUMNS]


def test_csv_rows_carry_the_stored_events(filled, records, tmp_path) -> None:
    path = tmp_path / "all.csv"
    export_events(filled, path, "csv", EventFilter(all_modalities=True))
    rows = by_key(read_csv(path))
    for doc, record in records.items():
        for event in record.events:
            row = rows[(doc, event.id)]
            assert row["cameo"] == event.cameo
            assert row["source_codes"] == ";".join(p.code or "" for p in event.source)
            assert row["target_codes"] == ";".join(p.code or "" for p in event.target)
            assert row["negated"] == ("true" if event.modality.negated else "false")
            assert row["trigger"] == event.trigger.text
            assert row["sentence"] == record.sentences[event.sentence].text
            assert row["date_start"] == (event.date.start.isoformat() if event.date else "")


def test_csv_compound_parties_and_resolved_names(filled, tmp_path) -> None:
    path = tmp_path / "events.csv"
    export_events(filled, path, "csv", EventFilter(all_modalities=True))
    rows = read_csv(path)
    pact = next(r for r in rows if r["document_id"] == "west-africa" and r["trigger"] == "signed")
    assert pact["source_codes"] == "GHA;NGA"
    assert pact["source_countries"] == "GHA;NGA"
    assert pact["source_sectors"] == ";"  # two parties, neither with a sector
    assert pact["source_names"] == "Ghana;Nigeria"
    assert pact["target_codes"] == "SEN"
    assert (pact["date_start"], pact["date_end"], pact["date_basis"]) == (
        "2024-05-02",
        "2024-05-02",
        "absolute",
    )
    assert (pact["location_name"], pact["location_country"]) == ("Dakar", "SEN")
    assert float(pact["location_lat"]) == pytest.approx(14.69, abs=0.05)
    assert pact["published"] == "2024-05-10"
    assert pact["url"] == "https://news.example/west-africa"
    visit = next(r for r in rows if r["document_id"] == "pacific" and r["trigger"] == "visited")
    assert visit["target_codes"] == "AUS;NZLGOV"
    assert visit["target_sectors"] == ";GOV"
    assert visit["source_names"] == "Fumio Kishida"  # the actor's name, not "prime minister"
    assert (visit["date_start"], visit["date_end"]) == ("2024-02-19", "2024-02-25")
    refusal = next(r for r in rows if r["trigger"] == "sign")
    assert (refusal["source_codes"], refusal["target_codes"]) == ("KEN", "TZA")
    assert refusal["negated"] == "true" and refusal["future"] == "false"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(dyad="GHA:SEN"), {("west-africa", "signed")}),
        (EventFilter(actor="NZL"), {("pacific", "visited")}),
        (EventFilter(code="11"), {("pacific", "condemned"), ("yangon", "criticised")}),
        (EventFilter(since="2024-04"), {("west-africa", "signed")}),
        (EventFilter(until="2024-02-20"), {("pacific", "visited")}),
        (EventFilter(country="SEN"), {("west-africa", "signed")}),
        (EventFilter(near="14.7,-17.4", km=50), {("west-africa", "signed")}),
        (EventFilter(document_id="pacific"), {("pacific", "visited"), ("pacific", "condemned")}),
        (
            EventFilter(document_id="west-africa", all_modalities=True),
            {("west-africa", "signed"), ("west-africa", "sign")},
        ),
    ],
)
def test_filters_reduce_the_exported_rows(filled, tmp_path, flt, expected) -> None:
    path = tmp_path / "events.csv"
    written = export_events(filled, path, "csv", flt)
    rows = read_csv(path)
    assert {(r["document_id"], r["trigger"]) for r in rows} == expected
    assert written == len(expected)


def test_small_batches_give_the_same_file(filled, tmp_path) -> None:
    whole, batched = tmp_path / "whole.csv", tmp_path / "batched.csv"
    everything = EventFilter(all_modalities=True)
    export_events(filled, whole, "csv", everything)
    export_events(filled, batched, "csv", everything, batch_size=1)
    assert batched.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
    limited = tmp_path / "limited.csv"
    assert export_events(filled, limited, "csv", EventFilter(limit=3), batch_size=2) == 3
    assert len(read_csv(limited)) == 3


def test_jsonl_lists_parties_as_objects(filled, tmp_path) -> None:
    path = tmp_path / "events.jsonl"
    written = export_events(filled, path, "jsonl", EventFilter(all_modalities=True))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert written == len(lines)
    rows = [json.loads(line) for line in lines]
    pact = next(r for r in rows if r["trigger"] == "signed")
    assert [p["code"] for p in pact["source"]] == ["GHA", "NGA"]
    assert pact["source"][0] == {
        "code": "GHA",
        "country": "GHA",
        "sector": None,
        "name": "Ghana",
        "text": "Ghana",
    }
    assert pact["date_start"] == "2024-05-02"
    assert pact["negated"] is False
    assert isinstance(pact["plover_context"], list)
    assert "source_codes" not in pact and "paragraph" not in pact


def test_parquet_has_a_typed_schema_and_the_values(filled, records, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    path = tmp_path / "events.parquet"
    written = export_events(filled, path, "parquet", EventFilter(all_modalities=True))
    table = pq.read_table(path)
    assert table.num_rows == written == sum(len(r.events) for r in records.values())
    schema = table.schema
    assert schema.names == [name for name, _ in EVENT_COLUMNS]
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("published").type == pa.date32()
    assert schema.field("goldstein").type == pa.float64()
    assert schema.field("location_lat").type == pa.float64()
    assert schema.field("quad_class").type == pa.int64()
    assert schema.field("negated").type == pa.bool_()
    rows = {(r["document_id"], r["trigger"]): r for r in table.to_pylist()}
    pact = rows[("west-africa", "signed")]
    assert pact["date_start"] == dt.date(2024, 5, 2)
    assert pact["source_codes"] == "GHA;NGA"
    assert pact["negated"] is False
    assert rows[("west-africa", "sign")]["negated"] is True
    undated = rows[("yangon", "criticised")]
    assert undated["date_start"] is None and undated["published"] is None
    assert undated["source_codes"] == "IGOUNO"


def test_parquet_of_nothing_is_a_valid_empty_file(filled, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "none.parquet"
    assert export_events(filled, path, "parquet", EventFilter(actor="BRA")) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and len(table.schema) == len(EVENT_COLUMNS)


def test_parquet_without_pyarrow_names_the_extra(filled, tmp_path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(MissingExtraError, match=r"pip install 'chancery\[parquet\]'"):
        export_events(filled, out / "events.parquet", "parquet")
    assert list(out.iterdir()) == []


def test_actors_are_exported_per_document(filled, records, tmp_path) -> None:
    path = tmp_path / "actors.csv"
    written = export_rows(filled, path, "csv", "actors")
    rows = read_csv(path)
    assert written == len(rows) == sum(len(r.actors) for r in records.values())
    assert list(rows[0]) == [name for name, _ in ACTOR_COLUMNS]
    pm = next(r for r in rows if r["document_id"] == "pacific" and r["code"] == "JPNGOV")
    assert pm["name"] == "Fumio Kishida"
    senegal = next(r for r in rows if r["document_id"] == "west-africa" and r["code"] == "SEN")
    stored = next(a for a in records["west-africa"].actors if a.code == "SEN")
    assert int(senegal["mentions"]) == len(stored.mentions) > 1
    only = tmp_path / "sen.csv"
    export_rows(filled, only, "csv", "actors", EventFilter(country="SEN"))
    assert {r["code"] for r in read_csv(only)} == {"SEN", "SENGOV"}


def test_quotes_are_exported_with_their_speakers(filled, tmp_path) -> None:
    path = tmp_path / "quotes.jsonl"
    written = export_rows(filled, path, "jsonl", "quotes")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert written == len(rows) == 1
    quote = rows[0]
    assert set(quote) == {name for name, _ in QUOTE_COLUMNS}
    assert quote["speaker_code"] == "SENGOV"
    assert quote["text"] == "Our waters stay open to honest fishermen"
    assert quote["published"] == "2024-05-10"
    none = tmp_path / "none.jsonl"
    assert export_rows(filled, none, "jsonl", "quotes", EventFilter(until="2024-04")) == 0


def test_event_only_filters_are_refused_for_actors_before_any_file(filled, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "actors.csv"
    with pytest.raises(ValueError, match="--dyad filters events only"):
        export_rows(filled, path, "csv", "actors", EventFilter(dyad="GHA:SEN"))
    with pytest.raises(ValueError, match="GDELT layout holds events only"):
        export_rows(filled, path, "gdelt", "quotes")
    assert list(out.iterdir()) == []


def test_an_unwritable_destination_is_an_export_error(filled, tmp_path) -> None:
    with pytest.raises(ExportError, match="cannot write"):
        export_events(filled, tmp_path / "missing" / "events.csv", "csv")


def test_a_text_stream_destination(filled) -> None:
    out = io.StringIO()
    written = export_events(filled, out, "csv", EventFilter(document_id="pacific"))
    lines = out.getvalue().splitlines()
    assert written == 2 and len(lines) == 3 and lines[0].startswith("document_id,event_id,url")
