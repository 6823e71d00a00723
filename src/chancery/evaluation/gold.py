"""Reading gold sets: hand-annotated articles (`chancery-gold/1`) and PLOVER gold-standard
records (a JSON array of one-sentence items, as in the PLOVER GSR).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chancery.errors import InputError

__all__ = [
    "GoldDocument",
    "GoldSet",
    "PloverItem",
    "load_gold",
    "normalise_country",
    "normalise_plover",
]

# PLOVER 0.5 labels of the gold-standard records and their current (2021+) names.
OLD_PLOVER_LABELS = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# Legacy CAMEO country codes that differ from ISO 3166-1 alpha-3.
LEGACY_COUNTRY_CODES = {"JAP": "JPN", "UKG": "GBR", "GMY": "DEU", "ROM": "ROU", "SWZ": "CHE"}


def normalise_plover(label: str) -> str:
    label = label.strip().upper()
    return OLD_PLOVER_LABELS.get(label, label)


def normalise_country(code: str | None) -> str | None:
    """The country part of an actor code: three letters, IGO for any organisation code."""
    if not code:
        return None
    code = code.strip().upper()
    if code.startswith("IGO") or code in ("UNO",):
        return "IGO"
    code = code[:3]
    return LEGACY_COUNTRY_CODES.get(code, code)


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One hand-annotated article."""

    path: Path
    text: str
    published: dt.date | None
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PloverItem:
    """One gold-standard sentence with its event and the countries of its parties."""

    id: str
    text: str
    event: str
    sources: frozenset[str]
    targets: frozenset[str]
    published: dt.date | None


@dataclass(slots=True)
class GoldSet:
    """A gold file: either articles or PLOVER sentences. `name` keys its baseline floors."""

    path: Path
    name: str
    kind: str  # "document" | "plover"
    documents: list[GoldDocument] = field(default_factory=list)
    items: list[PloverItem] = field(default_factory=list)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(where, f"date {value!r} is not YYYY-MM-DD") from None


def _codes(parties: Any) -> frozenset[str]:
    if not parties:
        return frozenset()
    if isinstance(parties, dict):
        parties = [parties]
    out = set()
    for party in parties:
        code = party.get("code") if isinstance(party, dict) else str(party)
        country = normalise_country(code)
        if country:
            out.add(country)
    return frozenset(out)


def load_gold(path: Path) -> GoldSet:
    """Read a gold file; InputError naming the file when it is neither known format."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(where, f"cannot read gold file: {exc.strerror}") from None
    except ValueError as exc:
        raise InputError(where, f"not JSON: {exc}") from None
    if isinstance(data, dict) and data.get("format") == "chancery-gold/1":
        doc = data.get("document") or {}
        text_file = doc.get("text_file")
        if not text_file:
            raise InputError(where, "document.text_file is missing")
        text_path = path.parent / text_file
        try:
            text = text_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(
                str(text_path), f"cannot read the gold's text: {exc.strerror}"
            ) from None
        gold = GoldDocument(path, text, _date(doc.get("published"), where), data)
        return GoldSet(path, path.stem, "document", documents=[gold])
    if isinstance(data, list):
        items = []
        for number, item in enumerate(data, start=1):
            if not isinstance(item, dict) or "event" not in item:
                raise InputError(f"{where}[{number}]", "a PLOVER record needs an 'event'")
            if item["event"] == "DOCUMENT" or not item.get("text"):
                continue
            items.append(
                PloverItem(
                    id=str(item.get("id", number)),
                    text=str(item["text"]).strip(),
                    event=normalise_plover(str(item["event"])),
                    sources=_codes(item.get("source")),
                    targets=_codes(item.get("target")),
                    published=_date(item.get("date"), f"{where}[{number}]"),
                )
            )
        return GoldSet(path, path.stem, "plover", items=items)
    raise InputError(where, "neither a chancery-gold/1 file nor a PLOVER record list")
