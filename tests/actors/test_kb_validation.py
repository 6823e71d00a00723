"""The knowledge base loads its data files, validates them and takes the user's own files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chancery.actors import load_knowledge_base
from chancery.errors import DataFileError

PEOPLE_HEADER = "name,aliases,country,sector,role,start,end,wikidata\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kb_packaged_files_load_with_every_state() -> None:
    kb = load_knowledge_base()
    states = [e for e in kb.entries.values() if e.kind == "state"]
    assert len(states) >= 200
    for code in (
        "PRK",
        "KOR",
        "USA",
        "GBR",
        "TWN",
        "XKX",
        "PSE",
        "HKG",
        "VAT",
        "SUN",
        "YUG",
        "CSK",
        "DDR",
    ):
        assert kb.state(code) is not None, code


def test_kb_is_cached_per_file_set(tmp_path: Path) -> None:
    assert load_knowledge_base() is load_knowledge_base(())
    extra = write(tmp_path, "mine.csv", PEOPLE_HEADER + "Ana Pereira,,BRA,GOV,Governor,2020,,\n")
    assert load_knowledge_base((extra,)) is load_knowledge_base([extra])
    assert load_knowledge_base((extra,)) is not load_knowledge_base()


def test_kb_user_file_adds_people_and_organisations(tmp_path: Path) -> None:
    people = write(
        tmp_path,
        "people_extra.csv",
        "# my people\n"
        + PEOPLE_HEADER
        + "Ana Pereira,Governor Pereira,BRA,GOV,Governor,2020-01,,Q1234\n",
    )
    orgs = write(
        tmp_path,
        "orgs_extra.csv",
        "name,aliases,abbreviations,country,sector,org,kind,refer,start,end\n"
        "Lagoa Watch,,LW,NGO,ENV,,organization,group,,\n",
    )
    kb = load_knowledge_base((people, orgs))
    person = kb.entries["person:ana pereira"]
    term, current = person.at(dt.date(2021, 5, 1))
    assert current and term is not None and (term.country, term.sector) == ("BRA", "GOV")
    assert term.basis == f"{people}:3"
    assert person.wikidata == "Q1234"
    assert kb.entries["org:lagoa watch"].terms[0].sector == "ENV"


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("Ana Pereira,,ZZZ,GOV,Governor,2020,,\n", 2, "unknown country"),
        ("Ana Pereira,,BRA,XXX,Governor,2020,,\n", 2, "unknown sector"),
        ("Ana Pereira,,BRA,GOV,Governor,2020-13,,\n", 2, "bad date"),
        ("Ana Pereira,,BRA,GOV,Governor,20201,,\n", 2, "bad date"),
        ("Ana Pereira,,BRA,GOV,Governor,2021,2020,\n", 2, "before start"),
        (",,BRA,GOV,Governor,2021,,\n", 2, "name is required"),
        ("Ana Pereira,,BRA,GOV,Governor,2021,,Z99\n", 2, "wikidata"),
        ("\n# a comment\nAna Pereira,,BRA,GOV,Governor,2020,,,extra,fields\n", 4, "fields"),
    ],
)
def test_kb_bad_people_row_names_file_and_line(
    tmp_path: Path, body: str, line: int, reason: str
) -> None:
    path = write(tmp_path, "bad.csv", PEOPLE_HEADER + body)
    with pytest.raises(DataFileError) as err:
        load_knowledge_base((path,))
    assert err.value.where == f"{path}:{line}"
    assert reason in err.value.reason


def test_kb_unknown_header_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "odd.csv", "who,what\nx,y\n")
    with pytest.raises(DataFileError) as err:
        load_knowledge_base((path,))
    assert err.value.where == f"{path}:1"
    assert "unknown header" in err.value.reason


def test_kb_only_csv_files_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "people.txt", PEOPLE_HEADER)
    with pytest.raises(DataFileError):
        load_knowledge_base((path,))


def test_kb_bad_sector_word_is_an_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "words.csv",
        "term,sector,kind,use,plural,country\nwarlord,REB,person,head,,\nshogun,MIL,ruler,head,,\n",
    )
    with pytest.raises(DataFileError) as err:
        load_knowledge_base((path,))
    assert err.value.where == f"{path}:3"


def test_kb_person_out_of_office_is_former(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", PEOPLE_HEADER + "Ana Pereira,,BRA,GOV,Governor,2010,2014,\n")
    entry = load_knowledge_base((path,)).entries["person:ana pereira"]
    term, current = entry.at(dt.date(2020, 1, 1))
    assert not current and term is not None and term.end == dt.date(2014, 12, 31)


def test_kb_international_official_takes_the_organisation_code(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "p.csv",
        PEOPLE_HEADER + "Ana Pereira,,IGO,IGO,NATO Deputy Secretary-General,2020,,\n",
    )
    term, _ = load_knowledge_base((path,)).entries["person:ana pereira"].at(dt.date(2021, 1, 1))
    assert term is not None and (term.country, term.sector) == ("IGO", "NAT")
