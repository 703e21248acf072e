"""The tool against the shared gold sets, scored by the shared scorer (skips without ../shared).

The seeds must be perfect; the development set must not fall below the floor reached so far
(raise ``DEVSET_F1_FLOOR`` as the rules improve, never lower it to make a change pass).
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from extractor import api, sources

DEVSET_F1_FLOOR = 0.98


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
