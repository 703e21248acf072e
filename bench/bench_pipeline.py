"""Benchmark: articles per second through the whole pipeline, and memory over a long stream.

    .venv/bin/python bench/bench_pipeline.py [--articles N] [--batch-size B] [--store]

Streams N articles (copies of the ``corpus/`` articles with distinct ids, made on the fly so
the input itself costs no memory) through ``api.extract_articles`` (prepare, then annotate) and
prints, every tenth of the run, the articles done, the rate and the process's resident memory.
Flat memory over the run is the target: ``nlp.pipe`` works in batches and nothing is kept per
article. ``--store`` also writes every article to a throw-away SQLite database, as ``extract``
does.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from extractor import api, pipeline
from extractor.records import Article
from extractor.settings import Settings
from extractor.sources import read_articles
from extractor.store import Store

REPO = Path(__file__).resolve().parent.parent


def stream(count: int) -> Iterator[Article]:
    """``count`` articles cycling through the corpus, each with its own id."""
    corpus = [a for a in read_articles([str(REPO / "corpus")]) if isinstance(a, Article)]
    for i in range(count):
        source = corpus[i % len(corpus)]
        yield Article(id=f"{source.id}#{i}", text=source.text)


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
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=Settings.batch_size)
    parser.add_argument("--store", action="store_true", help="also store every article in SQLite")
    args = parser.parse_args()

    started = time.perf_counter()
    pipeline.load()  # built here, so that the rate below is the rate of extraction alone
    print(f"pipeline built in {time.perf_counter() - started:.1f} s, memory {rss_mb():.0f} MB")
    settings = Settings(batch_size=args.batch_size)
    store = Store(Path(tempfile.mkdtemp()) / "bench.db") if args.store else None
    step = max(1, args.articles // 10)
    facts = 0
    started = time.perf_counter()
    for done, outcome in enumerate(api.extract_articles(stream(args.articles), settings=settings), 1):
        facts += len(outcome.facts or [])
        if store is not None:
            store.save(outcome.article, outcome.facts or [])
        if done % step == 0 or done == args.articles:
            elapsed = time.perf_counter() - started
            rate = done / elapsed
            print(f"{done:6d} articles  {facts:7d} facts  {rate:6.1f} articles/s  memory {rss_mb():6.0f} MB")


if __name__ == "__main__":
    main()
