"""Readers: every input format gives the articles and metadata it holds."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from chancery.errors import InputError
from chancery.ingest.readers import ArticleInput, iter_inputs

TEXT = (
    "Turkey's interior minister said on Wednesday that Ankara would no longer stop "
    "migrants heading for Greece unless the European Union paid what it had promised."
)
PAGE = f"""<!DOCTYPE html>
<html><head><title>Ankara warns Brussels over migrants | Example Wire</title>
<meta name="author" content="Deniz Aksoy">
<meta property="article:published_time" content="2024-02-14T09:30:00Z">
<meta property="og:site_name" content="Example Wire">
<link rel="canonical" href="https://example.org/ankara-migrants"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ankara warns Brussels over migrants</h1>
<p>{TEXT}</p>
<p>Brussels called the remarks unhelpful and said talks would continue next week in
the Belgian capital, according to a spokesperson for the European Commission.</p>
</article><footer>Contact us</footer></body></html>
"""


def articles(paths: list[str], **kw: object) -> list[ArticleInput]:
    items = list(iter_inputs(paths, **kw))  # type: ignore[arg-type]
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors == []
    return [i for i in items if isinstance(i, ArticleInput)]


@pytest.mark.parametrize("name", ["story.txt", "story.md", "story", "STORY.TXT"])
def test_readers_plain_text_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(TEXT + "\n", encoding="utf-8")
    [article] = articles([str(path)])
    assert article.text == TEXT + "\n"
    assert article.origin == str(path)
    assert article.html is None and article.id is None and article.published is None


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt", "saved-page"])
def test_readers_html_file_by_suffix_or_sniffed(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    [article] = articles([str(path)])
    assert article.text is not None
    assert article.text.startswith("Turkey's interior minister said")
    assert "Brussels called the remarks unhelpful" in article.text
    assert "Home" not in article.text and "Contact us" not in article.text
    assert article.title == "Ankara warns Brussels over migrants"
    assert article.author == "Deniz Aksoy"
    assert article.url == "https://example.org/ankara-migrants"
    assert article.published == dt.date(2024, 2, 14)
    assert article.html == PAGE


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_readers_jsonl_records(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"batch{suffix}"
    rows = [
        {
            "id": "ke-1",
            "title": "Talks",
            "url": "https://example.org/1",
            "source": "Wire",
            "published": "2025-03-14 20:30:26Z",
            "text": TEXT,
            "section": "ignored",
        },
        {"id": 42, "html": PAGE},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    first, second = articles([str(path)])
    assert (first.id, first.title, first.source, first.published) == (
        "ke-1",
        "Talks",
        "Wire",
        dt.date(2025, 3, 14),
    )
    assert first.text == TEXT
    assert first.origin == f"{path}:1"
    assert second.id == "42"
    assert second.title == "Ankara warns Brussels over migrants"
    assert second.text is not None and second.text.startswith("Turkey's")
    assert second.origin == f"{path}:2"


def test_readers_json_document_list(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"text": TEXT, "id": "a"}, {"text": TEXT + " More.", "id": "b"}]))
    assert [a.id for a in articles([str(path)])] == ["a", "b"]


def test_readers_defaults_fill_only_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"text": TEXT, "published": "2024-01-02", "source": "Own"})
        + "\n"
        + json.dumps({"text": TEXT})
        + "\n",
        encoding="utf-8",
    )
    own, bare = articles([str(path)], published=dt.date(2020, 5, 5), source="Default")
    assert (own.published, own.source) == (dt.date(2024, 1, 2), "Own")
    assert (bare.published, bare.source) == (dt.date(2020, 5, 5), "Default")


def test_readers_folder_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second " + TEXT)
    (tmp_path / "a.txt").write_text("first " + TEXT)
    (tmp_path / "c.txt").write_text("third " + TEXT)
    (tmp_path / ".hidden.txt").write_text("hidden")
    (tmp_path / ".git" / "config").write_text("hidden too")
    found = articles([str(tmp_path)])
    assert [Path(a.origin).relative_to(tmp_path).as_posix() for a in found] == [
        "a.txt",
        "b/2.txt",
        "c.txt",
    ]


@pytest.mark.parametrize(
    ("content", "expected_texts"),
    [
        (TEXT.encode(), [TEXT]),
        (PAGE.encode(), None),  # HTML: text extracted from the page
        (
            (json.dumps({"text": TEXT}) + "\n" + json.dumps({"text": "Two " + TEXT})).encode(),
            [TEXT, "Two " + TEXT],
        ),
    ],
)
def test_readers_stdin_sniffed(content: bytes, expected_texts: list[str] | None) -> None:
    found = articles(["-"], stdin=io.BytesIO(content))
    if expected_texts is None:
        assert len(found) == 1 and found[0].title == "Ankara warns Brussels over migrants"
    else:
        assert [a.text for a in found] == expected_texts
    assert all(a.origin.startswith("<stdin>") for a in found)


def test_readers_non_utf8_text_is_decoded_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = (
        "Le ministre des Affaires étrangères a déclaré mercredi que les négociations "
        "reprendraient à Genève, selon un communiqué publié à Paris après la réunion."
    )
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("cp1252"))
    with caplog.at_level("WARNING"):
        [article] = articles([str(path)])
    assert article.text == text
    assert any(
        "not UTF-8" in r.getMessage() and str(path) in r.getMessage() for r in caplog.records
    )


def test_readers_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    [article] = articles([str(path)])
    assert article.text == TEXT
