"""Throughput of the full extraction against bare spaCy on the same texts.

    python bench/throughput.py [CORPUS] [--limit N] [--batch-size N]

CORPUS is anything `chancery ingest` reads (default: ../shared/corpus/voa_dev.jsonl beside
the repository). Both runs happen in this process on the same texts: first bare `nlp.pipe`
of the same spaCy model (without Chancery's paragraph component), then cleaning +
`nlp.pipe` + every Chancery stage. Peak RSS is the process high-water mark after each
run (`resource.getrusage`), so the second figure includes the first. Not a test: it
asserts nothing.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "voa_dev.jsonl"


@dataclass(frozen=True)
class RunFigures:
    name: str
    seconds: float
    documents: int
    sentences: int
    words: int
    peak_rss_mb: float

    def per_second(self, count: int) -> float:
        return count / self.seconds if self.seconds > 0 else float("inf")


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if platform.system() == "Darwin" else peak / 1024


def read_corpus(path: str, limit: int | None) -> list:
    from chancery.errors import InputError
    from chancery.ingest.readers import iter_inputs

    articles = []
    for item in iter_inputs([path]):
        if isinstance(item, InputError):
            print(f"skipped: {item}", file=sys.stderr)
            continue
        articles.append(item)
        if limit is not None and len(articles) >= limit:
            break
    return articles


def run_bare_spacy(nlp, texts: Sequence[str], batch_size: int) -> RunFigures:
    sentences = words = 0
    start = time.perf_counter()
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("chancery_")]):
        for doc in nlp.pipe(texts, batch_size=batch_size):
            sentences += sum(1 for _ in doc.sents)
            words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    seconds = time.perf_counter() - start
    return RunFigures("bare spaCy", seconds, len(texts), sentences, words, peak_rss_mb())


def run_chancery(resources, articles: Sequence, batch_size: int) -> RunFigures:
    from chancery.ingest.clean import clean_article
    from chancery.pipeline import analyse

    sentences = words = 0
    start = time.perf_counter()
    cleaned = [clean_article(a.text or "") for a in articles]
    docs = resources.nlp.pipe((c.text for c in cleaned), batch_size=batch_size)
    for article, clean, doc in zip(articles, cleaned, docs, strict=True):
        record = analyse(
            doc,
            clean,
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
        sentences += len(record.sentences)
        words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    seconds = time.perf_counter() - start
    return RunFigures("chancery", seconds, len(articles), sentences, words, peak_rss_mb())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N articles.")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size.")
    args = parser.parse_args(argv)

    from chancery.pipeline import load_resources

    start = time.perf_counter()
    resources = load_resources()
    load_seconds = time.perf_counter() - start
    articles = read_corpus(args.corpus, args.limit)
    if not articles:
        print(f"no readable article in {args.corpus}", file=sys.stderr)
        return 1
    texts = [a.text or "" for a in articles]
    print(
        f"corpus: {args.corpus} ({len(articles)} articles); resources loaded in {load_seconds:.1f} s"
    )

    # Warm up (first-call allocations, lazy tables) so neither run pays for it.
    list(resources.nlp.pipe(texts[:3]))
    bare = run_bare_spacy(resources.nlp, texts, args.batch_size)
    full = run_chancery(resources, articles, args.batch_size)

    print()
    print(
        f"{'run':<12} {'seconds':>8} {'docs/s':>8} {'sents/s':>9} {'words/s':>9} {'peak RSS':>10}"
    )
    for run in (bare, full):
        print(
            f"{run.name:<12} {run.seconds:>8.2f} {run.per_second(run.documents):>8.1f} "
            f"{run.per_second(run.sentences):>9.1f} {run.per_second(run.words):>9.0f} "
            f"{run.peak_rss_mb:>7.0f} MB"
        )
    ratio = full.seconds / bare.seconds if bare.seconds > 0 else float("inf")
    print(f"\nratio chancery time / bare spaCy time: {ratio:.2f}")
    print(
        "\n| corpus | docs | chancery docs/s | sents/s | words/s | spaCy docs/s | ratio | peak RSS |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {Path(args.corpus).name} | {full.documents} | {full.per_second(full.documents):.1f} "
        f"| {full.per_second(full.sentences):.0f} | {full.per_second(full.words):.0f} "
        f"| {bare.per_second(bare.documents):.1f} | {ratio:.2f} | {full.peak_rss_mb:.0f} MB |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
