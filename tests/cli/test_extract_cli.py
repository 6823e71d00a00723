"""`chancery extract` prints the chancery.document/1 record for text and JSONL inputs."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from chancery.cli import main
from seed_paths import SEED_ARTICLE

ARTICLES = [
    {
        "id": "wire-1",
        "published": "2024-03-08",
        "text": "Brazil's foreign minister met his Argentine counterpart in Brasilia on Thursday.",
    },
    {
        "id": "wire-2",
        "published": "2024-03-09",
        "text": "Kenyan police arrested dozens of protesters in Nairobi on Friday.",
    },
]


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared/seed is not beside the checkout")
def test_extract_cli_seed_record_has_cleaned_paragraphs():
    result = CliRunner().invoke(
        main, ["extract", str(SEED_ARTICLE), "--published", "2023-08-02", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "chancery.document/1"
    assert data["document"]["paragraphs_kept"] == 11
    assert len(data["document"]["duplicates_removed"]) == 10
    assert data["document"]["published"] == "2023-08-02"
    text = data["document"]["text"]
    for sentence in data["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]


def test_extract_cli_jsonl_gives_one_record_per_line_with_input_ids(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(feed), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert [r["document"]["id"] for r in lines] == ["wire-1", "wire-2"]
    assert [r["document"]["published"] for r in lines] == ["2024-03-08", "2024-03-09"]


def test_extract_cli_rejects_a_malformed_date(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Chile recalled its ambassador.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--published", "March 5"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_extract_cli_empty_file_fails_with_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(empty)])
    assert result.exit_code == 1
