"""The trigger lexicon: which verb or noun, in which construction, signals which CAMEO code.

Patterns live in CSV files (the packaged data/verbs.csv plus any the user passes); the format
is documented in data/LEXICON.md. Each row names a trigger lemma and optional constraints --
a particle ("crack *down*"), the preposition that introduces the target ("meet *with*"), the
lemmas the direct object must have ("impose *sanctions*") and whether only negated uses
count. Lookups return the most specific pattern first, so that "call off" beats "call".
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from chancery.errors import DataFileError
from chancery.events.ontology import Ontology, load_ontology
from chancery.events.tables import numbered_lines, table_rows

__all__ = ["LEXICON_HEADER", "Lexicon", "Pattern", "load_lexicon", "read_aliases", "read_patterns"]

LEXICON_HEADER = (
    "cameo",
    "kind",
    "lemma",
    "particle",
    "prep",
    "object",
    "negated",
    "confidence",
    "example",
)
DEFAULT_CONFIDENCE = 0.7
_PACKAGED_FILE = "verbs.csv"
_ALIASES_FILE = "lemma_aliases.csv"
_ALIASES_HEADER = ("kind", "spacy_lemma", "lemma")
# A lemma, particle or preposition is one lower-case word; hyphens and apostrophes occur
# in real lemmas ("cease-fire", "o'clock").
_WORD_RE = re.compile(r"[a-z][a-z'-]*")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon row: a trigger and the constraints under which it means `cameo`."""

    id: str
    cameo: str
    kind: Literal["verb", "noun"]
    lemma: str
    particle: str | None
    prep: str | None
    objects: frozenset[str]
    negated_only: bool
    confidence: float
    example: str

    @property
    def specificity(self) -> int:
        """How constrained the pattern is; an object list pins the sense more than a word."""
        return (
            (1 if self.particle else 0)
            + (1 if self.prep else 0)
            + (2 if self.objects else 0)
            + (1 if self.negated_only else 0)
        )

    @property
    def key(self) -> tuple[str, str, str | None, str | None, frozenset[str], bool]:
        """What the pattern matches, regardless of the code it assigns."""
        return (self.kind, self.lemma, self.particle, self.prep, self.objects, self.negated_only)


class Lexicon:
    """Patterns indexed by trigger lemma, most specific first."""

    def __init__(
        self,
        patterns: Sequence[Pattern],
        *,
        preferred: int = 0,
        aliases: Mapping[tuple[str, str], str] | None = None,
    ) -> None:
        """`patterns` in precedence order; the first `preferred` ones (the user's) win ties.

        `aliases` maps (kind, lemma spaCy produced) to the lemma the patterns use; it is
        consulted only for a lemma that has no patterns of its own.
        """
        self.patterns: tuple[Pattern, ...] = tuple(patterns)
        self._preferred = preferred
        self._aliases = dict(aliases or {})
        self._verbs = self._index("verb")
        self._nouns = self._index("noun")

    def _index(self, kind: str) -> dict[str, list[Pattern]]:
        # Most specific first; at equal specificity the user's patterns, then the more
        # confident; file order breaks the remaining ties.
        positions = {id(p): i for i, p in enumerate(self.patterns)}

        def rank(pattern: Pattern) -> tuple[int, int, float, int]:
            position = positions[id(pattern)]
            source = 0 if position < self._preferred else 1
            return (-pattern.specificity, source, -pattern.confidence, position)

        index: dict[str, list[Pattern]] = {}
        for pattern in self.patterns:
            if pattern.kind == kind:
                index.setdefault(pattern.lemma, []).append(pattern)
        return {lemma: sorted(entries, key=rank) for lemma, entries in index.items()}

    def _lookup(self, kind: str, index: dict[str, list[Pattern]], lemma: str) -> list[Pattern]:
        lemma = lemma.lower()
        if lemma not in index:
            lemma = self._aliases.get((kind, lemma), lemma)
        return list(index.get(lemma, ()))

    def verb_lemma(self, lemma: str) -> str:
        """The lemma the patterns use for a verb spaCy lemmatized as `lemma` ("stag" ->
        "stage"), so that grammar word lists see the same verb the patterns do."""
        lemma = lemma.lower()
        if lemma in self._verbs:
            return lemma
        return self._aliases.get(("verb", lemma), lemma)

    def for_verb(self, lemma: str) -> list[Pattern]:
        """Verb patterns whose trigger is `lemma`, most specific first."""
        return self._lookup("verb", self._verbs, lemma)

    def for_noun(self, lemma: str) -> list[Pattern]:
        """Noun patterns whose trigger is `lemma`, most specific first."""
        return self._lookup("noun", self._nouns, lemma)

    def verb_lemmas(self) -> frozenset[str]:
        return frozenset(self._verbs)

    def noun_lemmas(self) -> frozenset[str]:
        return frozenset(self._nouns)

    def codes_covered(self) -> set[str]:
        """The CAMEO codes at least one pattern assigns."""
        return {p.cameo for p in self.patterns}

    def __len__(self) -> int:
        return len(self.patterns)


def _optional_word(text: str, column: str, where: str, line: str) -> str | None:
    word = text.strip().lower()
    if not word:
        return None
    if not _WORD_RE.fullmatch(word):
        raise DataFileError(where, f"{column} {text!r} must be one word: {line!r}")
    return word


