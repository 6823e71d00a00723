"""Who did it when the parser misplaces the doer: a "by" phrase hung on the object of the
passive verb's "with" phrase, and the subject of a sentence whose only verb the parser hung
on a noun as a participle."""

from __future__ import annotations

import pytest


def _events(run_extract, text: str) -> list[tuple[str, str, list[str | None]]]:
    record = run_extract(text, published="2025-03-14")
    return [(e.cameo, e.trigger.text, [p.country for p in e.source]) for e in record.events]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Several small states have been threatened with painful tariffs by Brazil.",
            "threatened",
            "BRA",
        ),
        (
            "Two ports were threatened with closure by Egypt last year.",
            "threatened",
            "EGY",
        ),
    ],
)
def test_by_phrase_on_the_with_object(run_extract, text, trigger, source) -> None:
    found = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert found and all(e[2] == [source] for e in found)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "Nurses from three Norwegian charities donated and handed over 20 tonnes of "
            "medicine to a clinic in Malawi.",
            "donated",
            "NOR",
        ),
    ],
)
def test_verbless_sentence_predicate(run_extract, text, trigger, source) -> None:
    found = [e for e in _events(run_extract, text) if e[1] == trigger]
    assert found and found[0][2] == [source]


@pytest.mark.parametrize(
    "text",
    [
        # a true participle with its "by" agent keeps its passive reading
        "Tents donated by Norway reached the camp in Malawi.",
    ],
)
def test_participle_with_agent_keeps_its_agent(run_extract, text) -> None:
    found = [e for e in _events(run_extract, text) if e[1] == "donated"]
    assert found and found[0][2] == ["NOR"]
