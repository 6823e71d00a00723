"""Cleaning: raw article text -> the `CleanedText` every later offset points into.

Steps, each a pure function:

1. characters: CRLF and other line separators become "\\n", tabs, NBSP and other spaces
   become " ", zero-width and control characters go, then Unicode NFC;
2. paragraphs: text without blank lines has one paragraph per line; text with blank lines
   has one paragraph per block, where the lines of a hard-wrapped block are joined (see
   `_split_block`);
3. boilerplate: lines matching a pattern of `data/boilerplate.txt` are dropped;
4. repeats: paragraphs repeated word for word or nearly are dropped (see `dedupe`).

Kept paragraphs are joined with a blank line ("\\n\\n"). Cleaning its own output gives the
same text back.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from chancery.ingest.boilerplate import BoilerplatePatterns, load_boilerplate
from chancery.ingest.dedupe import find_repeats
from chancery.model import CleanedText, DuplicateParagraph, Paragraph

__all__ = [
    "PARAGRAPH_SEPARATOR",
    "RawParagraph",
    "clean_article",
    "normalise_characters",
    "split_paragraphs",
]

log = logging.getLogger(__name__)

PARAGRAPH_SEPARATOR = "\n\n"

# Hard-wrapped text is wrapped at a width in this range (72 and 80 are the usual ones);
# a block with longer or only much shorter lines has one paragraph per line.
_WRAP_MIN_WIDTH = 50
_WRAP_MAX_WIDTH = 100

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[^\S\n]+")


def normalise_characters(raw: str) -> str:
    """Line breaks to "\\n", other spaces to " ", invisible characters removed, then NFC.

    Unicode's "other" categories go: controls, format characters (zero-width space, BOM,
    soft hyphen, direction marks), private-use and unassigned code points, and lone
    surrogates (which could not even be encoded to hash the text).
    """
    text = _LINE_BREAKS.sub("\n", raw)
    text = "".join(
        ch if ch in "\n " or unicodedata.category(ch)[0] != "C" else (" " if ch.isspace() else "")
        for ch in text
    )
    text = _SPACES.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _blocks(text: str) -> Iterator[list[str]]:
    """Runs of non-empty lines separated by blank lines, each line stripped."""
    block: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip(" ")
        if stripped:
            block.append(stripped)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _join_wrapped(lines: list[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        # A line broken after a hyphen keeps the hyphen and takes no space ("U.S.-" + "led").
        joined += line if joined.endswith("-") else " " + line
    return joined


def _split_block(lines: list[str]) -> list[str]:
    """The paragraphs of one blank-line-separated block.

    Lines longer than any wrap width, or all short, mean one paragraph per line. Otherwise
    the block may be hard-wrapped: a line break inside a paragraph only happens because
    the next word did not fit in the width, so a break where the next word would have
    fitted ends a paragraph.
    """
    if len(lines) == 1:
        return lines
    width = max(len(line) for line in lines)
    if not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return list(lines)
    paragraphs: list[list[str]] = [[lines[0]]]
    for previous, line in pairwise(lines):
        first_word = line.split(" ", 1)[0]
        if len(previous) + 1 + len(first_word) <= width:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return [_join_wrapped(p) for p in paragraphs]


@dataclass(frozen=True, slots=True)
class RawParagraph:
    """A paragraph as found in the input, before boilerplate and repeats are dropped."""

    text: str
    boilerplate: bool = False


def split_paragraphs(
    text: str, boilerplate: BoilerplatePatterns | None = None
) -> list[RawParagraph]:
    """The paragraphs of character-normalised text, in input order, boilerplate marked.

    A boilerplate line is a paragraph of its own and breaks the lines around it; it is
    recognised before hard-wrapped lines are joined, and a joined paragraph is checked
    once more as a whole.
    """
    patterns = boilerplate if boilerplate is not None else load_boilerplate()
    blocks = list(_blocks(text))
    has_blank_lines = len(blocks) > 1
    found: list[RawParagraph] = []
    for block in blocks:
        run: list[str] = []
        for line in [*block, None]:
            if line is not None and line not in patterns:
                run.append(line)
                continue
            if run:
                for paragraph in _split_block(run) if has_blank_lines else run:
                    found.append(RawParagraph(paragraph, paragraph in patterns))
                run = []
            if line is not None:
                found.append(RawParagraph(line, boilerplate=True))
    return found


def clean_article(raw: str, *, boilerplate: BoilerplatePatterns | None = None) -> CleanedText:
    """Normalise, split into paragraphs, drop boilerplate and repeated paragraphs."""
    found = split_paragraphs(normalise_characters(raw), boilerplate)
    # People count paragraphs from 1, boilerplate lines included.
    content = [(number, p.text) for number, p in enumerate(found, start=1) if not p.boilerplate]
    repeats = find_repeats([text for _, text in content])
    kept: list[str] = []
    spans: list[Paragraph] = []
    position = 0
    for i, (_, paragraph) in enumerate(content):
        if i in repeats:
            continue
        if kept:
            position += len(PARAGRAPH_SEPARATOR)
        spans.append(Paragraph(len(spans), position, position + len(paragraph)))
        kept.append(paragraph)
        position += len(paragraph)
    duplicates = [
        DuplicateParagraph(paragraph=content[i][0], same_as=content[j][0])
        for i, j in sorted(repeats.items())
    ]
    boilerplate_removed = len(found) - len(content)
    if duplicates or boilerplate_removed:
        log.debug(
            "dropped %d repeated paragraph(s) and %d boilerplate line(s)",
            len(duplicates),
            boilerplate_removed,
        )
    return CleanedText(
        text=PARAGRAPH_SEPARATOR.join(kept),
        paragraphs=spans,
        paragraphs_in=len(found),
        duplicates_removed=duplicates,
        boilerplate_removed=boilerplate_removed,
    )
