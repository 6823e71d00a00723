"""find_places: places are places; capitals and countries acting as parties are not."""

from __future__ import annotations

import pytest

from chancery.model import Actor, CleanedText, Mention, Paragraph
from chancery.nlp import sentences_of
from chancery.places import context_countries, find_places, load_gazetteer


@pytest.fixture(scope="module")
def places(nlp):
    gazetteer = load_gazetteer()

    def _places(text: str, actors: list[Actor] | None = None):
        doc = nlp(text)
        cleaned = CleanedText(text, [Paragraph(0, 0, len(text))], 1)
        found = find_places(doc, sentences_of(doc, cleaned), actors or [], gazetteer=gazetteer)
        for p in found:
            assert text[p.start : p.end] == p.text
        return {p.text: p for p in found}

    return _places


@pytest.mark.parametrize(
    ("text", "name", "resolved", "country", "precision"),
    [
        ("Talks resumed in Geneva on Tuesday.", "Geneva", "Geneva", "CHE", "city"),
        (
            "The president flew to Pyongyang for the parade.",
            "Pyongyang",
            "Pyongyang",
            "PRK",
            "city",
        ),
        ("Her visit to Kiev lasted a day.", "Kiev", "Kyiv", "UKR", "city"),
        ("Fighting raged in Russia overnight.", "Russia", "Russia", "RUS", "country"),
        ("Shelling continued in the Donbas.", "Donbas", "Donbas", "UKR", "admin1"),
        ("Protests spread across Bombay.", "Bombay", "Mumbai", "IND", "city"),
        ("Floods hit villages near Rangoon.", "Rangoon", "Yangon", "MMR", "city"),
        ("Residents of Lagos queued for fuel.", "Lagos", "Lagos", "NGA", "city"),
        ("Chicago was hit by a storm.", "Chicago", "Chicago", "USA", "city"),
        ("He grew up in Paris, Texas, and later moved away.", "Paris", "Paris", "USA", "city"),
    ],
)
def test_place_found(places, text, name, resolved, country, precision):
    found = places(text)
    assert name in found, sorted(found)
    location = found[name].location
    assert (location.name, location.country, location.precision) == (resolved, country, precision)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beijing said the drills were routine.", "Beijing"),
        ("Washington imposed new sanctions on the firm.", "Washington"),
        ("Beijing's decision angered Tokyo.", "Beijing"),
        ("Beijing's decision angered Tokyo.", "Tokyo"),
        ("Russia launched missiles at the port.", "Russia"),
        ("The aid package for Ukraine passed.", "Ukraine"),
        ("The former ambassador to Russia spoke.", "Russia"),
    ],
)
def test_actor_use_is_not_a_place(places, text, name):
    assert name not in places(text)


def test_actor_mention_in_locative_role_is_still_a_place(places):
    text = "Officials met in Moscow while Moscow denied the report."
    moscow = [i for i in range(len(text)) if text.startswith("Moscow", i)]
    actor = Actor(
        "a1",
        "Russia",
        "state",
        country="RUS",
        mentions=[Mention(0, s, s + 6, "Moscow") for s in moscow],
    )
    doc_places = places(text, [actor])
    assert list(doc_places) == ["Moscow"]
    assert doc_places["Moscow"].start == moscow[0]


def test_document_countries_break_ties(places):
    actor = Actor("a1", "Lebanon", "state", country="LBN", mentions=[Mention(0, 0, 7, "Lebanon")])
    found = places("Lebanon mourned as clashes erupted in Tripoli.", [actor])
    assert found["Tripoli"].location.country == "LBN"


def test_context_countries_ranked_by_mentions():
    actors = [
        Actor("a1", "UN", "organization", country="IGO", mentions=[Mention(0, 0, 2, "UN")] * 5),
        Actor("a2", "Chad", "state", country="TCD", mentions=[Mention(0, 0, 4, "Chad")]),
        Actor("a3", "Sudan", "state", country="SDN", mentions=[Mention(0, 0, 5, "Sudan")] * 3),
    ]
    assert context_countries(actors) == ["SDN", "TCD"]
