"""Benchmark: how long finding and parsing an article's numbers takes.

    .venv/bin/python bench/bench_numbers.py [ARTICLE.txt] [--repeat N]

Reads a ~1,000-word article: the file given, else the longest devset article (``../shared``),
else one made of the ``corpus/`` articles. Times ``find_quantities`` over it many times and
prints the cost per article and per number found, and the cost of ``parse`` on one phrase.
The regexes are built before timing starts (they are built once per ``LanguageData``).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from extractor import numbers

REPO = Path(__file__).resolve().parent.parent
TARGET_WORDS = 1000


def article(path: str | None) -> tuple[str, str]:
    """The article to time and where it came from."""
    if path:
        return Path(path).read_text(encoding="utf-8"), path
    devset = sorted((REPO.parent / "shared" / "devset").glob("*.txt"))
    if devset:
        longest = max(devset, key=lambda p: len(p.read_text(encoding="utf-8").split()))
        return longest.read_text(encoding="utf-8"), str(longest)
    text = ""
    for source in sorted((REPO / "corpus").glob("*.txt")):
        if len(text.split()) >= TARGET_WORDS:
            break
        text += source.read_text(encoding="utf-8") + "\n\n"
    words = text.split(" ")
    return " ".join(words[: TARGET_WORDS * len(words) // max(1, len(text.split()))]), "corpus/ (synthetic)"


def best_of(runs: int, repeat: int, job) -> float:
    """Seconds per call of ``job``: the median of ``runs`` timings of ``repeat`` calls each."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(repeat):
            job()
        timings.append((time.perf_counter() - start) / repeat)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", help="a plain-text article (default: see above)")
    parser.add_argument("--repeat", type=int, default=200, help="calls per timing (default 200)")
    args = parser.parse_args()

    text, source = article(args.article)
    started = time.perf_counter()
    found = list(numbers.find_quantities(text))  # builds and caches the regexes
    build = time.perf_counter() - started
    per_article = best_of(5, args.repeat, lambda: list(numbers.find_quantities(text)))
    phrase = "sekitar Rp 1,5 miliar"
    per_phrase = best_of(5, args.repeat * 10, lambda: numbers.parse(phrase))

    print(f"article:           {source}")
    print(f"words:             {len(text.split())}")
    print(f"numbers found:     {len(found)}")
    print(f"first call:        {build * 1e3:.1f} ms (regexes built once per LanguageData)")
    print(f"per article:       {per_article * 1e3:.2f} ms")
    print(f"per number:        {per_article / max(1, len(found)) * 1e6:.0f} µs")
    print(f"parse({phrase!r}): {per_phrase * 1e6:.0f} µs")


if __name__ == "__main__":
    main()
