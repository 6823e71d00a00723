"""Uses of a trigger that mean no event, read from other_senses.csv: "recognize X as
ADJECTIVE" says what a thing is (no diplomatic recognition), a passive "admitted" is an
admission to a hospital or a body (no acknowledgement), a visit to someone in jail is no
state visit."""

from __future__ import annotations

import pytest

from chancery.errors import DataFileError
from chancery.events.senses import read_other_senses


def _codes(run_extract, text: str) -> list[tuple[str, str]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text) for e in record.events]


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Malaysia does not recognize raw milk as safe.", "054", "recognize"),
        ("The Peruvian minister was admitted to a clinic in Lima.", "015", "admitted"),
        (
            "Ghana's foreign minister said the envoy was admitted as well and is at a "
            "hospital in Accra.",
            "015",
            "admitted",
        ),
        ("The Chilean senator visited two students in prison on Friday.", "042", "visited"),
        # "in jail" hung on the object
        (
            "The Kenyan senator visited the three Chilean students in jail on Friday.",
            "042",
            "visited",
        ),
    ],
)
def test_other_sense_is_no_event(run_extract, text, code, trigger) -> None:
    assert (code, trigger) not in _codes(run_extract, text)


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Honduras recognized Kosovo as an independent state.", "054", "recognized"),
        ("Nigeria admitted that its jets bombed the village.", "015", "admitted"),
        ("The Chilean president visited Peru on Friday.", "042", "visited"),
        ("The Kenyan senator visited the three Chilean students on Friday.", "042", "visited"),
    ],
)
def test_event_sense_still_coded(run_extract, text, code, trigger) -> None:
    assert (code, trigger) in _codes(run_extract, text)


def test_passive_marker_only_for_verbs(tmp_path) -> None:
    bad = tmp_path / "senses.csv"
    bad.write_text(
        "kind,lemma,cameo,words,example\nnoun,visit,042,(passive),A visit.\n", encoding="utf-8"
    )
    with pytest.raises(DataFileError, match=r"senses\.csv:2"):
        read_other_senses(bad)
