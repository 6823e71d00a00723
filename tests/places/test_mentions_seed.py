"""The seed article through the whole pipeline: Kiev is a place, at Kyiv."""

from __future__ import annotations

from chancery.model import DocumentRecord
from chancery.places import find_places


def test_seed_kiev_is_kyiv(nlp, resources, seed_record: DocumentRecord):
    doc = nlp(seed_record.document.text)
    places = find_places(
        doc, seed_record.sentences, seed_record.actors, gazetteer=resources.gazetteer
    )
    kiev = [p for p in places if p.text == "Kiev"]
    assert kiev
    location = kiev[0].location
    assert (location.name, location.country, location.precision) == ("Kyiv", "UKR", "city")
    assert abs(location.lat - 50.45) < 0.05 and abs(location.lon - 30.52) < 0.05
    texts = {p.text for p in places}
    assert not texts & {"Beijing", "Russia’s", "South Korea’s"}
    assert all(p.location.precision == "country" for p in places if p.text == "North Korea")
