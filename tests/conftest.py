"""Shared fixtures: the pipeline (built once), and the shared gold data when it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import pipeline
from extractor.prepare import prepare_all

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline with the bundled patterns (the process-wide one)."""
    return pipeline.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip cleanly in a user's clone."""
    if not (SHARED / "SCHEMA.md").exists():
        pytest.skip("../shared is not present")
    return SHARED


def run_text(nlp, text: str, published=None, article_id: str = "test"):
    """Prepare one text as an article and run it through the pipeline; returns its Outcome
    (facts, decisions)."""
    from extractor.records import Article

    article = Article(id=article_id, text=text, published=published)
    outcome = next(pipeline.annotate(prepare_all([article]), nlp))
    if outcome.error is not None:
        raise AssertionError(str(outcome.error))
    return outcome
