"""Dates, history and places of events."""

from __future__ import annotations

import datetime as dt

from event_builders import PUBLISHED, A, code_text

D = dt.date
LAO = A("lao", ("Laos",), "LAO")
KHM = A("khm", ("Cambodia",), "KHM")
SUN = A("sun", ("Soviet Union",), "SUN")
ALL = (LAO, KHM, SUN)


def test_governing_time_expression_dates_the_event(nlp):
    events, _ = code_text(
        nlp,
        "Last week, Laos attacked Cambodia.",
        ALL,
        dates=[("Last week", D(2024, 3, 4), D(2024, 3, 10), False)],
    )
    (event,) = events
    assert (event.date.start, event.date.end, event.date.text) == (
        D(2024, 3, 4),
        D(2024, 3, 10),
        "Last week",
    )
    assert not event.historical


def test_without_a_time_the_publication_day(nlp):
    (event,) = code_text(nlp, "Laos attacked Cambodia.", ALL)[0]
    assert event.date.basis == "published"
    assert event.date.start == event.date.end == PUBLISHED


def test_durations_never_date_an_event(nlp):
    (event,) = code_text(
        nlp,
        "After three years, Laos attacked Cambodia.",
        ALL,
        dates=[("three years", D(2021, 3, 15), D(2024, 3, 15), True)],
    )[0]
    assert event.date.basis == "published"


def test_time_of_another_noun_does_not_date_the_verb(nlp):
    (event,) = code_text(
        nlp,
        "Laos attacked Cambodia after the collapse of talks in 2019.",
        ALL,
        dates=[("2019", D(2019, 1, 1), D(2019, 12, 31), False)],
    )[0]
    assert event.date.basis == "published"
    assert not event.historical


def test_old_date_makes_the_event_historical(nlp):
    (event,) = code_text(
        nlp,
        "Laos attacked Cambodia on May 4, 1975.",
        ALL,
        dates=[("May 4, 1975", D(1975, 5, 4), D(1975, 5, 4), False)],
    )[0]
    assert event.historical
    assert event.date.start == D(1975, 5, 4)


def test_historical_context_carries_through_past_tense_sentences_of_a_paragraph(nlp):
    text = (
        "After World War II, Laos attacked Cambodia. Cambodia attacked Laos in return. "
        "Today Laos visits Cambodia.\n\nLaos attacked Cambodia."
    )
    events, _ = code_text(nlp, text, ALL)
    by_sentence = {e.sentence: e for e in events}
    assert by_sentence[0].historical and by_sentence[0].date.start.year == 1945
    assert by_sentence[1].historical and by_sentence[1].date.start.year == 1945
    assert not by_sentence[2].historical  # present tense
    assert not by_sentence[3].historical  # a new paragraph
    assert by_sentence[3].date.basis == "published"


def test_historic_state_and_then_marker(nlp):
    events, _ = code_text(
        nlp, "The Soviet Union attacked Laos. The then government of Laos visited Cambodia.", ALL
    )
    assert [e.historical for e in events] == [True, True]
    assert all(e.date is None or e.date.basis != "published" for e in events)


def test_place_attached_to_the_trigger(nlp):
    (event,) = code_text(
        nlp,
        "Laos met with Cambodia in Vientiane.",
        (*ALL,),
        places=[("Vientiane", "Vientiane", "LAO", "city")],
        lexicon=None,
    )[0]
    assert event.location is not None and event.location.name == "Vientiane"


def test_place_of_a_visit_noun(nlp):
    (event,) = code_text(
        nlp,
        "Laos's visit to Phnom Penh was brief.",
        ALL,
        places=[("Phnom Penh", "Phnom Penh", "KHM", "city")],
    )[0]
    assert event.location.name == "Phnom Penh"
    assert event.target[0].country == "KHM" and event.target[0].actor is None


def test_a_place_used_as_subject_is_no_location(nlp):
    vientiane = A("lao2", ("Vientiane",), "LAO", "GOV")
    (event,) = code_text(
        nlp,
        "Vientiane attacked Cambodia.",
        (*ALL, vientiane),
        places=[("Vientiane", "Vientiane", "LAO", "city")],
    )[0]
    assert event.location is None
