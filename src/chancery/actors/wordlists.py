"""One-word-a-line data files of the actor stage (validated on load, file:line errors).

These lists are read by the recognition rules, not by the knowledge-base loader, so they
are plain text: an optional comment block (`#`), the header `word`, then one lower-case
word per line.
"""

from __future__ import annotations

import functools
from pathlib import Path

from chancery.errors import DataFileError

__all__ = ["DATA_DIR", "read_word_list"]

DATA_DIR = Path(__file__).with_name("data")


@functools.lru_cache(maxsize=16)
def read_word_list(path: Path) -> frozenset[str]:
    """The words of `path`; errors name the file (relative to actors/ when packaged) and line."""
    label = f"actors/data/{path.name}" if path.parent == DATA_DIR else str(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{label}:1", f"cannot read: {exc}") from exc
    words: set[str] = set()
    header_seen = False
    for n, line in enumerate(lines, start=1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        where = f"{label}:{n}"
        if not header_seen:
            if word != "word":
                raise DataFileError(where, "header must be 'word'")
            header_seen = True
            continue
        if " " in word or "," in word or word != word.lower():
            raise DataFileError(where, f"expected one lower-case word, not {word!r}")
        if word in words:
            raise DataFileError(where, f"duplicate word {word!r}")
        words.add(word)
    if not header_seen:
        raise DataFileError(f"{label}:1", "empty file: no header")
    return frozenset(words)
