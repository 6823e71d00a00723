"""Plain dataclasses for the `chancery.document/1` record and the values passed between stages.

Every stage of the pipeline is a function over these types; none of them holds I/O or
engine state. `DocumentRecord.to_dict()` produces exactly the JSON fixed in
`shared/contract/document-v1.md`; `DocumentRecord.from_dict()` reads it back.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "chancery.document/1"

ActorKind = Literal["person", "state", "organization", "group"]
Granularity = Literal["day", "week", "month", "year", "decade", "century"]
DateBasis = Literal["relative", "absolute", "published"]
Precision = Literal["city", "admin1", "country"]


# --------------------------------------------------------------------------- document


@dataclass(slots=True)
class Paragraph:
    """A kept paragraph: its position among kept paragraphs and its span in the cleaned text."""

    index: int
    start: int
    end: int


@dataclass(slots=True)
class DuplicateParagraph:
    """A dropped paragraph (1-based positions in the input, as people count paragraphs)."""

    paragraph: int
    same_as: int


@dataclass(slots=True)
class CleanedText:
    """What cleaning hands to the NLP stage: the text every offset points into."""

    text: str
    paragraphs: list[Paragraph]
    paragraphs_in: int
    duplicates_removed: list[DuplicateParagraph] = field(default_factory=list)
    boilerplate_removed: int = 0


@dataclass(slots=True)
class DocumentInfo:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    language: str = "en"
    published: dt.date | None = None
    paragraphs_in: int = 0
    paragraphs_kept: int = 0
    duplicates_removed: list[DuplicateParagraph] = field(default_factory=list)
    content_hash: str = ""


@dataclass(slots=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- actors


@dataclass(slots=True)
class Mention:
    sentence: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    org: str | None = None
    # Which knowledge-base entry (file:line) or rule gave the code, for provenance.
    basis: str | None = None


def actor_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO writes an actor as country + sector ("PRKGOV"); either part may be absent."""
    if not country and not sector:
        return None
    return f"{country or ''}{sector or ''}"


class MentionIndex:
    """Find the actor a character span refers to, in O(log n)."""

    def __init__(self, actors: list[Actor]) -> None:
        items = sorted(
            ((m.start, m.end, a, m) for a in actors for m in a.mentions), key=lambda t: t[0]
        )
        self._starts = [i[0] for i in items]
        self._items = items

    def overlapping(self, start: int, end: int) -> list[tuple[Actor, Mention]]:
        """Every (actor, mention) whose mention overlaps [start, end)."""
        hi = bisect.bisect_left(self._starts, end)
        return [(a, m) for s, e, a, m in self._items[:hi] if e > start and s < end]

    def at(self, start: int, end: int) -> Actor | None:
        """The actor whose mention overlaps [start, end) the most, if any."""
        best: tuple[int, Actor] | None = None
        for a, m in self.overlapping(start, end):
            overlap = min(end, m.end) - max(start, m.start)
            if best is None or overlap > best[0]:
                best = (overlap, a)
        return best[1] if best else None


# --------------------------------------------------------------------------- time and place


@dataclass(slots=True)
class TimeExpression:
    """A time expression in the text and the interval it denotes (both ends inclusive)."""

    text: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    offset: int  # character offset of the expression's start in document.text
    end_offset: int = 0
    sentence: int = -1
    basis: DateBasis = "absolute"
    # A duration ("almost three years") or a date that only counts ("70th anniversary")
    # is recognised but must not date an event.
    is_duration: bool = False


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: Precision
    geonameid: int | None = None


@dataclass(slots=True)
class PlaceMention:
    """A place named in the text, resolved against the gazetteer."""

    start: int
    end: int
    text: str
    sentence: int
    location: Location


# --------------------------------------------------------------------------- events


@dataclass(slots=True)
class Party:
    actor: str | None
    country: str | None
    sector: str | None
    code: str | None
    text: str


@dataclass(slots=True)
class Trigger:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Plover:
    event: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    attempted: bool = False

    @property
    def is_plain(self) -> bool:
        return not (self.negated or self.hypothetical or self.future or self.attempted)


