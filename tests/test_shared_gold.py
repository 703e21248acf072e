"""The tool against the shared gold sets, scored by the shared scorer (skips without ../shared).

The seeds must be perfect; the development set must not fall below the floor reached so far
(raise ``DEVSET_F1_FLOOR`` as the rules improve, never lower it to make a change pass); so must
the real development set, when its texts are collected in ``.cache/realdev/`` (they are never
committed, so the test skips in a clean clone).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import api, sources

DEVSET_F1_FLOOR = 0.99
REALDEV_F1_FLOOR = 0.93
REALDEV_VALUE_ONLY_FLOOR = 0.97
REALDEV_NATIONAL_RECALL_FLOOR = 0.85
REALDEV_TEXTS = Path(__file__).resolve().parent.parent / ".cache" / "realdev"


@pytest.fixture(scope="module")
def scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(scorer, gold_path, articles):
    predictions = []
    for outcome in api.extract_articles(sources.read_articles(articles)):
        assert outcome.error is None, outcome.error
        predictions.extend(json.loads(json.dumps(f.to_dict())) for f in outcome.facts)
    gold = scorer.load_gold(gold_path)
    by_article = {}
    for fact in predictions:
        by_article.setdefault(scorer.article_key(fact["article"]), []).append(fact)
    result, _, _ = scorer.score(gold, by_article)
    return result


def test_seed_articles_are_extracted_perfectly(scorer, shared_dir):
    articles = sorted(str(p) for p in (shared_dir / "seeds").glob("*.txt"))
    result = score(scorer, shared_dir / "eval" / "seeds.gold.jsonl", articles)
    assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0), result


def test_devset_stays_above_the_floor(scorer, shared_dir):
    articles = sorted(str(p) for p in (shared_dir / "devset").glob("*.txt"))
    result = score(scorer, shared_dir / "devset" / "gold.jsonl", articles)
    assert result["f1"] >= DEVSET_F1_FLOOR, result


def test_real_development_set_stays_above_the_floor(scorer, shared_dir, tmp_path):
    manifest = (shared_dir / "realdev" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    wanted = [json.loads(line)["article"] for line in manifest if line.strip()]
    if not all((REALDEV_TEXTS / f"{article}.txt").exists() for article in wanted):
        pytest.skip(".cache/realdev/ does not hold the real development set's texts")
    records = tmp_path / "realdev.jsonl"
    subprocess.run(
        [
            sys.executable,
            str(shared_dir / "realdev" / "build_input.py"),
            str(records),
            "--texts",
            str(REALDEV_TEXTS),
        ],
        check=True,
        capture_output=True,
    )
    result = score(scorer, shared_dir / "realdev" / "gold.jsonl", [str(records)])
    assert result["f1"] >= REALDEV_F1_FLOOR, result
    assert result["relaxed"]["value only"] >= REALDEV_VALUE_ONLY_FLOOR, result
    assert result["recall_by_level"]["national"] >= REALDEV_NATIONAL_RECALL_FLOOR, result
