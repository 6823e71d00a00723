"""Validate actors/data/people.csv, the knowledge base's list of office-holders.

The file is hand-compiled, so the checks are of two kinds: structural rules every row must
keep (parseable dates, ISO codes, CAMEO sectors, no duplicates), and a table of public facts
the file must get right on a given day (who held which office, and who did not).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

import chancery.actors

PEOPLE_CSV = Path(chancery.actors.__file__).parent / "data" / "people.csv"
STATES_CSV = PEOPLE_CSV.parent / "states.csv"
HEADER = ["name", "aliases", "country", "sector", "role", "start", "end", "wikidata"]

# CAMEO/PLOVER actor role codes (the sector column).
CAMEO_SECTORS = frozenset(
    {
        "GOV", "MIL", "PTY", "ELI", "JUD", "LEG", "COP", "OPP", "REB", "SEP", "INS",
        "SPY", "UAF", "IGO", "NGO", "BUS", "JRN", "MED", "CVL", "REF", "EDU", "HLH",
        "REL", "AGR", "CRM", "DEV", "ENV", "HRI", "LAB", "PKO", "MOD", "RAD", "UNO",
    }
)  # fmt: skip
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
WIKIDATA_RE = re.compile(r"^Q\d+$")


@dataclass(frozen=True)
class Row:
    line: int
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    start: str
    end: str
    wikidata: str


def span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date can mean."""
    m = DATE_RE.match(value)
    if m is None:
        raise ValueError(f"bad date {value!r}")
    year = int(m[1])
    if m[2] is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(m[2])
    if m[3] is None:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(year, month, int(m[3]))
    return day, day


def read_raw() -> list[tuple[int, list[str]]]:
    with PEOPLE_CSV.open(encoding="utf-8", newline="") as f:
        return list(enumerate(csv.reader(f), start=1))


def read_rows() -> list[Row]:
    rows = []
    for line, cells in read_raw()[1:]:
        name, aliases, country, sector, role, start, end, wikidata = cells
        alias_list = tuple(aliases.split("|")) if aliases else ()
        rows.append(Row(line, name, alias_list, country, sector, role, start, end, wikidata))
    return rows


ROWS = read_rows()


def holds(row: Row, day: dt.date) -> bool:
    """Whether the row's term may cover `day` (partial dates are read generously)."""
    first = span(row.start)[0]
    last = span(row.end)[1] if row.end else dt.date.max
    return first <= day <= last


def offices_on(name: str, day: dt.date) -> list[Row]:
    return [r for r in ROWS if r.name == name and holds(r, day)]


# -- structure


def test_header_is_exact() -> None:
    assert read_raw()[0][1] == HEADER


def test_every_row_has_eight_cells() -> None:
    bad = [line for line, cells in read_raw() if len(cells) != len(HEADER)]
    assert bad == []


def test_file_is_large_enough_to_matter() -> None:
    assert len(ROWS) >= 500
    assert len({r.name for r in ROWS}) >= 400


def test_cells_have_no_stray_whitespace() -> None:
    bad = [
        (r.line, cell)
        for r in ROWS
        for cell in (r.name, *r.aliases, r.country, r.sector, r.role, r.start, r.end, r.wikidata)
        if cell != cell.strip() or "  " in cell
    ]
    assert bad == []


def test_name_and_role_are_present() -> None:
    assert [r.line for r in ROWS if not r.name or not r.role] == []


def test_dates_parse_and_start_is_not_after_end() -> None:
    problems = []
    for r in ROWS:
        try:
            first, _ = span(r.start)
            last = span(r.end)[1] if r.end else None
        except ValueError as exc:
            problems.append((r.line, str(exc)))
            continue
        if last is not None and last < first:
            problems.append((r.line, f"{r.start} > {r.end}"))
        if first.year < 1900 or (last and last.year > 2030):
            problems.append((r.line, "date out of range"))
    assert problems == []


def test_country_is_a_known_three_letter_code() -> None:
    with STATES_CSV.open(encoding="utf-8") as f:
        known = {row["code"] for row in csv.DictReader(x for x in f if not x.startswith("#"))}
    known.add("IGO")
    assert [r.line for r in ROWS if not COUNTRY_RE.match(r.country)] == []
    assert [(r.line, r.country) for r in ROWS if r.country not in known] == []


