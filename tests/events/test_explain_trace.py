"""The extractor's trace: one decision per candidate trigger, agreeing with the events."""

from __future__ import annotations

from event_builders import A, code_text

from chancery.events.trace import Decision

SEN = A("sen", ("Senegal",), "SEN")
GMB = A("gmb", ("Gambia",), "GMB")


def test_trace_explains_each_verb(nlp):
    decisions: list[Decision] = []
    events, _ = code_text(
        nlp,
        "Officials attacked Gambia. Senegal tried to undermine Gambia and sang.",
        (SEN, GMB),
        trace=decisions,
    )
    outcome = {(d.sentence, d.text): d.outcome for d in decisions}
    assert outcome[(0, "attacked")] == "no source actor"
    assert outcome[(1, "tried")] == "transparent"
    assert outcome[(1, "undermine")] == "event"
    assert outcome[(1, "sang")] == "no pattern"
    coded = [d for d in decisions if d.outcome == "event"]
    assert [d.rule for d in coded] == [e.rule for e in events]


def test_trace_marks_governed_and_duplicate(nlp):
    decisions: list[Decision] = []
    code_text(
        nlp,
        "Senegal threatened to attack Gambia. Senegal attacked Gambia and attacked Gambia.",
        (SEN, GMB),
        trace=decisions,
    )
    outcomes = [(d.sentence, d.text, d.outcome) for d in decisions if d.kind == "verb"]
    assert (0, "attack", "governed") in outcomes
    assert (1, "attacked", "duplicate") in outcomes


def test_explain_sentence_on_raw_text(resources):
    from chancery.events import explain_sentence
    from chancery.events.explain import explain

    text = "Kenya attacked Uganda. Kenya sang a song."
    explanation = explain(text, "sang", resources=resources)
    assert explanation is not None and explanation.sentence.index == 1
    assert [row.text for row in explanation.tokens][:2] == ["Kenya", "sang"]
    assert explanation.tokens[1].dep == "ROOT" and explanation.tokens[0].head == 1
    decisions = explain_sentence(text, 1, resources=resources)
    assert [(d.token, d.text, d.outcome) for d in decisions if d.kind == "verb"] == [
        (1, "sang", "no pattern")
    ]
    assert explain(text, "no such words", resources=resources) is None
