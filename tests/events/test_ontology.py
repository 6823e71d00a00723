"""The CAMEO ontology: values, PLOVER inheritance and validation of the tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from chancery.errors import DataFileError
from chancery.events.ontology import (
    CameoCode,
    Ontology,
    build_ontology,
    load_ontology,
    parent_code,
)

CODES_HEADER = "code,label,root,quad_class,goldstein_gdelt,goldstein_icews\n"


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.mark.parametrize(
    ("code", "root", "quad_class", "goldstein", "plover_event"),
    [
        ("010", "01", 1, 0.0, "STATEMENT"),
        ("0233", "02", 1, 3.4, "REQUEST"),
        ("036", "03", 1, 4.0, "AGREE"),
        ("042", "04", 1, 1.9, "CONSULT"),
        ("043", "04", 1, 2.8, "CONSULT"),
        ("057", "05", 1, 8.0, "SUPPORT"),
        ("064", "06", 2, 7.0, "COOPERATE"),
        ("073", "07", 2, 7.4, "AID"),
        ("0841", "08", 2, 7.0, "RETREAT"),
        ("0811", "08", 2, 5.0, "CONCEDE"),
        ("091", "09", 3, -2.0, "ACCUSE"),
        ("1053", "10", 3, -5.0, "REQUEST"),
        ("112", "11", 3, -2.0, "ACCUSE"),
        ("129", "12", 3, -5.0, "REJECT"),
        ("138", "13", 3, -7.0, "THREATEN"),
        ("141", "14", 4, -6.5, "PROTEST"),
        ("154", "15", 4, -7.2, "MOBILIZE"),
        ("163", "16", 4, -8.0, "COERCE"),
        ("173", "17", 4, -5.0, "COERCE"),
        ("1712", "17", 4, -9.2, "ASSAULT"),
        ("186", "18", 4, -10.0, "ASSAULT"),
        ("192", "19", 4, -9.5, "COERCE"),
        ("195", "19", 4, -10.0, "ASSAULT"),
        ("2042", "20", 4, -10.0, "ASSAULT"),
    ],
)
def test_ontology_values_of_sample_codes(ontology, code, root, quad_class, goldstein, plover_event):
    entry = ontology.get(code)
    assert isinstance(entry, CameoCode)
    assert (entry.code, entry.root, entry.quad_class) == (code, root, quad_class)
    assert entry.goldstein == pytest.approx(goldstein)
    assert entry.plover_event == plover_event


@pytest.mark.parametrize(
    ("code", "mode", "context"),
    [
        ("043", "visit", ()),
        ("091", "investigate", ("crime", "corruption")),
        ("1124", "allege", ("military", "legal")),
        ("0861", "access", ("peacekeeping",)),  # "access " in the table: trailing blank
        ("1823", None, ()),
    ],
)
def test_ontology_plover_mode_and_context(ontology, code, mode, context):
    entry = ontology.get(code)
    assert entry.plover_mode == mode
    assert entry.plover_context == context


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("04", "Consult"),
        ("15", "Exhibit force posture"),
        ("116", "Find guilty or liable (legally)"),
        ("1385", "Threaten attack with WMD"),
        ("044", "Meet at a 'third' location"),
    ],
)
def test_ontology_labels_are_sentence_case(ontology, code, label):
    assert ontology.get(code).label == label


def test_ontology_goldstein_scales_differ_where_the_sources_do():
    assert load_ontology("gdelt").get("016").goldstein == pytest.approx(-2.0)
    assert load_ontology("icews").get("016").goldstein == pytest.approx(-5.0)
    # GDELT has no value for 1213: the ICEWS one stands in.
    assert load_ontology("gdelt").get("1213").goldstein == pytest.approx(-4.0)


def test_ontology_rejects_unknown_scale():
    with pytest.raises(ValueError):
        load_ontology("acled")  # type: ignore[arg-type]


def test_ontology_lookup_and_membership(ontology):
    assert "043" in ontology
    assert "999" not in ontology
    assert 43 not in ontology
    with pytest.raises(KeyError):
        ontology.get("999")
    codes = ontology.codes()
    assert len(codes) == len(set(codes)) == 312
    assert codes[0] == "01"


def test_ontology_every_code_has_a_plover_event(ontology):
    assert all(ontology.get(code).plover_event for code in ontology.codes())


@pytest.mark.parametrize(
    ("code", "parent"), [("0431", "043"), ("043", "04"), ("04", None), ("1823", "182")]
)
def test_parent_code(code, parent):
    assert parent_code(code) == parent


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ontology_plover_inherits_from_nearest_parent(tmp_path):
    codes = _write(
        tmp_path,
        "codes.csv",
        CODES_HEADER
        + "04,CONSULT,04,1,1.0,1\n"
        + "043,Host a visit,04,1,2.8,2.8\n"
        + "0431,Host a state visit,04,1,3.0,3\n"
        + "044,Meet elsewhere,04,1,2.5,2.5\n",
    )
    plover = _write(tmp_path, "map.txt", "# header\n04: CONSULT\n043: CONSULT, visit, diplomatic\n")
    onto = build_ontology(codes, (plover,))
    assert onto.get("0431").plover_mode == "visit"
    assert onto.get("0431").plover_context == ("diplomatic",)
    assert onto.get("044").plover_event == "CONSULT"
    assert onto.get("044").plover_mode is None


@pytest.mark.parametrize(
    ("codes_body", "plover_body", "where", "words"),
    [
        ("04,CONSULT,04,1,1.0,1\n04,CONSULT,04,1,1.0,1\n", "04: CONSULT\n", "codes.csv:3", "twice"),
        ("04,CONSULT,04,5,1.0,1\n", "04: CONSULT\n", "codes.csv:2", "quad_class"),
        ("04,CONSULT,05,1,1.0,1\n", "04: CONSULT\n", "codes.csv:2", "root"),
        ("04,CONSULT,04,1,high,1\n", "04: CONSULT\n", "codes.csv:2", "not a number"),
        ("04,CONSULT,04,1,11,1\n", "04: CONSULT\n", "codes.csv:2", "outside"),
        ("04,CONSULT,04,1,,\n", "04: CONSULT\n", "codes.csv:2", "no Goldstein"),
        ("04,CONSULT,04,1\n", "04: CONSULT\n", "codes.csv:2", "columns"),
        ("043,Host,04,1,1.0,1\n", "04: CONSULT\n", "codes.csv:2", "parent"),
        ("4a,CONSULT,4a,1,1.0,1\n", "04: CONSULT\n", "codes.csv:2", "digits"),
        ("04,CONSULT,04,1,1.0,1\n", "# c\n\n04 CONSULT\n", "map.txt:3", "expected"),
        ("04,CONSULT,04,1,1.0,1\n", "04: consult\n", "map.txt:1", "upper-case"),
        ("04,CONSULT,04,1,1.0,1\n", "04: CONSULT\n04: CONSULT\n", "map.txt:2", "twice"),
        ("04,CONSULT,04,1,1.0,1\n", "05: SUPPORT\n", "map.txt:1", "not in"),
        ("04,CONSULT,04,1,1.0,1\n", "04: CONSULT, a; b, \n", "map.txt:1", "mode"),
        ("04,CONSULT,04,1,1.0,1\n", "04: CONSULT, , Diplomatic\n", "map.txt:1", "context"),
    ],
)
def test_ontology_validation_errors_name_file_and_line(
    tmp_path, codes_body, plover_body, where, words
):
    codes = _write(tmp_path, "codes.csv", CODES_HEADER + codes_body)
    plover = _write(tmp_path, "map.txt", plover_body)
    with pytest.raises(DataFileError) as info:
        build_ontology(codes, (plover,))
    assert info.value.where == where
    assert words in info.value.reason


def test_ontology_code_without_any_mapping_is_an_error(tmp_path):
    codes = _write(tmp_path, "codes.csv", CODES_HEADER + "04,CONSULT,04,1,1.0,1\n")
    plover = _write(tmp_path, "map.txt", "# nothing\n")
    with pytest.raises(DataFileError, match="no PLOVER mapping"):
        build_ontology(codes, (plover,))


def test_ontology_bad_header(tmp_path):
    codes = _write(tmp_path, "codes.csv", "# comment\ncode,label\n04,CONSULT\n")
    plover = _write(tmp_path, "map.txt", "04: CONSULT\n")
    with pytest.raises(DataFileError) as info:
        build_ontology(codes, (plover,))
    assert info.value.where == "codes.csv:2"
