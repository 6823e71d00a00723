"""The clause-rule word lists are data, validated at load with file:line errors."""

from __future__ import annotations

import pytest

from chancery.errors import DataFileError
from chancery.events.clause_rules import load_clause_rules, read_clause_rules
from chancery.events.intent import THREAT_FILE, load_intent_table


def test_clause_rules_packaged_file_loads():
    rules = load_clause_rules()
    assert "warn" in rules.warning_verbs and "unless" in rules.threat_condition_marks


def test_clause_rules_conditional_threat_table_maps_to_threats():
    assert all(code.startswith("13") for code, _ in load_intent_table(THREAT_FILE).values())


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("warning_verbs: [warn\n", 2, "not valid YAML"),
        ("- a list\n", 1, "mapping"),
        ("# comment\nwarning_verbs: []\n", 2, "warning_verbs"),
        ("# comment\n\nwarning_verbs: [Two Words]\n", 3, "warning_verbs"),
    ],
)
def test_clause_rules_bad_file_names_the_line(tmp_path, body, line, reason):
    path = tmp_path / "clause_rules.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_clause_rules(path)
    assert f":{line}" in err.value.where
    assert reason in str(err.value)


def test_clause_rules_bad_threat_code_names_the_line(tmp_path):
    path = tmp_path / "threat.csv"
    path.write_text("action_prefix,threat_code\n087,0356\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_intent_table(path)
    assert err.value.where == "threat.csv:2"
