"""Boilerplate patterns: the lines around an article that are not part of it.

The patterns live in `data/boilerplate.txt` (one regular expression per line); users may
add files of their own. Each file is validated when loaded, and a bad pattern raises
`DataFileError("path:line", ...)`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from chancery.errors import DataFileError

__all__ = ["PACKAGED_BOILERPLATE", "BoilerplatePatterns", "load_boilerplate", "read_pattern_file"]

PACKAGED_BOILERPLATE = Path(__file__).with_name("data") / "boilerplate.txt"


@dataclass(frozen=True, slots=True)
class BoilerplatePatterns:
    """Compiled patterns with the `file:line` each came from (for explaining a drop)."""

    patterns: tuple[tuple[re.Pattern[str], str], ...]

    def match(self, line: str) -> str | None:
        """The `file:line` of the first pattern matching the whole line, or None."""
        for pattern, where in self.patterns:
            if pattern.fullmatch(line):
                return where
        return None

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and self.match(line) is not None


def read_pattern_file(path: Path) -> list[tuple[re.Pattern[str], str]]:
    """Compile every pattern of one file; raise DataFileError naming the bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}:0", f"cannot read the boilerplate file ({exc})") from exc
    compiled: list[tuple[re.Pattern[str], str]] = []
    for number, line in enumerate(lines, start=1):
        source = line.strip()
        if not source or source.startswith("#"):
            continue
        where = f"{path}:{number}"
        try:
            pattern = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise DataFileError(
                where, f"not a valid regular expression {source!r} ({exc})"
            ) from exc
        if pattern.fullmatch(""):
            raise DataFileError(
                where, f"pattern {source!r} matches an empty line; it is too broad to be safe"
            )
        compiled.append((pattern, where))
    return compiled


@functools.lru_cache(maxsize=8)
def _load(files: tuple[Path, ...]) -> BoilerplatePatterns:
    patterns: list[tuple[re.Pattern[str], str]] = []
    for path in files:
        patterns.extend(read_pattern_file(path))
    return BoilerplatePatterns(tuple(patterns))


def load_boilerplate(extra_files: Iterable[Path | str] = ()) -> BoilerplatePatterns:
    """The packaged patterns plus any extra files, loaded once per combination."""
    files = (PACKAGED_BOILERPLATE, *(Path(p) for p in extra_files))
    return _load(files)
