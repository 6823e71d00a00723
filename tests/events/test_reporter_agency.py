"""The reporter of an agentless passive is its doer only when it is an authority
reporting an act of its kind (events/reporter_agency.py, data/reporter_agency.csv):
"the army said rebels were killed" is the army's killing, "a lawmaker said people were
killed" names no killer; a "by" agent is always the doer."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.events.reporter_agency import load_reporter_agency, read_reporter_agency


def _sources(run_extract, text: str, trigger: str) -> list[list[str | None]]:
    record = run_extract(text, published="2025-03-14")
    return [[p.code for p in e.source] for e in record.events if e.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # military, police and government reporting force, arrests and releases they make
        (
            "The Nigerian army said 27 insurgents were killed in the operation.",
            "killed",
            "NGAMIL",
        ),
        ("Kenyan police said 14 suspects were arrested overnight.", "arrested", "KENCOP"),
        (
            "The Peruvian interior minister said nine smugglers were detained on Monday.",
            "detained",
            "PERGOV",
        ),
        ("The Malian army said the two hostages were freed on Sunday.", "freed", "MLIMIL"),
        # a government is party to the agreements it reports signed
        (
            "The Peruvian foreign minister said the accord was signed on Friday.",
            "signed",
            "PERGOV",
        ),
    ],
)
def test_authority_reports_its_own_act(run_extract, text, trigger, source) -> None:
    assert _sources(run_extract, text, trigger) == [[source]]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a lawmaker, an opposition leader, a rights group or a doctor reports what
        # others did
        ("At least seven villagers were killed, a Kenyan lawmaker said.", "killed"),
        ("A Bolivian opposition leader said the activist was arrested at dawn.", "arrested"),
        (
            "The Chilean journalist has been released on bail, Amnesty International said.",
            "released",
        ),
        ("A Ghanaian doctor said four children were wounded in the blast.", "wounded"),
        # nor does an opposition lawmaker sign the accord he reports
        ("The accord was signed on Friday, a Peruvian opposition lawmaker said.", "signed"),
        # an authority does not do a verbal act merely by reporting it
        ("The Chilean interior minister said the protest was condemned.", "condemned"),
    ],
)
def test_other_reporter_is_no_doer(run_extract, text, trigger) -> None:
    assert _sources(run_extract, text, trigger) == []


def test_named_agent_stays_the_doer(run_extract) -> None:
    text = "A Kenyan lawmaker said seven villagers were killed by Somali militants."
    sources = _sources(run_extract, text, "killed")
    assert sources and all("KEN" not in (code or "") for code in sources[0])


def test_packaged_table_loads() -> None:
    rows = load_reporter_agency()
    assert {r.prefix for r in rows} >= {"17", "18", "084"}


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("cameo,sectors,example\n18,MIL|army,x\n", 2, "sector codes"),
        ("cameo,sectors,example\nkill,MIL,x\n", 2, "not a CAMEO code"),
        ("cameo,sectors,example\n18,MIL,x\n18,GOV,y\n", 3, "listed twice"),
        ("cameo,sectors\n18,MIL\n", 1, "header"),
    ],
)
def test_bad_rows_name_their_line(tmp_path: Path, body, line, message) -> None:
    path = tmp_path / "reporter_agency.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as info:
        read_reporter_agency(path)
    assert f"reporter_agency.csv:{line}" in str(info.value)