def _parse_row(
    fields: list[str], where: str, line: str, pattern_id: str, ontology: Ontology
) -> Pattern:
    cameo, kind, lemma, particle, prep, objects, negated, confidence, example = (
        f.strip() for f in fields
    )
    if cameo not in ontology:
        raise DataFileError(where, f"unknown CAMEO code {cameo!r}: {line!r}")
    if kind not in ("verb", "noun"):
        raise DataFileError(where, f"kind {kind!r} must be 'verb' or 'noun': {line!r}")
    lemma = lemma.lower()
    if not lemma:
        raise DataFileError(where, f"empty lemma: {line!r}")
    if not _WORD_RE.fullmatch(lemma):
        raise DataFileError(
            where,
            f"lemma {lemma!r} must be one word (put 'up' of 'set up' in the particle "
            f"column): {line!r}",
        )
    object_lemmas = [o.strip().lower() for o in objects.split("|")] if objects else []
    for obj in object_lemmas:
        if not _WORD_RE.fullmatch(obj):
            raise DataFileError(
                where, f"object {objects!r} must be '|'-separated single words: {line!r}"
            )
    if negated not in ("", "required"):
        raise DataFileError(where, f"negated {negated!r} must be empty or 'required': {line!r}")
    if confidence:
        try:
            score = float(confidence)
        except ValueError:
            raise DataFileError(where, f"confidence {confidence!r} is not a number") from None
    else:
        score = DEFAULT_CONFIDENCE
    if not 0.0 <= score <= 1.0:  # also rejects nan
        raise DataFileError(where, f"confidence {confidence!r} is outside 0..1: {line!r}")
    return Pattern(
        id=pattern_id,
        cameo=cameo,
        kind="verb" if kind == "verb" else "noun",
        lemma=lemma,
        particle=_optional_word(particle, "particle", where, line),
        prep=_optional_word(prep, "prep", where, line),
        objects=frozenset(object_lemmas),
        negated_only=negated == "required",
        confidence=score,
        example=example,
    )


def read_patterns(path: Path, ontology: Ontology | None = None) -> list[Pattern]:
    """Parse one lexicon file; DataFileError("path:line", ...) on the first bad row."""
    ontology = ontology if ontology is not None else load_ontology()
    patterns: list[Pattern] = []
    first_line: dict[tuple[object, ...], int] = {}
    header_seen = False
    for number, line in numbered_lines(path):
        where = f"{path}:{number}"
        fields = next(csv.reader([line]))
        if not header_seen:
            if tuple(f.strip() for f in fields) != LEXICON_HEADER:
                raise DataFileError(where, f"header must be {','.join(LEXICON_HEADER)}")
            header_seen = True
            continue
        if len(fields) != len(LEXICON_HEADER):
            raise DataFileError(
                where, f"expected {len(LEXICON_HEADER)} columns, got {len(fields)}: {line!r}"
            )
        pattern = _parse_row(fields, where, line, f"{path.name}:{number}", ontology)
        if pattern.key in first_line:
            raise DataFileError(
                where, f"same trigger and constraints as line {first_line[pattern.key]}: {line!r}"
            )
        first_line[pattern.key] = number
        patterns.append(pattern)
    if not header_seen:
        raise DataFileError(f"{path}:1", "no header line")
    return patterns


def read_aliases(path: Path) -> dict[tuple[str, str], str]:
    """(kind, wrong lemma) -> lexicon lemma, from a `kind,spacy_lemma,lemma` CSV file."""
    aliases: dict[tuple[str, str], str] = {}
    for where, fields in table_rows(path, _ALIASES_HEADER, label=str(path)):
        kind, wrong, right = fields[0], fields[1].lower(), fields[2].lower()
        if kind not in ("verb", "noun"):
            raise DataFileError(where, f"kind {kind!r} must be 'verb' or 'noun'")
        if not (_WORD_RE.fullmatch(wrong) and _WORD_RE.fullmatch(right)) or wrong == right:
            raise DataFileError(where, f"expected two different single words: {fields!r}")
        if (kind, wrong) in aliases:
            raise DataFileError(where, f"{wrong!r} is already mapped")
        aliases[(kind, wrong)] = right
    return aliases


def _data_path(name: str) -> Path:
    return Path(str(resources.files("chancery.events") / "data" / name))


def _merge(user: list[Pattern], packaged: list[Pattern]) -> list[Pattern]:
    # A user row with exactly the same trigger and constraints as a packaged row replaces
    # it; the user's rows come first, so they also win ties of specificity.
    overridden = {p.key for p in user}
    return user + [p for p in packaged if p.key not in overridden]


@lru_cache(maxsize=16)
def _load(files: tuple[tuple[Path, int, int], ...]) -> Lexicon:
    ontology = load_ontology()
    user: list[Pattern] = []
    seen: set[tuple[object, ...]] = set()
    for path, _mtime, _size in files:
        for pattern in read_patterns(path, ontology):
            # Between user files the first one given wins.
            if pattern.key not in seen:
                seen.add(pattern.key)
                user.append(pattern)
    packaged = read_patterns(_data_path(_PACKAGED_FILE), ontology)
    return Lexicon(
        _merge(user, packaged), preferred=len(user), aliases=read_aliases(_data_path(_ALIASES_FILE))
    )


def load_lexicon(extra_files: Sequence[Path] = ()) -> Lexicon:
    """The packaged lexicon plus the user's files; cached per file set and modification time.

    User patterns take precedence: at equal specificity they come first, and one with the
    same trigger and constraints as a packaged pattern replaces it.
    """
    keyed = []
    for name in extra_files:
        path = Path(name)
        try:
            stat = os.stat(path)
        except OSError as exc:
            raise DataFileError(str(path), f"cannot read lexicon file: {exc.strerror}") from None
        keyed.append((path, stat.st_mtime_ns, stat.st_size))
    return _load(tuple(keyed))
