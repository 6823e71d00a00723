"""When an event happened, and whether it is history.

An event takes its date from the *governing* time expression: the one attached (in the
parse) to the trigger itself or to a verb above it, nearest first. "Last week, Kim
welcomed ..." dates the welcome; "the collapse of talks in 2019" dates the collapse, not
the verb of the sentence, because the walk up from a time expression stops at the first
noun or verb it meets.

An event the text places well before publication is historical and keeps its own date.
Historical context carries through a paragraph: after "After World War II, the Soviet
Union helped ...", the paragraph's later past-tense sentences are history too, until a new
time expression intervenes. Durations never date anything. Events with no governing time
take the publication day (basis "published") unless they are historical.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chancery.events.grammar import Era, Grammar
from chancery.model import EventDate, Sentence, TimeExpression

__all__ = ["DocumentTime", "EventTime", "find_eras", "is_past"]

# Prepositions that make a named period a time: "after World War II", "during the Cold War".
_ERA_RELATIONS = {
    "after": "after",
    "following": "after",
    "since": "after",
    "before": "before",
    "until": "before",
    "prior": "before",
    "during": "during",
    "in": "during",
    "throughout": "during",
    "at": "during",
}
_ERA_SPAN_YEARS = 10


@dataclass(frozen=True, slots=True)
class EventTime:
    """What dating decided for one event."""

    date: EventDate | None
    historical: bool
    why: str


def find_eras(
    doc: Doc, sentences: list[Sentence], eras: tuple[Era, ...], known: list[TimeExpression]
) -> list[TimeExpression]:
    """Named periods used as times ("After World War II") that no time expression covers."""
    out: list[TimeExpression] = []
    if not eras:
        return out
    alternatives = "|".join(re.escape(e.phrase) for e in sorted(eras, key=lambda e: -len(e.phrase)))
    relations = "|".join(_ERA_RELATIONS)
    pattern = re.compile(
        rf"\b({relations})\s+(?:to\s+)?(?:the\s+)?({alternatives})\b", re.IGNORECASE
    )
    by_phrase = {e.phrase.lower(): e for e in eras}
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            start = sentence.start + match.start()
            end = sentence.start + match.end()
            if any(t.offset < end and t.end_offset > start for t in known):
                continue
            era = by_phrase[match.group(2).lower()]
            relation = _ERA_RELATIONS[match.group(1).lower()]
            if relation == "after":
                first, last = era.end, _add_years(era.end, _ERA_SPAN_YEARS)
            elif relation == "before":
                first, last = _add_years(era.start, -_ERA_SPAN_YEARS), era.start
            else:
                first, last = era.start, era.end
            out.append(
                TimeExpression(
                    text=match.group(0),
                    start=first,
                    end=last,
                    granularity="year",
                    offset=start,
                    end_offset=end,
                    sentence=sentence.index,
                    basis="absolute",
                )
            )
    return out


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def is_past(token: Token) -> bool:
    """Simple past or past perfect, passive included ("fought", "was signed", "had met")."""
    if token.tag_ == "VBD":
        return True
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return any(a.tag_ == "VBD" for a in auxes)


class DocumentTime:
    """The time expressions of one document, attached to the words they modify."""

    def __init__(
        self,
        doc: Doc,
        sentences: list[Sentence],
        dates: list[TimeExpression],
        *,
        published: dt.date | None,
        grammar: Grammar,
        eras: tuple[Era, ...],
    ) -> None:
        self.published = published
        self.grammar = grammar
        usable = [d for d in dates if not d.is_duration and d.end_offset > d.offset]
        usable += find_eras(doc, sentences, eras, usable)
        self._attached: dict[int, list[tuple[Token, TimeExpression]]] = {}
        for expr in usable:
            anchor = _attachment(doc, expr)
            if anchor is None:
                continue
            number = expr.sentence if expr.sentence >= 0 else _sentence_of(sentences, expr.offset)
            self._attached.setdefault(number, []).append((anchor, expr))
        self._sentences = sentences
        # The historical context in force at the start of each sentence.
        self._context: dict[int, TimeExpression | None] = {}
        current: TimeExpression | None = None
        paragraph = -1
        for sentence in sentences:
            if sentence.paragraph != paragraph:
                paragraph, current = sentence.paragraph, None
            self._context[sentence.index] = current
            here = sorted(self._attached.get(sentence.index, []), key=lambda p: p[1].offset)
            if here:
                last = here[-1][1]
                current = last if self.is_historical_date(last.end) else None

    def is_historical_date(self, end: dt.date) -> bool:
        if self.published is None:
            return False
        return (self.published - end).days > self.grammar.historical_after_days

    def governing(self, sentence: int, anchors: list[Token]) -> TimeExpression | None:
        """The time expression attached to the trigger or the nearest verb above it."""
        candidates = self._attached.get(sentence, [])
        if not candidates or not anchors:
            return None
        trigger = anchors[0]
        best: tuple[int, TimeExpression] | None = None
        for anchor, expr in candidates:
            distance = _distance(anchor, trigger, anchors)
            if distance is None:
                continue
            if best is None or distance < best[0]:
                best = (distance, expr)
        return best[1] if best else None

    def date_event(
        self,
        sentence: Sentence,
        anchors: list[Token],
        *,
        tense_token: Token,
        marked_historical: bool,
    ) -> EventTime:
        """Date and historical flag of an event whose trigger is anchors[0]."""
        expr = self.governing(sentence.index, anchors)
        if expr is not None:
            historical = marked_historical or self.is_historical_date(expr.end)
            return EventTime(_event_date(expr), historical, f"time expression {expr.text!r}")
        context = self._context.get(sentence.index)
        if context is not None and is_past(tense_token):
            return EventTime(_event_date(context), True, f"paragraph context {context.text!r}")
        if marked_historical:
            return EventTime(None, True, "historical marker, no date")
        if self.published is None:
            return EventTime(None, False, "no date and no publication date")
        published = EventDate(self.published, self.published, None, "published")
        return EventTime(published, False, "publication date")


def _event_date(expr: TimeExpression) -> EventDate:
    return EventDate(start=expr.start, end=expr.end, text=expr.text, basis=expr.basis)


def _sentence_of(sentences: list[Sentence], offset: int) -> int:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end + 1:
            return sentence.index
    return -1


def _attachment(doc: Doc, expr: TimeExpression) -> Token | None:
    """The first verb or noun above the expression: what it tells the time of."""
    span = doc.char_span(expr.offset, expr.end_offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    node = root
    while node.head.i != node.i:
        node = node.head
        if node.i >= span.start and node.i < span.end:
            continue
        if node.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            return node
    return node if node.pos_ in ("VERB", "AUX") and not (span.start <= node.i < span.end) else None


def _distance(anchor: Token, trigger: Token, anchors: list[Token]) -> int | None:
    """How far above the trigger the anchor sits (0 = the trigger), or None if not above."""
    if anchor.i == trigger.i:
        return 0
    for rank, word in enumerate(anchors[1:], start=1):
        if anchor.i == word.i:
            return rank
    steps = 0
    node = trigger
    while node.head.i != node.i:
        node = node.head
        steps += 1
        if node.i == anchor.i:
            return len(anchors) + steps
    return None
