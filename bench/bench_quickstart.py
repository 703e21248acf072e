"""Benchmark: how long the command takes to start, for what needs no pipeline and for a check.

    .venv/bin/python bench/bench_quickstart.py [--runs 5]

Prints the median of ``--runs`` wall-clock runs, side by side, of ``extract --help`` and
``sqlite-utils --help`` (issue 11: no slower than 1.5 times), and of ``extract check "..."`` on
a small database built first from ``corpus/`` (issue 11: at most 1.5 s), with what a check
spends its time on in a fresh process: importing spaCy, building spaCy's Indonesian tokenizer
(with every exception, and with exceptions added as texts need them, as the pipeline does), and
building the whole pipeline. It prints figures; it never fails.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CLAIM = "Pada 2025 Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan"


def median_seconds(command: list[str], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    db = Path(tempfile.mkdtemp()) / "facts.db"
    subprocess.run(
        [str(BIN / "extract"), str(REPO / "corpus"), "--db", str(db), "-q", "--nl", "-j", "1"],
        stdout=subprocess.DEVNULL,
        check=True,
    )
    ours = median_seconds([str(BIN / "extract"), "--help"], args.runs)
    theirs = median_seconds([str(BIN / "sqlite-utils"), "--help"], args.runs)
    check = median_seconds([str(BIN / "extract"), "check", CLAIM, "--db", str(db)], args.runs)
    tokenizer = median_seconds([sys.executable, "-c", "import spacy; spacy.blank('id')"], args.runs)
    lazy = median_seconds(
        [
            sys.executable,
            "-c",
            "import spacy; from extractor import tokenizer; spacy.blank('id', config=tokenizer.CONFIG)",
        ],
        args.runs,
    )
    bare = median_seconds([sys.executable, "-c", "import spacy"], args.runs)
    build = median_seconds(
        [sys.executable, "-c", "from extractor import pipeline; pipeline.build()"], args.runs
    )
    print(f"median of {args.runs} runs")
    print(f"extract --help        {ours:6.2f} s")
    print(f"sqlite-utils --help   {theirs:6.2f} s   ratio {ours / theirs:.2f} (target ≤ 1.5)")
    print(f'extract check "..."   {check:6.2f} s   (target ≤ 1.5 s)')
    print(f"  import spacy:                        {bare:6.2f} s")
    print(f"  spaCy's Indonesian tokenizer built:  {tokenizer - bare:6.2f} s")
    print(f"  ... with exceptions added as needed: {lazy - bare:6.2f} s (extractor.tokenizer)")
    print(f"  the whole pipeline built:            {build - bare:6.2f} s")


if __name__ == "__main__":
    main()
