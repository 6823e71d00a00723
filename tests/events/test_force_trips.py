"""A trip of an armed force is its deployment, not a visit (events/forces.py,
data/travelling_forces.csv): peacekeepers that arrive somewhere provide peacekeeping
(074), police and troops show force posture (153, 154); a person, delegation or official
that arrives still visits (042)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.events.forces import load_travelling_forces, read_travelling_forces


def _trips(run_extract, text: str, trigger: str) -> list[tuple[str, list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [
        (e.cameo, [p.country for p in e.target]) for e in record.events if e.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "target"),
    [
        (
            "Ethiopian peacekeepers have arrived in South Sudan, the army said.",
            "arrived",
            "074",
            "SSD",
        ),
        # a group noun stands for its "of" phrase; a kind modifier says who travels
        (
            "The first contingent of UN peacekeeping troops arrived in Haiti on Tuesday.",
            "arrived",
            "074",
            "HTI",
        ),
        ("NATO troops arrived in Estonia on Monday.", "arrived", "154", "EST"),
        ("Hundreds of Turkish soldiers arrived in Qatar on Sunday.", "arrived", "154", "QAT"),
        ("Russian soldiers landed in Syria last week.", "landed", "154", "SYR"),
        ("French gendarmes landed in Mali overnight.", "landed", "153", "MLI"),
    ],
)
def test_force_trip_is_a_deployment(run_extract, text, trigger, cameo, target) -> None:
    assert _trips(run_extract, text, trigger) == [(cameo, [target])]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Japan's foreign minister arrived in Haiti on Tuesday.", "arrived", "HTI"),
        ("A delegation of Chinese officials arrived in Kenya on Monday.", "arrived", "KEN"),
        # the "of" phrase of a person is no group travelling
        ("The commander of the Kenyan troops arrived in Mogadishu on Friday.", "arrived", "SOM"),
        ("A team of Swedish experts arrived in Liberia.", "arrived", "LBR"),
    ],
)
def test_official_trip_stays_a_visit(run_extract, text, trigger, target) -> None:
    assert _trips(run_extract, text, trigger) == [("042", [target])]


def test_travelling_forces_examples_get_their_code(run_extract) -> None:
    path = Path(__file__).parents[2] / "src/chancery/events/data/travelling_forces.csv"
    examples = [
        line.rsplit(",", 1)[1]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "cameo,"))
    ]
    rows = load_travelling_forces()
    assert len(examples) == len(rows)
    for row, example in zip(rows, examples, strict=True):
        codes = [e.cameo for e in run_extract(example, published="2025-03-14").events]
        assert row.cameo in codes, (row.where, example, codes)


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("cameo,words\n", 1, "header"),
        ("cameo,words,example\n# note\n999,troop,x\n", 3, "CAMEO"),
        ("cameo,words,example\n154,Two Words,x\n", 2, "words"),
        ("cameo,words,example\n154,troop\n", 2, "columns"),
    ],
)
def test_travelling_forces_bad_row_names_the_line(tmp_path, body, line, reason) -> None:
    path = tmp_path / "forces.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_travelling_forces(path)
    assert err.value.where == f"forces.csv:{line}"
    assert reason in err.value.reason
