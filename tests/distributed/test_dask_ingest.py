"""Dask ingest: partitions of files go through the real pipeline into one real store."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask")

from chancery.distributed import ingest_with_dask, partition_files
from chancery.store import open_store

ARTICLES = {
    "a.txt": "Brazil's foreign minister met his Argentine counterpart in Brasilia on Thursday.",
    "b.txt": "Kenyan police arrested dozens of protesters in Nairobi on Friday.",
    "c.txt": "Japan protested to China over a coast guard incident near the Senkaku islands.",
}


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    feed = [
        {"id": "j1", "published": "2024-02-01", "text": "Chile recalled its ambassador to Peru."}
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in feed), encoding="utf-8")
    return folder


def test_partition_files_deals_every_file_once(tmp_path):
    folder = _corpus(tmp_path)
    chunks = partition_files([str(folder)], 2)
    assert len(chunks) == 2
    flat = sorted(f for chunk in chunks for f in chunk)
    assert flat == sorted(str(p) for p in folder.iterdir())


def test_dask_ingest_stores_each_article_once(tmp_path):
    folder = _corpus(tmp_path)
    url = f"sqlite:///{tmp_path / 'dask.db'}"
    first = ingest_with_dask(
        [str(folder)], url, partitions=2, published=None, scheduler="synchronous"
    )
    assert first.counts["inserted"] == 4
    assert first.counts["failed"] == 1 and "empty.txt" in first.failures[0]
    again = ingest_with_dask([str(folder)], url, partitions=3, scheduler="synchronous")
    assert again.counts["present"] == 4 and again.counts["inserted"] == 0
    with open_store(url) as store:
        assert store.summary()["documents"] == 4
        assert store.find("j1") is not None


def test_cli_ingest_dask_reports_counts(tmp_path):
    from click.testing import CliRunner

    from chancery.cli import main

    folder = _corpus(tmp_path)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    args = ["ingest-dask", str(folder), "--db", url, "--scheduler", "synchronous"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "ingested 4, already present 0, failed 1" in result.output
