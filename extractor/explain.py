"""Explain: every number of one article with the decision the extractor took on it.

For a user who doubts a figure, and for a developer whose rule misfired: each quantity the
numbers component found, the fact it became (metric, region, year) or the reason it did not.
Nothing is stored.
"""

from __future__ import annotations

from datetime import date

from . import pipeline, sources
from .language import LanguageData
from .settings import Settings


def explain_article(path: str, published: date | None = None, data: LanguageData | None = None) -> list[dict]:
    """One record per quantity of the article at ``path``, in text order."""
    data = data or LanguageData.load()
    settings = Settings(patterns=None if data.directory is None else str(data.directory))
    nlp = pipeline.load(data)
    records = []
    for outcome in pipeline.extract(sources.read_articles([path], published, data=data), nlp, settings):
        if outcome.error is not None:
            raise ValueError(str(outcome.error))
        for decision in outcome.decisions or []:
            fact = decision.fact
            records.append(
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
    return records