@dataclass(slots=True)
class EventDate:
    start: dt.date
    end: dt.date
    text: str | None
    basis: DateBasis


@dataclass(slots=True)
class Event:
    id: str
    sentence: int
    trigger: Trigger
    source: list[Party]
    target: list[Party]
    cameo: str
    cameo_label: str
    root: str
    quad_class: int
    goldstein: float
    plover: Plover
    modality: Modality = field(default_factory=Modality)
    historical: bool = False
    date: EventDate | None = None
    location: Location | None = None
    confidence: float = 0.5
    rule: str = ""


# --------------------------------------------------------------------------- quotes and checks


@dataclass(slots=True)
class Quote:
    id: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_country: str | None = None
    speaker_code: str | None = None
    cue: str | None = None
    sentence: int = -1
    # "fragment" for a short phrase quoted inside a sentence, "direct" for a full quote.
    kind: str = "direct"


@dataclass(slots=True)
class Check:
    kind: str
    sentence: int
    message: str
    claimed: Any = None
    listed: Any = None


# --------------------------------------------------------------------------- the record


@dataclass(slots=True)
class DocumentRecord:
    document: DocumentInfo
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready `chancery.document/1` record."""
        return _jsonable(
            {
                "schema": self.schema,
                "document": asdict(self.document),
                "sentences": [asdict(s) for s in self.sentences],
                "actors": [asdict(a) for a in self.actors],
                "events": [asdict(e) for e in self.events],
                "quotes": [asdict(q) for q in self.quotes],
                "dates": [asdict(d) for d in self.dates],
                "checks": [asdict(c) for c in self.checks],
            }
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentRecord:
        d = dict(data["document"])
        d["published"] = _date(d.get("published"))
        d["duplicates_removed"] = [DuplicateParagraph(**x) for x in d.get("duplicates_removed", [])]
        info = DocumentInfo(
            **{k: v for k, v in d.items() if k in DocumentInfo.__dataclass_fields__}
        )
        actors = []
        for a in data.get("actors", []):
            a = dict(a)
            a["mentions"] = [Mention(**m) for m in a.get("mentions", [])]
            actors.append(Actor(**{k: v for k, v in a.items() if k in Actor.__dataclass_fields__}))
        events = []
        for e in data.get("events", []):
            e = dict(e)
            e["trigger"] = Trigger(**e["trigger"])
            e["source"] = [Party(**p) for p in e.get("source", [])]
            e["target"] = [Party(**p) for p in e.get("target", [])]
            e["plover"] = Plover(**e["plover"])
            e["modality"] = Modality(**e.get("modality", {}))
            if e.get("date"):
                e["date"] = EventDate(
                    start=_req_date(e["date"]["start"]),
                    end=_req_date(e["date"]["end"]),
                    text=e["date"].get("text"),
                    basis=e["date"].get("basis", "published"),
                )
            if e.get("location"):
                e["location"] = Location(**e["location"])
            events.append(Event(**{k: v for k, v in e.items() if k in Event.__dataclass_fields__}))
        dates = []
        for t in data.get("dates", []):
            t = dict(t)
            t["start"], t["end"] = _req_date(t["start"]), _req_date(t["end"])
            dates.append(
                TimeExpression(
                    **{k: v for k, v in t.items() if k in TimeExpression.__dataclass_fields__}
                )
            )
        return cls(
            document=info,
            sentences=[Sentence(**s) for s in data.get("sentences", [])],
            actors=actors,
            events=events,
            quotes=[
                Quote(**{k: v for k, v in q.items() if k in Quote.__dataclass_fields__})
                for q in data.get("quotes", [])
            ],
            dates=dates,
            checks=[Check(**c) for c in data.get("checks", [])],
            schema=data.get("schema", SCHEMA),
        )


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _req_date(value: Any) -> dt.date:
    result = _date(value)
    if result is None:
        raise ValueError("a date is required here")
    return result


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
