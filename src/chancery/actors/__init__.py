"""STUB owned by the actors helper: replace wholesale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chancery.model import Actor, Sentence


class KnowledgeBase:
    pass


def load_knowledge_base(extra_files: Sequence[Path] = ()) -> KnowledgeBase:
    return KnowledgeBase()


def find_actors(
    doc: Any, sentences: list[Sentence], *, published: dt.date | None, kb: KnowledgeBase
) -> list[Actor]:
    return []
