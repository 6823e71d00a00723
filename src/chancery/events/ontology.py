"""The CAMEO event ontology: codes, labels, Goldstein scores and their PLOVER equivalents.

Three packaged tables feed it (see data/ATTRIBUTION.md):

- `cameo_codes.csv`: code, label, root, quad class, Goldstein (GDELT and ICEWS scales);
- `cameo_to_plover.txt`: the Open Event Data Alliance's CAMEO -> PLOVER map (CC BY-SA 4.0);
- `plover_supplement.txt`: Chancery's own PLOVER lines for roots 01 and 02.

A code without a PLOVER line inherits the mapping of its nearest parent (0431 -> 043 -> 04).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from chancery.errors import DataFileError
from chancery.events.tables import numbered_lines, table_rows

logger = logging.getLogger(__name__)

__all__ = ["CameoCode", "Ontology", "load_ontology", "parent_code"]

GoldsteinScale = Literal["gdelt", "icews"]

_CODES_FILE = "cameo_codes.csv"
_PLOVER_FILES = ("cameo_to_plover.txt", "plover_supplement.txt")
_CODES_HEADER = ("code", "label", "root", "quad_class", "goldstein_gdelt", "goldstein_icews")
_CODE_RE = re.compile(r"\d{2,4}")
_PLOVER_EVENT_RE = re.compile(r"[A-Z][A-Z_]*")
_PLOVER_TERM_RE = re.compile(r"[a-z][a-z_-]*")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its scores and its PLOVER equivalent."""

    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float
    plover_event: str
    plover_mode: str | None
    plover_context: tuple[str, ...]


