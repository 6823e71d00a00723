"""Batch ingest: articles -> cleaned text -> records in a store, skipping ones already there.

`ingest_inputs` is what `chancery ingest` (and any other batch runner) calls. It cleans
each article, looks its content hash up in the store, parses the new ones with
`nlp.pipe` in batches (much faster than one call per text) and saves each record. It
yields one `IngestOutcome` per input, so the caller can show progress and a summary.
A bad input is an outcome, not an exception; an unusable store (`StoreError`) stops the run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from chancery.errors import ChanceryError, InputError, StoreError
from chancery.ingest.clean import clean_article
from chancery.ingest.records import ArticleInput
from chancery.model import CleanedText, DocumentRecord
from chancery.pipeline import Resources, analyse, content_hash

__all__ = ["DEFAULT_BATCH_SIZE", "DocumentStore", "IngestOutcome", "ingest_inputs"]

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 16

Status = Literal["inserted", "replaced", "present", "failed"]


class DocumentStore(Protocol):
    """The part of `chancery.store` that ingest needs."""

    def has_document(self, content_hash: str) -> bool: ...

    def save(self, record: DocumentRecord, *, replace: bool = False) -> str: ...


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one input: stored, already present, or failed (with the reason)."""

    origin: str
    status: Status
    document_id: str | None = None
    reason: str | None = None
    sentences: int = 0
    words: int = 0

    @property
    def ingested(self) -> bool:
        return self.status in ("inserted", "replaced")


@dataclass(frozen=True, slots=True)
class _Pending:
    article: ArticleInput
    cleaned: CleanedText


def ingest_inputs(
    items: Iterable[ArticleInput | InputError],
    *,
    store: DocumentStore,
    resources: Resources,
    force: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[IngestOutcome]:
    """Clean, de-duplicate against the store, extract and save every article of `items`.

    With `force`, articles already stored are extracted again and their records replaced.
    """
    seen: set[str] = set()
    pending: list[_Pending] = []
    for item in items:
        if isinstance(item, InputError):
            yield IngestOutcome(item.where, "failed", reason=item.reason)
            continue
        origin = item.origin or "<input>"
        cleaned = clean_article(item.text or "")
        if not cleaned.text:
            yield IngestOutcome(
                origin, "failed", reason="no article text left after removing boilerplate"
            )
            continue
        digest = content_hash(cleaned.text)
        if digest in seen or (not force and store.has_document(digest)):
            yield IngestOutcome(origin, "present", document_id=item.id or digest)
            continue
        seen.add(digest)
        pending.append(_Pending(item, cleaned))
        if len(pending) >= batch_size:
            yield from _extract_and_save(pending, store, resources, force)
            pending = []
    if pending:
        yield from _extract_and_save(pending, store, resources, force)


def _extract_and_save(
    batch: list[_Pending], store: DocumentStore, resources: Resources, force: bool
) -> Iterator[IngestOutcome]:
    docs = resources.nlp.pipe(p.cleaned.text for p in batch)
    for item, doc in zip(batch, docs, strict=True):
        article = item.article
        origin = article.origin or "<input>"
        try:
            record = analyse(
                doc,
                item.cleaned,
                published=article.published,
                meta={
                    "title": article.title,
                    "url": article.url,
                    "source": article.source,
                    "author": article.author,
                },
                doc_id=article.id,
                resources=resources,
            )
        except ChanceryError as exc:
            yield IngestOutcome(origin, "failed", reason=str(exc))
            continue
        except Exception as exc:
            # One article that trips a bug must not lose the rest of a long batch; the
            # outcome carries the reason, the traceback goes to the debug log.
            log.debug("%s: extraction failed", origin, exc_info=True)
            yield IngestOutcome(
                origin, "failed", reason=f"extraction failed ({type(exc).__name__}: {exc})"
            )
            continue
        status = store.save(record, replace=force)
        if status not in ("inserted", "replaced", "present"):
            raise StoreError(f"the store answered {status!r} on saving {origin}")
        yield IngestOutcome(
            origin,
            status,  # type: ignore[arg-type]
            document_id=record.document.id,
            sentences=len(record.sentences),
            words=sum(1 for token in doc if not (token.is_space or token.is_punct)),
        )
