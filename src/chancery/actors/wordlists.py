"""The word-list kinds of the knowledge base: vocabulary the recognition rules read.

Each is a CSV like the other actor files, recognised by its header (`WORD_LIST_HEADERS`),
so a user's `--actors FILE` with the same header adds words to the packaged list:
- `people_singular,people_plural` (actors/data/peoples.csv): peoples living in several
  states, placed by the state written before them ("Iraqi Kurds"; actors/residence.py);
- `organisation_word` (organisation_words.csv): words that make a titled name an
  organisation's ("General Statistics Office"; actors/recognize.py);
- `thing_word` (thing_words.csv) and `thing_name_end` (thing_name_ends.csv): words that make
  a capitalised name a thing's ("Spratly Islands", "the Clean Air Act"; actors/things.py);
- `nonrole_phrase` (nonroles.csv): phrases that contain a role word but name no role-holder
  ("social media" is no press; actors/recognize.py);
- `context_use,context_word` (context.csv): which role-holders take a country from where
  they are or from the article (actors/context.py), checked against roles and sectors.

A word listed twice in one file is an error; a user file may repeat a packaged word.
"""

from __future__ import annotations

from dataclasses import replace

from chancery.actors.kb import KnowledgeBase, normalize
from chancery.errors import DataFileError

__all__ = ["WORD_LIST_HEADERS", "WordLists"]

WORD_LIST_HEADERS: dict[str, tuple[str, ...]] = {
    "peoples": ("people_singular", "people_plural"),
    "organisation_words": ("organisation_word",),
    "thing_words": ("thing_word",),
    "thing_name_ends": ("thing_name_end",),
    "nonroles": ("nonrole_phrase",),
    "context": ("context_use", "context_word"),
}
_CONTEXT_USES = ("local", "abroad", "foreign")


class WordLists:
    """Collects the rows of the word-list kinds, then sets the knowledge base's lists."""

    def __init__(self) -> None:
        # list name -> word -> where it was first listed
        self.seen: dict[str, dict[str, str]] = {}
        self.in_file: set[tuple[str, str, str]] = set()  # (list name, file, word)

    def add(self, kind: str, where: str, row: dict[str, str], kb: KnowledgeBase) -> None:
        """Validate one row (roles and sectors are already loaded) and keep its words."""
        if kind == "peoples":
            singular, plural = row["people_singular"], row["people_plural"]
            if not singular or not plural:
                raise DataFileError(where, "expected two fields: people_singular,people_plural")
            for word in (singular, plural):
                if " " in word:
                    raise DataFileError(where, f"a people is named by one word, not {word!r}")
            self._keep("peoples", singular.lower(), where, "people")
            self._keep("peoples", plural.lower(), where, "people", check=False)
        elif kind == "context":
            self._context(where, row, kb)
        elif kind == "nonroles":
            phrase = normalize(row["nonrole_phrase"])
            if " " not in phrase:
                raise DataFileError(where, f"expected a phrase of several words, not {phrase!r}")
            self._keep("nonroles", phrase, where, "phrase")
        else:
            word = row[WORD_LIST_HEADERS[kind][0]]
            if not word or " " in word or word != word.lower():
                raise DataFileError(where, f"expected one lower-case word, not {word!r}")
            self._keep(kind, word, where, "word")

    def _context(self, where: str, row: dict[str, str], kb: KnowledgeBase) -> None:
        use, word = row["context_use"], row["context_word"]
        if not word:
            raise DataFileError(where, "expected two fields: context_use,context_word")
        if use == "local":
            if word not in kb.roles:
                raise DataFileError(where, f"unknown sector {word!r} (see actors/data/roles.csv)")
        elif use == "abroad":
            word = normalize(word)
            if word not in kb.role_words:
                raise DataFileError(where, f"{word!r} is no role word of actors/data/sectors.csv")
        elif use == "foreign":
            word = normalize(word)
            if " " in word:
                raise DataFileError(where, f"a foreign modifier is one word, not {word!r}")
        else:
            raise DataFileError(where, f"use must be local, abroad or foreign, not {use!r}")
        self._keep(f"context_{use}", word, where, "word")

    def _keep(self, name: str, word: str, where: str, what: str, *, check: bool = True) -> None:
        words = self.seen.setdefault(name, {})
        file = where.rsplit(":", 1)[0]
        if check and (name, file, word) in self.in_file:
            raise DataFileError(where, f"duplicate {what} {word!r}")
        self.in_file.add((name, file, word))
        words.setdefault(word, where)

    def finish(self, kb: KnowledgeBase) -> KnowledgeBase:
        def words(name: str) -> frozenset[str]:
            return frozenset(self.seen.get(name, {}))

        context = replace(
            kb.context,
            local=words("context_local"),
            abroad=words("context_abroad"),
            foreign=words("context_foreign"),
        )
        kb.peoples = words("peoples")
        kb.organisation_words = words("organisation_words")
        kb.thing_words = words("thing_words")
        kb.thing_name_ends = words("thing_name_ends")
        kb.nonrole_phrases = words("nonroles")
        kb.context = context
        return kb