def test_sector_is_a_cameo_role_code() -> None:
    assert [(r.line, r.sector) for r in ROWS if r.sector not in CAMEO_SECTORS] == []


def test_international_officials_are_igo_in_both_columns() -> None:
    assert [r.line for r in ROWS if (r.country == "IGO") != (r.sector == "IGO")] == []


def test_no_duplicate_name_role_start() -> None:
    seen: dict[tuple[str, str, str], int] = {}
    dups = []
    for r in ROWS:
        key = (r.name, r.role, r.start)
        if key in seen:
            dups.append((seen[key], r.line))
        seen[key] = r.line
    assert dups == []


def test_aliases_are_distinct_non_empty_forms() -> None:
    problems = []
    for r in ROWS:
        if any(not a for a in r.aliases):
            problems.append((r.line, "empty alias"))
        if r.name in r.aliases:
            problems.append((r.line, "alias repeats the name"))
        if len(set(r.aliases)) != len(r.aliases):
            problems.append((r.line, "repeated alias"))
    assert problems == []


def test_aliases_are_not_bare_surnames() -> None:
    # Surnames are the coreference code's job; as aliases they would claim every namesake.
    bad = [(r.line, a) for r in ROWS for a in r.aliases if a == r.name.split()[-1]]
    assert bad == []


def test_wikidata_is_empty_or_a_q_id() -> None:
    assert [r.line for r in ROWS if r.wikidata and not WIKIDATA_RE.match(r.wikidata)] == []


def test_each_person_is_described_the_same_way_on_every_row() -> None:
    by_name: dict[str, set[tuple[tuple[str, ...], str]]] = defaultdict(set)
    by_qid: dict[str, set[str]] = defaultdict(set)
    for r in ROWS:
        by_name[r.name].add((r.aliases, r.wikidata))
        if r.wikidata:
            by_qid[r.wikidata].add(r.name)
    assert {n: v for n, v in by_name.items() if len(v) > 1} == {}
    assert {q: v for q, v in by_qid.items() if len(v) > 1} == {}


def test_one_person_never_holds_one_office_twice_at_once() -> None:
    by_office: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for r in ROWS:
        by_office[(r.name, r.country, r.role)].append(r)
    overlaps = []
    for terms in by_office.values():
        terms.sort(key=lambda t: span(t.start)[0])
        for a, b in itertools.pairwise(terms):
            if not a.end or span(a.end)[0] > span(b.start)[0]:
                overlaps.append((a.line, b.line))
    assert overlaps == []


