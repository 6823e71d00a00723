"""Misspelt state names: "Afganistan", "Quatar's emir", "the Phillipines".

News copy misspells states often enough to lose an actor's country. A capitalised word
that the named-entity model takes for a place, a nationality or an organisation on its
own, that no dictionary name covers, that is no word of the model's vocabulary and no
known person's surname, and that is one edit (insert, delete or substitute a letter;
doubled letters count as one, "Phillipines") from a state's name, adjective or demonym
of at least `MIN_LENGTH` letters - of exactly one state - names that state, with basis
"rule:near spelling of <name>".

Not read: words the model tags as a person ("Ghani" is no Ghana), real words and places
the model's vocabulary knows ("Columbia", "Herman"), words close to two states, and words
a data file lists as no actor (actors/data/nonactors.csv: "Libra").
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path

import spacy.util
from spacy.tokens import Doc

from chancery.actors.kb import Alias, AliasForm, KnowledgeBase
from chancery.actors.recognize import Candidate
from chancery.settings import DEFAULT_MODEL

__all__ = ["MIN_LENGTH", "near_spelling_matches", "squeeze", "within_one_edit"]

log = logging.getLogger(__name__)

MIN_LENGTH = 5
_ENTITY_LABELS = {"GPE", "NORP", "ORG", "LOC"}
_FORMS: tuple[AliasForm, ...] = ("name", "adjective", "demonym")


def within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of at most one (a cheap check: no matrix)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@functools.lru_cache(maxsize=8)
def _forms_by_length(kb: KnowledgeBase) -> dict[int, list[tuple[str, Alias]]]:
    """Every state's name, adjective and demonym of `MIN_LENGTH`+ letters, by length."""
    out: dict[int, list[tuple[str, Alias]]] = {}
    for alias in kb.aliases:
        entry = kb.entries.get(alias.entry)
        if entry is None or entry.kind != "state" or alias.form not in _FORMS:
            continue
        text = alias.text.casefold()
        if len(text) >= MIN_LENGTH and text.isalpha():
            out.setdefault(len(text), []).append((text, alias))
    return out


@functools.lru_cache(maxsize=1)
def _model_words() -> frozenset[str]:
    """The words of the spaCy model's own vocabulary file (read from disk: the live string
    store also holds every token the model has since seen, misspellings included)."""
    try:
        root = spacy.util.get_package_path(DEFAULT_MODEL)
    except (ImportError, OSError):  # no package: no vocabulary, only the other checks
        return frozenset()
    for path in sorted(Path(root).rglob("vocab/strings.json")):
        try:
            strings = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("cannot read %s: %s", path, exc)
            return frozenset()
        return frozenset(s.casefold() for s in strings if isinstance(s, str))
    return frozenset()


def squeeze(word: str) -> str:
    """The word with doubled letters written once: "Phillipines" and "Philippines" differ
    by two edits but only by which letter is doubled, the commonest misspelling."""
    return "".join(c for i, c in enumerate(word) if i == 0 or word[i - 1] != c)


def _near(word: str, form: str) -> bool:
    return within_one_edit(word, form) or within_one_edit(squeeze(word), squeeze(form))


def _nearest_state(kb: KnowledgeBase, word: str) -> Alias | None:
    """The one state's alias within one edit of `word`; None for none or several states."""
    by_length = _forms_by_length(kb)
    found: dict[str, Alias] = {}
    for n in range(len(word) - 2, len(word) + 3):
        for text, alias in by_length.get(n, ()):
            if _near(word, text):
                best = found.get(alias.entry)
                if best is None or (best.form != "name" and alias.form == "name"):
                    found[alias.entry] = alias
    return next(iter(found.values())) if len(found) == 1 else None


def near_spelling_matches(
    doc: Doc, kb: KnowledgeBase, dictionary: list[Candidate]
) -> list[Candidate]:
    """Candidates for the misspelt state names of the text (see the module docstring)."""
    covered = {i for c in dictionary for i in range(c.t_start, c.t_end)}
    out: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        words = [t for t in ent if t.pos_ != "DET" and t.text not in ("'s", "’s", "'", "’")]
        if len(words) != 1:
            continue  # "Columbia University": part of a longer name
        tok = words[0]
        text = tok.text
        if (
            tok.i in covered
            or len(text) < MIN_LENGTH
            or not text.isalpha()
            or not text[:1].isupper()
            or text[1:].isupper()
        ):
            continue
        if text.casefold() in _model_words() or kb.is_surname(text):
            continue
        alias = _nearest_state(kb, text.casefold())
        if alias is None:
            continue
        entry = kb.entries[alias.entry]
        near = Alias(text, alias.entry, alias.form, False, f"rule:near spelling of {entry.name}")
        end = tok.idx + len(text)
        out.append(Candidate(tok.idx, end, tok.i, tok.i + 1, "kb", alias.form, [near]))
    return out
