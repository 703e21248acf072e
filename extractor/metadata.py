"""Datasette metadata: the database described for ``datasette facts.db -m metadata.json``.

``extract datasette-metadata`` writes what Datasette needs to show the database as a journalist
wants it: a title and description, every column described with its unit, the facts faceted by
region, metric and year, articles labelled by their title (so a fact's article reads as its
headline) and searched on title and text (``store.FTS_COLUMNS``), and canned queries for the
questions asked most: coverage by region and year, sources that disagree, facts below a
confidence.
"""

from __future__ import annotations

import json
from pathlib import Path

from .records import METRIC_UNITS

TITLE = "BPJS Ketenagakerjaan coverage facts"
DESCRIPTION = (
    "Every figure read out of Indonesian news about BPJS Ketenagakerjaan coverage by extractor: "
    "region, year, metric and value, with the sentence it stands in and the article it comes from."
)

UNITS = "person (people), case (claims), IDR (rupiah) or percent"

ARTICLE_COLUMNS = {
    "id": "The article's id: its URL, file path or JSON Lines record id",
    "url": "Where the article was published",
    "title": "The headline",
    "author": "The byline",
    "outlet": "The newspaper or site",
    "published": "Publication date (ISO 8601)",
    "text": "The article text, cleaned of page debris; fact offsets point into it",
    "sha256": "SHA-256 of the text",
    "extracted_at": "When the facts were extracted (UTC)",
    "extractor_version": "The extractor version that extracted them",
    "patterns_fingerprint": "Fingerprint of the rules and word lists they were extracted with",
}

FACT_COLUMNS = {
    "id": "Stable id: the same figure of the same article always gets the same id",
    "article": "The article the figure is in",
    "region": "Canonical Kemendagri region name (Indonesia for national figures)",
    "region_level": "national, province, regency or city",
    "region_code": "Kemendagri region code (64.02)",
    "year": "The year the figure refers to",
    "as_of": "The month or date the sentence pins the figure to (ISO 8601)",
    "metric": "What the figure counts: " + ", ".join(METRIC_UNITS),
    "value": f"The figure, fully expanded; unit in the unit column: {UNITS}. "
    "Whole numbers are stored as integers",
    "value_max": "The upper end of a range (same unit as value)",
    "unit": f"The unit of value: {UNITS}",
    "qualifier": "exact, approx, almost, more_than, at_least, less_than or up_to",
    "program": "JKK, JKM, JHT, JP or JKP when the sentence names one",
    "detail": "The group or benefit (pekerja rentan, santunan kematian)",
    "sentence": "The sentence the figure stands in",
    "start": "Offset of the figure's first character in the article text",
    "end": "Offset just after the figure's last character",
    "quote": "The figure as written (13.289; Rp 1,5 miliar)",
    "confidence": "How sure the extractor is, 0 to 1 (below 0.6: read the sentence before quoting)",
}

CONFLICT_TOLERANCE = 0.05
"""Two figures further apart than this share of the larger are listed by the ``conflicts``
query; ``extract conflicts`` decides by each figure's own rounding instead."""

QUERIES = {
    "coverage_by_region_and_year": {
        "title": "Coverage by region and year",
        "description": "Coverage (percent of workers insured) per region and year: how many "
        "sources give it, the lowest and highest figure, and every figure given.",
        "sql": """select region, year, count(distinct article) as sources,
  min(value) as lowest, max(value) as highest, group_concat(distinct value) as figures
from facts
where metric = 'coverage_pct' and year is not null
group by region, year
order by region, year""",
    },
    "conflicts": {
        "title": "Sources that disagree",
        "description": "The same region, year, metric, programme and group given by two "
        f"articles with figures more than {CONFLICT_TOLERANCE:.0%} apart. `extract conflicts` "
        "compares each figure's own rounding and is the exact list.",
        "sql": f"""select a.region, a.year, a.metric,
  a.quote as quote_a, a.value as value_a, a.article as article_a,
  b.quote as quote_b, b.value as value_b, b.article as article_b
from facts a join facts b
  on a.region = b.region and a.year = b.year and a.metric = b.metric and a.article < b.article
  and coalesce(a.program, '') = coalesce(b.program, '')
  and coalesce(a.detail, '') = coalesce(b.detail, '')
where abs(a.value - b.value) > {CONFLICT_TOLERANCE} * max(abs(a.value), abs(b.value))
  and (a.as_of is null or b.as_of is null or substr(a.as_of, 1, 7) = substr(b.as_of, 1, 7))
order by a.region, a.year, a.metric""",
    },
    "low_confidence": {
        "title": "Facts below a confidence",
        "description": "Facts the extractor is least sure of, least sure first: read their "
        "sentence before quoting them. Give a confidence between 0 and 1 (0.6 is a good start).",
        "sql": """select facts.confidence, facts.region, facts.year, facts.metric, facts.value,
  facts.quote, facts.sentence, articles.title, articles.url, facts.article
from facts join articles on articles.id = facts.article
where facts.confidence < cast(:below as real)
order by facts.confidence, facts.region, facts.year""",
    },
}


def metadata(database: str = "facts") -> dict:
    """Datasette's metadata for a database served under the name ``database`` (the file's
    name without ``.db``)."""
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": {
                    "facts": {
                        "description": "One row per figure: what it counts, where, when, and "
                        "where it stands in its article.",
                        "columns": FACT_COLUMNS,
                        "facets": ["region", "metric", "year"],
                        "label_column": "quote",
                        "sort": "article",
                    },
                    "articles": {
                        "description": "One row per article read, with its cleaned text.",
                        "columns": ARTICLE_COLUMNS,
                        "label_column": "title",
                        "sort_desc": "published",
                        "fts_table": "articles_fts",  # its rowid is the article's rowid
                    },
                },
                "queries": QUERIES,
            }
        },
    }


def database_name(db_path: str | Path) -> str:
    """The name Datasette serves a database file under: its name without the suffix.

    >>> database_name("data/facts.db")
    'facts'
    """
    return Path(db_path).stem


def dumps(data: dict, path: str | Path | None = None) -> str:
    """The metadata as YAML when ``path`` ends in ``.yml`` or ``.yaml`` (and PyYAML, which
    Datasette installs, is there), else as JSON."""
    if path is not None and Path(path).suffix.lower() in (".yml", ".yaml"):
        try:
            import yaml
        except ImportError:  # JSON is YAML too
            pass
        else:
            return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
