"""Who said it: attribution cues in the parse and the actor behind each cue's subject.

Every cue outside the quotations ("said", "told", "according to") is resolved once, in
text order, to the actor its subject names. A pronoun subject ("she said") that the
actors stage did not resolve falls back to the last speaker of a compatible kind in the
same or the previous paragraph: the convention by which news prose names a speaker once
and then refers back.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from chancery.model import Actor, MentionIndex, Sentence
from chancery.nlp import text_of
from chancery.quotes.cues import CueKind, CueLexicon
from chancery.quotes.marks import QuoteSpan

__all__ = ["Attributor", "Cue"]

_SUBJECTS = ("nsubj", "nsubjpass")
# Clauses that borrow the subject of the verb they hang from ("..., adding that").
_BORROWS_SUBJECT = ("conj", "advcl", "xcomp")
_NAME_PARTS = ("compound", "flat", "nmod")
# "a spokesman for the ministry", "the head of the agency": the organisation speaks.
_OWNER_PREPS = ("of", "for")
_PRONOUN_KINDS: dict[str, tuple[str, ...]] = {
    "he": ("person",),
    "she": ("person",),
    "it": ("organization", "state", "group"),
    "they": ("organization", "state", "group"),
}


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue and the speaker it names (None: a speaker who is not an actor)."""

    token: int  # index of the cue's head token (the verb, or the preposition of a phrase)
    start: int
    end: int
    text: str
    kind: CueKind
    speaker: Actor | None
    subject: int | None  # index of the subject token, when there is one
    pronoun: bool = False


