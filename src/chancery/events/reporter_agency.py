"""Whether the reporter of an agentless passive clause is its doer.

A reported clause whose verb is passive without a "by" agent names no doer: "at least
five people were killed, the lawmaker said" reports deaths, it does not make the
lawmaker a killer, nor "the journalist has been released, his lawyer said" the lawyer a
releaser. By CAMEO convention, though, an authority reporting an act of the kind it
performs reports its own operation: "the army said 33 militants were killed" is the
army's killing, "the ministry said 20 suspects were arrested" the ministry's arrests.

`data/reporter_agency.csv` lists, per CAMEO code prefix, the sectors whose reporters
stay the source (format in its header comment); it is checked when loaded with
`file:line` errors. A code no row covers keeps no reporter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from chancery.errors import DataFileError
from chancery.events.arguments import Argument, ArgumentResolver
from chancery.events.tables import table_rows

__all__ = ["ReporterAgency", "load_reporter_agency", "read_reporter_agency", "reporter_is_agent"]

_HEADER = ("cameo", "sectors", "example")
_SECTOR_RE = re.compile(r"[A-Z]{3}")
# A state itself, or an organ of it named without a role ("U.S. Central Command").
STATE = "STATE"
ANY = "*"


@dataclass(frozen=True, slots=True)
class ReporterAgency:
    """One row: reporters of one of `sectors` do the acts coded with `prefix`."""

    prefix: str
    sectors: frozenset[str]
    where: str


def read_reporter_agency(path: Path) -> tuple[ReporterAgency, ...]:
    """Parse a reporter-agency file; DataFileError("path:line", ...) on a bad row."""
    rows: list[ReporterAgency] = []
    seen: set[str] = set()
    for where, fields in table_rows(path, _HEADER):
        prefix, sectors, _example = fields
        if not prefix.isdigit() or not 2 <= len(prefix) <= 4:
            raise DataFileError(where, f"{prefix!r} is not a CAMEO code or prefix")
        if prefix in seen:
            raise DataFileError(where, f"{prefix!r} is listed twice")
        items = [s.strip() for s in sectors.split("|")] if sectors else []
        valid = all(_SECTOR_RE.fullmatch(s) or s in (STATE, ANY) for s in items)
        if not items or not valid:
            raise DataFileError(
                where, f"sectors {sectors!r} must be '|'-separated sector codes, STATE or *"
            )
        seen.add(prefix)
        rows.append(ReporterAgency(prefix, frozenset(items), where))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_reporter_agency() -> tuple[ReporterAgency, ...]:
    """The packaged reporter-agency table."""
    return read_reporter_agency(
        Path(str(resources.files("chancery.events") / "data" / "reporter_agency.csv"))
    )


def reporter_is_agent(cameo: str, reporters: list[Argument], resolver: ArgumentResolver) -> bool:
    """Whether the reporters of an agentless passive coded `cameo` did the act: some
    reporter has a sector the longest matching row lists (or is a state, for STATE)."""
    rows = [r for r in load_reporter_agency() if cameo.startswith(r.prefix)]
    if not rows:
        return False
    sectors = max(rows, key=lambda r: len(r.prefix)).sectors
    if ANY in sectors:
        return True
    for argument in reporters:
        party = argument.party
        if party.sector is not None:
            if party.sector in sectors:
                return True
            continue
        actor = resolver.actor(party.actor) if party.actor else None
        if STATE in sectors and actor is not None and actor.country and actor.kind != "person":
            return True
    return False
