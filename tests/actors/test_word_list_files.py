"""The recognition rules' word lists are knowledge-base kinds (actors/wordlists.py): packaged
as CSVs, validated with file:line errors, and extended by a user's `--actors` file with the
same header - the user's words change what the pipeline finds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from actor_helpers import actor_with, cleaned

from chancery.actors import find_actors, load_knowledge_base
from chancery.errors import DataFileError
from chancery.model import Actor
from chancery.nlp import sentences_of


def _actors(nlp, text: str, *extra: Path) -> list[Actor]:
    kb = load_knowledge_base(extra)
    doc = nlp(text)
    return find_actors(doc, sentences_of(doc, cleaned(text)), published=dt.date(2024, 5, 1), kb=kb)


def _mentions(actors: list[Actor]) -> list[str]:
    return [m.text for a in actors for m in a.mentions]


def _user_file(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "mine.csv"
    path.write_text(content, encoding="utf-8")
    return path


def test_packaged_word_lists_load() -> None:
    kb = load_knowledge_base()
    assert {"kurds", "serb", "muslims"} <= kb.peoples and "americans" not in kb.peoples
    assert "office" in kb.organisation_words
    assert "islands" in kb.thing_words and "act" in kb.thing_name_ends
    assert "COP" in kb.context.local and "ambassador" in kb.context.abroad
    assert "exiled" in kb.context.foreign
    assert not any(f.endswith(".txt") for f in kb.files)


# (user file, text, mention, (kind, country, sector) without the file, the same with it)
EXTENSIONS = [
    (
        "people_singular,people_plural\nAzerbaijani,Azerbaijanis\n",
        "Iranian Azerbaijanis protested in Tabriz on Friday.",
        "Iranian Azerbaijanis",
        ("person", None, None),
        ("group", "IRN", "CVL"),
    ),
    (
        "organisation_word\nmeteorology\n",
        "General Meteorology said the storm would pass.",
        "General Meteorology",
        None,  # without the word, "General" is read as a military title
        ("organization", None, None),
    ),
    (
        "# my words\ncontext_use,context_word\nlocal,JRN\n",
        "Journalists in Kenya protested the new media law on Tuesday.",
        "Journalists",
        ("group", None, "JRN"),
        ("group", "KEN", "JRN"),
    ),
]


@pytest.mark.parametrize(("content", "text", "mention", "before", "after"), EXTENSIONS)
def test_user_file_extends_a_word_list(
    nlp, tmp_path: Path, content: str, text: str, mention: str, before, after
) -> None:
    def reading(actors: list[Actor]) -> tuple[str, str | None, str | None] | None:
        actor = actor_with(actors, mention)
        return None if actor is None else (actor.kind, actor.country, actor.sector)

    assert reading(_actors(nlp, text)) == before
    assert reading(_actors(nlp, text, _user_file(tmp_path, content))) == after


# (user file, text, a mention the user's word makes a thing, not an actor)
THING_EXTENSIONS = [
    ("thing_word\ncomposite\n", "The Nairobi Stoxx composite fell two points.", "Nairobi Stoxx"),
    (
        "thing_name_end\ncompact\n",
        "Officials signed the Lusaka Mining Compact on Tuesday.",
        "Lusaka Mining Compact",
    ),
]


@pytest.mark.parametrize(("content", "text", "mention"), THING_EXTENSIONS)
def test_user_thing_words_make_a_name_a_thing(
    nlp, tmp_path: Path, content: str, text: str, mention: str
) -> None:
    assert mention in _mentions(_actors(nlp, text))
    assert mention not in _mentions(_actors(nlp, text, _user_file(tmp_path, content)))


def test_user_file_may_repeat_a_packaged_word(tmp_path: Path) -> None:
    kb = load_knowledge_base((_user_file(tmp_path, "organisation_word\noffice\nmint\n"),))
    assert {"office", "mint"} <= kb.organisation_words


# (content, line of the error, words of the message)
BAD_ROWS = [
    ("organisation_word\noffice\nTwo Words\n", 3, "one lower-case word"),
    ("# c\nthing_word\nindex\nindex\n", 4, "duplicate word"),
    ("thing_name_end\nCharter\n", 2, "one lower-case word"),
    ("thing_word\nreef,shoal\n", 2, "2 fields"),
    ("people_singular,people_plural\nKurd\n", 2, "expected two fields"),
    ("people_singular,people_plural\nNew Yorker,New Yorkers\n", 2, "one word"),
    ("people_singular,people_plural\nKaren,Karens\nKaren,Karens\n", 3, "duplicate people"),
    ("context_use,context_word\nlocal,XYZ\n", 2, "unknown sector"),
    ("context_use,context_word\nabroad,astronaut\n", 2, "no role word"),
    ("# comment\ncontext_use,context_word\nnearby,police\n", 3, "use must be"),
    ("context_use,context_word\nforeign,far away\n", 2, "one word"),
    ("word\noffice\n", 1, "unknown header"),
]


@pytest.mark.parametrize(("content", "line", "message"), BAD_ROWS)
def test_bad_word_list_row_names_file_and_line(
    tmp_path: Path, content: str, line: int, message: str
) -> None:
    path = _user_file(tmp_path, content)
    with pytest.raises(DataFileError) as err:
        load_knowledge_base((path,))
    assert err.value.where == f"{path}:{line}"
    assert message in str(err.value)
