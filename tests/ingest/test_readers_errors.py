"""Readers: each bad input gives one InputError naming the file (and line), and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chancery.errors import InputError
from chancery.ingest.readers import ArticleInput, iter_inputs

GOOD = "Colombia's government and the rebels agreed on Monday to extend their ceasefire."


def write(tmp_path: Path, name: str, content: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "line", "reason"),
    [
        ("empty.txt", b"", None, "empty file"),
        ("blank.txt", b"  \n\n\t ", None, "empty file"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, "not a text file"),
        ("nul.txt", b"text with a \x00 NUL byte", None, "not a text file"),
        ("controls.txt", bytes(range(1, 9)) * 20, None, "not a text file"),
        (
            "menu.html",
            "<html><head><title>Home</title></head><body></body></html>",
            None,
            "no article text",
        ),
        (
            "bad.jsonl",
            json.dumps({"text": GOOD}) + "\n" + '{"text": "unterminated\n',
            2,
            "not valid JSON",
        ),
        ("notext.jsonl", json.dumps({"title": "only a title"}) + "\n", 1, "no 'text'"),
        ("list.jsonl", "[1, 2]\n", 1, "expected a JSON object"),
        (
            "baddate.jsonl",
            json.dumps({"text": GOOD, "published": "last week"}) + "\n",
            1,
            "'published' is not a date",
        ),
        ("badtype.jsonl", json.dumps({"text": ["a", "b"]}) + "\n", 1, "'text' must be a string"),
        ("empty.jsonl", b"", None, "empty file"),
        ("broken.json", '{"text": ', 1, "not valid JSON"),
    ],
)
def test_readers_bad_input_yields_one_error(
    tmp_path: Path, name: str, content: bytes | str, line: int | None, reason: str
) -> None:
    path = write(tmp_path, name, content)
    errors = [i for i in iter_inputs([str(path)]) if isinstance(i, InputError)]
    assert len(errors) == 1
    [error] = errors
    assert error.where == (f"{path}:{line}" if line else str(path))
    assert reason in error.reason
    assert str(path) in str(error)


def test_readers_malformed_json_line_message(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"{GOOD} {n}"}) for n in range(6)] + ['{"text": "x",}']
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = list(iter_inputs([str(path)]))
    assert sum(isinstance(i, ArticleInput) for i in items) == 6
    [error] = [i for i in items if isinstance(i, InputError)]
    assert str(error).startswith(f"{path}:7: not valid JSON (")


def test_readers_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write((GOOD + "\n").encode() * (20 * 1024 * 1024 // (len(GOOD) + 1) + 1))
    assert 20 * 1024 * 1024 <= path.stat().st_size < 20.05 * 1024 * 1024
    [error] = list(iter_inputs([str(path)]))
    assert isinstance(error, InputError)
    assert error.reason == "too large (20.0 MB, limit 10 MB): split it or raise --max-mb"
    # Raising the limit lets it through.
    [article] = list(iter_inputs([str(path)], max_mb=25))
    assert isinstance(article, ArticleInput)


def test_readers_too_large_jsonl_record(tmp_path: Path) -> None:
    big = json.dumps({"text": GOOD + " " + "word " * 300_000})
    path = write(tmp_path, "batch.jsonl", json.dumps({"text": GOOD}) + "\n" + big + "\n")
    first, second = list(iter_inputs([str(path)], max_mb=1))
    assert isinstance(first, ArticleInput)
    assert isinstance(second, InputError)
    assert second.where == f"{path}:2"
    assert second.reason.startswith("too large (1.4 MB, limit 1 MB)")


def test_readers_missing_path(tmp_path: Path) -> None:
    [error] = list(iter_inputs([str(tmp_path / "nowhere.txt")]))
    assert isinstance(error, InputError)
    assert "no such file or folder" in error.reason


def test_readers_empty_stdin() -> None:
    import io

    [error] = list(iter_inputs(["-"], stdin=io.BytesIO(b"\n")))
    assert isinstance(error, InputError)
    assert error.where == "<stdin>"


def test_readers_folder_with_bad_files_still_reads_good_ones(tmp_path: Path) -> None:
    write(tmp_path, "1-good.txt", GOOD)
    write(tmp_path, "2-empty.txt", b"")
    write(tmp_path, "3-binary.bin", b"\x00\x01\x02")
    write(tmp_path, "4-good.txt", "Another " + GOOD)
    items = list(iter_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == [
        "ArticleInput",
        "InputError",
        "InputError",
        "ArticleInput",
    ]
