"""Whole-document golden files: the bundled samples and the seed, reduced to what a reader
checks (actors and codes, events and parties, quotes and speakers, dates, checks).

A change that alters any of it fails here and shows the difference; when the change is
intended, regenerate with `CHANCERY_UPDATE_GOLDEN=1 make test` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from chancery.ingest.readers import iter_inputs
from chancery.model import DocumentRecord
from seed_paths import SEED_ARTICLE, SEED_PUBLISHED

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


def digest(record: DocumentRecord) -> dict:
    """The reader-visible content of a record, without offsets that churn with wording."""
    actors = {a.id: a for a in record.actors}
    return {
        "paragraphs": [record.document.paragraphs_in, record.document.paragraphs_kept],
        "actors": sorted(f"{a.name} | {a.code or '-'} | {a.kind}" for a in record.actors),
        "events": [
            f"s{e.sentence} {e.cameo} {'+'.join(p.code or '?' for p in e.source)} -> "
            f"{'+'.join(p.code or '?' for p in e.target) or '-'} [{e.trigger.text}]"
            f"{' historical' if e.historical else ''}"
            f"{'' if e.modality.is_plain else ' modal'}"
            f" {e.date.start.isoformat() if e.date else ''}"
            for e in record.events
        ],
        "quotes": [
            f"{q.text[:40]} | {actors[q.speaker].name if q.speaker in actors else None}"
            for q in record.quotes
        ],
        "dates": [f"{d.text} = {d.start.isoformat()}..{d.end.isoformat()}" for d in record.dates],
        "checks": [f"{c.kind} s{c.sentence}" for c in record.checks],
    }


def _cases():
    cases = []
    if SAMPLES.exists():
        for item in iter_inputs([str(SAMPLES)]):
            cases.append(pytest.param(item, id=getattr(item, "id", None) or "sample"))
    return cases


def _check(name: str, got: dict) -> None:
    path = GOLDEN / f"{name}.json"
    if os.environ.get("CHANCERY_UPDATE_GOLDEN") or not path.exists():
        if not os.environ.get("CHANCERY_UPDATE_GOLDEN"):
            pytest.fail(f"{path} is missing: run with CHANCERY_UPDATE_GOLDEN=1 to create it")
        path.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    assert got == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("article", _cases())
def test_golden_sample_article(article, run_extract):
    record = run_extract(article.text, published=article.published, doc_id=article.id)
    _check(article.id, digest(record))


@pytest.mark.skipif(not SEED_ARTICLE.exists(), reason="shared/seed is not beside the checkout")
def test_golden_seed_article(run_extract):
    record = run_extract(SEED_ARTICLE.read_text(encoding="utf-8"), published=SEED_PUBLISHED)
    _check("seed", digest(record))
