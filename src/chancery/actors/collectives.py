"""Phrases that name two actors at once ("the two countries", "both sides", "both Koreas";
actors/data/collectives.csv): one mention for each actor, over the same words. "Leaders of
both countries" is one group per member country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chancery.actors.kb import Collective
from chancery.actors.ref import Ref, unnamed_office
from chancery.actors.roles import DocIndex, group_name
from chancery.nlp import text_of

__all__ = ["collective_refs"]


def collective_refs(index: DocIndex, refs: list[Ref]) -> list[Ref]:
    """ "the two countries" -> the two latest distinct states named before it; "both Koreas"
    -> North and South Korea. Fewer than two candidates: the phrase is left alone. An
    unnamed office read inside the phrase ("the two *leaders*") gives way to it."""
    out: list[Ref] = []
    replaced: set[int] = set()
    for collective in index.kb.collectives:
        words = r"\s+".join(re.escape(w) for w in collective.phrase.split())
        for m in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text_of(index.doc), re.IGNORECASE):
            inside = [r for r in refs if r.start < m.end() and m.start() < r.end]
            owner = _role_of(index, inside, m.start(), m.end())
            if owner is None and any(
                not _generic(r) or r.start < m.start() or r.end > m.end() for r in inside
            ):
                continue
            if collective.members:
                found = _fixed_members(index, collective)
            else:
                found = _latest_distinct(refs, collective.kind, m.start())
            if len(found) < 2:
                continue
            basis = f"rule:two-actor reference ({collective.basis})"
            if owner is not None:
                out += _one_group_each(index, owner, found, basis)
            else:
                for src in found:
                    out.append(replace(src, start=m.start(), end=m.end(), basis=basis))
            replaced |= {id(r) for r in inside}
    return [r for r in refs if id(r) not in replaced] + out


def _role_of(index: DocIndex, inside: list[Ref], start: int, end: int) -> Ref | None:
    """ "leaders of both countries", "ministers of the two governments": an unnamed group
    whose "of" phrase is the collective (and nothing else overlaps it)."""
    outer = [r for r in inside if r.start < start and r.end >= end]
    if len(outer) != 1 or not _generic(outer[0]) or outer[0].sector is None:
        return None
    if any(r is not outer[0] and not (start <= r.start and r.end <= end) for r in inside):
        return None
    between = text_of(index.doc)[outer[0].start : start]
    return outer[0] if re.search(r"\sof\s+$", between) else None


def _one_group_each(index: DocIndex, owner: Ref, found: list[Ref], basis: str) -> list[Ref]:
    """The group belongs to both: one group per member country over the same words (the
    leaders of India and Mauritius are India's and Mauritius's governments). A member
    without a country gives nothing; two members of one country give one group."""
    out: list[Ref] = []
    seen: set[str] = set()
    for src in found:
        country = src.country
        if not country or country in seen:
            continue
        seen.add(country)
        out.append(
            replace(
                owner,
                key=f"group:{country}:{owner.sector}",
                name=group_name(index.kb, country, owner.sector),
                country=country,
                basis=basis,
            )
        )
    return out


def _generic(ref: Ref) -> bool:
    """A role word read as an actor of its own ("leaders", "the two *leaders*")."""
    return unnamed_office(ref) or (ref.entry is None and ref.key.startswith("group:"))


def _fixed_members(index: DocIndex, collective: Collective) -> list[Ref]:
    out = []
    for code in collective.members:
        entry = index.kb.state(code)
        if entry is not None:
            out.append(Ref(entry.key, entry.name, "state", code, None, "", 0, 0, entry=entry))
    return out


_ANY_KINDS = ("state", "organization", "group")


def _latest_distinct(refs: list[Ref], kind: str, before: int, wanted: int = 2) -> list[Ref]:
    """The most recent actors of `kind` before an offset, one per country (per actor for
    people and organisations, which share a country without being the same side)."""
    found: list[Ref] = []
    seen: set[str] = set()
    for ref in sorted((r for r in refs if r.start < before), key=lambda r: -r.start):
        if kind == "any":
            if ref.kind not in _ANY_KINDS:
                continue
        elif ref.kind != kind:
            continue
        if kind == "state" and not ref.country:
            continue
        identity = ref.key if ref.kind in ("person", "organization") else ref.country or ref.key
        if identity in seen:
            continue
        seen.add(identity)
        found.append(ref)
        if len(found) == wanted:
            break
    return found
