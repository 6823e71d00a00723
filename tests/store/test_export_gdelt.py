"""The GDELT 2.0 event-table export: its 61 columns in order, one row per source-target
pair of a compound event, and the fields Chancery fills (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_corpus import extract_corpus

from chancery.export import GDELT_COLUMNS, export_events
from chancery.store import EventFilter

EVERYTHING = EventFilter(all_modalities=True)


@pytest.fixture(scope="module")
def records(run_extract):
    return extract_corpus(run_extract)


@pytest.fixture
def filled(store, records):
    for record in records.values():
        store.save(record)
    return store


def read_gdelt(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""  # every row ends with a newline
    rows = [line.split("\t") for line in lines[:-1]]
    assert all(len(row) == len(GDELT_COLUMNS) for row in rows)
    return [dict(zip(GDELT_COLUMNS, row, strict=True)) for row in rows]


def test_the_columns_are_gdelt_2_event_table_in_order() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == (
        "GLOBALEVENTID",
        "SQLDATE",
        "MonthYear",
        "Year",
        "FractionDate",
        "Actor1Code",
    )
    assert GDELT_COLUMNS.index("Actor2Code") == 15
    assert GDELT_COLUMNS[25:35] == (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    assert GDELT_COLUMNS[51:59] == (
        "ActionGeo_Type",
        "ActionGeo_FullName",
        "ActionGeo_CountryCode",
        "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code",
        "ActionGeo_Lat",
        "ActionGeo_Long",
        "ActionGeo_FeatureID",
    )
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    assert len(set(GDELT_COLUMNS)) == 61


def test_one_row_per_source_target_pair(filled, records, tmp_path) -> None:
    path = tmp_path / "events.tsv"
    written = export_events(filled, path, "gdelt", EVERYTHING)
    rows = read_gdelt(path)
    pairs = sum(
        max(1, len(e.source)) * max(1, len(e.target)) for r in records.values() for e in r.events
    )
    events = sum(len(r.events) for r in records.values())
    assert written == len(rows) == pairs > events  # the corpus has compound events
    ids = [row["GLOBALEVENTID"] for row in rows]
    assert len(set(ids)) == len(ids) and all(i.isdigit() and int(i) < 2**63 for i in ids)


def test_a_compound_source_becomes_two_rows_with_the_shared_action(filled, tmp_path) -> None:
    path = tmp_path / "events.tsv"
    export_events(filled, path, "gdelt", EventFilter(dyad="GHA:SEN"))
    rows = read_gdelt(path)
    assert [(r["Actor1Code"], r["Actor2Code"]) for r in rows] == [("GHA", "SEN"), ("NGA", "SEN")]
    for row in rows:
        assert row["Actor1CountryCode"] == row["Actor1Code"]
        assert (row["Actor2Name"], row["Actor2CountryCode"]) == ("Senegal", "SEN")
        assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == ("20240502", "202405", "2024")
        assert row["FractionDate"] == "2024.3370"  # day 123 of the year / 365
        assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == (
            "057",
            "057",
            "05",
        )
        assert row["IsRootEvent"] == "1"  # the lead paragraph
        assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("1", "1", "1")
        assert (
            row["AvgTone"] == "" and row["Actor1Geo_Type"] == "" and row["Actor1EthnicCode"] == ""
        )
        assert (row["ActionGeo_Type"], row["ActionGeo_FullName"]) == ("4", "Dakar")
        assert row["ActionGeo_CountryCode"] == "SEN"  # ISO alpha-3, not FIPS
        assert float(row["ActionGeo_Lat"]) == pytest.approx(14.69, abs=0.05)
        assert float(row["ActionGeo_Long"]) == pytest.approx(-17.44, abs=0.05)
        assert row["SOURCEURL"] == "https://news.example/west-africa"
        assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
    assert rows[0]["GLOBALEVENTID"] != rows[1]["GLOBALEVENTID"]


def test_a_compound_target_keeps_sector_types(filled, tmp_path) -> None:
    path = tmp_path / "pacific.tsv"
    export_events(filled, path, "gdelt", EventFilter(document_id="pacific"))
    rows = read_gdelt(path)
    visit = [r for r in rows if r["Actor1Code"] == "JPNGOV"]
    assert [(r["Actor2Code"], r["Actor2CountryCode"], r["Actor2Type1Code"]) for r in visit] == [
        ("AUS", "AUS", ""),
        ("NZLGOV", "NZL", "GOV"),
    ]
    assert visit[0]["Actor1Name"] == "Fumio Kishida" and visit[0]["Actor1Type1Code"] == "GOV"
    assert visit[0]["SQLDATE"] == "20240219"  # "last week" starts on Monday 19 February
    condemned = [r for r in rows if r["EventRootCode"] == "11"]
    assert {r["Actor1Code"] for r in condemned} == {"EGY", "JOR"}
    assert {r["IsRootEvent"] for r in condemned} == {"0"}  # the second paragraph


def test_an_international_actor_and_an_undated_event_without_url(filled, tmp_path) -> None:
    path = tmp_path / "yangon.tsv"
    export_events(filled, path, "gdelt", EventFilter(document_id="yangon"))
    [row] = read_gdelt(path)
    assert row["Actor1Code"] == "IGOUNO"
    # CAMEO: an IGO has no country; its own code is the known group.
    assert (row["Actor1CountryCode"], row["Actor1Type1Code"], row["Actor1KnownGroupCode"]) == (
        "",
        "IGO",
        "UNO",
    )
    assert (row["Actor2Code"], row["Actor2CountryCode"], row["Actor2Type1Code"]) == (
        "MMRMIL",
        "MMR",
        "MIL",
    )
    assert [row[c] for c in ("SQLDATE", "MonthYear", "Year", "FractionDate")] == ["", "", "", ""]
    assert row["SOURCEURL"] == "yangon"  # no URL: the document id keeps the provenance
    assert row["ActionGeo_Type"] == "" and row["ActionGeo_Lat"] == ""


def test_ids_are_stable_and_a_header_is_optional(filled, tmp_path) -> None:
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    export_events(filled, first, "gdelt", EVERYTHING)
    export_events(filled, second, "gdelt", EVERYTHING, header=True, batch_size=1)
    lines = second.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert "\n".join(lines[1:]) + "\n" == first.read_text(encoding="utf-8")
