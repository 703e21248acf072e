"""Golden files: the facts of every corpus article, field by field.

A change in extraction shows up here as a readable diff. After checking that a change is an
improvement, rewrite the files with ``UPDATE_GOLDEN=1 pytest tests/test_golden.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractor import api, sources
from extractor.identity import Identity

REPO = Path(__file__).resolve().parent.parent
CORPUS = sorted((REPO / "corpus").glob("*.txt"))
GOLDEN = REPO / "tests" / "golden"
# Fields that describe the fact; `confidence` and `id` follow from them and are left out.
FIELDS = (
    "region",
    "region_code",
    "year",
    "as_of",
    "metric",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "program",
    "detail",
    "start",
    "end",
    "quote",
)


def extracted(path: Path) -> list[dict]:
    [outcome] = api.extract_articles(sources.read_articles([str(path)]))
    assert outcome.error is None, outcome.error
    assert all(f.article == Identity.under().of_path(path) for f in outcome.facts)
    return [{k: f.to_dict()[k] for k in FIELDS} for f in outcome.facts]


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_article_matches_its_golden_file(path):
    golden = GOLDEN / f"{path.stem}.jsonl"
    facts = extracted(path)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    expected = [json.loads(line) for line in golden.read_text(encoding="utf-8").splitlines()]
    assert facts == expected


def test_every_golden_file_has_its_article():
    assert {g.stem for g in GOLDEN.glob("*.jsonl")} == {p.stem for p in CORPUS}
