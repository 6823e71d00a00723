"""Phrases holding a role word that name no role-holder (actors/data/nonroles.csv)."""

from __future__ import annotations

from pathlib import Path

import pytest
from actor_helpers import ActorsOf, actor_with, cleaned

from chancery.actors import find_actors, load_knowledge_base
from chancery.errors import DataFileError
from chancery.nlp import sentences_of

# (text, mention, expected code or None when the mention must be no actor)
CASES = [
    # "social media" is a channel, not the press
    (
        "Chilean President Gabriel Boric wrote on social media that the talks had failed.",
        "social media",
        None,
    ),
    (
        "The Kenyan ministry said social media was spreading false claims about the vote.",
        "social media",
        None,
    ),
    # must still fire: the press itself
    ("Chilean media reported that the talks had failed.", "Chilean media", "CHLJRN"),
    ("Officials in Nairobi told the media that the vote would go ahead.", "media", "JRN"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES)
def test_nonrole_phrase(actors_of: ActorsOf, text: str, mention: str, code: str | None) -> None:
    actors = actors_of(text)
    actor = actor_with(actors, mention)
    if code is None:
        assert not [m.text for a in actors for m in a.mentions if "media" in m.text]
    else:
        assert actor is not None and actor.code == code


def _user_file(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "mine.csv"
    path.write_text(content, encoding="utf-8")
    return path


def test_user_file_adds_a_nonrole_phrase(nlp, tmp_path: Path) -> None:
    text = "Online media spread the rumour quickly, the Peruvian minister said."

    def media(kb_files: tuple[Path, ...]) -> list[str]:
        kb = load_knowledge_base(kb_files)
        doc = nlp(text)
        actors = find_actors(doc, sentences_of(doc, cleaned(text)), published=None, kb=kb)
        return [m.text for a in actors for m in a.mentions if "media" in m.text]

    assert media(()) != []
    assert media((_user_file(tmp_path, "nonrole_phrase\nonline media\n"),)) == []


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("nonrole_phrase\nmedia\n", 2, "several words"),
        ("# c\nnonrole_phrase\nnews feed\nNews  Feed\n", 4, "duplicate phrase"),
    ],
)
def test_bad_nonrole_row_names_file_and_line(
    tmp_path: Path, content: str, line: int, message: str
) -> None:
    path = _user_file(tmp_path, content)
    with pytest.raises(DataFileError) as err:
        load_knowledge_base((path,))
    assert err.value.where == f"{path}:{line}"
    assert message in str(err.value)
