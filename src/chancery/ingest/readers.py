"""Read articles from files, folders and stdin.

`iter_inputs` yields one `ArticleInput` per article, or one `InputError` per input that
cannot be read (naming the file, and the line for JSONL, with the reason and what to do),
and goes on with the rest of the batch. Formats:

- plain text (.txt, .md, or no extension): one article per file;
- HTML (.html, .htm, or a page sniffed from its first bytes): the main text and metadata,
  extracted with trafilatura;
- JSONL (.jsonl, .ndjson): one article per line, with `text` or `html`, and optionally
  `title`, `url`, `source`, `published`, `id`, `author`; JSON (.json): one article or a list;
- folders: every file inside, recursively, in sorted order, hidden files skipped;
- "-": stdin, sniffed as JSONL, HTML or text.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from chancery.errors import InputError
from chancery.ingest.decoding import decode_bytes, format_size, sniff_format
from chancery.ingest.records import (
    ArticleInput,
    records_from_json_document,
    records_from_json_lines,
    with_page_text,
)

__all__ = ["DEFAULT_MAX_MB", "STDIN", "ArticleInput", "iter_inputs"]

log = logging.getLogger(__name__)

DEFAULT_MAX_MB = 10.0
STDIN = "-"
_STDIN_NAME = "<stdin>"

_TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_EMPTY = "empty file; nothing to ingest (remove it or add the article text)"


def iter_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    max_mb: float = DEFAULT_MAX_MB,
    stdin: BinaryIO | None = None,
) -> Iterator[ArticleInput | InputError]:
    """Every article of `paths` (files, folders, "-" for stdin), or an error per bad input.

    `published` and `source` are defaults for articles that carry none of their own.
    A file (or a JSONL record) over `max_mb` megabytes is refused.
    """
    max_bytes = int(max_mb * 1024 * 1024)
    for path in paths:
        if path == STDIN:
            items = _read_stdin(stdin or sys.stdin.buffer, max_bytes, max_mb)
        else:
            items = _read_path(Path(path), max_bytes, max_mb)
        for item in items:
            if isinstance(item, InputError):
                yield item
            else:
                yield replace(
                    item, published=item.published or published, source=item.source or source
                )


def _read_path(path: Path, max_bytes: int, max_mb: float) -> Iterator[ArticleInput | InputError]:
    if path.is_dir():
        files = _files_under(path)
        if not files:
            yield InputError(str(path), "folder holds no (visible) files; nothing to ingest")
        for file in files:
            yield from _read_file(file, max_bytes, max_mb)
    elif path.exists():
        yield from _read_file(path, max_bytes, max_mb)
    else:
        yield InputError(str(path), "no such file or folder; check the path")


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _too_large(where: str, size: int, max_mb: float) -> InputError:
    return InputError(
        where, f"too large ({format_size(size)}, limit {max_mb:g} MB): split it or raise --max-mb"
    )


def _read_file(path: Path, max_bytes: int, max_mb: float) -> Iterator[ArticleInput | InputError]:
    name = str(path)
    try:
        size = path.stat().st_size
        suffix = path.suffix.lower()
        if suffix in _JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, max_bytes, max_mb)
            return
        if size > max_bytes:
            yield _too_large(name, size, max_mb)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read it ({exc.strerror or exc}); check its permissions")
        return
    yield from _read_content(data, name, suffix)


def _read_content(data: bytes, name: str, suffix: str) -> Iterator[ArticleInput | InputError]:
    try:
        if not data.strip():
            raise InputError(name, _EMPTY)
        text = decode_bytes(data, name)
        if not text.strip():
            raise InputError(name, _EMPTY)
        sniffed = sniff_format(text)
        if suffix == ".json":
            yield from records_from_json_document(text, name)
        elif suffix in _HTML_SUFFIXES or sniffed == "html":
            yield with_page_text(ArticleInput(text=None, html=text, origin=name))
        elif suffix not in _TEXT_SUFFIXES and sniffed == "jsonl":
            yield from records_from_json_lines(iter(text.splitlines()), name)
        else:
            yield ArticleInput(text=text, origin=name)
    except InputError as exc:
        yield exc


def _read_jsonl_file(
    path: Path, max_bytes: int, max_mb: float
) -> Iterator[ArticleInput | InputError]:
    """Stream a JSONL file line by line; the size limit applies to each record."""
    name = str(path)
    if path.stat().st_size == 0:
        yield InputError(name, _EMPTY)
        return
    with path.open("rb") as handle:
        yield from records_from_json_lines(_decoded_lines(handle, name, max_bytes, max_mb), name)


def _decoded_lines(
    handle: BinaryIO, name: str, max_bytes: int, max_mb: float
) -> Iterator[str | InputError]:
    for number, raw in enumerate(handle, start=1):
        where = f"{name}:{number}"
        if len(raw) > max_bytes:
            yield _too_large(where, len(raw), max_mb)
        else:
            yield _decode_line(raw, where)


def _decode_line(raw: bytes, where: str) -> str | InputError:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # JSON should be UTF-8, but a legacy export is still worth reading.
        try:
            return decode_bytes(raw, where)
        except InputError as exc:
            return exc


def _read_stdin(
    handle: BinaryIO, max_bytes: int, max_mb: float
) -> Iterator[ArticleInput | InputError]:
    """stdin holds JSONL (many articles, the limit applies per record), a page or a text."""
    data = handle.read()
    if not data.strip():
        yield InputError(_STDIN_NAME, "stdin is empty; pipe an article (or JSONL) into it")
        return
    if data.lstrip()[:1] == b"{":
        lines = (
            _too_large(f"{_STDIN_NAME}:{n}", len(raw), max_mb) if len(raw) > max_bytes else raw
            for n, raw in enumerate(data.splitlines(keepends=True), start=1)
        )
        decoded = (
            item if isinstance(item, InputError) else _decode_line(item, f"{_STDIN_NAME}:{n}")
            for n, item in enumerate(lines, start=1)
        )
        yield from records_from_json_lines(decoded, _STDIN_NAME)
        return
    if len(data) > max_bytes:
        yield _too_large(_STDIN_NAME, len(data), max_mb)
        return
    yield from _read_content(data, _STDIN_NAME, suffix="")
