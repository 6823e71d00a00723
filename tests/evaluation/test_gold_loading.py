"""Reading gold files of both formats."""

from __future__ import annotations

import json

import pytest

from chancery.errors import InputError
from chancery.evaluation.gold import load_gold


def test_plover_records(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text(
        json.dumps(
            [
                {"id": "doc", "event": "DOCUMENT"},
                {
                    "id": "1",
                    "event": "DEMAND",
                    "date": "2000-01-01",
                    "text": "Peru demanded talks.",
                    "source": [{"code": "PER"}],
                    "target": None,
                },
                {
                    "id": "2",
                    "event": "AGREE",
                    "date": "2000-01-01",
                    "text": "Japan agreed.",
                    "source": [{"code": "JAP"}],
                    "target": "",
                },
            ]
        ),
        encoding="utf-8",
    )
    gold = load_gold(path)
    assert gold.kind == "plover" and gold.name == "gsr"
    assert [(i.event, set(i.sources), set(i.targets)) for i in gold.items] == [
        ("REQUEST", {"PER"}, set()),
        ("AGREE", {"JPN"}, set()),
    ]
    assert gold.items[0].published.year == 2000


def test_document_gold_reads_its_text(tmp_path):
    (tmp_path / "a.txt").write_text("Peru met Chile.", encoding="utf-8")
    path = tmp_path / "g.json"
    path.write_text(
        json.dumps(
            {
                "format": "chancery-gold/1",
                "document": {"text_file": "a.txt", "published": "2024-01-02"},
            }
        )
    )
    gold = load_gold(path)
    assert gold.kind == "document" and gold.documents[0].text == "Peru met Chile."


@pytest.mark.parametrize(
    "content", ["{}", "[1, 2]", "nonsense", '{"format": "chancery-gold/1", "document": {}}']
)
def test_bad_gold(tmp_path, content):
    path = tmp_path / "g.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_gold(path)
    assert str(path) in str(err.value)
