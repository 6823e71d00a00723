"""Find the places an article names, telling places from actors named by place.

A name is a place when the text uses it as one: governed by a locative preposition
("in Pyongyang", "talks in Geneva"), the goal of a movement ("a visit to Kiev"), or a
city in any role but subject or possessor of an action. A country or capital used as
a party ("Beijing said", "Washington imposed", "Russia's attack", "aid for Ukraine")
is an actor, not a place, and so is any span the actor stage took as a party.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from chancery.model import Actor, MentionIndex, PlaceMention, Sentence
from chancery.nlp import text_of
from chancery.places.gazetteer import Entry, Gazetteer

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Other entity labels the small model gives place names ("a visit to Kiev" -> PERSON):
# these count only with a locative preposition and a known, sizeable place.
MISLABELLED = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", ""}
MIN_POPULATION_WITHOUT_LABEL = 50_000

LOCATIVE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "within",
    "across",
    "throughout",
    "around",
    "into",
    "through",
    "via",
    "along",
    "off",
    "beyond",
    "onto",
    "nearby",
    "outside of",
}
DIRECTIONAL_PREPOSITIONS = {"to", "from", "toward", "towards", "between"}
MOTION_WORDS = {
    "visit",
    "trip",
    "travel",
    "journey",
    "go",
    "come",
    "fly",
    "arrive",
    "return",
    "move",
    "flee",
    "head",
    "deploy",
    "relocate",
    "tour",
    "flight",
    "route",
    "road",
    "drive",
    "sail",
    "evacuate",
    "withdraw",
    "retreat",
    "escape",
    "march",
    "mission",
    "expel",
    "deport",
    "migrate",
    "smuggle",
    "ship",
    "transfer",
    "bring",
    "take",
    "pilgrimage",
    "voyage",
    "arrival",
    "departure",
    "invasion",
    "advance",
    "push",
    "incursion",
    "refugee",
    "migrant",
    "evacuation",
    "delegation",
}
GEOGRAPHIC_NOUNS = {
    "city",
    "town",
    "village",
    "capital",
    "region",
    "province",
    "oblast",
    "state",
    "district",
    "area",
    "outskirts",
    "suburb",
    "suburbs",
    "street",
    "streets",
    "center",
    "centre",
    "port",
    "border",
    "north",
    "south",
    "east",
    "west",
    "part",
    "parts",
    "territory",
    "county",
    "island",
    "coast",
    "heart",
    "downtown",
    "neighborhood",
    "neighbourhood",
    "municipality",
    "governorate",
    "prefecture",
    "frontline",
}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "expl"}
_QUALIFIER = re.compile(r"^\s*,\s*((?:[A-Z][\w.\u2019'-]*\s?){1,3})")
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)$")


def _role_token(token: Any) -> Any:
    """The token whose dependency role a name has: the first of a list or apposition."""
    for _ in range(6):
        if token.dep_ in ("conj", "appos") and token.head is not token:
            token = token.head
        else:
            break
    return token


def _is_locative(token: Any) -> bool:
    """Whether the text uses the name at `token` as a location."""
    token = _role_token(token)
    head = token.head
    if token.dep_ == "pobj" and head.pos_ == "ADP":
        preposition = head.lower_
        if head.head.lower_ == "outside" or preposition in LOCATIVE_PREPOSITIONS:
            return True
        if preposition in DIRECTIONAL_PREPOSITIONS:
            return head.head.lemma_.lower() in MOTION_WORDS
        if preposition == "of":
            return head.head.lemma_.lower() in GEOGRAPHIC_NOUNS
        return False
    if token.dep_ == "compound":
        return head.lemma_.lower() in GEOGRAPHIC_NOUNS
    # "visited Pyongyang", "reached Kherson": the place itself is the object of movement.
    return token.dep_ == "dobj" and head.lemma_.lower() in MOTION_WORDS


def _party_role(token: Any, span_end_char: int, text: str) -> str | None:
    """ "possessor" ("Beijing's decision"), "subject" ("Beijing said") or None."""
    token = _role_token(token)
    if token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children):
        return "possessor"
    if _POSSESSIVE.search(text[max(0, span_end_char - 2) : span_end_char]):
        return "possessor"
    return "subject" if token.dep_ in SUBJECT_DEPS else None


def context_countries(actors: Sequence[Actor]) -> list[str]:
    """The document's countries, most mentioned first (actors' countries, no IGOs)."""
    counts: Counter[str] = Counter()
    for actor in actors:
        if actor.country and len(actor.country) == 3 and actor.country != "IGO":
            counts[actor.country] += max(1, len(actor.mentions))
    return [country for country, _ in counts.most_common()]


def _sentence_countries(actors: Sequence[Actor]) -> dict[int, list[str]]:
    """Sentence index -> the countries of the actors it mentions, most mentioned first."""
    counts: dict[int, Counter[str]] = {}
    for actor in actors:
        if actor.country and len(actor.country) == 3 and actor.country != "IGO":
            for m in actor.mentions:
                counts.setdefault(m.sentence, Counter())[actor.country] += 1
    return {n: [c for c, _ in found.most_common()] for n, found in counts.items()}


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    text = text_of(doc)
    m = re.match(r"(?i)the\s+", text[start:end])
    if m and m.end() < end - start:
        start += m.end()
    m = _POSSESSIVE.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def _candidate_spans(doc: Any) -> list[tuple[Any, bool]]:
    """(span, labelled-as-place) for every name that may be a place."""
    spans: list[tuple[Any, bool]] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            spans.append((ent, True))
            covered.update(range(ent.start, ent.end))
        elif ent.label_ in MISLABELLED:
            spans.append((ent, False))
            covered.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in covered or token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        first = token.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "PROPN":
            first -= 1
        spans.append((doc[first : token.i + 1], False))
    return spans


def find_places(
    doc: Any, sentences: list[Sentence], actors: list[Actor], *, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """Every place the article names as a place, resolved against the gazetteer.

    An ambiguous name prefers the places of the countries its own sentence's actors
    belong to, then those of the whole document ("Tripoli" beside Lebanese actors is
    Tripoli, Lebanon, though Libya leads the document)."""
    text: str = text_of(doc)
    context = context_countries(actors)
    by_sentence = _sentence_countries(actors)
    mentions = MentionIndex(actors)
    starts = [s.start for s in sentences]
    out: list[PlaceMention] = []
    consumed: set[int] = set()
    for span, labelled in sorted(_candidate_spans(doc), key=lambda s: s[0].start_char):
        if span.start_char in consumed:
            continue
        start, end = _trim(doc, span.start_char, span.end_char)
        name, within = text[start:end], None
        if "," in name:
            name, _, within = name.partition(",")
            end = start + len(name)
        elif (m := _QUALIFIER.match(text[end : end + 40])) and gazetteer.knows(m[1].strip()):
            within = m[1].strip()
        index = bisect.bisect_right(starts, start) - 1
        here = by_sentence.get(sentences[index].index, []) if index >= 0 else []
        if not {e.country for e, _ in gazetteer.candidates(name)} & set(here):
            here = context  # the sentence names none of the candidates' countries
        entry = gazetteer.best(name, context_countries=here, within=within)
        if entry is None or not _accept(span, entry, labelled, mentions, start, end, text):
            continue
        if within:
            consumed.add(end + text[end:].index(within))
        out.append(
            PlaceMention(
                start=start,
                end=end,
                text=text[start:end],
                sentence=sentences[index].index if index >= 0 else -1,
                location=entry.location(),
            )
        )
    return out


def _accept(
    span: Any,
    entry: Entry,
    labelled: bool,
    mentions: MentionIndex,
    start: int,
    end: int,
    text: str,
) -> bool:
    token = span.root
    locative = _is_locative(token)
    if not labelled:
        sizeable = entry.precision != "city" or entry.population >= MIN_POPULATION_WITHOUT_LABEL
        return locative and sizeable and span.text[:1].isupper()
    if locative:
        return True
    if mentions.overlapping(start, end):
        return False  # the actor stage took this name as a party
    if entry.precision != "city" or entry.capital:
        # A country, region or capital outside a locative role stands for its government
        # ("Beijing said", "angered Tokyo") or is an adjective.
        return False
    # "Kherson was retaken" names a place; "Kherson's mayor" names its people.
    return _party_role(token, span.end_char, text) != "possessor"
