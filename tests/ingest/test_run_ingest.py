"""Batch ingest over a store: repeats are skipped, bad inputs become outcomes."""

from __future__ import annotations

import datetime as dt

from chancery.errors import InputError
from chancery.ingest.readers import ArticleInput
from chancery.ingest.run import ingest_inputs
from chancery.model import DocumentRecord

TEXTS = [
    "Chile's foreign minister met her Argentine counterpart in Santiago on Monday.",
    "Argentina said it would send a trade delegation to Chile next month.",
    "Peru and Bolivia signed an agreement on water rights on Friday, officials said.",
]


class MemoryStore:
    """A store that keeps records in a dict keyed by content hash."""

    def __init__(self) -> None:
        self.records: dict[str, DocumentRecord] = {}

    def has_document(self, content_hash: str) -> bool:
        return content_hash in self.records

    def save(self, record: DocumentRecord, *, replace: bool = False) -> str:
        digest = record.document.content_hash
        if digest in self.records and not replace:
            return "present"
        status = "replaced" if digest in self.records else "inserted"
        self.records[digest] = record
        return status


def article(text: str, origin: str, **kw: object) -> ArticleInput:
    return ArticleInput(text=text, origin=origin, **kw)  # type: ignore[arg-type]


def test_run_ingest_stores_each_article_once_across_batches(resources) -> None:
    store = MemoryStore()
    items: list[ArticleInput | InputError] = [
        article(TEXTS[0], "a", id="first", published=dt.date(2024, 3, 4), title="Talks"),
        article(TEXTS[1], "b"),
        article(TEXTS[0] + "\n", "c"),  # same cleaned text as "a"
        InputError("d.txt", "empty file"),
        article("Advertisement\nShare this article", "e"),
        article(TEXTS[2], "f"),
    ]
    outcomes = list(ingest_inputs(items, store=store, resources=resources, batch_size=2))
    # "a" and "b" fill the first batch, so they are extracted before "c" is looked at.
    assert [(o.origin, o.status) for o in outcomes] == [
        ("a", "inserted"),
        ("b", "inserted"),
        ("c", "present"),
        ("d.txt", "failed"),
        ("e", "failed"),
        ("f", "inserted"),
    ]
    assert outcomes[4].reason == "no article text left after removing boilerplate"
    assert len(store.records) == 3
    first = next(r for r in store.records.values() if r.document.id == "first")
    assert first.document.title == "Talks"
    assert first.document.published == dt.date(2024, 3, 4)
    assert first.document.text == TEXTS[0]
    assert all(o.sentences >= 1 and o.words >= 8 for o in outcomes if o.ingested)


def test_run_ingest_second_run_skips_and_force_replaces(resources) -> None:
    store = MemoryStore()
    items = [article(t, f"t{i}") for i, t in enumerate(TEXTS)]
    assert {o.status for o in ingest_inputs(items, store=store, resources=resources)} == {
        "inserted"
    }
    assert {o.status for o in ingest_inputs(items, store=store, resources=resources)} == {"present"}
    forced = ingest_inputs(items, store=store, resources=resources, force=True)
    assert {o.status for o in forced} == {"replaced"}
    assert len(store.records) == 3
