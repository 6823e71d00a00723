"""Other senses of trigger words (data/other_senses.csv): a price is no arrest, a
recognized situation no diplomatic recognition, a plea of not guilty no appeal, going back
somewhere no return of something, received funding no hosted visit, hostility toward
someone no fighting. Each must-not-fire sentence was coded before the rows existed."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.events.senses import load_other_senses, read_other_senses


def _codes(run_extract, text: str) -> list[tuple[str, str]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text) for e in record.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # charge: a price, a fee, a customer charged
        ("Norway is charging 20 percent more for gas sold to Germany.", "charging"),
        ("Egypt charges foreign visitors a fee for entry visas.", "charges"),
        ("Egypt charges less than Jordan for tourist visas.", "charges"),
        # recognize: a situation, a need, an importance
        (
            "The Brazilian minister said Brazil recognizes the difficult situation of the farmers.",
            "recognizes",
        ),
        ("The Serbian minister recognised the need for reform.", "recognised"),
        ("Chile's foreign minister recognized the importance of the port deal.", "recognized"),
        # plead: a plea in court
        ("The two Chilean defendants have pleaded not guilty.", "pleaded"),
        ("A Peruvian general pleaded guilty to bribery.", "pleaded"),
        # return: going back somewhere, back to a behaviour, returning fire
        ("The Nigerian envoy returned to Abuja on Sunday.", "returned"),
        ("The Kenyan ministry said it would return to threats of force.", "return"),
        ("Angolan police returned fire.", "returned"),
        # the parser took "that" for the object: the "to" phrase still shows the sense
        (
            "There are fears that Kenya could return to threats of force, which could lead to war.",
            "return",
        ),
        # receive: things, not visitors
        ("Mexico received support from Canada.", "received"),
        ("Nepal received a loan of 200 million dollars.", "received"),
        # consider X (to be) Y: an opinion, not a policy under consideration
        (
            "Haitian gang leader Joseph said he considers himself to be a representative "
            "of the slum.",
            "considers",
        ),
        ("Ivorian officials consider France a key international partner.", "consider"),
        # retaliate with economic measures: no fighting
        ("Canada retaliated by announcing increased tariffs on U.S. exports.", "retaliated"),
        # work with things, not partners
        ("The Chinese government works with cheaper chips.", "works"),
        # hostility toward someone: an attitude
        ("Putin's hostility towards the West is well known.", "hostility"),
        ("Serbia's hostility to the tribunal is well known.", "hostility"),
    ],
)
def test_other_sense_is_no_event(run_extract, text: str, trigger: str) -> None:
    assert [c for c in _codes(run_extract, text) if c[1] == trigger] == []


@pytest.mark.parametrize(
    ("text", "code", "trigger"),
    [
        ("Kenyan police charged the opposition leader with treason.", "173", "charged"),
        ("Colombia recognized Kosovo's independence.", "054", "recognized"),
        (
            "The Ecuadorian mother pleaded with the Colombian rebels to free her son.",
            "020",
            "pleaded",
        ),
        ("Peru returned the captured Ecuadorian fishermen.", "0841", "returned"),
        ("The Kenyan president received the Ugandan foreign minister.", "043", "received"),
        ("Armenia's hostilities against Azerbaijan resumed.", "190", "hostilities"),
        ("The Kenyan cabinet is considering a fuel subsidy.", "014", "considering"),
        ("The Syrian army retaliated by shelling Turkish positions.", "190", "retaliated"),
        ("China worked with Pakistan on the dam.", "060", "worked"),
        # the measure a retaliation takes is coded in its own right
        ("Canada retaliated by announcing increased tariffs on U.S. exports.", "163", "announcing"),
    ],
)
def test_event_sense_still_coded(run_extract, text: str, code: str, trigger: str) -> None:
    assert (code, trigger) in _codes(run_extract, text)


def test_packaged_rows_load() -> None:
    rows = load_other_senses()
    assert any(r.lemma == "charge" and "percent" in r.words for r in rows)
    assert any(r.lemma == "return" and r.needs_no_object for r in rows)


_HEADER = "kind,lemma,cameo,words,example\n"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("verb,charge,999,price,x\n", "not a CAMEO code"),
        ("adverb,charge,17,price,x\n", "kind"),
        ("verb,Charge Up,17,price,x\n", "lemma"),
        ("verb,charge,17,,x\n", "words must not be empty"),
        ("verb,charge,17,high price,x\n", "single words"),
        ("noun,visit,04,(none),x\n", "verbs only"),
        ("noun,visit,04,(predicate),x\n", "verbs only"),
        ("verb,charge,17\n", "columns"),
    ],
)
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "senses.csv"
    path.write_text("# comment\n" + _HEADER + row, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_other_senses(path)
    assert "senses.csv:3" in str(info.value)
    assert message in str(info.value)


def test_missing_header(tmp_path: Path) -> None:
    path = tmp_path / "senses.csv"
    path.write_text("verb,charge,17,price,x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="header"):
        read_other_senses(path)
