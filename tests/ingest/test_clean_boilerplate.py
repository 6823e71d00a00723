"""Cleaning: boilerplate lines are dropped, sentences that merely mention them are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.ingest.boilerplate import PACKAGED_BOILERPLATE, load_boilerplate, read_pattern_file
from chancery.ingest.clean import clean_article

BODY = (
    "The Philippine coast guard said a Chinese vessel had blocked a resupply mission on Saturday."
)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Share this article",
        "Share this story via email",
        "Subscribe to our newsletter",
        "Sign up for our daily newsletter to get the headlines first.",
        "Read more: Manila summons Chinese envoy over shoal incident",
        "Read more » Why the shoal matters",
        "Follow us on Twitter and Facebook",
        "Follow Wire World on X.",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Accept all cookies",
        "(Reporting by Karen Lema; Editing by Ed Davies)",
        "(Additional reporting by Ana Ruiz in Bogota; writing by Tom Hale)",
        "Reporting by Karen Lema; Editing by Ed Davies",
        "© 2024 Wire News. All rights reserved.",
        "Copyright 2024 Wire News Service.",
        "(c) 2023 Example Media",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Related: Sahel juntas leave regional bloc",
        "Story continues below advertisement",
    ],
)
def test_clean_boilerplate_line_dropped(line: str) -> None:
    cleaned = clean_article(f"{BODY}\n{line}\nThe mission reached the outpost a day later.")
    assert line.strip() not in cleaned.text
    assert cleaned.boilerplate_removed == 1
    assert cleaned.paragraphs_in == 3
    assert len(cleaned.paragraphs) == 2


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement campaign by the ministry drew protests in Ankara.",
        "Officials said they would share the article of the agreement with Brussels next week.",
        "Copyright law in the European Union was not part of the migration talks, diplomats said.",
        "Follow-up talks are planned in Addis Ababa, according to the African Union.",
        "Readers of the statement said it hinted at sanctions.",
        "(c) the parties shall withdraw their forces from the buffer zone.",
    ],
)
def test_clean_sentences_mentioning_boilerplate_words_are_kept(line: str) -> None:
    cleaned = clean_article(f"{BODY}\n{line}")
    assert line in cleaned.text
    assert cleaned.boilerplate_removed == 0


def test_clean_boilerplate_inside_a_wrapped_block_breaks_it() -> None:
    raw = (
        "The African Union said on Friday it would send envoys to Niamey to press the\n"
        "junta for a timetable for elections.\n"
        "Advertisement\n"
        "The envoys will meet the military leaders next week, a spokesman said in a\n"
        "statement.\n"
        "\n"
        "Share this article\n"
    )
    cleaned = clean_article(raw)
    assert cleaned.text == (
        "The African Union said on Friday it would send envoys to Niamey to press the "
        "junta for a timetable for elections.\n\n"
        "The envoys will meet the military leaders next week, a spokesman said in a statement."
    )
    assert cleaned.boilerplate_removed == 2
    assert cleaned.paragraphs_in == 4


def test_boilerplate_packaged_file_loads() -> None:
    patterns = load_boilerplate()
    assert len(patterns.patterns) >= 20
    where = patterns.match("Advertisement")
    assert where is not None and where.startswith(f"{PACKAGED_BOILERPLATE}:")


def test_boilerplate_user_file_extends_the_packaged_one(tmp_path: Path) -> None:
    extra = tmp_path / "mine.txt"
    extra.write_text("# house style\n\nDownload our app\\.?\n", encoding="utf-8")
    patterns = load_boilerplate([extra])
    assert patterns.match("Download our app.") == f"{extra}:3"
    cleaned = clean_article(f"{BODY}\nDownload our app.", boilerplate=patterns)
    assert cleaned.text == BODY


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ("# ok\nadvert\n(unclosed\n", 3, "not a valid regular expression"),
        ("\n\n.*\n", 3, "matches an empty line"),
        ("fine\n(?:x)?\n", 2, "matches an empty line"),
    ],
)
def test_boilerplate_bad_pattern_names_file_and_line(
    tmp_path: Path, content: str, line: int, reason: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_pattern_file(bad)
    assert info.value.where == f"{bad}:{line}"
    assert reason in info.value.reason
