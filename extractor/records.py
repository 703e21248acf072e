"""Records: the plain dataclasses that travel between modules (articles in, facts out)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

# The fact fields of ../shared/SCHEMA.md, in its order, plus our own additions at the end.
FACT_FIELDS = (
    "region",
    "region_level",
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
    "article",
    "sentence",
    "start",
    "end",
    "quote",
    "confidence",
    "id",
)

ARTICLE_FIELDS = ("published", "outlet", "title", "url")
"""What an export carries of each fact's article, after the fact's own fields."""
EXPORT_FIELDS = FACT_FIELDS + ARTICLE_FIELDS
"""The fields of an exported fact (``extract export``)."""

VERDICTS = ("supported", "contradicted", "not_found", "incomplete", "no_figure", "error")
"""What ``extract check`` can say of a claim (``check.verdicts``)."""

METRIC_UNITS = {
    "participants": "person",
    "participants_new": "person",
    "participants_target": "person",
    "coverage_pct": "percent",
    "coverage_target_pct": "percent",
    "uncovered": "person",
    "workforce": "person",
    "population": "person",
    "claims_count": "case",
    "claims_paid": "IDR",
    "benefit_amount": "IDR",
    "contribution": "IDR",
    "budget": "IDR",
}

QUALIFIERS = ("exact", "approx", "almost", "more_than", "at_least", "less_than", "up_to")
PROGRAMS = ("JKK", "JKM", "JHT", "JP", "JKP")


@dataclass
class Article:
    """One article as read from its source, before extraction.

    ``id`` says which article it is (``identity.py``): the normalised URL, the file's path
    relative to the root, the record's own ``id`` for JSON Lines input, or ``stdin:`` and a hash
    of the text.
    ``text`` is the article text; for plain text it is cleaned of page debris before
    extraction, and the stored text is always the cleaned one.
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: str | None = None
    """Where ``published`` came from: ``record``, ``option``, ``meta``, ``text``, ``url``."""
    needs_cleaning: bool = True
    """Whether the text may still carry page debris: true as read (plain text, and the text of
    an HTML page alike), false once ``prepare`` has cleaned it."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Fact:
    """One figure read out of an article: the record of ../shared/SCHEMA.md."""

    region: str
    region_level: str
    region_code: str | None
    year: int | None
    as_of: str | None
    metric: str
    value: float | int
    value_max: float | int | None
    unit: str
    qualifier: str
    program: str | None
    detail: str | None
    article: str
    sentence: str
    start: int
    end: int
    quote: str
    confidence: float = 1.0
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            self.id = fact_id(self.article, self.start, self.end, self.metric, self.region)

    def to_dict(self) -> dict:
        """The fact's fields in schema order (a plain read: every field is a scalar, so no deep
        copy as ``dataclasses.asdict`` would make)."""
        return {name: getattr(self, name) for name in FACT_FIELDS}


def fact_id(article: str, start: int, end: int, metric: str, region: str) -> str:
    """A stable id: the same figure of the same article always gets the same id.

    >>> fact_id("corpus/a.txt", 10, 16, "participants", "Kota Bogor") == fact_id(
    ...     "corpus/a.txt", 10, 16, "participants", "Kota Bogor")
    True
    >>> fact_id("a", 0, 1, "budget", "Indonesia") != fact_id("a", 0, 1, "budget", "Kota Bogor")
    True
    """
    key = f"{article}\x1f{start}\x1f{end}\x1f{metric}\x1f{region}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class SourceError:
    """An input that could not be read or processed: where, and what went wrong."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"
