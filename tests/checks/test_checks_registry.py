"""The check framework: the default kinds, custom checks, and the whole pipeline."""

from __future__ import annotations

import pytest

import chancery.checks as checks
from chancery.checks import DEFAULT_CHECKS, CheckContext, CheckSpec, apply_checks
from chancery.model import Check


def test_checks_default_kinds() -> None:
    assert [spec.kind for spec in DEFAULT_CHECKS] == [
        "count_mismatch",
        "number_conflict",
        "weekday_mismatch",
    ]


def test_checks_all_names_exist() -> None:
    assert all(hasattr(checks, name) for name in checks.__all__)


def _parsed(nlp, text):
    from chancery.ingest.clean import clean_article
    from chancery.nlp import sentences_of

    cleaned = clean_article(text)
    doc = nlp(cleaned.text)
    return CheckContext(doc, sentences_of(doc, cleaned))


def test_checks_a_new_kind_is_one_function(nlp) -> None:
    def shouting(ctx: CheckContext) -> list[Check]:
        return [
            Check("shouting", s.index, "all in capitals") for s in ctx.sentences if s.text.isupper()
        ]

    ctx = _parsed(nlp, "The port reopened on Monday. THE PORT IS CLOSED AGAIN.")
    found = apply_checks(ctx, (*DEFAULT_CHECKS, CheckSpec("shouting", shouting, "capitals")))
    assert [(c.kind, c.sentence) for c in found] == [("shouting", 1)]


def test_checks_a_check_must_report_its_own_kind(nlp) -> None:
    def wrong(ctx: CheckContext) -> list[Check]:
        return [Check("other", 0, "mislabelled")]

    with pytest.raises(ValueError, match="returned a 'other' result"):
        apply_checks(_parsed(nlp, "A sentence."), (CheckSpec("mine", wrong, ""),))


def test_checks_seed_through_the_pipeline(seed_record) -> None:
    found = [c for c in seed_record.checks if c.kind == "count_mismatch"]
    assert [(c.claimed, c.listed) for c in found] == [(5, 4)]
    assert "one of the five countries to abstain" in seed_record.sentences[found[0].sentence].text
    assert [c.kind for c in seed_record.checks] == ["count_mismatch"]


def test_checks_own_article_through_the_pipeline(run_extract) -> None:
    text = (
        "Flooding hit the Brahmaputra valley on Monday, July 3, 2023, officials said.\n\n"
        "The floods destroyed 400 homes in Assam, the state government said.\n\n"
        "Four districts were worst hit: Barpeta, Nalbari and Dhubri.\n\n"
        "Relief workers said the floods destroyed 650 homes across the valley."
    )
    record = run_extract(text, published="2023-07-05")
    found = {c.kind: c for c in record.checks}
    assert sorted(found) == ["count_mismatch", "number_conflict"]
    assert (found["count_mismatch"].claimed, found["count_mismatch"].listed) == (4, 3)
    assert record.sentences[found["count_mismatch"].sentence].text.startswith("Four districts")
    assert (found["number_conflict"].claimed, found["number_conflict"].listed) == (400, 650)
    assert record.sentences[found["number_conflict"].sentence].text.startswith("Relief workers")
