"""The lexicon of attribution cues ("said", "told", "according to"), a data file.

`data/cues.tsv` ships with the package; users may pass more files in the same format.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from chancery.errors import DataFileError

__all__ = ["CUES_FILE", "CueKind", "CueLexicon", "load_cues"]

CueKind = Literal["speech", "naming", "phrase"]
_KINDS: frozenset[str] = frozenset({"speech", "naming", "phrase"})
_LEMMA = re.compile(r"^[a-z]+(?: [a-z]+)*$")

CUES_FILE = Path(__file__).resolve().parent / "data" / "cues.tsv"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cue lemmas by kind. `phrases` are word sequences, e.g. ("according", "to")."""

    verbs: dict[str, CueKind]
    phrases: tuple[tuple[str, ...], ...]

    def kind_of(self, lemma: str) -> CueKind | None:
        return self.verbs.get(lemma.lower())


def _read(path: Path, verbs: dict[str, CueKind], phrases: list[tuple[str, ...]]) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}:0", f"cannot read the cue file ({exc.strerror})") from exc
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path}:{number}"
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 2:
            raise DataFileError(where, f"expected 'lemma<TAB>kind', got {raw!r}")
        lemma, kind = fields
        if not _LEMMA.match(lemma):
            raise DataFileError(where, f"a cue is lower-case words separated by spaces: {lemma!r}")
        if kind not in _KINDS:
            raise DataFileError(where, f"unknown cue kind {kind!r} (one of {sorted(_KINDS)})")
        if (kind == "phrase") != (" " in lemma):
            raise DataFileError(where, f"{lemma!r}: only a 'phrase' cue has several words")
        if kind == "phrase":
            words = tuple(lemma.split())
            if words in phrases:
                raise DataFileError(where, f"the cue {lemma!r} is listed twice")
            phrases.append(words)
            continue
        if lemma in verbs:
            raise DataFileError(where, f"the cue {lemma!r} is listed twice")
        verbs[lemma] = cast(CueKind, kind)


@functools.lru_cache(maxsize=8)
def load_cues(extra_files: tuple[Path, ...] = ()) -> CueLexicon:
    """The packaged cue lexicon plus any user files (same format), validated."""
    verbs: dict[str, CueKind] = {}
    phrases: list[tuple[str, ...]] = []
    for path in (CUES_FILE, *extra_files):
        _read(Path(path), verbs, phrases)
    return CueLexicon(verbs=verbs, phrases=tuple(phrases))
