"""Initials before a family name: "WB Yeats", "TS Eliot", "JRR Tolkien".

The model often reads two or three capitals glued before a surname as an organisation
("WB" alone, or "TS Eliot" as one ORG). Written so, the capitals are a person's initials
when they are no abbreviation the knowledge base knows and the one capitalised word after
them is no organisation word ("the SDF Command"), role word or known name ("DR Congo").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from chancery.actors.kb import KnowledgeBase

if TYPE_CHECKING:  # recognize.py calls this module
    from chancery.actors.recognize import Candidate

__all__ = ["initials_person"]

_INITIALS = re.compile(r"^[A-Z]{2,3}$")


def initials_person(
    doc: Doc, cand: Candidate, known: set[int], role_tokens: set[int], kb: KnowledgeBase
) -> Candidate | None:
    """The person "INITIALS Surname" a model entity of one or two tokens really names.

    `known` holds the token indices under knowledge-base matches (abbreviations, places).
    """
    if cand.label not in ("ORG", "PERSON") or cand.t_end - cand.t_start not in (1, 2):
        return None
    first = cand.t_start
    surname = first + 1
    if surname >= len(doc) or not _INITIALS.match(doc[first].text) or first in known:
        return None
    if doc[first].whitespace_ == "":
        return None  # "TS-Eliot", "WB's": not two words
    word = doc[surname]
    if not (word.is_title and word.is_alpha and word.pos_ == "PROPN" and word.tag_ != "NNPS"):
        return None
    if word.lower_ in kb.organisation_words or surname in role_tokens or surname in known:
        return None
    after = doc[surname + 1] if surname + 1 < len(doc) else None
    if after is not None and after.is_title and after.pos_ == "PROPN":
        return None  # "TS Eliot Prize": the name goes on and names something else
    end = word.idx + len(word.text)
    return replace(cand, start=doc[first].idx, end=end, t_end=surname + 1, label="PERSON")
