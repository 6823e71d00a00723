"""Find the time expressions of a parsed article and resolve each one.

Spans come from spaCy's DATE/TIME entities and from patterns for what the small model
misses ("the 70th anniversary", "Friday", "in 2019"); overlapping spans keep the longest.
A span is widened to take in a leading "early", "late", "mid-" or "the end of", and the
tense of its governing verb decides whether a bare "Friday" is past or coming.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any

from chancery.model import Sentence, TimeExpression
from chancery.nlp import text_of
from chancery.time.expressions import interpret
from chancery.time.vocab import NUMBER_PATTERN, ORDINAL_PATTERN, UNIT_PATTERN

_CAP_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_CAP_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DIRECTION = (
    r"(?:[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious)"
)

# Case-sensitive patterns: month and weekday names are capitalised in running text,
# which keeps the modal "may" and the verb "march" out.
PATTERNS = [
    re.compile(rf"\b{_CAP_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*|\s+){_YEAR}\b"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_CAP_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_CAP_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b(?:{_CAP_WEEKDAY},?\s+)?{_CAP_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b"),
    re.compile(
        rf"\b(?:{_DIRECTION}\s+)?{_CAP_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b"
    ),
    re.compile(
        rf"(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Bb]y\s)|(?<=\b[Uu]ntil\s)|"
        rf"(?<=\b[Ll]ast\s)|(?<=\b[Nn]ext\s)|(?<=\b[Tt]his\s)|(?<=\b[Dd]uring\s)|(?<=mid-))"
        rf"{_CAP_MONTH}(?!\s+\d)\b"
    ),
    re.compile(rf"(?<![\d,.$£€-])\b{_YEAR}\b(?![\d.,]\d|-year|\s*(?:percent|%))"),
    re.compile(r"\b(?:[Tt]he\s+)?(?:1[0-9]|20)[0-9]0'?s\b"),
    re.compile(r"(?i)\b(?:the\s+)?(?:early|mid|late)[\s-]+(?:1[0-9]|20)[0-9]0'?s\b"),
    re.compile(rf"(?i)\b(?:the\s+)?(?:{ORDINAL_PATTERN})[\s-]+(?:century|anniversary)\b"),
    re.compile(
        rf"(?i)\b(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}|"
        r"(?:this|last|next|past)\s+(?:spring|summer|autumn|winter))\b"
    ),
    re.compile(
        rf"(?i)\b(?:the\s+)?(?:first|second|third|fourth|final)\s+quarter(?:\s+of)?(?:\s+{_YEAR})?\b"
    ),
    re.compile(
        r"(?i)\b(?:(?:this\s+past|this\s+coming|this|last|next|past|previous|coming)\s+"
        r"(?:week|weekend|month|year|decade)|yesterday|today|tomorrow|tonight|last\s+night)\b"
    ),
    re.compile(rf"(?i)\b(?:{NUMBER_PATTERN})\s+(?:{UNIT_PATTERN})\s+ago\b"),
]
ENTITY_LABELS = {"DATE", "TIME"}
_MODIFIER_BEFORE = re.compile(
    r"(?i)(?:\b(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid)(?:\s+in|\s+of)?"
    r"(?:\s+the)?(?:\s+|-)|\bmid-|\b(?:the\s+)?(?:end|beginning|start|middle|close|"
    r"first\s+half|second\s+half|latter\s+half|latter\s+part)\s+of\s+(?:the\s+)?)$"
)
_LEADING_WORDS = re.compile(r"(?i)^(?:in|on|at|since|during|by|until|from)\s+")
_TRAILING = re.compile(r"(?:['\u2019]s|[\s,.;:]+)$")
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "\u2019ll"}
_FUTURE_VERBS = {
    "plan",
    "schedule",
    "expect",
    "intend",
    "aim",
    "prepare",
    "due",
    "set",
    "hope",
    "seek",
}


def _candidate_spans(doc: Any) -> list[tuple[int, int]]:
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ENTITY_LABELS]
    for pattern in PATTERNS:
        spans.extend(m.span() for m in pattern.finditer(text_of(doc)))
    return spans


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span over a leading modifier and trim prepositions and possessives."""
    m = _MODIFIER_BEFORE.search(text[max(0, start - 40) : start])
    if m and not re.match(r"(?i)(?:the\s+)?(?:early|late|mid|earlier|later)\b", text[start:end]):
        start = start - (len(m.group(0)))
    m = _LEADING_WORDS.match(text[start:end])
    if m and m.end() < end - start:
        start += m.end()
    while True:
        m = _TRAILING.search(text[start:end])
        if not m or m.start() == 0:
            break
        end = start + m.start()
    return start, end


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def is_future(doc: Any, start: int, end: int) -> bool:
    """Whether the verb governing the span at [start, end) speaks of the future."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    # "will travel on Friday and return in September": a conjoined verb shares the aux.
    while token.dep_ == "conj" and not any(c.dep_ in ("aux", "nsubj") for c in token.children):
        token = token.head
    if token.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" for c in token.children):
        return False
    for word in [token, *token.children, token.head]:
        if word.lower_ in _FUTURE_AUX and word.dep_ in ("aux", "ROOT") and word.tag_ == "MD":
            return True
    chain = [token, token.head, token.head.head]
    if any(t.lemma_ in _FUTURE_VERBS for t in chain[1:]) and token.tag_ == "VB":
        return True  # "plans to visit on Friday"
    if token.lemma_ in ("plan", "schedule") and token.tag_ != "VBD":
        return True  # "plans a visit in September"
    return any(
        c.lower_ == "going" and any(g.lower_ == "to" for g in token.children)
        for c in token.children
    )


def find_time_expressions(
    doc: Any, sentences: list[Sentence], published: dt.date | None
) -> list[TimeExpression]:
    """Every time expression of the text with the interval it denotes.

    Without a publication date only absolute expressions are kept; durations and
    anniversaries are kept with `is_duration` and `start == end == published`.
    """
    text: str = text_of(doc)
    starts = [s.start for s in sentences]
    spans = {_tidy(text, s, e) for s, e in _candidate_spans(doc)}
    # Resolve every candidate first, so a longer span the grammar cannot read ("the 19th
    # century ended") does not hide the readable one inside it.
    readings = {}
    for start, end in spans:
        if end > start:
            reading = interpret(text[start:end], published, future=is_future(doc, start, end))
            if reading is not None:
                readings[(start, end)] = reading
    out: list[TimeExpression] = []
    for start, end in _longest_first(list(readings)):
        reading = readings[(start, end)]
        index = bisect.bisect_right(starts, start) - 1
        out.append(
            TimeExpression(
                text=text[start:end],
                start=reading.start,
                end=reading.end,
                granularity=reading.granularity,
                offset=start,
                end_offset=end,
                sentence=sentences[index].index if index >= 0 else -1,
                basis=reading.basis,
                is_duration=reading.is_duration,
            )
        )
    return out
