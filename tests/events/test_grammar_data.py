"""The grammar word lists and named eras are data, validated at load."""

from __future__ import annotations

import pytest

from chancery.errors import DataFileError
from chancery.events.grammar import load_eras, load_grammar, read_eras, read_grammar
from chancery.events.ontology import load_ontology
from chancery.events.statements import load_statement_cues, read_statement_cues


def test_packaged_files_load():
    grammar = load_grammar()
    assert "try" in grammar.attempt_verbs and "SUN" in grammar.historic_states
    assert any(e.phrase == "World War II" for e in load_eras())
    assert ("worrisome", "ADJ") in load_statement_cues()


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("attempt_verbs: [try\n", 1, "not valid YAML"),
        ("- a list\n", 1, "mapping"),
        ("attempt_verbs: []\n", 1, "attempt_verbs"),
    ],
)
def test_bad_grammar_file_names_the_line(tmp_path, body, line, reason):
    path = tmp_path / "grammar.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_grammar(path)
    assert err.value.where.endswith(f":{line}") or "not valid YAML" in reason
    assert reason in str(err.value)


def test_bad_word_in_grammar_names_its_key(tmp_path):
    good = load_grammar().model_dump()
    lines = [f"{k}: {sorted(v) if not isinstance(v, int) else v}" for k, v in good.items()]
    lines = [line.replace("'", "") for line in lines]
    lines[3] = "hypothetical_auxiliaries: [would, Two Words]"
    path = tmp_path / "grammar.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_grammar(path)
    assert err.value.where == f"{path}:4"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Cold War,1991-01-01,1947-01-01", "end before start"),
        ("Cold War,1947", "expected phrase,start,end"),
        ("Cold War,yesterday,1991-01-01", "YYYY-MM-DD"),
    ],
)
def test_bad_era_row(tmp_path, row, reason):
    path = tmp_path / "eras.csv"
    path.write_text(f"# comment\nphrase,start,end\n\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_eras(path)
    assert err.value.where == f"{path}:4"
    assert reason in err.value.reason


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("999,bad,ADJ,0.5,x", "unknown CAMEO code"),
        ("111,Bad,ADJ,0.5,x", "lower-case"),
        ("111,bad,VERB,0.5,x", "ADJ or NOUN"),
        ("111,bad,ADJ,1.5,x", "outside 0..1"),
    ],
)
def test_bad_statement_cue(tmp_path, row, reason):
    path = tmp_path / "statements.csv"
    path.write_text(f"cameo,lemma,pos,confidence,example\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_statement_cues(path, load_ontology())
    assert err.value.where == f"{path}:2"
    assert reason in err.value.reason
