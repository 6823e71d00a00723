"""A lone surname the parser tags as an organisation ("Does Trump see ...") is the person:
the full name given elsewhere in the text, else the one office-holder the knowledge base
knows by it. Organisation names and acronyms stay organisations."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_helpers import ActorsOf

D2025 = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "word", "name", "code"),
    [
        (
            "The campaign reached the Trump administration in Washington. "
            "Trump has voiced interest in the deal.",
            "Trump",
            "Donald Trump",
            "USAGOV",
        ),
        ("Does Trump see China as a threat?", "Trump", "Donald Trump", "USAGOV"),
        # The family name of another spelling the knowledge base lists.
        ("Zelenskyy said the talks had failed.", "Zelenskyy", "Volodymyr Zelensky", "UKRGOV"),
    ],
)
def test_surname_tagged_as_organization_is_the_person(
    actors_of: ActorsOf, text: str, word: str, name: str, code: str | None
) -> None:
    actors = actors_of(text, D2025)
    holders = [a for a in actors if any(m.text == word for m in a.mentions)]
    assert holders, [(a.name, a.kind) for a in actors]
    assert all(a.kind == "person" for a in holders), [(a.name, a.kind) for a in holders]
    if code is not None:
        assert holders[0].name == name and holders[0].code == code


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Analysts at NATO doubt it.", "NATO", "IGONAT"),
        ("Shares of Toyota fell on Monday.", "Toyota", "JPNBUS"),
    ],
)
def test_organizations_stay_organizations(
    actors_of: ActorsOf, text: str, word: str, code: str
) -> None:
    actors = actors_of(text, D2025)
    (actor,) = [a for a in actors if any(m.text == word for m in a.mentions)]
    assert actor.kind == "organization" and actor.code == code
