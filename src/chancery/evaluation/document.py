"""Scoring one extracted article against its `chancery-gold/1` annotation.

The rules follow shared/contract/gold-format.md:

- a system event *matches* a gold event when its sentence contains the gold's
  `sentence_contains`, its CAMEO root is one of `roots`, and its source (target) countries
  share one with the gold's (an empty gold list accepts anything);
- recall counts required gold events matched; precision counts system events that match
  any gold event, required or merely defensible;
- a duplicate is a second event with the same sentence, code and party countries;
- a historical violation is an event in a sentence the gold marks historical that is
  neither flagged historical nor dated before 2000.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from chancery.evaluation.gold import GoldDocument, normalise_country

__all__ = ["normalise_text", "party_countries", "score_document"]

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "–": "-", "—": "-"})


def normalise_text(text: str | None) -> str:
    folded = unicodedata.normalize("NFKC", text or "").translate(_FOLD)
    return " ".join(folded.split()).lower()


def _name_key(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise_text(text))


def party_countries(parties: list[dict[str, Any]] | None) -> set[str]:
    out = set()
    for party in parties or []:
        # A party without a country (a role alone, "GOV") names no country.
        code = party["country"] if "country" in party else party.get("code")
        country = normalise_country(code)
        if country:
            out.add(country)
    return out


def _day(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _interval(obj: dict[str, Any] | None) -> tuple[dt.date | None, dt.date | None]:
    if not obj:
        return None, None
    start = _day(obj.get("start"))
    return start, _day(obj.get("end")) or start


def _dates_close(system: dict[str, Any] | None, gold: dict[str, Any], slack: int = 3) -> bool:
    s0, s1 = _interval(system)
    g0, g1 = _interval(gold)
    if s0 is None or g0 is None:
        return False
    if g1 is not None and (g0.month, g0.day, g1.month, g1.day) == (1, 1, 12, 31):
        return s0.year == g0.year  # a whole-year gold date
    s1, g1 = s1 or s0, g1 or g0
    return abs((s0 - g0).days) <= slack and abs((s1 - g1).days) <= slack


def _matches(event: dict[str, Any], gold: dict[str, Any], sentence: str) -> bool:
    if normalise_text(gold["sentence_contains"]) not in sentence:
        return False
    root = str(event.get("root") or str(event.get("cameo", ""))[:2])
    if root not in gold.get("roots", []):
        return False
    want_src, want_tgt = set(gold.get("source", [])), set(gold.get("target", []))
    src, tgt = party_countries(event.get("source")), party_countries(event.get("target"))
    return (not want_src or bool(src & want_src)) and (not want_tgt or bool(tgt & want_tgt))


def score_document(gold: GoldDocument, record: dict[str, Any]) -> dict[str, Any]:
    """Metrics of one record (chancery.document/1 as a dict) against its gold article."""
    annotation = gold.data
    sentences = {
        s.get("index", i): normalise_text(s.get("text"))
        for i, s in enumerate(record.get("sentences", []))
    }
    events = record.get("events", [])
    gold_events = annotation.get("events", [])
    required = [g for g in gold_events if g.get("required")]

    found, exact, dated, dated_ok = [], 0, 0, 0
    for g in required:
        hits = [e for e in events if _matches(e, g, sentences.get(e.get("sentence"), ""))]
        if not hits:
            continue
        found.append(g["id"])
        exact += any(str(e.get("cameo")) in g.get("cameo", []) for e in hits)
        if g.get("date"):
            dated += 1
            dated_ok += any(_dates_close(e.get("date"), g["date"]) for e in hits)
    correct = [
        e
        for e in events
        if any(_matches(e, g, sentences.get(e.get("sentence"), "")) for g in gold_events)
    ]
    recall = len(found) / len(required) if required else 1.0
    precision = len(correct) / len(events) if events else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    seen: set[tuple[Any, ...]] = set()
    duplicates = 0
    for e in events:
        key = (
            sentences.get(e.get("sentence"), ""),
            e.get("cameo"),
            tuple(sorted(party_countries(e.get("source")))),
            tuple(sorted(party_countries(e.get("target")))),
        )
        duplicates += key in seen
        seen.add(key)
    historical_snippets = [
        normalise_text(g["sentence_contains"]) for g in gold_events if g.get("historical") is True
    ]
    violations = 0
    for e in events:
        text = sentences.get(e.get("sentence"), "")
        if any(s in text for s in historical_snippets) and not e.get("historical"):
            start, _ = _interval(e.get("date"))
            violations += start is None or start.year >= 2000

    return {
        "events_system": len(events),
        "events_required": len(required),
        "events_found": len(found),
        "event_recall": round(recall, 3),
        "event_precision": round(precision, 3),
        "event_f1": round(f1, 3),
        "cameo_exact": round(exact / len(found), 3) if found else 0.0,
        "event_dates_ok": round(dated_ok / dated, 3) if dated else 1.0,
        "duplicate_events": duplicates,
        "historical_violations": violations,
        "missing_events": [g["id"] for g in required if g["id"] not in found],
        "false_positives": [
            {
                "sentence": sentences.get(e.get("sentence"), "")[:80],
                "cameo": e.get("cameo"),
                "source": sorted(party_countries(e.get("source"))),
                "target": sorted(party_countries(e.get("target"))),
            }
            for e in events
            if e not in correct
        ],
        **_actor_scores(annotation, record),
        **_quote_scores(annotation, record),
        **_date_and_check_scores(annotation, record, sentences),
    }


def _actor_scores(annotation: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    actors = record.get("actors", [])
    gold_actors = annotation.get("actors", [])
    found = sector_ok = 0
    for g in gold_actors:
        keys = {_name_key(g["name"])} | {_name_key(m) for m in g.get("mentions", []) if len(m) > 3}
        country = normalise_country(g.get("country"))
        hits = []
        for a in actors:
            names = {_name_key(a.get("name"))} | {
                _name_key(m.get("text")) for m in a.get("mentions", [])
            }
            if keys & names and normalise_country(a.get("country") or a.get("code")) == country:
                hits.append(a)
        if hits:
            found += 1
            sectors = g.get("sectors") or []
            sector_ok += not sectors or any((a.get("sector") or "") in sectors for a in hits)
    return {
        "actors_found": round(found / len(gold_actors), 3) if gold_actors else 1.0,
        "actor_sectors_ok": round(sector_ok / found, 3) if found else 0.0,
    }


def _quote_scores(annotation: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    gold_quotes = annotation.get("quotes", [])
    quotes = record.get("quotes", [])
    attributed = 0
    for g in gold_quotes:
        head, tail = normalise_text(g["starts_with"]), normalise_text(g["ends_with"])
        for q in quotes:
            text = normalise_text(q.get("text")).strip("\"' ,.")
            if not (text.startswith(head) and tail in text[-len(tail) - 8 :]):
                continue
            speaker = _name_key(q.get("speaker_name"))
            names = [_name_key(n) for n in [g["speaker"], *g.get("speaker_aliases", [])]]
            same = bool(speaker) and any(n in speaker or speaker in n for n in names)
            country = normalise_country(q.get("speaker_country") or q.get("speaker_code"))
            attributed += same and country == normalise_country(g.get("speaker_country"))
            break
    return {"quotes_attributed": round(attributed / len(gold_quotes), 3) if gold_quotes else 1.0}


def _date_and_check_scores(
    annotation: dict[str, Any], record: dict[str, Any], sentences: dict[Any, str]
) -> dict[str, Any]:
    gold_dates = annotation.get("dates", [])
    ok = 0
    for g in gold_dates:
        text = normalise_text(g["text"])
        ok += any(
            text in normalise_text(d.get("text")) and _dates_close(d, g)
            for d in record.get("dates", [])
        )
    gold_checks = annotation.get("checks", [])
    checks_ok = 0
    for g in gold_checks:
        snippet = normalise_text(g["sentence_contains"])
        checks_ok += any(
            c.get("kind") == g["kind"] and snippet in sentences.get(c.get("sentence"), "")
            for c in record.get("checks", [])
        )
    return {
        "dates_ok": round(ok / len(gold_dates), 3) if gold_dates else 1.0,
        "checks_ok": round(checks_ok / len(gold_checks), 3) if gold_checks else 1.0,
    }