class Ontology:
    """The CAMEO codes Chancery knows, looked up by code ("043")."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = dict(codes)

    def get(self, code: str) -> CameoCode:
        """The entry of `code`; KeyError if CAMEO has no such code."""
        return self._codes[code]

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        """Every code, roots ("04") included, in table order."""
        return list(self._codes)


def parent_code(code: str) -> str | None:
    """The code one level up ("0431" -> "043" -> "04"); None for a root."""
    if len(code) <= 2:
        return None
    return code[:-1] if len(code) == 4 else code[:2]


@dataclass(frozen=True, slots=True)
class _CodeRow:
    code: str
    label: str
    root: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class _PloverRow:
    event: str
    mode: str | None
    context: tuple[str, ...]


def _data_path(name: str) -> Path:
    return Path(str(resources.files("chancery.events") / "data" / name))


def _sentence_case(label: str) -> str:
    # Root rows are written in capitals ("MAKE PUBLIC STATEMENT") and a few lower-level
    # rows start in lower case ("find guilty..."); lower-level rows keep their acronyms.
    if label.isupper():
        label = label.lower()
    return label[:1].upper() + label[1:]


def _parse_goldstein(text: str, where: str, column: str) -> float | None:
    if not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        raise DataFileError(where, f"{column} {text!r} is not a number") from None
    if not -10.0 <= value <= 10.0:
        raise DataFileError(where, f"{column} {value} is outside -10..10")
    return value


def _read_codes(path: Path, scale: GoldsteinScale) -> dict[str, _CodeRow]:
    rows: dict[str, _CodeRow] = {}
    for where, fields in table_rows(path, _CODES_HEADER):
        code, label, root, quad_text, gdelt_text, icews_text = fields
        if not _CODE_RE.fullmatch(code):
            raise DataFileError(where, f"code {code!r} is not 2-4 digits")
        if code in rows:
            raise DataFileError(where, f"code {code} is listed twice")
        if root != code[:2]:
            raise DataFileError(where, f"root {root!r} does not match code {code}")
        parent = parent_code(code)
        if parent is not None and parent not in rows:
            raise DataFileError(where, f"code {code} comes before its parent {parent}")
        if not label:
            raise DataFileError(where, f"code {code} has no label")
        if quad_text not in {"1", "2", "3", "4"}:
            raise DataFileError(where, f"quad_class {quad_text!r} is not 1-4")
        gdelt = _parse_goldstein(gdelt_text, where, "goldstein_gdelt")
        icews = _parse_goldstein(icews_text, where, "goldstein_icews")
        chosen, other = (gdelt, icews) if scale == "gdelt" else (icews, gdelt)
        if chosen is None:
            # GDELT's lookup misses a code or two (1213); the other scale agrees elsewhere.
            if other is None:
                raise DataFileError(where, f"code {code} has no Goldstein score")
            logger.debug("%s: no %s Goldstein for %s, using the other scale", where, scale, code)
            chosen = other
        rows[code] = _CodeRow(code, _sentence_case(label), root, int(quad_text), chosen)
    return rows


def _split_terms(text: str, where: str, what: str) -> tuple[str, ...]:
    terms = tuple(t.strip() for t in text.split(";") if t.strip())
    for term in terms:
        if not _PLOVER_TERM_RE.fullmatch(term):
            raise DataFileError(where, f"PLOVER {what} {term!r} is not a lower-case name")
    return terms


def _read_plover(path: Path, known: dict[str, _CodeRow]) -> dict[str, _PloverRow]:
    """Lines `code: EVENT, mode, context # comment`; context terms are `;`-separated."""
    rows: dict[str, _PloverRow] = {}
    for number, line in numbered_lines(path):
        where = f"{path.name}:{number}"
        body = line.split("#", 1)[0]
        code, sep, mapping = body.partition(":")
        code = code.strip()
        if not sep or not _CODE_RE.fullmatch(code):
            raise DataFileError(where, f"expected 'code: EVENT, mode, context', got {line!r}")
        if code not in known:
            # The PLOVER table maps a few codes the code table lacks (1214); a code whose
            # parent is unknown too is more likely a typo.
            parent = parent_code(code)
            if parent is None or parent not in known:
                raise DataFileError(where, f"code {code} is not in {_CODES_FILE}")
            logger.debug("%s: code %s is not in %s; line ignored", where, code, _CODES_FILE)
            continue
        if code in rows:
            raise DataFileError(where, f"code {code} is mapped twice")
        fields = mapping.split(",")
        if len(fields) > 3:
            raise DataFileError(where, f"more than three fields after the code: {line!r}")
        fields += [""] * (3 - len(fields))
        event = fields[0].strip()
        if not _PLOVER_EVENT_RE.fullmatch(event):
            raise DataFileError(where, f"PLOVER event {event!r} is not an upper-case name")
        modes = _split_terms(fields[1], where, "mode")
        if len(modes) > 1:
            raise DataFileError(where, f"more than one PLOVER mode: {fields[1].strip()!r}")
        context = _split_terms(fields[2], where, "context")
        rows[code] = _PloverRow(event, modes[0] if modes else None, context)
    return rows


def _resolve_plover(code: str, plover: dict[str, _PloverRow]) -> _PloverRow | None:
    current: str | None = code
    while current is not None:
        if current in plover:
            return plover[current]
        current = parent_code(current)
    return None


def build_ontology(
    codes_file: Path, plover_files: tuple[Path, ...], goldstein: GoldsteinScale = "gdelt"
) -> Ontology:
    """Read and cross-check the tables; DataFileError("file:line", ...) on any bad line."""
    if goldstein not in ("gdelt", "icews"):
        raise ValueError(f"goldstein must be 'gdelt' or 'icews', not {goldstein!r}")
    rows = _read_codes(codes_file, goldstein)
    plover: dict[str, _PloverRow] = {}
    for path in plover_files:
        for code, entry in _read_plover(path, rows).items():
            if code in plover:
                raise DataFileError(path.name, f"code {code} is already mapped by another file")
            plover[code] = entry
    entries: dict[str, CameoCode] = {}
    for code, row in rows.items():
        mapped = _resolve_plover(code, plover)
        if mapped is None:
            raise DataFileError(codes_file.name, f"code {code} has no PLOVER mapping, nor a parent")
        entries[code] = CameoCode(
            code=code,
            label=row.label,
            root=row.root,
            quad_class=row.quad_class,
            goldstein=row.goldstein,
            plover_event=mapped.event,
            plover_mode=mapped.mode,
            plover_context=mapped.context,
        )
    return Ontology(entries)


@lru_cache(maxsize=2)
def load_ontology(goldstein: GoldsteinScale = "gdelt") -> Ontology:
    """The packaged CAMEO ontology, Goldstein scores on the GDELT or the ICEWS scale."""
    return build_ontology(
        _data_path(_CODES_FILE), tuple(_data_path(name) for name in _PLOVER_FILES), goldstein
    )
