"""Quotations and their speakers.

`find_quotes` reads the quotation marks of the cleaned text (`marks`), then asks the
parse who said each quotation (`attribution`), in this order of trust:

1. the cue whose clause the quotation belongs to in the parse ("X said: “…”");
2. a cue right after the closing mark ("“…,” said X") or right before the opening
   mark ("X said, “…”", "according to X, “…”");
3. a paragraph ending "X said:" just before the quotation;
4. for a quotation standing alone right after another one (the next sentence or the
   next paragraph, with nothing but the quotation in it), that quotation's speaker.

A quotation whose speaker cannot be told keeps `speaker=None`; a short phrase quoted
inside a sentence (a "fragment") is kept only when its sentence names its speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from chancery.model import Actor, Quote, Sentence
from chancery.nlp import text_of
from chancery.quotes.attribution import Attributor, Cue
from chancery.quotes.cues import CueLexicon, load_cues
from chancery.quotes.marks import QuoteSpan, find_quote_spans
from chancery.settings import Settings

__all__ = ["find_quotes", "paragraph_spans"]

_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at"})
_LEAD_INS = (":", ",", "—", "–", "(", "\u2026", "...")


def paragraph_spans(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph, from its first and last sentence."""
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        lo, hi = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(lo, s.start), max(hi, s.end))
    return [spans[k] for k in sorted(spans)]


def find_quotes(
    doc: Any,
    sentences: list[Sentence],
    actors: list[Actor],
    *,
    settings: Settings,
    lexicon: CueLexicon | None = None,
) -> list[Quote]:
    """Every quotation in the document with its speaker, in text order ("q1", "q2", ...)."""
    if not sentences:
        return []
    text: str = text_of(doc)
    spans = find_quote_spans(text, paragraph_spans(sentences))
    spans = [_clip_unclosed(text, span, sentences) for span in spans]
    attributor = Attributor(doc, sentences, actors, spans, lexicon or load_cues())
    quotes: list[Quote] = []
    previous: tuple[QuoteSpan, Quote, Cue | None] | None = None
    for i, span in enumerate(spans):
        prev_close = spans[i - 1].close if i else None
        next_open = spans[i + 1].open if i + 1 < len(spans) else None
        fragment = _is_fragment(text, span, attributor, prev_close, settings.fragment_max_words)
        cue = (
            attributor.governing_cue(span)
            or attributor.tail_cue(span, next_open)
            or attributor.head_cue(span, prev_close)
            or attributor.intro_cue(span)
        )
        speaker = cue.speaker if cue is not None else None
        cue_text = cue.text if cue is not None else None
        if cue is None and not fragment and previous is not None:
            # A quotation standing alone right after an attributed one continues it.
            p_span, p_quote, p_cue = previous
            if (
                p_cue is not None
                and p_quote.kind == "direct"
                and _follows_alone(text, p_span, span, attributor, next_open)
            ):
                speaker, cue_text = p_cue.speaker, p_quote.cue
        if fragment and (speaker is None or _is_title(text[span.start : span.end])):
            continue  # scare quotes, names and titles: nobody is quoted
        quote = Quote(
            id=f"q{len(quotes) + 1}",
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            speaker=speaker.id if speaker else None,
            speaker_name=speaker.name if speaker else None,
            speaker_country=speaker.country if speaker else None,
            speaker_code=speaker.code if speaker else None,
            cue=cue_text,
            sentence=attributor.sentence_at(span.start),
            kind="fragment" if fragment else "direct",
        )
        quotes.append(quote)
        attributed = (
            cue if cue is not None else (previous[2] if speaker is not None and previous else None)
        )
        previous = (span, quote, attributed)
    return quotes


def _clip_unclosed(text: str, span: QuoteSpan, sentences: Sequence[Sentence]) -> QuoteSpan:
    """A quotation never closed nor continued stops with its first sentence: a missing
    closing mark should not turn the rest of the paragraph into quoted words."""
    if span.closed or span.paragraphs > 1:
        return span
    for sentence in sentences:
        if sentence.start <= span.start < sentence.end:
            end = min(span.end, sentence.end)
            while end > span.start and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
            return replace(span, end=end, close=end)
    return span


def _is_title(words: str) -> bool:
    """ "Meet the Press", "Axis of Upheaval": a name or title, not words anyone said."""
    tokens = [w for w in words.split() if w.isalpha()]
    content = [w for w in tokens if w.lower() not in _TITLE_SMALL_WORDS]
    return len(tokens) >= 2 and all(w[0].isupper() for w in content)


def _is_fragment(
    text: str, span: QuoteSpan, attributor: Attributor, prev_close: int | None, max_words: int
) -> bool:
    """A few words quoted inside a sentence of the writer's own (said it would “respond”)."""
    sentence = attributor.sentences[attributor.sentence_at(span.open)]
    lo = sentence.start if prev_close is None else max(sentence.start, prev_close + 1)
    lead = text[lo : span.open].strip()
    if not lead or lead.endswith(_LEAD_INS):
        return False
    return len(text[span.start : span.end].split()) < max_words


def _follows_alone(
    text: str, before: QuoteSpan, span: QuoteSpan, attributor: Attributor, next_open: int | None
) -> bool:
    """Nothing but the earlier quotation's own sentence lies between them, and nothing
    but punctuation follows this one in its sentence."""
    end_of_before = attributor.sentences[attributor.sentence_at(before.close)].end
    if text[end_of_before : span.open].strip():
        return False
    if attributor.paragraph_at(span.open) > attributor.paragraph_at(before.close) + 1:
        return False
    if not span.closed:
        return True
    sentence = attributor.sentences[attributor.sentence_at(span.close + 1)]
    hi = sentence.end if next_open is None else min(sentence.end, next_open)
    return not any(ch.isalnum() for ch in text[span.close + 1 : hi])
