"""Scoring one-sentence PLOVER gold records (the PLOVER GSR format).

Each gold item is one sentence with one event type and the countries of its source and
target. The system's events for that sentence are compared with it:

- a system event has the *right type* when its PLOVER event equals the gold's (old GSR
  labels renamed: DEMAND=REQUEST, DISAPPROVE=ACCUSE, INVESTIGATE=ACCUSE, FIGHT=ASSAULT);
- a side (source or target) is *right* when the gold lists no country for it, or the
  event's parties on that side include at least one of the gold's countries;
- an event is *fully right* when its type and both sides are right.

Metrics:

- per event type: precision, recall, F1 at sentence level (a sentence counts once per type);
- `event_recall`: gold items with an event of the right type;
- `actor_country_accuracy`: among items with an event of the right type, the share of
  sides (sources and targets, where the gold names one) whose country is right;
- `full_accuracy`: among the items for which the system coded at least one event, the
  share with a fully right event -- how often a coded sentence is coded correctly;
- `full_recall`: the same numerator over all gold items;
- a confusion table of gold type x predicted type, where the predicted type is that of
  the best event (fully right, else right type, else the most confident), or NONE.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from chancery.evaluation.document import party_countries
from chancery.evaluation.gold import PloverItem, normalise_plover

__all__ = ["PloverScore", "score_plover"]

NONE = "NONE"


@dataclass(slots=True)
class PloverScore:
    metrics: dict[str, float]
    per_type: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    items: list[dict[str, Any]]


def _side_right(gold: frozenset[str], parties: list[dict[str, Any]]) -> bool:
    return not gold or bool(party_countries(parties) & gold)


def _best(item: PloverItem, events: list[dict[str, Any]]) -> tuple[dict[str, Any] | None, str]:
    """The event that best answers the item, and how well: full, type or none."""
    typed = [e for e in events if normalise_plover(e["plover"]["event"]) == item.event]
    full = [
        e
        for e in typed
        if _side_right(item.sources, e.get("source", []))
        and _side_right(item.targets, e.get("target", []))
    ]
    if full:
        return full[0], "full"
    if typed:
        return typed[0], "type"
    if events:
        return max(events, key=lambda e: e.get("confidence", 0.0)), "none"
    return None, "none"


def score_plover(items: list[PloverItem], records: list[dict[str, Any]]) -> PloverScore:
    """`records[i]` is the chancery.document/1 dict extracted from `items[i].text`."""
    confusion: dict[str, Counter[str]] = {}
    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    full = coded = typed = 0
    sides = sides_right = 0
    rows = []
    for item, record in zip(items, records, strict=True):
        events = record.get("events", [])
        gold_count[item.event] += 1
        predicted_types = {normalise_plover(e["plover"]["event"]) for e in events}
        for label in predicted_types:
            if label == item.event:
                true_pos[label] += 1
            else:
                false_pos[label] += 1
        best, quality = _best(item, events)
        coded += bool(events)
        full += quality == "full"
        if quality in ("full", "type") and best is not None:
            typed += 1
            for gold_side, parties in (
                (item.sources, best.get("source", [])),
                (item.targets, best.get("target", [])),
            ):
                if gold_side:
                    sides += 1
                    sides_right += bool(party_countries(parties) & gold_side)
        predicted = normalise_plover(best["plover"]["event"]) if best is not None else NONE
        confusion.setdefault(item.event, Counter())[predicted] += 1
        rows.append(
            {
                "id": item.id,
                "gold": item.event,
                "predicted": predicted,
                "quality": quality,
                "gold_source": sorted(item.sources),
                "gold_target": sorted(item.targets),
                "source": sorted(party_countries(best.get("source", []))) if best else [],
                "target": sorted(party_countries(best.get("target", []))) if best else [],
            }
        )
    per_type = {}
    for label in sorted(set(gold_count) | set(false_pos)):
        tp, fp, n = true_pos[label], false_pos[label], gold_count[label]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / n if n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_type[label] = {
            "gold": n,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
        }
    total = len(items)
    metrics = {
        "items": float(total),
        "coded": round(coded / total, 3) if total else 0.0,
        "event_recall": round(typed / total, 3) if total else 0.0,
        "actor_country_accuracy": round(sides_right / sides, 3) if sides else 0.0,
        "full_accuracy": round(full / coded, 3) if coded else 0.0,
        "full_recall": round(full / total, 3) if total else 0.0,
    }
    return PloverScore(
        metrics=metrics,
        per_type=per_type,
        confusion={gold: dict(counts) for gold, counts in sorted(confusion.items())},
        items=rows,
    )
