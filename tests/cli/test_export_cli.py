"""`chancery export` end to end: articles stored by `chancery ingest`, exported, read back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from chancery.cli import main
from chancery.export import EVENT_COLUMNS, GDELT_COLUMNS

# Own wording: a compound source, a negated event and a compound target.
ARTICLES = {
    "2024-06-14": (
        "Peru and Ecuador signed a border agreement with Colombia in Bogota on 11 June 2024.\n\n"
        "Bolivia did not sign the trade agreement with Paraguay on Wednesday.\n"
    ),
    "2024-02-09": "The Japanese prime minister visited Canberra and Wellington last week.\n",
}


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory, resources) -> str:
    folder = tmp_path_factory.mktemp("export-cli")
    url = f"sqlite:///{folder / 'export.db'}"
    for i, (published, text) in enumerate(ARTICLES.items()):
        path = folder / f"article-{i}.txt"
        path.write_text(text, encoding="utf-8")
        result = run("ingest", str(path), "--db", url, "--published", published)
        assert result.exit_code == 0, result.output
    return url


def test_csv_file_with_filters(db, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    result = run("export", str(path), "--db", db)
    assert result.exit_code == 0, result.output
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert f"exported {len(rows)} events to {path}" in result.output
    assert list(rows[0]) == [name for name, _ in EVENT_COLUMNS]
    pact = next(r for r in rows if r["trigger"] == "signed")
    assert pact["source_codes"] == "PER;ECU" and pact["target_codes"] == "COL"
    assert (pact["date_start"], pact["location_name"]) == ("2024-06-11", "Bogotá")
    assert not any(r["trigger"] == "sign" for r in rows)  # negated: not without the flag

    fewer = tmp_path / "dyad.csv"
    assert run("export", str(fewer), "--db", db, "--dyad", "ECU:COL").exit_code == 0
    with fewer.open(encoding="utf-8", newline="") as f:
        assert [r["trigger"] for r in csv.DictReader(f)] == ["signed"]


def test_stdout_jsonl_with_all_modalities(db) -> None:
    result = run("export", "-", "--format", "jsonl", "--all-modalities", "--db", db)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    refusal = next(r for r in rows if r["trigger"] == "sign")
    assert refusal["negated"] is True
    assert [p["code"] for p in refusal["source"]] == ["BOL"]
    assert [p["code"] for p in refusal["target"]] == ["PRY"]


def test_stdout_defaults_to_csv(db) -> None:
    result = run("export", "-", "--country", "COL", "--db", db)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["source_codes"], r["target_codes"]) for r in rows] == [("PER;ECU", "COL")]


def test_parquet_from_the_suffix(db, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    result = run("export", str(path), "--since", "2024-02", "--until", "2024-02", "--db", db)
    assert result.exit_code == 0, result.output
    [row] = pq.read_table(path).to_pylist()
    assert row["target_codes"] == "AUS;NZLGOV" and str(row["date_start"]) == "2024-01-29"


def test_gdelt_rows_per_pair(db, tmp_path: Path) -> None:
    path = tmp_path / "events.tsv"
    result = run("export", str(path), "--format", "gdelt", "--code", "05", "--db", db)
    assert result.exit_code == 0, result.output
    assert "exported 2 GDELT rows" in result.output
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(len(row) == len(GDELT_COLUMNS) for row in rows)
    actor1, actor2 = GDELT_COLUMNS.index("Actor1Code"), GDELT_COLUMNS.index("Actor2Code")
    assert [(r[actor1], r[actor2]) for r in rows] == [("PER", "COL"), ("ECU", "COL")]


def test_actors_and_quotes(db, tmp_path: Path) -> None:
    result = run("export", "-", "--what", "actors", "--country", "NZL", "--db", db)
    assert result.exit_code == 0, result.output
    assert [r["code"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["NZLGOV"]
    quotes = run("export", "-", "--what", "quotes", "--format", "jsonl", "--db", db)
    assert quotes.exit_code == 0 and quotes.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["out.txt"], "cannot tell the format"),
        (["-", "--format", "parquet"], "parquet is written to a file"),
        (["-", "--what", "actors", "--code", "04"], "--code filters events only"),
        (["-", "--what", "quotes", "--format", "gdelt"], "GDELT layout holds events only"),
        (["-", "--dyad", "PERU"], "is not a dyad"),
    ],
)
def test_usage_errors(db, args, message) -> None:
    result = run("export", *args, "--db", db)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_missing_pyarrow_is_one_line(db, tmp_path: Path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    result = run("export", str(tmp_path / "events.parquet"), "--db", db)
    assert result.exit_code == 1
    assert "pip install 'chancery[parquet]'" in result.output
