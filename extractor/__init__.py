"""extractor: turn every figure in Indonesian social-insurance news into a checkable fact.

Use it from Python through the names of ``__all__`` (they live in ``extractor.api``)::

    from extractor import extract_text
    facts = extract_text("Pemkab Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan pada 2025.",
                         published="2025-12-01")

An article goes one way through the modules, one idea each:

- read:     ``sources`` (paths, JSON Lines, stdin), ``identity`` (which article an input is),
            ``scrape`` (HTML pages), ``fetch`` (HTTP)
- prepare:  ``prepare`` cleans (``clean``) and dates (``pubdate``) each article once
- annotate: ``pipeline`` runs the spaCy components: ``sentences``, ``numbers``, ``regionmentions``
  (with ``gazetteer``, ``layout``), ``dates`` (with ``timeexpressions``), ``cues``, ``facts``
  (with ``regions``, ``metrics``, ``clauses``, ``tables``, ``topic``)
- store:    ``store`` keeps articles and facts in SQLite
- then:     ``check`` (claims against stored facts), ``explain`` (every number's decision),
  ``review`` and ``chart`` (the review page, charts), ``metadata`` (for Datasette),
  ``regionnames`` (regions as people type them), ``incremental`` (unchanged articles kept),
  ``output`` (table, JSON Lines, CSV, TSV, JSON), ``cli`` (the ``extract`` command)

``language`` owns the word lists and rules of ``patterns/``; ``api`` composes the stages.
"""

from __future__ import annotations

__version__ = "0.1.0"

# The library's names, all defined in ``extractor.api``. This is their one list (``api`` imports it
# as its own ``__all__``): here it lets ``import extractor`` offer them without loading spaCy.
__all__ = [
    "Article",
    "ChartError",
    "CheckError",
    "ClaimResult",
    "ClusterError",
    "Conflict",
    "ExtractionError",
    "Fact",
    "InputError",
    "LanguageData",
    "Outcome",
    "ParquetError",
    "PatternsError",
    "RegionNameError",
    "Settings",
    "SourceError",
    "Store",
    "StoreError",
    "check_claim",
    "check_claims",
    "count_articles",
    "datasette_metadata",
    "draw_chart",
    "explain_article",
    "export_facts",
    "extract_articles",
    "extract_text",
    "find_conflicts",
    "load",
    "read",
    "read_claims",
    "review_articles",
    "run",
    "write_review",
]


def __getattr__(name: str):
    # PEP 562: the API (and with it spaCy) is imported on first use, so `import extractor` and
    # `extract --help` stay fast.
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
