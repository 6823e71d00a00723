"""STUB owned by the ingest helper: replace wholesale."""

from __future__ import annotations

from chancery.model import CleanedText, Paragraph


def clean_article(raw: str) -> CleanedText:
    paras = [p.strip() for p in raw.splitlines() if p.strip()]
    text, out, pos = "", [], 0
    for i, p in enumerate(paras):
        if i:
            text += "\n\n"
            pos += 2
        out.append(Paragraph(i, pos, pos + len(p)))
        text += p
        pos += len(p)
    return CleanedText(text=text, paragraphs=out, paragraphs_in=len(paras))
