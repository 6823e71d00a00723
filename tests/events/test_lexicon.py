"""The trigger lexicon: packaged coverage, lookup order, user files and validation."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chancery.errors import DataFileError
from chancery.events.lexicon import (
    LEXICON_HEADER,
    Lexicon,
    Pattern,
    load_lexicon,
    read_aliases,
    read_patterns,
)
from chancery.events.ontology import load_ontology

HEADER = ",".join(LEXICON_HEADER) + "\n"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def _write(directory: Path, name: str, body: str) -> Path:
    path = directory / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_lexicon_covers_every_event_code(lexicon):
    # Root rows ("04") are categories; events are coded with their 3-4 digit codes.
    event_codes = {c for c in load_ontology().codes() if len(c) > 2}
    assert event_codes - lexicon.codes_covered() == set()


def test_lexicon_is_large_and_ids_are_file_lines(lexicon):
    assert len(lexicon) >= 600
    ids = [p.id for p in lexicon.patterns]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("verbs.csv:") and i.split(":")[1].isdigit() for i in ids)


def test_lexicon_every_packaged_row_has_an_example(lexicon):
    assert [p.id for p in lexicon.patterns if not p.example] == []


@pytest.mark.parametrize(
    ("kind", "lemma", "particle", "prep", "obj", "cameo"),
    [
        ("verb", "visit", None, None, None, "042"),
        ("verb", "host", None, None, None, "043"),
        ("verb", "meet", None, "with", None, "040"),
        ("verb", "meet", None, None, "demand", "083"),
        ("verb", "impose", None, "on", "sanction", "163"),
        ("verb", "impose", None, None, "curfew", "1723"),
        ("verb", "call", None, "on", None, "020"),
        ("verb", "call", None, None, "talk", "026"),
        ("verb", "call", "off", None, "strike", "082"),
        ("verb", "crack", "down", "on", None, "170"),
        ("verb", "cut", None, None, "tie", "161"),
        ("verb", "pull", "out", None, "talk", "164"),
        ("verb", "express", None, "about", "concern", "110"),
        ("verb", "sign", None, None, "treaty", "057"),
        ("verb", "condemn", None, None, None, "111"),
        ("verb", "veto", None, None, None, "129"),
        ("verb", "arrest", None, None, None, "173"),
        ("noun", "visit", None, "to", None, "042"),
        ("noun", "strike", None, None, "hunger", "142"),
        ("noun", "strike", None, None, "drone", "195"),
        ("noun", "ceasefire", None, None, None, "0871"),
    ],
)
def test_lexicon_core_news_patterns(lexicon, kind, lemma, particle, prep, obj, cameo):
    found = lexicon.for_verb(lemma) if kind == "verb" else lexicon.for_noun(lemma)
    matching = [
        p
        for p in found
        if (p.particle, p.prep) == (particle, prep) and (obj in p.objects if obj else not p.objects)
    ]
    assert [p.cameo for p in matching] == [cameo]


def test_lexicon_for_verb_is_most_specific_first(lexicon):
    for lemma in ("meet", "impose", "call", "express", "sign", "hold", "cut"):
        found = lexicon.for_verb(lemma)
        assert found, lemma
        scores = [p.specificity for p in found]
        assert scores == sorted(scores, reverse=True), lemma


def test_lexicon_lookup_is_case_insensitive_and_empty_for_unknown(lexicon):
    assert lexicon.for_verb("Visit") == lexicon.for_verb("visit")
    assert lexicon.for_verb("photosynthesize") == []
    assert lexicon.for_noun("photosynthesis") == []


def _pattern(**kw) -> Pattern:
    base = dict(
        id="x.csv:2",
        cameo="040",
        kind="verb",
        lemma="meet",
        particle=None,
        prep=None,
        objects=frozenset(),
        negated_only=False,
        confidence=0.7,
        example="",
    )
    base.update(kw)
    return Pattern(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "score"),
    [
        ({}, 0),
        ({"prep": "with"}, 1),
        ({"particle": "up"}, 1),
        ({"objects": frozenset({"talk"})}, 2),
        ({"prep": "on", "objects": frozenset({"sanction"})}, 3),
        ({"particle": "off", "prep": "on", "negated_only": True}, 3),
    ],
)
def test_pattern_specificity(kw, score):
    assert _pattern(**kw).specificity == score


def test_lexicon_orders_by_specificity_then_confidence():
    lex = Lexicon(
        [
            _pattern(id="a:1", confidence=0.9),
            _pattern(id="a:2", prep="with", confidence=0.5),
            _pattern(id="a:3", prep="on", objects=frozenset({"x"}), confidence=0.1),
            _pattern(id="a:4", prep="at", confidence=0.8),
        ]
    )
    assert [p.id for p in lex.for_verb("meet")] == ["a:3", "a:4", "a:2", "a:1"]


def test_user_file_wins_ties_and_replaces_identical_packaged_rows(tmp_path):
    user = _write(
        tmp_path,
        "mine.csv",
        "# my overrides\n"
        "036,verb,meet,,with,,,0.8,They will meet with the mayor.\n"
        "040,verb,meet,,at,,,0.1,They met at the border.\n"
        "0341,verb,topple,,,,,0.6,They pledged to topple the junta.\n",
    )
    lex = load_lexicon([user])
    meet = lex.for_verb("meet")
    with_prep = [p for p in meet if p.prep == "with"]
    assert [(p.cameo, p.id) for p in with_prep] == [("036", "mine.csv:3")]
    # among equally specific rows the user's come first, even when less confident
    one_constraint = [p for p in meet if p.specificity == 1]
    assert [p.id for p in one_constraint[:2]] == ["mine.csv:3", "mine.csv:4"]
    assert lex.for_verb("topple")[0].id == "mine.csv:5"
    # the packaged rows are still there
    assert any(p.id.startswith("verbs.csv:") for p in meet)
    assert len(lex) == len(load_lexicon()) + 2


def test_first_user_file_wins_over_later_ones(tmp_path):
    first = _write(tmp_path, "a.csv", "111,verb,scold,,,,,0.8,x\n")
    second = _write(tmp_path, "b.csv", "112,verb,scold,,,,,0.8,x\n")
    assert [p.cameo for p in load_lexicon([first, second]).for_verb("scold")] == ["111"]


def test_load_lexicon_is_cached_but_sees_edits(tmp_path):
    user = _write(tmp_path, "mine.csv", "111,verb,scold,,,,,0.8,x\n")
    assert load_lexicon([user]) is load_lexicon([user])
    _write(tmp_path, "mine.csv", "111,verb,scold,,,,,0.8,x\n111,verb,chide,,,,,0.8,x\n")
    assert load_lexicon([user]).for_verb("chide")


def test_load_lexicon_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="cannot read"):
        load_lexicon([tmp_path / "nope.csv"])


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("999,verb,meet,,,,,,x\n", 2, "unknown CAMEO code"),
        ("040,adjective,meet,,,,,,x\n", 2, "kind"),
        ("040,verb,,,,,,,x\n", 2, "empty lemma"),
        ("040,verb,set up,,,,,,x\n", 2, "one word"),
        ("040,verb,meet,,,,,1.5,x\n", 2, "outside 0..1"),
        ("040,verb,meet,,,,,-0.1,x\n", 2, "outside 0..1"),
        ("040,verb,meet,,,,,nan,x\n", 2, "outside 0..1"),
        ("040,verb,meet,,,,,high,x\n", 2, "not a number"),
        ("040,verb,meet,,,,x\n", 2, "columns"),
        ("040,verb,meet,,,,,,x,extra\n", 2, "columns"),
        ("040,verb,meet,,,,maybe,,x\n", 2, "negated"),
        ("040,verb,meet,,with us,,,,x\n", 2, "prep"),
        ("040,verb,meet,,,talk||x,,,x\n", 2, "object"),
        ("# c\n\n040,verb,meet,,,,,,x\n042,verb,meet,,,,,,y\n", 5, "same trigger"),
    ],
)
def test_lexicon_validation_errors_name_file_line_and_entry(tmp_path, body, line, words):
    path = _write(tmp_path, "bad.csv", body)
    with pytest.raises(DataFileError) as info:
        read_patterns(path)
    assert info.value.where == f"{path}:{line}"
    assert words in info.value.reason


def test_lexicon_validation_error_quotes_the_entry(tmp_path):
    path = _write(tmp_path, "bad.csv", "999,verb,meet,,,,,,The envoys met.\n")
    with pytest.raises(DataFileError, match="The envoys met"):
        load_lexicon([path])


def test_lexicon_bad_header(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("# comment\ncameo,kind,lemma\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_patterns(path)
    assert info.value.where == f"{path}:2"


def test_lexicon_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("# nothing yet\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="header"):
        read_patterns(path)


_word = st.from_regex(r"[a-z][a-z'-]{0,11}", fullmatch=True)
_rows = st.fixed_dictionaries(
    {
        "cameo": st.sampled_from(load_ontology().codes()),
        "kind": st.sampled_from(["verb", "noun"]),
        "lemma": _word,
        "particle": st.one_of(st.just(""), _word),
        "prep": st.one_of(st.just(""), _word),
        "objects": st.lists(_word, max_size=3),
        "negated": st.sampled_from(["", "required"]),
        "confidence": st.one_of(
            st.just(""), st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
        ),
        "example": st.text(
            st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40
        ),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row=_rows)
def test_any_valid_row_loads_back(tmp_path_factory, row):
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(
        [
            row["cameo"],
            row["kind"],
            row["lemma"],
            row["particle"],
            row["prep"],
            "|".join(row["objects"]),
            row["negated"],
            "" if row["confidence"] == "" else repr(row["confidence"]),
            row["example"],
        ]
    )
    path = _write(tmp_path_factory.mktemp("lex"), "gen.csv", "# generated\n" + out.getvalue())
    [pattern] = read_patterns(path)
    assert pattern.id == "gen.csv:3"
    assert (pattern.cameo, pattern.kind, pattern.lemma) == (row["cameo"], row["kind"], row["lemma"])
    assert pattern.particle == (row["particle"] or None)
    assert pattern.prep == (row["prep"] or None)
    assert pattern.objects == frozenset(row["objects"])
    assert pattern.negated_only == (row["negated"] == "required")
    expected = 0.7 if row["confidence"] == "" else row["confidence"]
    assert pattern.confidence == pytest.approx(expected)
    assert pattern.example == row["example"].strip()


def test_lexicon_maps_known_lemmatizer_mistakes(lexicon):
    # spaCy lemmatizes "staged" as "stag" and "hoped" as "hop".
    assert lexicon.for_verb("stag") == lexicon.for_verb("stage") != []
    assert lexicon.for_verb("hop") == lexicon.for_verb("hope") != []


def test_lexicon_alias_is_ignored_when_the_lemma_has_patterns(tmp_path):
    user = _write(tmp_path, "mine.csv", "141,verb,stag,,,,,0.5,The herd stagged.\n")
    assert [p.id for p in load_lexicon([user]).for_verb("stag")] == ["mine.csv:2"]


def test_lexicon_direct_construction_with_aliases():
    lex = Lexicon([_pattern(lemma="meet")], aliases={("verb", "met"): "meet"})
    assert [p.lemma for p in lex.for_verb("met")] == ["meet"]
    assert lex.for_noun("met") == []


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("kind,spacy_lemma,lemma\nadverb,stag,stage\n", 2, "kind"),
        ("kind,spacy_lemma,lemma\nverb,stag,stag\n", 2, "two different"),
        ("kind,spacy_lemma,lemma\nverb,stag\n", 2, "columns"),
        ("kind,spacy_lemma,lemma\nverb,stag,stage\n# x\nverb,stag,stagger\n", 4, "already"),
        ("kind,wrong,right\n", 1, "header"),
    ],
)
def test_alias_file_validation(tmp_path, body, line, words):
    path = tmp_path / "aliases.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        read_aliases(path)
    assert info.value.where == f"{path}:{line}"
    assert words in info.value.reason
