"""Events: who did what to whom, when and where, coded in CAMEO and PLOVER.

`code_events` is the pipeline stage. It reads triggers off the dependency parse with the
lexicon (verbs.csv), resolves their parties to the actors found earlier, flags modality,
dates and places each event and marks history. `explain_sentence` shows, word by word,
why each candidate trigger did or did not become an event.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from chancery.events.coding import code_document
from chancery.events.explain import Decision, Explanation, TokenRow, explain_sentence
from chancery.events.lexicon import Lexicon, Pattern, load_lexicon
from chancery.events.ontology import CameoCode, Ontology, load_ontology
from chancery.model import Actor, Event, PlaceMention, Quote, Sentence, TimeExpression

__all__ = [
    "CameoCode",
    "Decision",
    "Explanation",
    "Lexicon",
    "Ontology",
    "Pattern",
    "TokenRow",
    "code_events",
    "explain_sentence",
    "load_lexicon",
    "load_ontology",
]


def code_events(
    doc: Any,
    sentences: list[Sentence],
    actors: list[Actor],
    *,
    dates: list[TimeExpression],
    places: list[PlaceMention],
    quotes: list[Quote],
    published: dt.date | None,
    lexicon: Lexicon,
    ontology: Ontology,
    gazetteer: Any,
) -> list[Event]:
    """The events of one parsed document (the pipeline's event stage)."""
    return code_document(
        doc,
        sentences,
        actors,
        dates=dates,
        places=places,
        quotes=quotes,
        published=published,
        lexicon=lexicon,
        ontology=ontology,
        gazetteer=gazetteer,
    )
