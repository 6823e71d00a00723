"""Find paragraphs an article repeats, word for word or nearly.

Scraped pages and syndicated copy often carry a paragraph (or a whole block) twice. A
paragraph is a repeat of an earlier *kept* one when their normalised texts are equal, or,
for paragraphs of at least `NEAR_MIN_WORDS` words, when their word sequences are at least
`NEAR_RATIO` similar (difflib's ratio: one changed word in ten still counts as a repeat).
Comparing only with kept paragraphs makes cleaning idempotent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

__all__ = ["NEAR_MIN_WORDS", "NEAR_RATIO", "find_repeats", "normalise_for_comparison"]

NEAR_MIN_WORDS = 8
NEAR_RATIO = 0.9

_WORD = re.compile(r"\w+")


def normalise_for_comparison(text: str) -> tuple[str, ...]:
    """Words only, case-folded and compatibility-normalised (quotes and dashes ignored)."""
    return tuple(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _near(words: tuple[str, ...], kept: _Kept) -> bool:
    a, b = words, kept.words
    if min(len(a), len(b)) < NEAR_MIN_WORDS:
        return False
    # Cheap upper bounds first: 2*min/(len a + len b), then the shared-word count.
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < NEAR_RATIO:
        return False
    kept.matcher.set_seq1(a)
    return kept.matcher.quick_ratio() >= NEAR_RATIO and kept.matcher.ratio() >= NEAR_RATIO


@dataclass(slots=True)
class _Kept:
    position: int
    words: tuple[str, ...]
    # The kept paragraph is the matcher's second sequence, whose index difflib builds once.
    matcher: SequenceMatcher[str]


def find_repeats(paragraphs: Sequence[str]) -> dict[int, int]:
    """Map the position of each repeated paragraph to the position of the kept one it repeats.

    Positions are 0-based indices into `paragraphs`. A paragraph without any word (say
    "* * *") is compared by its exact text.
    """
    repeats: dict[int, int] = {}
    exact: dict[tuple[str, ...] | str, int] = {}
    kept: list[_Kept] = []
    for position, paragraph in enumerate(paragraphs):
        words = normalise_for_comparison(paragraph)
        key: tuple[str, ...] | str = words if words else paragraph
        if key in exact:
            repeats[position] = exact[key]
            continue
        original = next((k.position for k in kept if _near(words, k)), None)
        if original is not None:
            repeats[position] = original
            continue
        exact[key] = position
        if len(words) >= NEAR_MIN_WORDS:
            kept.append(_Kept(position, words, SequenceMatcher(None, b=words, autojunk=False)))
    return repeats
