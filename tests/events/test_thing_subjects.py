"""Thing subjects (data/thing_subjects.csv) and welcomed proposals: a law that "will help",
an impersonal "it helps if", a shipment that "arrived" are no aid and no visit; a welcomed
proposal is an endorsement, not a hosted visit. Each must-not-fire sentence was coded
before the rows existed."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.events.agency import read_thing_subjects


def _codes(run_extract, text: str) -> list[tuple[str, str]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text) for e in record.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A new Peruvian fisheries law will help Lima tighten control of its waters.", "help"),
        ("Japan has a new policy which will help Vietnam build ports.", "help"),
        ('"For Brasilia, it helps if there is some Chinese investment there," he said.', "helps"),
        ("The first batch of Russian vaccines bought by Bolivia arrived in La Paz.", "arrived"),
        ("A shipment of Indian wheat arrived in Colombo on Friday.", "arrived"),
    ],
)
def test_thing_subject_is_no_event(run_extract, text: str, trigger: str) -> None:
    assert all(t != trigger for _, t in _codes(run_extract, text))


@pytest.mark.parametrize(
    ("text", "trigger", "prefix"),
    [
        ("Norway helped Sudan with food deliveries.", "helped", "07"),
        ("The Kenyan president arrived in Kampala on Tuesday.", "arrived", "042"),
        ("Chile said it would help Bolivia rebuild the bridge.", "help", "03"),
        ("The Ghanaian president welcomed the Malian premier at the airport.", "welcomed", "043"),
        ("Argentina welcomed the Chilean proposal to extend the truce.", "welcomed", "051"),
        ("Estonia welcomed the Finnish decision to reopen the border.", "welcomed", "051"),
    ],
)
def test_agent_subject_still_codes(run_extract, text: str, trigger: str, prefix: str) -> None:
    assert any(t == trigger and c.startswith(prefix) for c, t in _codes(run_extract, text))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("noun,help,07,law,x", "must be 'verb'"),
        ("verb,help,999,law,x", "not a CAMEO code"),
        ("verb,help,07,,x", "must be '|'-separated"),
        ("verb,help,07,new law,x", "must be '|'-separated"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "things.csv"
    path.write_text("# c\nkind,lemma,cameo,subjects,example\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"things\.csv:3.*{message}"):
        read_thing_subjects(path)
