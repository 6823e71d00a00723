"""Shared helpers of the actor tests (imported by the test modules of this folder)."""

from __future__ import annotations

from collections.abc import Callable

from chancery.model import Actor, CleanedText, Paragraph

ActorsOf = Callable[..., list[Actor]]


def actor_with(actors: list[Actor], mention: str) -> Actor | None:
    """The actor one of whose mentions reads `mention` (the longest such mention wins)."""
    best: tuple[int, Actor] | None = None
    for a in actors:
        for m in a.mentions:
            if m.text == mention and (best is None or len(m.text) > best[0]):
                best = (len(m.text), a)
    return best[1] if best else None


def cleaned(text: str) -> CleanedText:
    """A CleanedText for text whose paragraphs are already joined by blank lines."""
    paragraphs, pos = [], 0
    for n, para in enumerate(text.split("\n\n")):
        paragraphs.append(Paragraph(n, pos, pos + len(para)))
        pos += len(para) + 2
    return CleanedText(text=text, paragraphs=paragraphs, paragraphs_in=len(paragraphs))
