"""`chancery events | show | actors | quotes | summary` over a SQLite file."""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from chancery.cli import main
from chancery.store import open_store


def _build_record():
    # The record factory of the store tests, loaded by path (tests are not a package).
    path = Path(__file__).resolve().parents[1] / "store" / "store_records.py"
    spec = importlib.util.spec_from_file_location("store_records_for_cli", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build_record


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    build = _build_record()
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'query.db'}"
    with open_store(url) as store:
        store.save(
            build(
                "lagos-1",
                [
                    {
                        "cameo": "043",
                        "source": ["PRKGOV"],
                        "target": ["RUS"],
                        "date": ("2024-04-02", "2024-04-02"),
                        "place": ("Vladivostok", "RUS", 43.1155, 131.8855),
                        "plover": "CONSULT",
                    },
                    {
                        "cameo": "190",
                        "source": ["RUSMIL"],
                        "target": ["UKR"],
                        "date": ("2024-04-03", "2024-04-03"),
                        "place": ("Kharkiv", "UKR", 49.9935, 36.2304),
                        "plover": "ASSAULT",
                    },
                    {"cameo": "036", "source": ["CHN"], "target": ["PRK"], "negated": True},
                ],
                quotes=[{"speaker": "KENGOV", "text": "We will host the talks."}],
                published=dt.date(2024, 4, 5),
                title="Talks and strikes",
            )
        )
        store.save(
            build(
                "lagos-2",
                [
                    {
                        "cameo": "042",
                        "source": ["RUS"],
                        "target": ["PRKGOV"],
                        "date": ("2023-09-12", "2023-09-13"),
                    },
                ],
                quotes=[{"speaker": "CHNGOV", "text": "Stability matters most."}],
                published=dt.date(2023, 9, 14),
            )
        )
    return url


def _run(*args: str):
    # A wide terminal, so Rich tables do not shorten the cells the tests look for.
    return CliRunner(env={"COLUMNS": "200"}).invoke(main, list(args), catch_exceptions=False)


def _json(result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_events_json_lists_plain_events_newest_first(db) -> None:
    rows = _json(_run("events", "--db", db, "--format", "json"))
    assert [(r["document_id"], r["event_id"]) for r in rows] == [
        ("lagos-1", "e2"),
        ("lagos-1", "e1"),
        ("lagos-2", "e1"),
    ]
    assert rows[0]["source"] == "RUSMIL" and rows[0]["target"] == "UKR"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--dyad", "PRK:RUS"], {"lagos-1.e1"}),
        (["--actor", "prkgov"], {"lagos-1.e1", "lagos-2.e1"}),
        (["--code", "04"], {"lagos-1.e1", "lagos-2.e1"}),
        (["--since", "2024-04-03"], {"lagos-1.e2"}),
        (["--until", "2023"], {"lagos-2.e1"}),
        (["--near", "50,36", "--km", "50"], {"lagos-1.e2"}),
        (["--country", "RUS"], {"lagos-1.e1"}),
        (["--all-modalities", "--actor", "CHN"], {"lagos-1.e3"}),
        (["--document", "lagos-2"], {"lagos-2.e1"}),
        (["--limit", "1"], {"lagos-1.e2"}),
    ],
)
def test_events_options(db, args, expected) -> None:
    rows = _json(_run("events", "--db", db, "--format", "json", *args))
    assert {f"{r['document_id']}.{r['event_id']}" for r in rows} == expected


def test_events_csv_has_a_header_and_a_row_per_event(db) -> None:
    result = _run("events", "--db", db, "--format", "csv", "--code", "19")
    assert result.exit_code == 0
    (row,) = list(csv.DictReader(io.StringIO(result.output)))
    assert row["cameo"] == "190" and row["location"] == "Kharkiv"


def test_events_table_shows_the_sentence(db) -> None:
    result = _run("events", "--db", db, "--code", "043")
    assert result.exit_code == 0
    assert "043" in result.output and "PRKGOV" in result.output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--dyad", "PRKRUS"], "SOURCE:TARGET"),
        (["--since", "last week"], "YYYY-MM-DD"),
        (["--near", "north"], "LAT,LON"),
        (["--code", "4x"], "CAMEO"),
        (["--country", "Russia"], "three-letter"),
    ],
)
def test_events_bad_arguments_give_one_usage_line(db, args, words) -> None:
    result = _run("events", "--db", db, *args)
    assert result.exit_code == 2
    assert words in result.output
    assert "Traceback" not in result.output


def test_events_unusable_database_is_one_error_line(tmp_path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", f"sqlite:///{tmp_path}/missing/x.db"])
    assert result.exit_code == 1
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_show_json_is_the_stored_record(db) -> None:
    data = _json(_run("show", "lagos-1", "--db", db, "--format", "json"))
    assert data["schema"] == "chancery.document/1"
    assert data["document"]["title"] == "Talks and strikes"
    assert [e["cameo"] for e in data["events"]] == ["043", "190", "036"]


def test_show_table_prints_every_part(db) -> None:
    result = _run("show", "lagos-1", "--db", db)
    assert result.exit_code == 0
    for text in (
        "Talks and strikes",
        "actors",
        "events",
        "quotes",
        "checks",
        "We will host the talks.",
    ):
        assert text in result.output


def test_show_accepts_a_unique_prefix_and_refuses_others(db) -> None:
    assert _run("show", "lagos-2", "--db", db, "--format", "json").exit_code == 0
    ambiguous = CliRunner().invoke(main, ["show", "lagos", "--db", db])
    assert ambiguous.exit_code == 1 and "several" in ambiguous.output
    missing = CliRunner().invoke(main, ["show", "nairobi", "--db", db])
    assert missing.exit_code == 1 and "no such document" in missing.output


def test_actors_json(db) -> None:
    rows = {r["code"]: r for r in _json(_run("actors", "--db", db, "--format", "json"))}
    assert rows["PRKGOV"]["documents"] == 2 and rows["PRKGOV"]["mentions"] == 2
    only_russia = _json(_run("actors", "--db", db, "--format", "json", "--country", "RUS"))
    assert {r["code"] for r in only_russia} == {"RUS", "RUSMIL"}


def test_quotes_filters(db) -> None:
    rows = _json(_run("quotes", "--db", db, "--format", "json", "--speaker", "kenyan"))
    assert [r["text"] for r in rows] == ["We will host the talks."]
    rows = _json(
        _run("quotes", "--db", db, "--format", "json", "--country", "CHN", "--until", "2023-12")
    )
    assert [r["speaker"] for r in rows] == ["Beijing officials"]
    assert _json(_run("quotes", "--db", db, "--format", "json", "--since", "2025")) == []


def test_summary_table_and_json(db) -> None:
    result = _run("summary", "--db", db)
    assert result.exit_code == 0
    for text in ("2 documents", "4 events", "Consult", "top dyads", "PRK", "Beijing officials"):
        assert text in result.output
    data = _json(_run("summary", "--db", db, "--format", "json"))
    assert (
        data["top_dyads"][0] == {"source": "PRK", "target": "RUS", "events": 1} or data["top_dyads"]
    )


def test_every_query_command_has_help() -> None:
    for command in ("events", "show", "actors", "quotes", "summary"):
        result = _run(command, "--help")
        assert result.exit_code == 0 and len(main.commands[command].help or "") > 20
