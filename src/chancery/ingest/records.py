"""The article an input gives, and how a JSON record becomes one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from chancery.errors import InputError
from chancery.ingest.html import extract_page

__all__ = [
    "ArticleInput",
    "parse_date",
    "records_from_json_document",
    "records_from_json_lines",
    "with_page_text",
]

# Fields a JSON record may carry; others are ignored.
_STRING_FIELDS = ("text", "html", "title", "url", "source", "id", "author")


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article as read from a file, a JSONL line or stdin, before cleaning.

    After `iter_inputs` an article always has `text`; `html` keeps the page it came from.
    `origin` names where it came from ("path" or "path:line") for messages.
    """

    text: str | None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    id: str | None = None
    author: str | None = None
    origin: str = ""


def parse_date(value: Any, where: str) -> dt.date | None:
    """An ISO date or date-time ("2024-05-03", "2025-03-14 20:30:26Z") -> its date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise InputError(
            where, f"'published' is not a date ({value!r}); write it as YYYY-MM-DD"
        ) from exc


def with_page_text(article: ArticleInput) -> ArticleInput:
    """Give an article read as HTML its main text; fill metadata it lacks from the page."""
    if article.text or not article.html:
        return article
    page = extract_page(article.html, article.origin)
    return replace(
        article,
        text=page.text,
        title=article.title or page.title,
        url=article.url or page.url,
        source=article.source or page.source,
        author=article.author or page.author,
        published=article.published or page.published,
    )


def _record(data: Any, where: str) -> ArticleInput:
    if not isinstance(data, dict):
        raise InputError(where, f"expected a JSON object, got {type(data).__name__}")
    fields: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str | int):
            raise InputError(where, f"'{name}' must be a string, got {type(value).__name__}")
        fields[name] = None if value is None or value == "" else str(value)
    if not (fields["text"] or "").strip() and not (fields["html"] or "").strip():
        raise InputError(where, "no 'text' (or 'html') field: each record needs the article text")
    return ArticleInput(
        text=fields["text"] if (fields["text"] or "").strip() else None,
        html=fields["html"],
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        published=parse_date(data.get("published"), where),
        id=fields["id"],
        author=fields["author"],
        origin=where,
    )


def records_from_json_lines(
    lines: Iterable[str | InputError], name: str
) -> Iterator[ArticleInput | InputError]:
    """One article per non-blank line; a bad line yields an InputError and reading goes on.

    A line the caller could not read arrives as an InputError and is passed on.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(
                where, f"not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line"
            )
            continue
        try:
            yield with_page_text(_record(data, where))
        except InputError as exc:
            yield exc


def records_from_json_document(text: str, name: str) -> Iterator[ArticleInput | InputError]:
    """A .json file: one article object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(
            f"{name}:{exc.lineno}", f"not valid JSON ({exc.msg} at column {exc.colno}); fix it"
        )
        return
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        where = f"{name}[{number}]" if isinstance(data, list) else name
        try:
            yield with_page_text(_record(item, where))
        except InputError as exc:
            yield exc
