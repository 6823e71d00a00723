"""A first-level region named alone ("Sindh", "Central Java Province") is a place, not an
actor, unless it acts like a government.

The model often reads a province's name as an organisation or a person ("Balochistan",
"Central Java Province"), which left an uncoded actor. Following capitals (resolve.py: a
capital used as a party is its state's government, "Nairobi said"), a name that the
gazetteer knows as the first-level region of one country (places/data/regions.txt), alone
or followed by a region word ("province") or by the words of a title ("Balochistan Home
Minister"), is read so:
- as the subject of a verb ("Sindh closed its schools") it is the regional government,
  coded as its country's government (CAMEO gives subnational governments the country's
  GOV): basis "rule:region as its government";
- anywhere else ("floods in Sindh", "the Sindh chief minister") it is a place, no actor;
  the country it gives stays evidence for the actors around it (actors/evidence.py).
A name that is also a country's ("Georgia") or the region of two countries ("Punjab") is
not read so (actors.evidence.region_country).

A region written before a person's title ("the Sindh chief minister", "Aceh's governor",
"the Queensland premier") names that region's official: the title takes the region's
country (`title_region`) and is never bound to the national holder of the same title
(resolve._office_holder: the Queensland premier is not Australia's prime minister).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from chancery.actors.kb import CODE_PATTERN

if TYPE_CHECKING:
    from chancery.actors.recognize import Candidate
    from chancery.actors.roles import DocIndex

__all__ = [
    "REGION_LABEL",
    "REGION_NOUNS",
    "REGION_WORDS",
    "acting_region",
    "region_country",
    "region_end",
    "title_region",
]

REGION_LABEL = "region"
REGION_WORDS = 3  # the longest region name looked up ("Khyber Pakhtunkhwa", "New South Wales")
# Words after a region's name that name its kind ("Aceh province", "Kachin State").
REGION_NOUNS = {"province", "region", "state", "prefecture", "governorate", "oblast", "county"}
_ACTING = {"nsubj"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


def region_end(doc: Doc, s: int, e: int, role_tokens: set[int]) -> int | None:
    """The end of the region's own words when doc[s:e] is a region's name, alone or followed
    by a region noun or by title words only; None when it is not."""
    for width in range(min(REGION_WORDS, e - s), 0, -1):
        rest = range(s + width, e)
        if not all(doc[i].lower_ in REGION_NOUNS or i in role_tokens for i in rest):
            continue
        if region_country(doc[s : s + width]) is not None:
            return s + width
    return None


def acting_region(doc: Doc, cand: Candidate) -> tuple[str, str] | None:
    """The country and basis of a region acting as a party, else None (see the module doc)."""
    words = doc[cand.t_start : cand.t_end]
    if words.root.dep_ not in _ACTING or words.root.head.pos_ not in ("VERB", "AUX"):
        return None
    country = region_country(words)
    if country is None:
        return None
    return country, f"rule:region as its government ({words.text})"


def region_country(words: Span) -> str | None:
    """The country of the one first-level region of that name, if the gazetteer has one
    ("Central Java" or "Central Java Province")."""
    if len(words) > 1 and words[-1].lower_ in REGION_NOUNS:
        words = words[:-1]
    from chancery.places.gazetteer import load_gazetteer, name_key  # built only when needed

    name = words.text
    key = name_key(name)
    found = load_gazetteer().candidates(name)
    if any(e.precision == "country" for e, _ in found):
        return None
    countries = {e.country for e, _ in found if e.precision == "admin1" and name_key(e.name) == key}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return country if country and CODE_PATTERN.match(country) else None


def title_region(index: DocIndex, phrase: list[int], head: int) -> tuple[str, str] | None:
    """(country, region name) of the region named by proper nouns right before a title's
    head, alone or as a possessor ("the Sindh chief minister", "Aceh's governor"); None when
    those words are no region of one country or are part of another actor's name."""
    doc = index.doc
    words = [i for i in phrase if i < head]
    while words and (doc[words[-1]].text in _POSSESSIVE or _is_role(index, words[-1])):
        words.pop()  # "Aceh's", "chief" of "chief minister"
    end = words[-1] + 1 if words else None
    if end is None or doc[end - 1].pos_ != "PROPN":
        return None
    start = end - 1
    while start - 1 in words and doc[start - 1].pos_ == "PROPN":
        start -= 1  # the whole name: "Wales" of "New South Wales" is no region of its own
    if end - start > REGION_WORDS or any(
        (c := index.cand_at.get(i)) is not None and c.label != REGION_LABEL
        for i in range(start, end)
    ):
        return None  # a word of a person's or an organisation's name, not a region
    country = region_country(doc[start:end])
    return (country, doc[start:end].text) if country is not None else None


def _is_role(index: DocIndex, i: int) -> bool:
    return i in index.role_at
