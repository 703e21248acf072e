"""Benchmark: resident memory over a long stream of distinct articles.

    .venv/bin/python bench/bench_memory.py [--articles 100000] [--every 10000] [--no-store]
                                           [--no-memory-zone]

Streams N articles, made on the fly so the input costs no memory, each distinct: a corpus
paragraph with words and figures no other article has (so spaCy's vocabulary meets new strings
all the time, as it does on a real archive), through ``api.run``'s stages (prepare, annotate,
store into a throw-away database unless ``--no-store``), and prints every ``--every`` articles
the articles done, the rate and the process's resident memory. Issue 11's target: at most 300 MB
after 100,000 articles, and flat. ``--no-memory-zone`` runs without spaCy's ``memory_zone``
around each batch, to see what it saves. It prints figures; it never fails.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scaling import body_paragraphs  # noqa: E402

from extractor import api, pipeline  # noqa: E402
from extractor.records import Article  # noqa: E402
from extractor.settings import Settings  # noqa: E402
from extractor.store import Store  # noqa: E402


def stream(count: int) -> Iterator[Article]:
    """``count`` distinct short articles: a headline and a paragraph, with words of their own."""
    paragraphs = body_paragraphs()
    for i in range(count):
        unique = f"Desa{i:x}q Kelurahan{i * 7919 % 1000003:x}z"
        text = (
            f"Pemkab Kukar Dorong BPJS Ketenagakerjaan di {unique}\n\n"
            f"{paragraphs[i % len(paragraphs)]}\n\n"
            f"Di {unique} tercatat {1000 + i:,} peserta BPJS Ketenagakerjaan pada 2025.\n".replace(",", ".")
        )
        yield Article(id=f"mem-{i}", text=text)


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), else its peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--every", type=int, default=10_000)
    parser.add_argument("--no-store", action="store_true", help="extract only, store nothing")
    parser.add_argument("--no-memory-zone", action="store_true", help="no memory_zone around batches")
    args = parser.parse_args()

    if args.no_memory_zone:
        pipeline._memory_zone = lambda nlp: contextlib.nullcontext()
    settings = Settings()
    pipeline.load(settings.language)
    print(f"pipeline built, memory {rss_mb():.0f} MB", flush=True)
    store = None if args.no_store else Store(Path(tempfile.mkdtemp()) / "bench.db")
    started = time.perf_counter()
    facts = 0
    batch: list = []
    for done, outcome in enumerate(api.extract_articles(stream(args.articles), settings=settings), 1):
        facts += len(outcome.facts or [])
        if store is not None:
            batch.append((outcome.article, outcome.facts or []))
            if len(batch) >= settings.commit_every:
                store.save_many(batch)
                batch = []
        if done % args.every == 0 or done == args.articles:
            rate = done / (time.perf_counter() - started)
            print(
                f"{done:7d} articles  {facts:7d} facts  {rate:6.1f} articles/s  memory {rss_mb():6.0f} MB",
                flush=True,
            )
    if store is not None and batch:
        store.save_many(batch)


if __name__ == "__main__":
    main()
