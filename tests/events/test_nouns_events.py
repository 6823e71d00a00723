"""Events named by nouns: possessors, light verbs, governed nouns (own test sentences)."""

from __future__ import annotations

import pytest
from event_builders import A, code_text, countries

GHA = A("gha", ("Ghana",), "GHA")
TGO = A("tgo", ("Togo",), "TGO")
BEN = A("ben", ("Benin",), "BEN")
ALL = (GHA, TGO, BEN, A("gh2", ("Ghanaian",), "GHA"))


def events_of(nlp, text):
    events, _ = code_text(nlp, text, ALL)
    return events


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target", "path"),
    [
        ("Ghana's visit to Togo ended on Friday.", "042", ["GHA"], ["TGO"], "poss>to"),
        ("The Ghanaian visit to Togo was short.", "042", ["GHA"], ["TGO"], "compound>to"),
        ("The visit to Togo by Ghana was short.", "042", ["GHA"], ["TGO"], "by>to"),
        ("Ghana held talks with Togo on the border.", "040", ["GHA"], ["TGO"], ""),
        ("Ghana launched an attack on Togo at dawn.", "190", ["GHA"], ["TGO"], "light.nsubj>on"),
        ("Benin's invasion of Togo shocked the region.", "190", ["BEN"], ["TGO"], "poss>of"),
    ],
)
def test_noun_events(nlp, text, cameo, source, target, path):
    events = events_of(nlp, text)
    coded = [e for e in events if e.cameo == cameo]
    assert len(coded) == 1, [(e.cameo, e.rule) for e in events]
    assert countries(coded[0].source) == source
    assert countries(coded[0].target) == target
    assert path in coded[0].rule


def test_noun_without_a_source_is_dropped(nlp):
    assert events_of(nlp, "The visit to Togo ended on Friday.") == []


def test_noun_object_of_a_coded_verb_is_its_content(nlp):
    # "threatened" is the event; the "attack" it names is its content, not a second event
    events = events_of(nlp, "Ghana threatened Togo's attack on Benin.")
    assert [e.cameo for e in events] == ["130"]


def test_noun_pattern_with_a_modifier_constraint(nlp):
    events = events_of(nlp, "Ghana's military parade filled the capital.")
    assert [(e.cameo, countries(e.source), e.target) for e in events] == [("150", ["GHA"], [])]
    assert events_of(nlp, "Ghana's wedding parade filled the capital.") == []
