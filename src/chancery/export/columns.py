"""The flat columns of the CSV, JSONL and Parquet exports, each with its value type.

One table per kind of row (events, actors, quotes). The type decides how a value is
written: Parquet gets a typed column (date32, float64, int64, bool, string), CSV an ISO
date or a plain number, JSONL the JSON equivalent. An event's source and target parties
are listed by four parallel columns each (codes, countries, sectors, names), joined with
";" in text order, so the i-th item of every one of them is the same party; a party
without a code or country leaves its slot empty ("PRK;" = two parties, the second uncoded).
"""

from __future__ import annotations

from typing import Any, Literal

ValueType = Literal["str", "int", "float", "bool", "date"]
Columns = tuple[tuple[str, ValueType], ...]

PARTY_SEPARATOR = ";"
PARTY_FIELDS = ("codes", "countries", "sectors", "names")

EVENT_COLUMNS: Columns = (
    ("document_id", "str"),
    ("event_id", "str"),
    ("url", "str"),
    ("title", "str"),
    ("published", "date"),
    ("sentence_index", "int"),
    ("date_start", "date"),
    ("date_end", "date"),
    ("date_text", "str"),
    ("date_basis", "str"),
    *((f"{role}_{field}", "str") for role in ("source", "target") for field in PARTY_FIELDS),
    ("cameo", "str"),
    ("cameo_label", "str"),
    ("root", "str"),
    ("quad_class", "int"),
    ("goldstein", "float"),
    ("plover_event", "str"),
    ("plover_mode", "str"),
    ("plover_context", "str"),
    ("negated", "bool"),
    ("hypothetical", "bool"),
    ("future", "bool"),
    ("attempted", "bool"),
    ("historical", "bool"),
    ("location_name", "str"),
    ("location_country", "str"),
    ("location_lat", "float"),
    ("location_lon", "float"),
    ("location_precision", "str"),
    ("location_geonameid", "int"),
    ("confidence", "float"),
    ("rule", "str"),
    ("trigger", "str"),
    ("sentence", "str"),
)

ACTOR_COLUMNS: Columns = (
    ("document_id", "str"),
    ("actor_id", "str"),
    ("name", "str"),
    ("kind", "str"),
    ("code", "str"),
    ("country", "str"),
    ("sector", "str"),
    ("org", "str"),
    ("wikidata", "str"),
    ("mentions", "int"),
    ("basis", "str"),
    ("published", "date"),
    ("url", "str"),
)

QUOTE_COLUMNS: Columns = (
    ("document_id", "str"),
    ("quote_id", "str"),
    ("published", "date"),
    ("url", "str"),
    ("speaker_name", "str"),
    ("speaker_code", "str"),
    ("speaker_country", "str"),
    ("cue", "str"),
    ("kind", "str"),
    ("sentence_index", "int"),
    ("text", "str"),
)


def column_names(columns: Columns) -> list[str]:
    return [name for name, _ in columns]


# --------------------------------------------------------------------------- row shapes

_PARTY_KEYS = {"codes": "code", "countries": "country", "sectors": "sector", "names": "name"}
_NOT_EXPORTED = ("source", "target", "paragraph", "ingested_at")


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """An exported event (see `reading.event_batches`) as one row of EVENT_COLUMNS."""
    row = {k: v for k, v in event.items() if k not in _NOT_EXPORTED}
    for role in ("source", "target"):
        for field, key in _PARTY_KEYS.items():
            row[f"{role}_{field}"] = PARTY_SEPARATOR.join(party[key] or "" for party in event[role])
    row["plover_context"] = PARTY_SEPARATOR.join(event["plover_context"])
    return row


def json_event(event: dict[str, Any]) -> dict[str, Any]:
    """An exported event for JSONL: the flat fields, with parties and PLOVER context as
    JSON lists instead of ";"-joined strings."""
    row: dict[str, Any] = {}
    for name, _ in EVENT_COLUMNS:
        role, _, field = name.partition("_")
        if role in ("source", "target") and field in _PARTY_KEYS:
            if field == PARTY_FIELDS[0]:
                row[role] = [
                    {k: party[k] for k in ("code", "country", "sector", "name", "text")}
                    for party in event[role]
                ]
            continue
        row[name] = event[name]
    return row
