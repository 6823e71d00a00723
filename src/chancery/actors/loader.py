"""Reading the knowledge base's data files, validated at load.

Every data file is a CSV whose header says what it holds (states, organizations, people,
sectors, roles, pairs, collectives, nonactors, and the recognition rules' word lists:
peoples, organisation words, thing words, thing name ends, context words - see
`chancery.actors.wordlists`); a user's own files (`--actors FILE`) use the same formats, are
recognised by their header and extend the packaged lists. Lines starting with "#" are
comments; line numbers in errors count every line of the file.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import functools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import cast

from chancery.actors.kb import (
    CODE_PATTERN,
    COLLECTIVE_KINDS,
    INTERNATIONAL,
    KINDS,
    Alias,
    AliasForm,
    Collective,
    Entry,
    KnowledgeBase,
    Pair,
    RoleLabel,
    RoleWord,
    Term,
    fold,
    normalize,
)
from chancery.actors.wordlists import WORD_LIST_HEADERS, WordLists
from chancery.errors import DataFileError
from chancery.model import ActorKind

__all__ = ["HEADERS", "load_knowledge_base"]

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

HEADERS: dict[str, tuple[str, ...]] = {
    "states": ("code", "name", "formal", "aliases", "abbreviations", "adjectives"),
    "organizations": ("name", "aliases", "abbreviations", "country", "sector", "org", "kind"),
    "people": ("name", "aliases", "country", "sector", "role", "start", "end"),
    "sectors": ("term", "sector", "kind", "use"),
    "roles": ("code", "label", "group"),
    "pairs": ("phrase", "country", "context"),
    "collectives": ("phrase", "kind", "members"),
    "nonactors": ("phrase",),
    **WORD_LIST_HEADERS,
}


# --------------------------------------------------------------------------- loading


def load_knowledge_base(extra_files: Sequence[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base extended by the user's files; loaded once per file set."""
    return _load(tuple(Path(p) for p in extra_files))


@functools.lru_cache(maxsize=8)
def _load(extra_files: tuple[Path, ...]) -> KnowledgeBase:
    packaged = sorted(DATA_DIR.glob("*.csv"))
    builder = _Builder()
    for path in [*packaged, *extra_files]:
        label = f"actors/data/{path.name}" if path.parent == DATA_DIR else str(path)
        builder.read(path, label)
    kb = builder.finish()
    log.debug("knowledge base: %d entries, %d aliases", len(kb.entries), len(kb.aliases))
    return kb


