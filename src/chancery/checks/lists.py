"""`count_mismatch`: a sentence announces how many items it lists, then lists another number.

Announcements read:

- "N <nouns>: A, B and C" (also with a parenthesis or a dash before the list);
- "the N <nouns> are A, B and C";
- "the other K (<nouns>) are A, B and C", with "one of (the) N <nouns>" earlier in the
  sentence when present: the one plus the K others must make N, and K must be the
  length of the list. "One of five ... the other four are A, B, C, D" is consistent.

A list counts only when it is complete: its items are short noun phrases, the last one
joined by "and"/"or" or closed by a parenthesis or the sentence end. Lists marked as
partial ("including", "such as", "among others") are never counted.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from chancery.checks.base import CheckContext
from chancery.checks.numbers import parse_count
from chancery.model import Check

__all__ = ["count_mismatch", "read_list"]

_PARTIAL = frozenset(
    {
        "including",
        "include",
        "includes",
        "among",
        "such",
        "etc",
        "etc.",
        "others",
        "notably",
        "like",
    }
)
_HARD_STOPS = frozenset({")", "]", ";", ":", "—", "–", ".", "!", "?"})
_LIST_OPENERS = frozenset({":", "(", "—", "–"})
_OTHER = frozenset({"other", "remaining"})
_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "our", "his", "her"})
_MAX_ITEM_TOKENS = 6
_MAX_VERB_PHRASE = 4


def read_list(tokens: Sequence[Token]) -> list[str] | None:
    """The items of a complete list at the start of `tokens`, or None if there is none."""
    segments: list[list[Token]] = [[]]
    hard_end = True
    for tok in tokens:
        if tok.lower_ in _PARTIAL:
            return None
        if tok.text in _HARD_STOPS:
            break
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("WDT", "WP"):
            hard_end = False
            break
        if tok.text == ",":
            segments.append([])
            continue
        segments[-1].append(tok)
    if len(segments) > 1 and not segments[-1]:
        segments.pop()  # the closing comma of "three countries, A, B and C, voted"
    last = segments[-1]
    joins = [i for i, t in enumerate(last) if t.lower_ in ("and", "or")]
    if joins:
        k = joins[0]
        segments[-1:] = [part for part in (last[:k], last[k + 1 :]) if part]
    if len(segments) < 2 or not (joins or hard_end):
        return None
    items = []
    for item in segments:
        if not item or len(item) > _MAX_ITEM_TOKENS:
            return None
        if not any(t.pos_ in ("PROPN", "NOUN") for t in item):
            return None
        items.append(item[0].doc[item[0].i : item[-1].i + 1].text)
    return items


def _count_at(tok: Token) -> int | None:
    n = parse_count(tok.text)
    return n if n is not None and 2 <= n <= 50 else None


def _after_nouns(sent: Span, i: int) -> int | None:
    """Index just past the adjectives and plural noun that follow position i, if any."""
    j = i + 1
    while j < sent.end and sent.doc[j].pos_ == "ADJ":
        j += 1
    if j < sent.end and sent.doc[j].tag_ in ("NNS", "NNPS"):
        return j + 1
    return None


def _list_opener(sent: Span, j: int) -> int | None:
    """Index of the mark opening a list right after the nouns, or after a short verb phrase
    ending in a colon ("three states walked out: A, B and C")."""
    doc = sent.doc
    if doc[j].text in _LIST_OPENERS:
        return j
    for k in range(j, min(j + _MAX_VERB_PHRASE, sent.end)):
        if doc[k].text == ":":
            return k
        if doc[k].is_punct or doc[k].like_num:
            return None
    return None


def _partitive(sent: Span, i: int) -> Token | None:
    """The head of "<head> of (the) N <nouns>" when the number at i is its N."""
    doc = sent.doc
    k = i - 1
    if k > sent.start and doc[k].lower_ in _DETERMINERS:
        k -= 1
    if k > sent.start and doc[k].lower_ == "of":
        return doc[k - 1]
    return None


def _one_of(sent: Span, before: int) -> int | None:
    """N of "one of (the) N" earlier in the sentence than token `before`."""
    doc = sent.doc
    for i in range(sent.start, before - 2):
        if doc[i].lower_ == "one" and doc[i + 1].lower_ == "of":
            j = i + 2
            if doc[j].lower_ in _DETERMINERS:
                j += 1
            if j < before and (n := _count_at(doc[j])) is not None:
                return n
    return None


def _describe(items: list[str]) -> str:
    return ", ".join(items)


def _list_reach(ctx: CheckContext, index: int, end: int) -> int:
    """Where a list announced in this sentence may end: the parser splits "Four districts
    were hit: A, B and C." at the colon, so a list may run into the next sentence."""
    sentences = ctx.sentences
    this = sentences[index]
    if not this.text.endswith(":") or index + 1 >= len(sentences):
        return end
    following = sentences[index + 1]
    if following.paragraph != this.paragraph:
        return end
    span = ctx.tokens(following)
    return span.end if span is not None else end


def _check_sentence(ctx: CheckContext, index: int) -> list[Check]:
    sent = ctx.tokens(ctx.sentences[index])
    if sent is None:
        return []
    doc = sent.doc
    reach = _list_reach(ctx, index, sent.end)
    out: list[Check] = []
    for i in range(sent.start, sent.end):
        n = _count_at(doc[i])
        if n is None:
            continue
        prev = doc[i - 1].lower_ if i > sent.start else ""
        if prev in _OTHER:
            j = _after_nouns(sent, i) or i + 1
            if j < sent.end and (doc[j].lemma_ == "be" or doc[j].text == ":"):
                items = read_list(doc[j + 1 : reach])
                if items is None:
                    continue
                whole = _one_of(sent, i)
                phrase = f"the {prev} {doc[i].text}"
                if len(items) != n:
                    out.append(
                        Check(
                            "count_mismatch",
                            index,
                            f"says '{phrase}' but lists {len(items)}: {_describe(items)}",
                            claimed=n,
                            listed=len(items),
                        )
                    )
                elif whole is not None and whole != n + 1:
                    out.append(
                        Check(
                            "count_mismatch",
                            index,
                            f"says one of {whole}, but that one and the {len(items)} others "
                            f"listed ({_describe(items)}) make {len(items) + 1}",
                            claimed=whole,
                            listed=len(items) + 1,
                        )
                    )
            continue
        part = _partitive(sent, i)
        if part is not None and part.lower_ != "one":
            continue  # "two of the six reactors (A and B)" lists the two, not the six
        # "one of five countries: A, B, C, D (and E)": the list may or may not hold the one.
        fits = {n, n - 1} if part is not None else {n}
        after = _after_nouns(sent, i)
        if after is None or after >= reach:
            continue
        if prev in _DETERMINERS and doc[after].lemma_ == "be":
            start = after + 1
        elif (colon := _list_opener(sent, after)) is not None:
            start = colon + 1
        else:
            continue
        items = read_list(doc[start:reach])
        if items is not None and len(items) not in fits:
            out.append(
                Check(
                    "count_mismatch",
                    index,
                    f"says '{doc[i:after].text}' but lists {len(items)}: {_describe(items)}",
                    claimed=n,
                    listed=len(items),
                )
            )
    return out


def count_mismatch(ctx: CheckContext) -> list[Check]:
    """Sentences whose announced count differs from the items they list."""
    return [c for i in range(len(ctx.sentences)) for c in _check_sentence(ctx, i)]
