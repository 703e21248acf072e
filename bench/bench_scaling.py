"""Benchmark: does the cost of an article grow with its length, and only with its length?

    .venv/bin/python bench/bench_scaling.py [--words 200,800,3200,12800] [--figures 2000]

Builds articles of each length from the paragraphs of the ``corpus/`` articles (headline once,
then body paragraphs repeated until the length is reached), runs each through the whole
pipeline (prepare and annotate, nothing stored) and prints µs per word, and the ratio of the
longest to 800 words: 1.0 is linear, the target is at most 1.3. Then one sentence holding
``--figures`` figures ("Pemkab Kukar mendaftarkan 1.000 peserta, 1.001 peserta, ... pada 2025")
and the seconds it takes, in seven forms (counts, plans, rounded counts, rates, amounts,
counts of no people, and groups of workers named before their figures): a stage that rescans
the sentence's figures for every figure shows here as square or cube growth. Last, one table
of as many rows, whose every cell looks up its column. It prints figures; it never fails.
Timings are the best of a few runs (the machine is shared).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from extractor import api, pipeline
from extractor.clean import clean_text
from extractor.records import Article
from extractor.settings import Settings

REPO = Path(__file__).resolve().parent.parent
PUBLISHED = "2025-12-01"


def body_paragraphs() -> list[str]:
    """The body paragraphs of the corpus articles: lines of more than ten words that cleaning
    leaves as they are (a line the cleaner takes for a comment form would cut the article)."""
    found = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [line for line in lines if len(line.split()) > 10 and clean_text(line) == line + "\n"]
    return found


def article_of(words: int, paragraphs: list[str]) -> str:
    """A text of about ``words`` words: a headline, then the paragraphs cycled."""
    lines = ["Pemkab Kukar Dorong Universal Coverage BPJS Ketenagakerjaan", ""]
    count, i = 0, 0
    while count < words:
        paragraph = paragraphs[i % len(paragraphs)]
        lines += [paragraph, ""]
        count += len(paragraph.split())
        i += 1
    return "\n".join(lines)


def seconds(text: str, settings: Settings, runs: int) -> tuple[float, int]:
    """Best of ``runs`` timings of one article through the pipeline, and its facts."""
    best, facts = float("inf"), 0
    for run in range(runs):
        article = Article(id=f"bench-{run}", text=text)
        started = time.perf_counter()
        [outcome] = api.extract_articles([article], published=PUBLISHED, settings=settings)
        best = min(best, time.perf_counter() - started)
        facts = len(outcome.facts or [])
    return best, facts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", default="200,800,3200,12800", help="article lengths, comma-separated")
    parser.add_argument("--figures", type=int, default=2000, help="figures in the one-sentence test")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    settings = Settings()
    pipeline.load(settings.language)
    paragraphs = body_paragraphs()
    per_word: dict[int, float] = {}
    for words in (int(w) for w in args.words.split(",")):
        text = article_of(words, paragraphs)
        actual = len(text.split())
        took, facts = seconds(text, settings, args.runs if words <= 3200 else 1)
        per_word[words] = took / actual * 1e6
        print(f"{actual:6d} words  {facts:5d} facts  {took:7.3f} s  {per_word[words]:6.1f} µs/word")
    if 800 in per_word and len(per_word) > 1:
        longest = max(per_word)
        print(f"ratio µs/word {longest} / 800 words: {per_word[longest] / per_word[800]:.2f} (target ≤ 1.3)")

    for form, write in CROWDED.items():
        figures = ", ".join(write(i) for i in range(args.figures))
        text = f"Pemkab Kukar Dorong BPJS Ketenagakerjaan\n\nPemkab Kukar mendaftarkan {figures} pada 2025.\n"
        took, facts = seconds(text, settings, args.runs)
        print(
            f"one sentence with {args.figures} figures ({form}): {took:.2f} s, {facts} facts (target < 2 s)"
        )
    took, facts = seconds(table_of(args.figures), settings, args.runs)
    print(
        f"one table of {args.figures} rows of a region, a count and a rate ({2 * args.figures} figures): "
        f"{took:.2f} s, {facts} facts (linear: about twice the sentence of counts)"
    )


def table_of(rows: int) -> str:
    """An article holding one table of ``rows`` rows (a region, a count, a rate), every cell a
    figure that looks up its column's header."""
    lines = [f"Kabupaten Kukar | {_thousands(1000 + i)} | {i % 90},{i % 10}" for i in range(rows)]
    return (
        "Pemkab Kukar Dorong BPJS Ketenagakerjaan\n\nBerikut data peserta aktif per bulan:\n\n"
        "Wilayah | Peserta aktif | UCJ (%)\n" + "\n".join(lines) + "\n"
    )


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


CROWDED = {
    "counts": lambda i: f"{_thousands(1000 + i)} peserta",
    "planned": lambda i: f"target {_thousands(1000 + i)} peserta",
    "rounded": lambda i: f"{i + 1} ribu pekerja",
    "rates": lambda i: f"{i % 90},{i % 10} persen",
    "amounts": lambda i: f"Rp {i + 1} juta",
    "allocations": lambda i: f"Rp {i + 1} juta untuk iuran pekerja rentan",
    "companies": lambda i: f"{_thousands(1000 + i)} perusahaan",
    "groups": lambda i: f"nelayan {_thousands(1000 + i)}",
}
"""The crowded sentences: each figure has its own noun, plan, rounding, unit or no fact at all,
so that every stage that compares a figure with its neighbours is reached."""


if __name__ == "__main__":
    main()
