"""`chancery ingest` end to end on a temporary SQLite database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from chancery.cli import main
from chancery.ingest.clean import clean_article
from chancery.pipeline import content_hash
from chancery.store import open_store
from seed_paths import SEED_ARTICLE

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "articles.jsonl"

ARTICLE = (
    "Kenyan and Somali officials met in Nairobi on Tuesday to discuss security along their "
    "shared border, the Kenyan foreign ministry said.\n"
    '"We agreed to reopen two crossings," a ministry spokesman said after the talks.\n'
)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


def ingest(*args: str) -> Result:
    return CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)


def summary_line(result: Result) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("ingested"))


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared/seed is not beside the checkout")
def test_ingest_cli_seed_twice_is_stored_once_and_force_replaces(resources, db_url: str) -> None:
    first = ingest(str(SEED_ARTICLE), "--db", db_url, "--published", "2023-08-02")
    assert first.exit_code == 0, first.output
    assert summary_line(first) == "ingested 1, already present 0, failed 0"

    second = ingest(str(SEED_ARTICLE), "--db", db_url, "--published", "2023-08-02")
    assert second.exit_code == 0
    assert summary_line(second) == "ingested 0, already present 1, failed 0"

    forced = ingest(str(SEED_ARTICLE), "--db", db_url, "--published", "2023-08-02", "--force")
    assert forced.exit_code == 0
    assert summary_line(forced) == "ingested 1 (1 replaced), already present 0, failed 0"

    digest = content_hash(clean_article(SEED_ARTICLE.read_text(encoding="utf-8")).text)
    store = open_store(db_url)
    try:
        assert store.has_document(digest)
        assert store.document_ids(limit=10) == [digest]
        record = store.get(digest)
        assert record is not None
        assert record.document.paragraphs_in == 21
        assert record.document.paragraphs_kept == 11
        assert str(record.document.published) == "2023-08-02"
    finally:
        store.close()


def test_ingest_cli_jsonl_ids_and_metadata(resources, db_url: str) -> None:
    result = ingest(str(SAMPLES), "--db", db_url, "--published", "2001-01-01")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    assert summary_line(result) == f"ingested {len(rows)}, already present 0, failed 0"
    store = open_store(db_url)
    try:
        for row in rows:
            record = store.get(row["id"])
            assert record is not None, row["id"]
            assert record.document.title == row["title"]
            assert record.document.url == row["url"]
            # The record's own date wins over --published.
            assert str(record.document.published) == row["published"]
    finally:
        store.close()


def test_ingest_cli_folder_with_a_bad_file_ingests_the_good_ones(
    resources, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "Ethiopia's prime minister visited Djibouti on Monday."})
        + "\n{broken\n",
        encoding="utf-8",
    )
    result = ingest(str(folder), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert summary_line(result) == "ingested 2, already present 0, failed 2"
    assert f"{folder / 'b.txt'}: empty file" in result.stderr
    assert f"{folder / 'c.jsonl'}:2: not valid JSON" in result.stderr


def test_ingest_cli_stdin(resources, db_url: str) -> None:
    result = CliRunner().invoke(
        main, ["ingest", "-", "--db", db_url, "--source", "Pasted"], input=ARTICLE
    )
    assert result.exit_code == 0, result.output
    assert summary_line(result) == "ingested 1, already present 0, failed 0"


def test_ingest_cli_legacy_encoding_is_a_warning_not_a_failure(
    resources, db_url: str, tmp_path: Path
) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(
        "Le président sénégalais a reçu mardi à Dakar le ministre malien des Affaires "
        "étrangères, selon un communiqué de la présidence.".encode("cp1252")
    )
    result = ingest(str(legacy), "--db", db_url)
    assert result.exit_code == 0, result.output
    assert summary_line(result) == "ingested 1, already present 0, failed 0"
    assert f"warning: {legacy}: not UTF-8; decoded as" in result.stderr


def test_ingest_cli_all_failed_exits_1(db_url: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = ingest(str(empty), str(tmp_path / "missing.txt"), "--db", db_url)
    assert result.exit_code == 1
    assert summary_line(result) == "ingested 0, already present 0, failed 2"


def test_ingest_cli_unusable_database_exits_1_with_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = ingest(str(article), "--db", f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:")


def test_ingest_cli_bad_published_is_a_usage_error(db_url: str, tmp_path: Path) -> None:
    result = ingest(str(tmp_path), "--db", db_url, "--published", "yesterday")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr
