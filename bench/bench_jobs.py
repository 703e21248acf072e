"""Benchmark: ``--jobs 2`` against ``--jobs 1``, on the same articles, side by side.

    .venv/bin/python bench/bench_jobs.py [--articles N] [--jobs 2]

Runs ``api.run`` (read a JSON Lines file, extract, store) over N articles (default 1,000: the
corpus, development-set and collected real articles, cycled, each with its own id) into a fresh
database, once with one job and once with ``--jobs`` worker processes, the pipeline built
beforehand in both cases. Prints both times, the speedup (issue 11's target: at least 1.7 with
2 jobs on 2 free cores) and whether the two runs stored the same articles and facts, row for
row, and yielded them in the same order. The machine is shared: read the load average printed
with it. It prints figures; it never fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import records  # noqa: E402

from extractor import api, pipeline  # noqa: E402
from extractor.settings import Settings  # noqa: E402

STORED = (
    "select id, url, title, author, outlet, published, text, sha256, extractor_version, "
    "patterns_fingerprint from articles order by id",
    "select * from facts order by id",
)


def run(jsonl: Path, db: Path, jobs: int) -> tuple[float, list]:
    settings = Settings(db_path=str(db), jobs=jobs)
    started = time.perf_counter()
    yielded = [(o.article.id, [f.id for f in o.facts or []]) for o in api.run([str(jsonl)], settings)]
    return time.perf_counter() - started, yielded


def stored(db: Path) -> list:
    with sqlite3.connect(db) as conn:
        return [conn.execute(sql).fetchall() for sql in STORED]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    pipeline.load(Settings().language)
    work = Path(tempfile.mkdtemp())
    jsonl = work / "articles.jsonl"
    batch = records(args.articles)
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch), encoding="utf-8")
    print(f"{len(batch)} articles; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    one, yielded_one = run(jsonl, work / "one.db", 1)
    print(f"--jobs 1: {one:6.1f} s  {len(batch) / one:6.1f} articles/s")
    many, yielded_many = run(jsonl, work / "many.db", args.jobs)
    print(f"--jobs {args.jobs}: {many:6.1f} s  {len(batch) / many:6.1f} articles/s")
    print(f"speedup: {one / many:.2f}× (target ≥ 1.7 with 2 jobs on 2 free cores)")
    same = yielded_one == yielded_many and stored(work / "one.db") == stored(work / "many.db")
    facts = sum(len(ids) for _, ids in yielded_one)
    print(f"identical facts, rows and order: {'yes' if same else 'NO'} ({facts} facts)")


if __name__ == "__main__":
    main()
