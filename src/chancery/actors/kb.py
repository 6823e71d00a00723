"""The actor knowledge base: states, organisations, people and role words (the types; the
data files are read and validated by `chancery.actors.loader`)."""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal, get_args

from chancery.model import ActorKind

__all__ = [
    "Alias",
    "Collective",
    "ContextWords",
    "Entry",
    "KnowledgeBase",
    "Pair",
    "RoleWord",
    "Term",
]

log = logging.getLogger(__name__)

AliasForm = Literal["name", "abbreviation", "adjective", "demonym", "seat", "nonactor"]
# Codes that stand where a country code would for actors that belong to no one state.
INTERNATIONAL = {"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS"}
CODE_PATTERN = re.compile(r"^[A-Z0-9]{3}$")
KINDS = set(get_args(ActorKind))
COLLECTIVE_KINDS = frozenset({"state", "person", "any"})


@dataclass(frozen=True, slots=True)
class Term:
    """One dated holding of a role: a person's term of office, or an organisation's role."""

    country: str | None
    sector: str | None
    role: str
    start: dt.date | None
    end: dt.date | None
    basis: str

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """A named actor the knowledge base knows: a state, an organisation or a person."""

    key: str
    name: str
    kind: ActorKind
    basis: str
    terms: tuple[Term, ...]
    org: str | None = None
    wikidata: str | None = None
    adjective: str | None = None
    refer: tuple[str, ...] = ()
    # A state name that is also a common personal name ("Jordan", "Georgia", "Chad").
    ambiguous: bool = False

    @property
    def country(self) -> str | None:
        return self.terms[0].country if self.terms else None

    def at(self, day: dt.date | None) -> tuple[Term | None, bool]:
        """The term in force on `day` and whether it is current (False: ended or not begun)."""
        if not self.terms:
            return None, False
        if day is None:
            current = [t for t in self.terms if t.end is None]
            return (current[0], True) if current else (self.terms[-1], False)
        for term in self.terms:
            if term.covers(day):
                return term, True
        ended = [t for t in self.terms if t.end is not None and t.end < day]
        if ended:
            return max(ended, key=lambda t: t.end or dt.date.min), False
        return self.terms[0], False


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of an entry: `exact_case` forms (abbreviations) match only as written."""

    text: str
    entry: str
    form: AliasForm
    exact_case: bool
    basis: str


@dataclass(frozen=True, slots=True)
class RoleWord:
    """A word giving a role: `plural` is True for the plural form of a head noun."""

    term: str
    sector: str
    kind: ActorKind | None
    use: Literal["head", "modifier"]
    plural: bool
    country: str | None
    basis: str


@dataclass(frozen=True, slots=True)
class Pair:
    phrase: str
    country: str
    context: frozenset[str]
    basis: str


@dataclass(frozen=True, slots=True)
class Collective:
    """A phrase that names two or more actors at once ("the two countries", "both Koreas").

    `members` fixes the countries ("both Koreas"); when empty, the phrase stands for the
    most recent distinct actors of `kind` before it ("any": states, organisations, groups)."""

    phrase: str
    kind: str
    members: tuple[str, ...]
    basis: str


@dataclass(frozen=True, slots=True)
class RoleLabel:
    code: str
    label: str
    group: str


@dataclass(frozen=True, slots=True)
class ContextWords:
    """Which role-holders may take a country from where they are or from the article
    (actors/data/context.csv, read by chancery.actors.context)."""

    local: frozenset[str] = frozenset()  # sector codes
    abroad: frozenset[str] = frozenset()  # role terms
    foreign: frozenset[str] = frozenset()  # modifier words


# Countries whose names English news writes family name first ("Xi Jinping", "Kim Jong Un").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "KHM", "MNG"})


@dataclass(eq=False)
class KnowledgeBase:
    """Everything the actor stage knows, built once per set of data files."""

    entries: dict[str, Entry] = field(default_factory=dict)
    aliases: list[Alias] = field(default_factory=list)
    role_words: dict[str, list[RoleWord]] = field(default_factory=dict)
    roles: dict[str, RoleLabel] = field(default_factory=dict)
    pairs: list[Pair] = field(default_factory=list)
    collectives: list[Collective] = field(default_factory=list)
    # The recognition rules' word lists (lower case; see chancery.actors.wordlists).
    peoples: frozenset[str] = frozenset()
    organisation_words: frozenset[str] = frozenset()
    thing_words: frozenset[str] = frozenset()
    thing_name_ends: frozenset[str] = frozenset()
    nonrole_phrases: frozenset[str] = frozenset()
    context: ContextWords = field(default_factory=ContextWords)
    files: tuple[str, ...] = ()
    _surnames: dict[str, list[Entry]] | None = field(default=None, repr=False)

    def __hash__(self) -> int:  # identity: a loaded KB is immutable after load
        return id(self)

    def state(self, code: str | None) -> Entry | None:
        return self.entries.get(f"state:{code}") if code else None

    def adjective_of(self, code: str | None) -> str | None:
        entry = self.state(code)
        return entry.adjective if entry else None

    def people_in_role(self, country: str, role: str, day: dt.date | None) -> list[Entry]:
        """People whose term on `day` is `role` (a role word such as "prime minister") in `country`."""
        wanted = normalize(role)
        found = []
        for entry in self.entries.values():
            if entry.kind != "person":
                continue
            term, current = entry.at(day)
            if term and current and term.country == country and _same_role(term.role, wanted):
                found.append(entry)
        return found

    def _surname_index(self) -> dict[str, list[Entry]]:
        index = self._surnames
        if index is None:
            index = {}
            # The name and its multi-word spellings ("Volodymyr Zelenskyy") give family names.
            names = [(e, e.name) for e in self.entries.values() if e.kind == "person"]
            names += [
                (self.entries[a.entry], a.text)
                for a in self.aliases
                if a.form == "name" and a.entry.startswith("person:") and " " in a.text.strip()
            ]
            for entry, name in names:
                words = normalize(name).replace("-", " ").split(" ")
                family = words[0] if entry.country in FAMILY_NAME_FIRST else words[-1]
                people = index.setdefault(family, [])
                if entry not in people:
                    people.append(entry)
            self._surnames = index
        return index

    def is_surname(self, word: str) -> bool:
        """Whether any known person has this family name ("Ghani")."""
        return normalize(word) in self._surname_index()

    def person_by_surname(self, surname: str, day: dt.date | None) -> Entry | None:
        """The one person known by this surname: the only one in office on `day`, else the
        only one the knowledge base has at all. Shared surnames ("Kim") give None."""
        people = self._surname_index().get(normalize(surname), [])
        if len(people) == 1:
            return people[0]
        current = [e for e in people if e.at(day)[1]]
        return current[0] if len(current) == 1 else None

    def group_label(self, sector: str | None) -> str:
        if sector and sector in self.roles:
            return self.roles[sector].group
        return (sector or "actors").lower()


def normalize(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key aliases are compared by."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def fold(text: str) -> str:
    """Strip diacritics ("Élysée" -> "Elysee") for an extra alias."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same_role(held: str, wanted: str) -> bool:
    held, wanted = (
        normalize(held).replace("defence", "defense"),
        wanted.replace("defence", "defense"),
    )
    held = re.sub(r"\s+of\s+.*$", "", held)  # "prime minister of the united kingdom"
    return held == wanted
