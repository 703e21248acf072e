"""Explain: every number of one article with the decision the extractor took on it.

For a user who doubts a figure, and for a developer whose rule misfired: each quantity the
numbers component found, the fact it became (metric, region, year) or the reason it did not.
``records`` turns an annotated article (a ``pipeline.Outcome``) into these records;
``api.explain_article`` reads, prepares and annotates the article first. Nothing is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import Outcome


FIELDS = (
    "article",
    "quote",
    "start",
    "end",
    "verdict",
    "metric",
    "region",
    "year",
    "value",
    "reason",
    "sentence",
)
"""The fields of an explain record, in order."""
COLUMNS = ("quote", "verdict", "metric", "region", "year", "reason")
"""The columns of a table of them: the reason is printed whole (wrapped, never cut)."""


def records(outcome: Outcome) -> list[dict]:
    """One record per quantity of an annotated article, in text order."""
    found = []
    for decision in outcome.decisions or []:
        fact = decision.fact
        found.append(
            {
                "article": outcome.article.id,
                "quote": decision.quote,
                "start": decision.start,
                "end": decision.end,
                "verdict": "fact" if fact else "no fact",
                "metric": fact.metric if fact else None,
                "region": fact.region if fact else None,
                "year": fact.year if fact else None,
                "value": fact.value if fact else None,
                "reason": decision.reason,
                "sentence": decision.sentence,
            }
        )
    return found