class Attributor:
    """Cues of one document, and lookups from a quotation to its attribution."""

    def __init__(
        self,
        doc: Doc,
        sentences: Sequence[Sentence],
        actors: Sequence[Actor],
        spans: Sequence[QuoteSpan],
        lexicon: CueLexicon,
    ) -> None:
        self.doc = doc
        self.sentences = list(sentences)
        self._sentence_starts = [s.start for s in self.sentences]
        self._index = MentionIndex(list(actors))
        self._lexicon = lexicon
        self._quoted = sorted((s.open, s.close + 1) for s in spans)
        self.cues: dict[int, Cue] = {}
        self._resolve_all()

    # ------------------------------------------------------------------ positions

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that holds (or last began before) `offset`."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def paragraph_at(self, offset: int) -> int:
        return self.sentences[self.sentence_at(offset)].paragraph if self.sentences else 0

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quoted, (offset, float("inf"))) - 1
        return i >= 0 and self._quoted[i][0] <= offset < self._quoted[i][1]

    def cues_between(self, lo: int, hi: int) -> list[Cue]:
        return [c for c in self.cues.values() if lo <= c.start < hi]

    # ------------------------------------------------------------------ resolution

    def _cue_tokens(self) -> Iterator[tuple[Token, int, int, str, CueKind, Token | None]]:
        """(head token, start, end, text, kind, subject) for each cue outside quotations."""
        doc = self.doc
        phrases = self._lexicon.phrases
        for tok in doc:
            if self.in_quote(tok.idx):
                continue
            for words in phrases:
                window = doc[tok.i : tok.i + len(words)]
                if len(window) == len(words) and all(
                    t.lower_ == w for t, w in zip(window, words, strict=True)
                ):
                    last = window[-1]
                    objects = [c for c in last.children if c.dep_ == "pobj"]
                    yield (
                        last,
                        tok.idx,
                        last.idx + len(last.text),
                        window.text,
                        "phrase",
                        objects[0] if objects else None,
                    )
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            kind = self._lexicon.kind_of(tok.lemma_)
            if kind is None or kind == "phrase":
                continue
            yield tok, tok.idx, tok.idx + len(tok.text), tok.text, kind, _subject_of(tok)

    def _resolve_all(self) -> None:
        for head, start, end, text, kind, subject in self._cue_tokens():
            speaker, pronoun = None, False
            if subject is not None and self.in_quote(subject.idx):
                subject = None  # a parse that reaches into quoted words names no speaker
            if subject is not None:
                speaker = self._actor_of(subject)
                if speaker is None and subject.lower_ in _PRONOUN_KINDS:
                    pronoun = True
                    speaker = self._last_speaker(subject)
            self.cues[head.i] = Cue(
                head.i,
                start,
                end,
                text,
                kind,
                speaker,
                subject.i if subject is not None else None,
                pronoun,
            )

    def _actor_of(self, subject: Token) -> Actor | None:
        for tok in _speaker_candidates(subject):
            actor = self._index.at(tok.idx, tok.idx + len(tok.text))
            if actor is not None:
                return actor
        return None

    def _last_speaker(self, pronoun: Token) -> Actor | None:
        """The latest earlier cue's speaker of a kind the pronoun can stand for."""
        kinds = _PRONOUN_KINDS[pronoun.lower_]
        paragraph = self.paragraph_at(pronoun.idx)
        for cue in sorted(self.cues.values(), key=lambda c: c.start, reverse=True):
            if cue.start >= pronoun.idx or cue.subject is None:
                continue
            if self.paragraph_at(cue.start) < paragraph - 1:
                return None
            if cue.speaker is None:
                if self.doc[cue.subject].pos_ == "PROPN":
                    return None  # the last one to speak is named but is no actor we know
                continue
            if cue.speaker.kind not in kinds:
                continue
            # Someone else of the same kind named in between makes "he" or "it" ambiguous.
            between = self._index.overlapping(cue.end, pronoun.idx)
            if any(a.id != cue.speaker.id and a.kind in kinds for a, _ in between):
                return None
            return cue.speaker
        return None

    # ------------------------------------------------------------------ quotations

    def governing_cue(self, span: QuoteSpan) -> Cue | None:
        """The cue whose clause the quotation belongs to in the parse, if any."""
        inside = [t for t in self.doc if span.start <= t.idx < span.end]
        roots = [t for t in inside if t.head.i == t.i or not (span.start <= t.head.idx < span.end)]
        for root in roots:
            node, steps = root, 0
            while node.head.i != node.i and steps < 6:
                node, steps = node.head, steps + 1
                if self.in_quote(node.idx):
                    break
                if node.i in self.cues:
                    return self.cues[node.i]
            # "“We won,” she said" parsed with the cue hanging from the quoted verb.
            for child in root.children:
                cue = self.cues.get(child.i)
                if (
                    cue is not None
                    and child.dep_ in ("parataxis", "ccomp", "conj", "advcl")
                    and not (span.start <= child.idx < span.end)
                ):
                    return cue
        return None

    def tail_cue(self, span: QuoteSpan, next_open: int | None) -> Cue | None:
        """ "…,” X said." — a cue right after the closing mark, in the same sentence."""
        if not span.closed:
            return None
        sentence = self.sentences[self.sentence_at(span.close + 1)]
        hi = sentence.end if next_open is None else min(sentence.end, next_open)
        cues = sorted(self.cues_between(span.close + 1, hi), key=lambda c: c.start)
        for cue in cues[:1]:
            if cue.kind == "phrase" or not self._has_own_clause(cue, span.close + 1, hi):
                return cue
        return None

    def head_cue(self, span: QuoteSpan, prev_close: int | None) -> Cue | None:
        """ "X said: “…”" — a cue before the opening mark, introducing the quotation."""
        sentence = self.sentences[self.sentence_at(span.open)]
        lo = sentence.start if prev_close is None else max(sentence.start, prev_close + 1)
        lead = text_of(self.doc)[lo : span.open].rstrip()
        cues = sorted(self.cues_between(lo, span.open), key=lambda c: c.start)
        if not cues:
            return None
        cue = cues[-1]
        if lead.endswith((":", ",", "—", "that")) or cue.kind == "phrase":
            return cue
        return None

    def intro_cue(self, span: QuoteSpan) -> Cue | None:
        """A paragraph ending "..., the ministry said:" introduces the quotation after it."""
        first = self.sentence_at(span.open)
        if first == 0 or self.sentences[first].start != span.open:
            return None
        before = self.sentences[first - 1]
        if before.paragraph != self.sentences[first].paragraph - 1 or not before.text.endswith(":"):
            return None
        cues = sorted(self.cues_between(before.start, before.end), key=lambda c: c.start)
        return cues[-1] if cues else None

    def _has_own_clause(self, cue: Cue, lo: int, hi: int) -> bool:
        """Does the cue introduce words of its own ("The minister said the count ...")?"""
        return any(
            c.dep_ in ("ccomp", "xcomp") and lo <= c.idx < hi and c.idx > cue.start
            for c in self.doc[cue.token].children
        )


def _subject_of(verb: Token) -> Token | None:
    node, steps = verb, 0
    while steps < 4:
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                return node.head  # "the minister, who said ..."
            return subject
        if node.dep_ not in _BORROWS_SUBJECT or node.head.i == node.i:
            return None
        node, steps = node.head, steps + 1
    return None


def _speaker_candidates(subject: Token) -> Iterator[Token]:
    """Tokens of the subject phrase that may name the speaker, most telling first."""
    yield subject
    children = list(subject.children)
    yield from (c for c in children if c.dep_ in _NAME_PARTS)
    for c in children:
        if c.dep_ == "appos":
            yield c
            yield from (g for g in c.children if g.dep_ in _NAME_PARTS and c.pos_ == "PROPN")
    yield from (c for c in children if c.dep_ == "poss")
    for c in children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (g for g in obj.children if g.dep_ in _NAME_PARTS)
