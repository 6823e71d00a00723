"""An HTML page -> its main text and metadata, with trafilatura."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from chancery.errors import InputError

__all__ = ["PageContent", "extract_page"]

log = logging.getLogger(__name__)

# Fewer words than this is a menu or a cookie wall, not an article.
_MIN_WORDS = 5
_NO_TEXT = "HTML page with no article text found; save the article's own page or pass its text"


@dataclass(frozen=True, slots=True)
class PageContent:
    text: str
    title: str | None
    author: str | None
    url: str | None
    source: str | None
    published: dt.date | None


def extract_page(html: str, where: str) -> PageContent:
    """Main text, title, author, canonical url, site name and date of one page."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on bad markup
        raise InputError(where, f"{_NO_TEXT} (the HTML could not be parsed: {exc})") from exc
    if document is None:
        raise InputError(where, _NO_TEXT)
    if not isinstance(document, dict):
        document = document.as_dict()
    text = (document.get("text") or "").strip()
    title = _clean(document.get("title"))
    # trafilatura puts the headline into the text as its first line; it belongs in `title`.
    if title and text.split("\n", 1)[0].strip() == title:
        text = text.split("\n", 1)[1].strip() if "\n" in text else ""
    if len(text.split()) < _MIN_WORDS:
        raise InputError(where, _NO_TEXT)
    return PageContent(
        text=text,
        title=title,
        author=_clean(document.get("author")),
        url=_clean(document.get("url")),
        source=_clean(document.get("sitename")),
        published=_date(document.get("date")),
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        log.debug("ignoring the page date %r", value)
        return None
