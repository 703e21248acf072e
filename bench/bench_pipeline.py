"""Benchmark: what each stage of the pipeline costs, relative to spaCy's tokenizer alone.

    .venv/bin/python bench/bench_pipeline.py [--articles N] [--batch-size B]

Runs the same N articles (default 2,000: the corpus, development-set and collected real
articles, cycled, each copy with its own id) side by side through:

1. spaCy's own tokenizer only (``spacy.blank("id").make_doc`` on the prepared text, warmed by
   one pass as every stage is), the measure of issue 11, and the pipeline's own tokenizer
   (``extractor.tokenizer``: exceptions added as texts need them, words that come back kept
   in spaCy's cache);
2. the pipeline's tokenizer and the sentence component;
3. the whole pipeline (prepare and annotate: ``api.extract_articles``), nothing stored;
4. the whole pipeline and the store (``api.run`` on a JSON Lines file into a fresh database);
5. ``extract FILE.jsonl --jobs 1`` end to end, as a user runs it (a new process: start-up
   included), and with a job per core (the command's default).

and prints each one's seconds, articles per second and cost relative to (1). The target of
issue 11 is end to end with the store at most 4.0 times the tokenizer. Ratios, not seconds, are
the figures to compare: the machine is shared and noisy. It prints figures; it never fails.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from extractor import api, pipeline
from extractor.prepare import prepare
from extractor.records import Article
from extractor.settings import Settings
from extractor.sources import read_articles

REPO = Path(__file__).resolve().parent.parent
PUBLISHED = "2025-12-01"


def source_texts() -> list[str]:
    """The texts of the corpus, the development set and the real articles collected so far."""
    paths = sorted((REPO / "corpus").glob("*.txt"))
    paths += sorted((REPO.parent / "shared" / "devset").glob("*.txt"))
    paths += sorted((REPO / ".cache" / "realdev").glob("*.txt"))
    read = read_articles([str(p) for p in paths])
    return [a.text for a in read if isinstance(a, Article)]


def records(count: int) -> list[dict]:
    """``count`` JSON Lines records cycling through the source texts, each with its own id."""
    texts = source_texts()
    return [{"id": f"bench-{i}", "text": texts[i % len(texts)], "published": PUBLISHED} for i in range(count)]


def timed(job: Callable[[], object]) -> float:
    started = time.perf_counter()
    job()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=Settings.batch_size)
    args = parser.parse_args()

    settings = Settings(batch_size=args.batch_size)
    started = time.perf_counter()
    nlp = pipeline.load(settings.language)
    print(f"pipeline built in {time.perf_counter() - started:.1f} s")
    batch = records(args.articles)
    prepared = [prepare(Article(id=r["id"], text=r["text"]), settings.language) for r in batch]
    work = tempfile.TemporaryDirectory()
    jsonl = Path(work.name) / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch), encoding="utf-8")
    sentences = nlp.get_pipe("id_sentences")

    blank = spacy.blank("id")

    def spacy_tokenizer() -> None:
        for article in prepared:
            blank.make_doc(article.text)

    def tokenizer() -> None:
        for article in prepared:
            nlp.make_doc(article.text)

    def with_sentences() -> None:
        for article in prepared:
            sentences(nlp.make_doc(article.text))

    def no_store() -> None:
        for _ in api.extract_articles(batch, settings=settings):
            pass

    def with_store() -> None:
        run_settings = Settings(batch_size=args.batch_size, db_path=str(Path(work.name) / "store.db"))
        for _ in api.run([str(jsonl)], run_settings):
            pass

    def end_to_end(jobs: str) -> Callable[[], None]:
        def job() -> None:
            db = Path(work.name) / f"cli-{jobs}.db"
            extract = Path(sys.executable).with_name("extract")
            command = [str(extract), str(jsonl), "--db", str(db), "-q", "--nl", "--jobs", jobs]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

        return job

    stages = [
        ('spacy.blank("id") tokenizer only', spacy_tokenizer),
        ("the pipeline's tokenizer only", tokenizer),
        ("tokenizer + sentences", with_sentences),
        ("full pipeline, no store", no_store),
        ("full pipeline + store", with_store),
        ("`extract FILE.jsonl -j 1` end to end", end_to_end("1")),
        (f"`extract FILE.jsonl -j {os.cpu_count()}` end to end", end_to_end(str(os.cpu_count()))),
    ]
    # Warm: spaCy's tokenizer caches the words it has seen, for every stage alike.
    spacy_tokenizer()
    tokenizer()
    base = None
    print(f"{len(batch)} articles, {sum(len(r['text'].split()) for r in batch):,} words")
    for name, job in stages:
        seconds = timed(job)
        base = base or seconds
        print(f"{name:38s} {seconds:7.2f} s  {len(batch) / seconds:7.1f} articles/s  {seconds / base:5.1f}×")
    work.cleanup()


if __name__ == "__main__":
    main()