def test_span_reads_partial_dates_as_ranges() -> None:
    assert span("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert span("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert span("2023-08-01") == (dt.date(2023, 8, 1), dt.date(2023, 8, 1))
    with pytest.raises(ValueError):
        span("1 August 2023")


# -- facts: (person, day, country, sector, role, whether the person held it that day)

FACTS = [
    ("Sergei Shoigu", "2023-08-01", "RUS", "MIL", "Defence Minister", True),
    ("Sergei Shoigu", "2024-06-01", "RUS", "MIL", "Defence Minister", False),
    ("Sergei Shoigu", "2024-06-01", "RUS", "GOV", "Secretary of the Security Council", True),
    ("Andrei Belousov", "2024-06-01", "RUS", "MIL", "Defence Minister", True),
    ("Kim Jong Un", "2023-07-27", "PRK", "GOV", "Supreme Leader", True),
    ("Kim Jong Un", "2010-01-01", "PRK", "GOV", "Supreme Leader", False),
    ("Kim Il Sung", "1953-07-27", "PRK", "GOV", "Premier", True),
    ("Kim Jong Il", "2005-06-01", "PRK", "GOV", "Supreme Leader", True),
    ("Li Hongzhong", "2023-07-27", "CHN", "PTY", "Politburo member", True),
    (
        "Li Hongzhong",
        "2023-07-27",
        "CHN",
        "GOV",
        "Vice Chairman of the National People's Congress Standing Committee",
        True,
    ),
    (
        "Li Hongzhong",
        "2022-06-01",
        "CHN",
        "GOV",
        "Vice Chairman of the National People's Congress Standing Committee",
        False,
    ),
    ("Mao Ning", "2023-08-01", "CHN", "GOV", "Foreign Ministry spokesperson", True),
    ("Zhao Lijian", "2023-08-01", "CHN", "GOV", "Foreign Ministry spokesperson", False),
    ("Wi Sung-lac", "2012-06-01", "KOR", "GOV", "Ambassador to Russia", True),
    ("Wi Sung-lac", "2023-08-01", "KOR", "GOV", "Ambassador to Russia", False),
    ("Yoon Suk Yeol", "2023-08-02", "KOR", "GOV", "President", True),
    ("Yoon Suk Yeol", "2025-05-01", "KOR", "GOV", "President", False),
    ("Lee Jae-myung", "2025-07-01", "KOR", "GOV", "President", True),
    ("Boris Johnson", "2017-01-01", "GBR", "GOV", "Foreign Secretary", True),
    ("Boris Johnson", "2020-01-01", "GBR", "GOV", "Prime Minister", True),
    ("Boris Johnson", "2023-01-01", "GBR", "GOV", "Prime Minister", False),
    ("Vladimir Putin", "2010-01-01", "RUS", "GOV", "Prime Minister", True),
    ("Vladimir Putin", "2010-01-01", "RUS", "GOV", "President", False),
    ("Dmitry Medvedev", "2010-01-01", "RUS", "GOV", "President", True),
    ("Maria Zakharova", "2022-03-01", "RUS", "GOV", "Foreign Ministry spokesperson", True),
    ("Dmitry Peskov", "2022-03-01", "RUS", "GOV", "Kremlin spokesman", True),
    ("António Guterres", "2023-08-01", "IGO", "IGO", "UN Secretary-General", True),
    ("Ban Ki-moon", "2005-06-01", "KOR", "GOV", "Foreign Minister", True),
    ("Ban Ki-moon", "2017-06-01", "IGO", "IGO", "UN Secretary-General", False),
    ("Joe Biden", "2023-08-01", "USA", "GOV", "President", True),
    ("Donald Trump", "2023-08-01", "USA", "GOV", "President", False),
    ("Lloyd Austin", "2023-08-01", "USA", "MIL", "Secretary of Defense", True),
    ("Mohammed bin Salman", "2020-01-01", "SAU", "MIL", "Defence Minister", True),
    ("Mohammed bin Salman", "2023-01-01", "SAU", "GOV", "Prime Minister", True),
    ("Bashar al-Assad", "2025-01-15", "SYR", "GOV", "President", False),
    ("Ahmed al-Sharaa", "2025-03-01", "SYR", "GOV", "President", True),
    ("Mikhail Gorbachev", "1990-06-01", "SUN", "GOV", "President", True),
    ("Jens Stoltenberg", "2020-01-01", "IGO", "IGO", "NATO Secretary-General", True),
]


@pytest.mark.parametrize(("name", "day", "country", "sector", "role", "held"), FACTS)
def test_known_office_holders(
    name: str, day: str, country: str, sector: str, role: str, held: bool
) -> None:
    assert any(r.name == name for r in ROWS), f"{name} is missing"
    offices = {(r.country, r.sector, r.role) for r in offices_on(name, dt.date.fromisoformat(day))}
    assert ((country, sector, role) in offices) is held


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Wi Sung-lac", "Wi Sung lac"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Luiz Inácio Lula da Silva", "Lula"),
        ("Mohammed bin Salman", "MBS"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Ahmed al-Sharaa", "Abu Mohammed al-Jolani"),
    ],
)
def test_common_written_forms_are_aliases(name: str, alias: str) -> None:
    assert any(r.name == name and alias in r.aliases for r in ROWS)


def test_seed_article_people_have_the_seed_sectors_in_july_2023() -> None:
    day = dt.date(2023, 7, 27)
    sectors = {n: {r.sector for r in offices_on(n, day)} for n in ("Kim Jong Un", "Li Hongzhong")}
    assert sectors == {"Kim Jong Un": {"GOV"}, "Li Hongzhong": {"GOV", "PTY"}}
