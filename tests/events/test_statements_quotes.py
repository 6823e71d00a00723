"""Quotes: "we" is the speaker; evaluative quotes are the speaker's statements."""

from __future__ import annotations

from event_builders import A, code_text, countries

MOZ = A("moz", ("Mozambique",), "MOZ")
MWI = A("mwi", ("Malawi",), "MWI")
ZMB = A("zmb", ("Zambia",), "ZMB")
NYUSI = A("nyusi", ("Filipe Nyusi", "Nyusi"), "MOZ", "GOV", "person")
ALL = (MOZ, MWI, ZMB, NYUSI)


def test_we_in_a_quote_is_the_speaker(nlp):
    text = '"We urge Malawi to reopen the border," Filipe Nyusi said.'
    events, _ = code_text(nlp, text, ALL, quotes={"We urge Malawi to reopen the border,": "nyusi"})
    (appeal,) = [e for e in events if e.cameo == "020"]
    assert [p.actor for p in appeal.source] == ["nyusi"]
    assert countries(appeal.target) == ["MWI"]


def test_without_the_quote_we_names_nobody(nlp):
    events, _ = code_text(nlp, '"We urge Malawi to reopen the border," Filipe Nyusi said.', ALL)
    assert [e for e in events if e.cameo == "020"] == []


def test_evaluative_quote_is_a_criticism_of_its_subjects(nlp):
    text = '"Malawi and Zambia keep closing their borders. That is deeply worrisome," Nyusi said.'
    quote = "Malawi and Zambia keep closing their borders. That is deeply worrisome,"
    events, _ = code_text(nlp, text, ALL, quotes={quote: "nyusi"})
    (criticism,) = [e for e in events if e.cameo == "111"]
    assert [p.actor for p in criticism.source] == ["nyusi"]
    assert sorted(countries(criticism.target)) == ["MWI", "ZMB"]
    assert criticism.rule.startswith("statements.csv:")
    assert criticism.sentence == 1


def test_negated_evaluation_is_no_criticism(nlp):
    text = '"The Malawi decision is not worrisome," Nyusi said.'
    events, _ = code_text(nlp, text, ALL, quotes={"The Malawi decision is not worrisome,": "nyusi"})
    assert [e for e in events if e.cameo == "111"] == []
