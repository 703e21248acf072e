"""Settings: every tunable of the tool in one typed place."""

from __future__ import annotations

from dataclasses import dataclass

from .language import LanguageData

# The order of the spaCy components: each one reads what the ones before it wrote.
PIPELINE = ("id_sentences", "quantities", "regions", "time", "metric_cues", "facts")

MAX_INPUT_BYTES = 10_000_000
"""The most bytes read for one text: a file, standard input, one JSON Lines line. Anything
longer is refused unread (``extract /dev/zero`` ends with an error, not out of memory)."""
MAX_TEXT_CHARS = 1_000_000
"""The longest article text the pipeline takes (spaCy's own ``nlp.max_length``); a longer one
is refused with an error and the batch goes on. News articles are a few thousand characters."""


@dataclass(frozen=True)
class Settings:
    """Run-time settings; the CLI builds one from its flags."""

    db_path: str = "facts.db"
    batch_size: int = 32
    """Articles per ``nlp.pipe`` batch: bounds memory however long the input is."""
    jobs: int = 1
    """Worker processes that extract articles (``--jobs``; ``workers.py``): 1 extracts in this
    process. The output and the stored rows are the same whatever the number."""
    patterns: str | None = None
    """A directory whose files replace or extend the bundled ``patterns/`` (``--patterns DIR``);
    ``None`` uses the bundled ones alone."""
    user_agent: str = "extractor/{version} (bpjs-fact-extractor: news fact checking; honours robots.txt)"
    request_delay: float = 1.0
    """Seconds between two requests to the same host."""
    request_timeout: float = 20.0
    """Seconds a server may take to connect or to send more data, and to send a whole page
    (``--timeout``)."""
    allow_private: bool = False
    """Fetch hosts on private, loopback or link-local addresses too (``--allow-private``); off,
    such a URL or a redirect to one is refused."""
    max_retries: int = 3
    max_page_bytes: int = 5_000_000
    http_cache: str = "http_cache"
    """Path of the on-disk HTTP cache (SQLite, by requests-cache)."""
    cache_refresh: bool = False
    """Fetch every page again instead of reading it from the cache (``--refresh``); the cache
    keeps the new copy."""
    cache_max_age: float | None = None
    """Seconds: cached responses older than this are dropped and fetched again (``--max-age``)."""
    follow: str | None = None
    """A regular expression: from a listing page, follow the article links that match it."""
    max_pages: int = 20
    """The most article pages one listing URL may lead to."""
    id_root: str | None = None
    """File ids are paths relative to this directory (``--id-root``); ``None``: the working
    directory. See ``identity.py``."""
    stdin_id: str | None = None
    """The id of the article read from standard input (``--id``); ``None``: ``stdin:`` and a
    hash of its text."""
    busy_timeout: float = 60.0
    """Seconds a run waits for another writer on the same database before it gives up."""
    commit_every: int = 200
    """The most articles stored in one transaction (``api.run``) ..."""
    commit_seconds: float = 1.0
    """... or the articles done within this many seconds, whichever comes first: few
    transactions are fast, and what is printed is never far behind what is stored."""
    scheduler: str | None = None
    """A Dask scheduler's address (``tcp://HOST:8786``) or ``local`` (a ``LocalCluster`` of
    ``jobs`` worker processes): extract on its workers (``--scheduler``; ``cluster.py``)."""
    parquet: str | None = None
    """With ``scheduler``: write articles and facts as Parquet files into this directory instead
    of storing them in ``db_path`` (``--parquet``; ``parquet.py``)."""
    force: bool = False
    """Extract every article again, even one stored as it is (``--force``); otherwise an
    unchanged article keeps its stored facts (``incremental.py``)."""

    @property
    def language(self) -> LanguageData:
        """The language data of ``patterns``, shared per directory for the life of the process."""
        return LanguageData.load(self.patterns)
