"""Find quoted spans by their quotation marks, in plain text and paragraph by paragraph.

Marks are read as openers, closers or apostrophes from what flanks them, because the
same glyph plays several parts: ’ closes a single quote but is also the apostrophe of
"don’t", "the council’s" and "the Koreas’". A quote left open at the end of a paragraph
continues into the next one, which by news convention may reopen it with a fresh mark
or simply go on until the closing mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Role = Literal["open", "close", "either"]
Style = Literal["double", "single", "guillemet"]

__all__ = ["QuoteSpan", "Style", "find_quote_spans"]

# Characters after which a mark starts a quotation rather than ends one.
_OPENING_CONTEXT = set("([{—–-/:;\u2026")
_ELLIPSES = ("\u2026", "...")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: where its marks sit and where the quoted words are."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the end of the last paragraph if unclosed
    start: int  # the quoted words, trimmed: text[start:end]
    end: int
    style: Style
    closed: bool
    paragraphs: int  # how many paragraphs the quotation runs through


@dataclass(frozen=True, slots=True)
class _Mark:
    offset: int
    style: Style
    role: Role


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, lo: int, hi: int, single_open: bool) -> _Mark | None:
    """Read the mark at text[i] (paragraph text[lo:hi]); None for an apostrophe or no mark."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left_open = prev.isspace() or prev in _OPENING_CONTEXT or prev in "“‘\"'«"
    right_open = nxt.isspace() or not (_is_word(nxt) or nxt in "“‘\"'«…([")
    if ch in "«":
        return _Mark(i, "guillemet", "open")
    if ch in "»":
        return _Mark(i, "guillemet", "close")
    if ch in '“”"':
        if ch == "“":
            role: Role = "close" if (right_open and not left_open) else "open"
        elif ch == "”":
            role = "open" if (left_open and not right_open) else "close"
        elif left_open and not right_open:
            role = "open"
        elif right_open and not left_open:
            role = "close"
        else:
            role = "either"
        return _Mark(i, "double", role)
    if ch in "‘’'":
        if _is_word(prev) and _is_word(nxt):
            return None  # don’t, the council’s
        if (prev.isspace() or i == lo) and nxt.isdigit():
            return None  # the ’90s
        if ch == "‘":
            return _Mark(i, "single", "open")
        if left_open and not right_open:
            # A straight or curly mark before a word opens a quote only if one can close.
            return _Mark(i, "single", "open")
        if not left_open:
            # After a word: a closer when a single quote is open, else a possessive (Koreas’).
            return _Mark(i, "single", "close") if single_open else None
        return None
    return None


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    out: list[_Mark] = []
    single_open = False
    for i in range(lo, hi):
        if text[i] not in "“”\"‘’'«»":
            continue
        mark = _classify(text, i, lo, hi, single_open)
        if mark is None:
            continue
        if mark.style == "single":
            single_open = mark.role == "open"
        out.append(mark)
    return out


def _closes(mark: _Mark, style: Style) -> bool:
    return mark.style == style and mark.role in ("close", "either")


def _opens(mark: _Mark, style: Style | None = None) -> bool:
    return (style is None or mark.style == style) and mark.role in ("open", "either")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without surrounding space, a leading ellipsis or a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    for ellipsis in _ELLIPSES:
        if text.startswith(ellipsis, start) and start + len(ellipsis) < end:
            start += len(ellipsis)
            while start < end and text[start].isspace():
                start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """Every outermost quotation in `text`, given the (start, end) span of each paragraph.

    Quotation marks nested inside an open quotation belong to it and are not reported.
    """
    marks = [_marks(text, lo, hi) for lo, hi in paragraphs]
    spans: list[QuoteSpan] = []
    p = 0
    while p < len(paragraphs):
        k = 0
        pmarks = marks[p]
        while k < len(pmarks):
            opener = pmarks[k]
            if not _opens(opener):
                k += 1
                continue
            span, p_end, k_next = _follow(text, paragraphs, marks, p, k, opener)
            if span is not None:
                spans.append(span)
            if p_end != p:
                p, pmarks = p_end, marks[p_end]
            k = k_next
        p += 1
    return spans


def _follow(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    marks: list[list[_Mark]],
    p: int,
    k: int,
    opener: _Mark,
) -> tuple[QuoteSpan | None, int, int]:
    """Follow the quotation opened by marks[p][k] to its closer.

    Returns the span (None for a lone mark that opens nothing), the paragraph where the
    scan ends and the index of the next mark to read in it.
    """
    style = opener.style
    j, q = k + 1, p
    while True:
        pmarks = marks[q]
        while j < len(pmarks):
            mark = pmarks[j]
            if _closes(mark, style) and mark.offset > opener.offset + 1:
                start, end = _trim(text, opener.offset + 1, mark.offset)
                if end <= start:
                    return None, q, j + 1
                return (
                    QuoteSpan(opener.offset, mark.offset, start, end, style, True, q - p + 1),
                    q,
                    j + 1,
                )
            if style == "single" and mark.style == "single" and mark.role == "open":
                # A second single opener before any closer: the first was an apostrophe.
                return None, q, j
            if mark.style == style and mark.role == "open":
                # Quotations do not nest in their own style: the first one was never closed.
                start, end = _trim(text, opener.offset + 1, mark.offset)
                if end <= start:
                    return None, q, j
                return (
                    QuoteSpan(opener.offset, mark.offset, start, end, style, False, q - p + 1),
                    q,
                    j,
                )
            j += 1
        nxt = q + 1
        if nxt < len(paragraphs) and _continues(text, paragraphs[nxt], marks[nxt], style):
            first = marks[nxt][0] if marks[nxt] else None
            reopened = (
                first is not None and first.offset == paragraphs[nxt][0] and _opens(first, style)
            )
            q, j = nxt, (1 if reopened else 0)
            continue
        # Unclosed: the quotation ends with its paragraph.
        if style == "single" and q == p:
            return None, p, k + 1  # a lone ' or ’ opening nothing is an apostrophe
        lo = opener.offset + 1
        start, end = _trim(text, lo, paragraphs[q][1])
        if end <= start:
            return None, q, len(marks[q])
        return (
            QuoteSpan(opener.offset, paragraphs[q][1], start, end, style, False, q - p + 1),
            q,
            len(marks[q]),
        )


def _continues(text: str, paragraph: tuple[int, int], pmarks: list[_Mark], style: Style) -> bool:
    """Does an open quotation of `style` run on into this paragraph?"""
    if not pmarks:
        return False
    first = pmarks[0]
    if first.offset == paragraph[0] and _opens(first, style):
        return True  # reopened, as news style does for each paragraph of a long quote
    # Not reopened: it runs on if the paragraph closes a quotation before opening one.
    for mark in pmarks:
        if mark.style != style:
            continue
        return mark.role == "close" or (mark.role == "either" and mark.offset != paragraph[0])
    return False