def _rows(path: Path, label: str) -> tuple[str, Iterable[tuple[int, dict[str, str]]]]:
    """The file's kind (from its header) and its data rows with their line numbers."""
    if path.suffix.lower() != ".csv":
        raise DataFileError(f"{label}:1", "actor files must be .csv files with a known header")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{label}:1", f"cannot read: {exc}") from exc
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), start=1)]
    content = [
        (n, line) for n, line in numbered if line.strip() and not line.lstrip().startswith("#")
    ]
    if not content:
        raise DataFileError(f"{label}:1", "empty file: no header")
    head_no, head_line = content[0]
    header = [h.strip() for h in next(csv.reader([head_line]))]
    kind = next((k for k, cols in HEADERS.items() if tuple(header[: len(cols)]) == cols), None)
    if kind is None:
        raise DataFileError(
            f"{label}:{head_no}",
            f"unknown header {','.join(header)!r}; expected one of: "
            + "; ".join(",".join(c) for c in HEADERS.values()),
        )

    def gen() -> Iterable[tuple[int, dict[str, str]]]:
        for n, line in content[1:]:
            values = next(csv.reader([line]))
            if len(values) > len(header):
                raise DataFileError(
                    f"{label}:{n}", f"{len(values)} fields, header has {len(header)}"
                )
            values += [""] * (len(header) - len(values))
            yield n, {h: v.strip() for h, v in zip(header, values, strict=True)}

    return kind, gen()


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _date(value: str, where: str, *, end: bool) -> dt.date | None:
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        raise DataFileError(where, f"bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        mon = int(month)
        if day is None:
            return dt.date(year, mon, calendar.monthrange(year, mon)[1] if end else 1)
        return dt.date(year, mon, int(day))
    except ValueError as exc:
        raise DataFileError(where, f"bad date {value!r}: {exc}") from exc


class _Builder:
    def __init__(self) -> None:
        self.kb = KnowledgeBase()
        self.pending: list[tuple[str, str, dict[str, str]]] = []  # (kind, where, row)

    def read(self, path: Path, label: str) -> None:
        kind, rows = _rows(path, label)
        self.kb.files += (label,)
        # Roles and states are read first (other rows are checked against them).
        for n, row in rows:
            self.pending.append((kind, f"{label}:{n}", row))

    def finish(self) -> KnowledgeBase:
        order = [
            "roles",
            "states",
            "sectors",
            "organizations",
            "people",
            "pairs",
            "collectives",
            "nonactors",
        ]
        for kind in order:
            for k, where, row in self.pending:
                if k == kind:
                    getattr(self, f"_{kind}")(where, row)
        self._international_offices()
        lists = WordLists()  # after roles and sectors, which the context words are checked by
        for k, where, row in self.pending:
            if k in WORD_LIST_HEADERS:
                lists.add(k, where, row, self.kb)
        return lists.finish(self.kb)

    def _international_offices(self) -> None:
        """An official of an organisation ("UN Secretary-General", country and sector IGO) takes
        the organisation's own sector (UNO), as CAMEO codes its officials (IGOUNO)."""
        orgs = {
            a.text: self.kb.entries[a.entry]
            for a in self.kb.aliases
            if a.entry.startswith("org:") and a.form in ("name", "abbreviation")
        }
        names = sorted(orgs, key=len, reverse=True)
        finder = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
        for key, entry in list(self.kb.entries.items()):
            if entry.kind != "person":
                continue
            terms = []
            for term in entry.terms:
                if term.country in INTERNATIONAL and term.sector in (None, term.country):
                    found = sorted(finder.findall(term.role), key=len, reverse=True)
                    org_term = orgs[found[0]].terms[0] if found else None
                    if org_term is not None and org_term.country == term.country:
                        term = replace(term, sector=org_term.sector)
                terms.append(term)
            self.kb.entries[key] = replace(entry, terms=tuple(terms))

    # -- validation helpers
    def _sector(self, value: str, where: str, *, international: bool = False) -> str | None:
        if not value:
            return None
        if value in self.kb.roles or (international and CODE_PATTERN.match(value)):
            return value
        raise DataFileError(where, f"unknown sector {value!r} (see actors/data/roles.csv)")

    def _country(self, value: str, where: str, *, required: bool = True) -> str | None:
        if not value:
            if required:
                raise DataFileError(where, "country is required")
            return None
        if value in INTERNATIONAL or f"state:{value}" in self.kb.entries:
            return value
        raise DataFileError(where, f"unknown country code {value!r} (not in states.csv)")

    def _require(self, row: dict[str, str], where: str, *cols: str) -> None:
        for col in cols:
            if not row.get(col):
                raise DataFileError(where, f"{col} is required")

    def _alias(self, text: str, key: str, form: AliasForm, where: str, exact: bool = False) -> None:
        if text.lower().startswith("the ") and form != "nonactor":
            text = text[4:]  # "the Pentagon": the article is not part of the name
        variants = {text, fold(text)}
        if form != "abbreviation" and "-" in text:
            variants.add(text.replace("-", " "))
        if "'" in text:
            variants |= {v.replace("'", "’") for v in variants}
        for variant in variants:
            self.kb.aliases.append(Alias(variant, key, form, exact, where))

    # -- one method per file kind
    def _roles(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "code", "label", "group")
        if not CODE_PATTERN.match(row["code"]):
            raise DataFileError(where, f"role code {row['code']!r} must be three capitals")
        self.kb.roles[row["code"]] = RoleLabel(row["code"], row["label"], row["group"])

    def _states(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "code", "name")
        code = row["code"]
        if not CODE_PATTERN.match(code):
            raise DataFileError(where, f"state code {code!r} must be three capitals")
        key = f"state:{code}"
        if key in self.kb.entries:
            raise DataFileError(where, f"state {code} is listed twice")
        end = _date(row.get("end", ""), where, end=True)
        adjectives = _split(row.get("adjectives", ""))
        term = Term(code, None, "state", None, end, where)
        self.kb.entries[key] = Entry(
            key,
            row["name"],
            "state",
            where,
            (term,),
            adjective=adjectives[0] if adjectives else None,
        )
        for text in [row["name"], *_split(row["formal"]), *_split(row["aliases"])]:
            self._alias(text, key, "name", where)
        for text in _split(row["abbreviations"]):
            self._alias(text, key, "abbreviation", where, exact=True)
        for text in adjectives:
            self._alias(text, key, "adjective", where)
        for text in _split(row.get("demonyms", "")):
            self._alias(text, key, "demonym", where)
        for text in _split(row.get("capitals", "")):
            self._alias(text, key, "seat", where)
        if row.get("ambiguous") not in ("", "0", "1", None):
            raise DataFileError(where, "ambiguous must be empty, 0 or 1")
        if row.get("ambiguous") == "1":
            self.kb.entries[key] = replace(self.kb.entries[key], ambiguous=True)

    def _sectors(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "term", "sector", "use")
        use = row["use"]
        if use not in ("head", "modifier"):
            raise DataFileError(where, f"use must be head or modifier, not {use!r}")
        kind = row["kind"] or None
        if use == "head" and kind not in KINDS:
            raise DataFileError(where, f"kind must be one of {sorted(KINDS)}")
        sector = self._sector(row["sector"], where)
        assert sector is not None
        country = self._country(row.get("country", ""), where, required=False)
        term = normalize(row["term"])
        word = RoleWord(term, sector, kind, use, False, country, where)  # type: ignore[arg-type]
        self.kb.role_words.setdefault(term, []).append(word)
        if use == "head":
            plural = (row.get("plural") or "").strip()
            if plural != "-":
                form = normalize(plural) if plural else _pluralize(term)
                pl = RoleWord(term, sector, kind, use, True, country, where)  # type: ignore[arg-type]
                self.kb.role_words.setdefault(form, []).append(pl)

    def _organizations(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "name", "country", "kind")
        country = self._country(row["country"], where, required=False)
        sector = self._sector(row["sector"], where, international=True)
        kind = cast(ActorKind, row["kind"])
        if kind not in KINDS:
            raise DataFileError(where, f"kind must be one of {sorted(KINDS)}")
        start = _date(row.get("start", ""), where, end=False)
        end = _date(row.get("end", ""), where, end=True)
        term = Term(country, sector, "organization", start, end, where)
        key = f"org:{normalize(row['name'])}"
        old = self.kb.entries.get(key)
        if old is not None:  # a further dated row of the same organisation
            self.kb.entries[key] = replace(old, terms=(*old.terms, term))
            return
        self.kb.entries[key] = Entry(
            key,
            row["name"],
            kind,
            where,
            (term,),
            org=row.get("org") or None,
            wikidata=row.get("wikidata") or None,
            refer=tuple(normalize(r) for r in _split(row.get("refer", ""))),
        )
        for text in [row["name"], *_split(row["aliases"])]:
            self._alias(text, key, "name", where)
        for text in _split(row["abbreviations"]):
            self._alias(text, key, "abbreviation", where, exact=True)

    def _people(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "name")
        country = self._country(row["country"], where, required=False)
        sector = self._sector(row["sector"], where, international=country in INTERNATIONAL)
        start = _date(row["start"], where, end=False)
        end = _date(row["end"], where, end=True)
        if start and end and end < start:
            raise DataFileError(where, f"end {row['end']} is before start {row['start']}")
        wikidata = row.get("wikidata") or None
        if wikidata and not re.match(r"^Q\d+$", wikidata):
            raise DataFileError(where, f"wikidata id {wikidata!r} must look like Q123")
        term = Term(country, sector, row["role"], start, end, where)
        # One person whatever the file: rows of the same name merge (a wikidata id is kept).
        key = f"person:{normalize(fold(row['name']))}"
        old = self.kb.entries.get(key)
        if old is not None:
            if old.wikidata is None and wikidata:
                old = replace(old, wikidata=wikidata)
            terms = tuple(sorted((*old.terms, term), key=lambda t: t.start or dt.date.min))
            self.kb.entries[key] = replace(old, terms=terms)
        else:
            self.kb.entries[key] = Entry(
                key, row["name"], "person", where, (term,), wikidata=wikidata
            )
        for text in [row["name"], *_split(row["aliases"])]:
            self._alias(text, key, "name", where)

    def _pairs(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "phrase", "country", "context")
        country = self._country(row["country"], where)
        assert country is not None
        context = frozenset(self._country(c, where) or "" for c in _split(row["context"]))
        self.kb.pairs.append(Pair(row["phrase"], country, context, where))

    def _collectives(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "phrase", "kind")
        kind = row["kind"]
        if kind not in COLLECTIVE_KINDS:
            raise DataFileError(where, f"kind must be one of {sorted(COLLECTIVE_KINDS)}")
        members = tuple(self._country(c, where) or "" for c in _split(row["members"]))
        if len(members) == 1:
            raise DataFileError(where, "members lists two or more countries, or none")
        if members and kind != "state":
            raise DataFileError(where, "fixed members are countries: use kind state")
        phrase = " ".join(row["phrase"].split())
        self.kb.collectives.append(Collective(phrase, kind, members, where))

    def _nonactors(self, where: str, row: dict[str, str]) -> None:
        self._require(row, where, "phrase")
        self.kb.aliases.append(Alias(row["phrase"], "", "nonactor", False, where))


_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "child": "children"}


def _pluralize(term: str) -> str:
    *head, last = term.split(" ")
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join([*head, last])
