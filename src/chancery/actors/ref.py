"""`Ref`: one mention and the actor it refers to, as the actor stage's modules pass it on."""

from __future__ import annotations

from dataclasses import dataclass

from chancery.actors.kb import Entry
from chancery.model import ActorKind

__all__ = ["Ref", "unnamed_office"]


@dataclass(slots=True)
class Ref:
    """One mention and the actor it refers to (actors are merged by `key`)."""

    key: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    basis: str
    start: int
    end: int
    org: str | None = None
    wikidata: str | None = None
    title: str | None = None  # the role word a person's title used ("president")
    gender: str | None = None
    entry: Entry | None = None


def unnamed_office(ref: Ref) -> bool:
    """An office named without a name (resolved or not to its holder by the knowledge base)."""
    return ref.key.startswith("role:") or ref.basis.startswith("rule:office holder")
