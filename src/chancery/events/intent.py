"""Stated future actions become statements of intent, threats or refusals, as CAMEO
codes them.

"The rebels said they will release the hostages" is not a release (nothing was released)
but an expressed intent to release (0353); "will attack" is a threat (138); "will not
release" a refusal (1243); "will withdraw its troops unless ..." a threat (136). The
tables live in `data/intent.csv`, `data/refusal.csv` and `data/conditional_threat.csv`;
the event keeps its modality flags, so it still reads as future.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from chancery.errors import DataFileError
from chancery.events.ontology import Ontology
from chancery.model import Modality

INTENT_FILE = Path(__file__).parent / "data" / "intent.csv"
REFUSAL_FILE = Path(__file__).parent / "data" / "refusal.csv"
THREAT_FILE = Path(__file__).parent / "data" / "conditional_threat.csv"
# Which CAMEO roots each table may map to, and the name of its second column.
_TABLES = {"intent_code": ("03", "13"), "refusal_code": ("12",), "threat_code": ("13",)}


@functools.lru_cache(maxsize=8)
def load_intent_table(path: Path = INTENT_FILE) -> dict[str, tuple[str, str]]:
    """action prefix -> (new code, "file:line"), every code checked against the ontology.

    The header's second column says which table this is: `intent_code` (03x intents and
    13x threats), `refusal_code` (12x rejections) or `threat_code` (13x threats)."""
    from chancery.events.ontology import load_ontology

    ontology = load_ontology()
    table: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(n, line) for n, line in enumerate(fh, start=1)]
    header_seen = False
    for number, line in rows:
        where = f"{path.name}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line]))
        if not header_seen:
            if len(cells) != 2 or cells[0] != "action_prefix" or cells[1] not in _TABLES:
                raise DataFileError(
                    where,
                    "header must be 'action_prefix,' + one of " + ", ".join(_TABLES),
                )
            roots = _TABLES[cells[1]]
            header_seen = True
            continue
        if len(cells) != 2:
            raise DataFileError(where, f"expected 2 cells, found {len(cells)}: {line.strip()!r}")
        prefix, code = (c.strip() for c in cells)
        if not prefix.isdigit() or prefix not in ontology:
            raise DataFileError(where, f"{prefix!r} is not a CAMEO code")
        if code not in ontology or not code.startswith(roots):
            raise DataFileError(
                where, f"{code!r} is not a CAMEO code under {' or '.join(roots)} for this table"
            )
        if prefix in table:
            raise DataFileError(where, f"{prefix!r} is listed twice")
        table[prefix] = (code, where)
    return table


def intent_code(cameo: str, modality: Modality, ontology: Ontology) -> tuple[str, str] | None:
    """(new code, provenance) for a future or conditional action (ruled out or not), else None."""
    if modality.attempted or not (modality.future or modality.hypothetical):
        return None
    table = load_intent_table(REFUSAL_FILE if modality.negated else INTENT_FILE)
    for length in range(len(cameo), 1, -1):
        hit = table.get(cameo[:length])
        if hit and hit[0] in ontology:
            return hit
    return None


def _longest_prefix(table: dict[str, tuple[str, str]], cameo: str) -> tuple[str, str] | None:
    for length in range(len(cameo), 1, -1):
        hit = table.get(cameo[:length])
        if hit:
            return hit
    return None


def stated_code(cameo: str, modality: Modality, ontology: Ontology) -> str:
    """The code an action will carry once coded: its intent/refusal code, else itself."""
    hit = intent_code(cameo, modality, ontology)
    return hit[0] if hit else cameo


def conditional_threat_code(cameo: str) -> tuple[str, str] | None:
    """(threat code, provenance) for an action stated with an "unless" condition whose
    stated code is not a threat already, else None."""
    return _longest_prefix(load_intent_table(THREAT_FILE), cameo)
