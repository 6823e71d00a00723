"""A participle clause on a text an actor issues speaks for the issuer: "the ministry
released a statement *condemning* ..." is the ministry condemning (clauses.issuer_of)."""

from __future__ import annotations

import pytest
from structure_helpers import coded


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "The Peruvian foreign ministry released a statement condemning the Chilean air strikes.",
            "ACCUSE",
            ("PER",),
            ("CHL",),
        ),
        (
            "Bolivia's interior ministry issued a statement accusing Peru of harbouring rebels.",
            "ACCUSE",
            ("BOL",),
            ("PER",),
        ),
        (
            "Ghana published a communique calling for Togo to withdraw its troops.",
            "REQUEST",
            ("GHA",),
            ("TGO",),
        ),
        (
            "The Algerian government said in a statement condemning the Moroccan blockade "
            "that talks were over.",
            "ACCUSE",
            ("DZA",),
            ("MAR",),
        ),
    ],
)
def test_participle_on_issued_text_has_the_issuer_as_source(
    run_extract, text, plover, source, target
):
    events = coded(run_extract, text)
    assert any(e.plover == plover and e.source == source and e.target == target for e in events), (
        events
    )


def test_issuing_verb_gives_way_to_the_coded_participle(run_extract):
    events = coded(
        run_extract,
        "The Peruvian foreign ministry released a statement condemning the Chilean air strikes.",
    )
    assert [e.plover for e in events] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a text someone else issued: rejecting it is no condemnation by the rejecter
        ("Peru rejected a statement condemning Chile.", ("PER",)),
        # a participle on a person, not a text: the police do not condemn
        ("Kenyan police arrested a man condemning the Ugandan election.", ("KEN",)),
    ],
)
def test_participle_elsewhere_does_not_speak_for_the_subject(run_extract, text, source):
    events = coded(run_extract, text)
    assert not [e for e in events if e.plover == "ACCUSE" and e.source == source], events
