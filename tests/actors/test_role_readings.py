"""Role nouns that name no current office-holder: a role held in the past ("was a
two-term prime minister") is a former one, not today's holder; "the ball is in X's court"
names no judiciary (actors/role_readings.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_helpers import ActorsOf, actor_with

D2024 = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("He was a two-term French prime minister before that.", "two-term French prime minister"),
        ("She was the Japanese foreign minister in the 1990s.", "Japanese foreign minister"),
        ("He served as Indian prime minister for a decade.", "Indian prime minister"),
        ("Okafor, a one-time Kenyan president, spoke.", "one-time Kenyan president"),
    ],
)
def test_past_office_is_no_current_holder(actors_of: ActorsOf, text: str, role: str) -> None:
    actor = actor_with(actors_of(text, D2024), role)
    assert actor is not None and actor.kind == "person", actor
    assert actor.sector == "ELI" and not actor.name.startswith(("Emmanuel", "Narendra")), actor


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ("The Indian prime minister arrived on Monday.", "Indian prime minister", "Narendra Modi"),
        (
            "He has served as Indian prime minister since 2014.",
            "Indian prime minister",
            "Narendra Modi",
        ),
    ],
)
def test_current_office_binds_the_holder(
    actors_of: ActorsOf, text: str, role: str, name: str
) -> None:
    actor = actor_with(actors_of(text, D2024), role)
    assert actor is not None and actor.name == name, actor


@pytest.mark.parametrize(
    ("text", "judiciary"),
    [
        ("The ball is now in Beijing's court, the envoy said.", False),
        ("Washington left the ball in Tehran's court.", False),
        ("The appeal now lies in Turkey's constitutional court.", True),
        ("The ruling came from Turkey's top court on Monday.", True),
    ],
)
def test_ball_in_court_is_no_judiciary(actors_of: ActorsOf, text: str, judiciary: bool) -> None:
    actors = actors_of(text, D2024)
    assert any(a.sector == "JUD" for a in actors) is judiciary, [(a.name, a.code) for a in actors]
