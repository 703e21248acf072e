"""API: the library under the ``extract`` command, for scripts and notebooks.

An article goes one way through the modules: read (``sources``, ``scrape``, ``fetch``: a path,
URL or record becomes a raw ``Article`` or a ``SourceError``) → prepare (``prepare``: cleaned
once, dated once) → annotate (``pipeline``: the spaCy pipeline makes its facts) → store
(``store``). The functions here compose the stages; the command line calls nothing else.

- ``extract_text`` and ``extract_articles``: facts of texts or records, nothing stored;
- ``read`` and ``run``: paths, URLs or ``-``; ``run`` stores every article and its facts, the
  command line's main job;
- ``explain_article``: every number of one article with the decision taken on it;
- ``check_claim``, ``check_claims``, ``find_conflicts``: claims against the stored facts;
  ``read_claims``: the claims of a file, one a line;
- ``export_facts``: stored facts, filtered, with their articles' date, outlet, title and URL;
- ``datasette_metadata``: the database described for Datasette;
- ``review_articles``, ``write_review``: the review page (``review.py``); ``draw_chart``: a
  metric over the years (``chart.py``).

Language data (``LanguageData``) is the bundled one unless ``data`` or ``Settings.patterns``
says otherwise. Every name here is importable from ``extractor`` itself.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

# The names of the library are listed once, in the package's ``__all__`` (``import extractor``
# offers them without loading spaCy); ``X as X`` marks a name imported only to be offered here.
from . import __all__ as __all__
from . import (
    __version__,
    chart,
    check,
    cluster,
    explain,
    incremental,
    metadata,
    parquet,
    pipeline,
    regionnames,
    review,
    sources,
    workers,
)
from .chart import ChartError as ChartError
from .check import CheckError as CheckError
from .check import ClaimResult, Conflict
from .cluster import ClusterError as ClusterError
from .identity import LEGACY_STDIN_ID, Identity
from .language import LanguageData
from .language import PatternsError as PatternsError
from .parquet import ParquetError as ParquetError
from .pipeline import Outcome
from .prepare import prepare_all
from .records import Article, Fact, SourceError
from .regionnames import RegionNameError as RegionNameError
from .settings import Settings
from .store import Saved, Store, StoreError
from .store import refusal as store_refusal

if TYPE_CHECKING:  # the scraper's imports cost a command that reads no URL a third of a second
    from .scrape import Fetcher

Record = Article | SourceError | dict
"""What ``extract_articles`` takes: an ``Article``, a read error, or a JSON Lines-like dict."""


class InputError(Exception):
    """Inputs that cannot be read at all (a path that does not exist, a follow pattern that is
    no regular expression); raised before anything is read."""


class ExtractionError(Exception):
    """An article that could not be read or run through the pipeline."""


# --- Extracting ------------------------------------------------------------------------------


def extract_text(
    text: str,
    published: str | date | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    article_id: str = "text",
    data: LanguageData | None = None,
) -> list[Fact]:
    """The facts of one article's text, in text order; nothing is stored.

    ``published`` (an ISO date or a ``date``) resolves relative years ("tahun lalu"); without
    it the date comes from the text (byline, dateline, first dated event) or from ``url``.
    The text is cleaned of page debris first; fact offsets point into the cleaned text.
    ``title`` is kept on the article only, as for a JSON Lines record.

    >>> [fact] = extract_text(
    ...     "Pemkab Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan pada 2025.",
    ...     published="2025-12-01",
    ... )
    >>> fact.region, fact.region_code, fact.year, fact.metric, fact.value, fact.quote
    ('Kabupaten Kutai Kartanegara', '64.02', 2025, 'participants_new', 13289, '13.289')
    >>> extract_text("Harga cabai naik menjadi Rp 60 ribu per kilogram.", published="2025-12-01")
    []
    """
    article = Article(id=article_id, text=text, url=url, title=title)
    data = data if data is not None else LanguageData.load()
    [outcome] = _annotated([article], data, _as_date(published), batch_size=1)
    if outcome.error is not None:
        raise ExtractionError(str(outcome.error))
    return outcome.facts or []


def extract_articles(
    records: Iterable[Record],
    *,
    published: str | date | None = None,
    settings: Settings | None = None,
) -> Iterator[Outcome]:
    """One ``Outcome`` per record, in order, as each is done (in batches of
    ``settings.batch_size``); nothing is stored.

    A record is an ``Article`` (as ``read`` gives; it is prepared in place: cleaned and dated),
    a ``SourceError`` (passed through as an error outcome), or a dict like a JSON Lines record
    ``{"id", "text", "url", "published", "title", "author", "outlet"}`` with at least "text"
    (its id defaults to ``records:N``). ``published`` replaces every article's date.

    >>> outcomes = extract_articles([
    ...     {"id": "a", "text": "Cakupan BPJS Ketenagakerjaan Kota Semarang 2025 mencapai 36,4 persen."},
    ...     {"id": "b"},
    ... ])
    >>> [(o.article.id, [(f.region, f.metric, f.value) for f in o.facts]) for o in outcomes if o.article]
    [('a', [('Kota Semarang', 'coverage_pct', 36.4)])]
    >>> [str(o.error) for o in extract_articles([{"id": "b"}])]
    ['records:1: record has no "text" string']
    """
    settings = settings or Settings()
    items = (_as_item(record, number) for number, record in enumerate(records, 1))
    if settings.jobs > 1:
        with _workers(settings, _as_date(published)) as pool:
            yield from pool.annotate(items)
        return
    yield from _annotated(items, settings.language, _as_date(published), settings.batch_size)


def read(
    inputs: Iterable[str], *, settings: Settings | None = None, fetcher: Fetcher | None = None
) -> Iterator[Article | SourceError]:
    """The raw articles of the inputs, in order: ``.txt``, ``.html`` and ``.jsonl`` files,
    directories (searched recursively), ``http(s)://`` URLs and ``-`` (standard input).

    Raw: plain text still carries its page debris and most articles no date; ``extract_articles``
    prepares them. A file that cannot be read, a bad JSON line or a page that fails is a
    ``SourceError`` in its place, as is a directory that cannot be read or holds no article file.
    A path that does not exist, a URL of another scheme than http(s) (``file://``, ``ftp://``),
    or a ``settings.follow`` that is no regular expression, is an ``InputError`` raised at once.
    URLs are fetched politely by ``fetcher`` (by default, when an input is a URL, a
    ``scrape.Fetcher`` of ``settings``, which opens its HTTP cache on the first URL only).
    """
    inputs = list(inputs)
    settings = settings or Settings()
    for source in inputs:
        scheme = sources.unsupported_scheme(source)
        if scheme is not None:
            raise InputError(
                f"{source}: unsupported scheme {scheme!r}: only http:// and https:// URLs are read"
            )
    missing = sources.missing_paths(inputs)
    if missing:
        raise InputError(f"{missing[0]}: no such file or directory")
    if settings.stdin_id is not None and "-" not in inputs:
        raise InputError("--id names the article read from standard input: give - as an input")
    if settings.follow is not None:
        try:
            re.compile(settings.follow)
        except re.error as err:
            raise InputError(f"--follow {settings.follow!r}: not a regular expression ({err})") from None
    if fetcher is None and any(sources.is_url(source) for source in inputs):
        fetcher = _fetcher(settings)  # not imported for files alone: the scraper's libraries take a while
    return sources.read_articles(inputs, fetcher, settings.language, _identity(settings))


def run(
    inputs: Iterable[str],
    settings: Settings | None = None,
    *,
    published: str | date | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Outcome]:
    """The main job: read the inputs, extract their facts and store them in
    ``settings.db_path``, yielding one outcome per input as it is done.

    Articles are stored in batches, one transaction each, and an outcome is yielded once its
    article is stored: running the same input twice leaves the same rows, an article that fails
    leaves what is stored untouched, and a run killed half way leaves every article wholly old
    or wholly new. Another run writing the same database is waited for. A fact whose value the
    database cannot hold is left out, with a warning.
    An article stored as it is (same text, date and title, same extractor version and rules) is
    not extracted again: its outcome has the stored facts and ``unchanged`` set; with
    ``settings.force`` every article is.
    Input errors (``InputError``) are raised at once; a database that cannot be opened
    (``StoreError``) or malformed language data (``PatternsError``) on the first outcome.
    """
    settings = settings or Settings()
    if settings.parquet is not None and settings.scheduler is None:
        raise InputError("--parquet DIR needs --scheduler (an address, or local)")
    articles = read(inputs, settings=settings, fetcher=fetcher)
    if settings.parquet is not None:
        return _run_to_parquet(articles, settings, _as_date(published))
    return _run(articles, settings, _as_date(published))


def load(directory: str | Path, settings: Settings | None = None) -> Iterator[Saved]:
    """Store the articles and facts of a Parquet directory (written by ``run`` with
    ``settings.parquet``) in ``settings.db_path``, as ``run`` would have stored them: each
    article replaces its stored row and facts, in batches of ``settings.commit_every``, each
    article whole. Yields what saving each article did. A directory without articles is a
    ``ParquetError``."""
    settings = settings or Settings()
    found = parquet.read(directory)  # raises at once on a directory with nothing to load
    first = next(found, None)
    store = Store(settings.db_path, timeout=settings.busy_timeout)
    try:
        rows = itertools.chain([first] if first is not None else [], found)
        for batch in _batches(rows, settings.commit_every, settings.commit_seconds):
            for fingerprint, group in itertools.groupby(batch, key=lambda row: row[2]):
                store.patterns_fingerprint = fingerprint  # the rules the workers extracted with
                yield from store.save_many((article, facts) for article, facts, _ in group)
    finally:
        store.close()


def count_articles(inputs: Iterable[str]) -> int | None:
    """How many outcomes ``run`` will yield for the inputs, when that is known without reading
    them: one per file and per line of a JSON Lines file; ``None`` when a URL may be a listing,
    a feed or a sitemap, or a file cannot be opened."""
    total = 0
    for source in sources.expand(inputs):
        if isinstance(source, SourceError):  # a directory that cannot be read: one error outcome
            total += 1
            continue
        if sources.is_url(source):
            return None
        if Path(source).suffix.lower() not in sources.JSONL_SUFFIXES:
            total += 1
            continue
        try:
            with open(source, "rb") as lines:
                total += sum(1 for line in lines if line.strip())
        except OSError:
            return None
    return total


def _run(
    articles: Iterable[Article | SourceError], settings: Settings, day: date | None
) -> Iterator[Outcome]:
    """Extract → store, the database opened on the first outcome. Unless ``settings.force``,
    articles stored as they are keep their facts (``incremental``). With ``settings.jobs`` above
    1, worker processes extract (one pool for the whole run) and this process alone stores."""
    store = Store(
        settings.db_path, timeout=settings.busy_timeout, patterns_fingerprint=settings.language.fingerprint
    )
    pool = _pool(settings, day)

    def extract(items: Iterable[Article | SourceError]) -> Iterator[Outcome]:
        if pool is not None:
            return pool.annotate(items)
        return extract_articles(items, published=day, settings=settings)

    try:
        if settings.force:
            outcomes = extract(articles)
        else:
            outcomes = incremental.extract_changed(articles, store, extract, settings.language, day)
        yield from _stored(outcomes, store, settings)
    finally:
        if pool is not None:
            pool.close()
        store.close()


def explain_article(
    source: str,
    *,
    published: str | date | None = None,
    data: LanguageData | None = None,
    db_path: str | Path | None = None,
    settings: Settings | None = None,
) -> list[dict]:
    """Every number of an article with the decision taken on it, in text order: its quote and
    offsets, ``fact`` or ``no fact``, the fact's metric, region, year and value, and the reason.

    ``source`` is what ``read`` reads (a file, a URL, ``-``) or, when it is none of those, the
    id of an article stored in ``db_path`` (explained from its stored text). Raises
    ``ExtractionError`` when the article cannot be read or extracted, ``InputError`` when
    ``source`` names nothing.
    """
    settings = settings or Settings()
    data = data if data is not None else settings.language
    records = []
    for outcome in _annotated(_articles_of(source, db_path, settings, data), data, _as_date(published), 1):
        if outcome.error is not None:
            raise ExtractionError(str(outcome.error))
        records.extend(explain.records(outcome))
    return records


def _articles_of(
    source: str, db_path: str | Path | None, settings: Settings, data: LanguageData
) -> list[Article | SourceError]:
    """The articles ``source`` names: read from a file, a URL or ``-``, else stored in ``db_path``
    under that id."""
    if source == "-" or sources.is_url(source) or Path(source).exists():
        fetcher = _fetcher(settings) if sources.is_url(source) else None
        return list(sources.read_articles([source], fetcher, data))
    stored = _stored_article(source, db_path)
    if stored is None:
        where = f", URL or article stored in {db_path}" if db_path else " or directory"
        raise InputError(f"{source}: no such file{where}")
    return [stored]


def _stored_article(article_id: str, db_path: str | Path | None) -> Article | None:
    if db_path is None or not Path(db_path).is_file():
        return None
    return Store(db_path, create=False).article(article_id)


# --- Checking --------------------------------------------------------------------------------


def check_claim(
    claim: str,
    store_or_path: Store | str | Path,
    year: int | None = None,
    data: LanguageData | None = None,
    *,
    region: str | None = None,
) -> ClaimResult:
    """The verdict on one claimed figure against the stored facts (see ``check.verdicts``):
    ``supported``, ``contradicted``, ``not_found``, ``incomplete``, ``no_figure`` or ``error``,
    with its evidence. ``year`` and ``region`` (any name the gazetteer knows: "Kukar") are the
    year and region of a claim that names none. A database path that does not exist is a
    ``CheckError``; a region name that names no region, or several, a ``RegionNameError``.
    """
    place = regionnames.resolve(region, data) if region is not None else None
    store = _store(store_or_path)
    return check.check_claim(claim, store, pipeline.load(data), year, data, place)


def check_claims(
    claims: Iterable[str],
    store_or_path: Store | str | Path,
    year: int | None = None,
    data: LanguageData | None = None,
    *,
    region: str | None = None,
) -> Iterator[ClaimResult]:
    """One verdict per claim, in order (see ``check_claim``); the database is opened and the
    region resolved at once."""
    place = regionnames.resolve(region, data) if region is not None else None
    return check.check_claims(claims, _store(store_or_path), year, None, data, place)


def export_facts(
    store_or_path: Store | str | Path,
    *,
    region: str | None = None,
    year: int | None = None,
    metric: str | None = None,
    min_confidence: float | None = None,
    since: str | date | None = None,
    limit: int | None = None,
    data: LanguageData | None = None,
) -> Iterator[dict]:
    """The stored facts, each with the ``published`` date, ``outlet``, ``title`` and ``url`` of
    its article, in article and text order: only those of ``region`` (any name the gazetteer
    knows: "Kukar", "Samarinda", "Kabupaten Kutai Kartanegara"), ``year``, ``metric``, of at
    least ``min_confidence``, of articles published on or after ``since``; at most ``limit``.

    A database that does not exist is a ``StoreError``; a region name that names no region, or
    several, a ``RegionNameError`` that says so (and lists them).
    """
    place = regionnames.resolve(region, data).name if region is not None else None
    store = store_or_path if isinstance(store_or_path, Store) else Store(store_or_path, create=False)
    day = _as_date(since)
    return store.export(
        place,
        year,
        metric,
        min_confidence=min_confidence,
        since=day.isoformat() if day else None,
        limit=limit,
        with_article=True,
    )


def read_claims(source: str) -> list[str]:
    """The claims of a text file (or ``-``, standard input), one per line, stripped, blank lines
    left out. The file is decoded as an article is (UTF-8, a BOM's encoding, or Windows-1252 and
    its kin); one that cannot be read or is not text is an ``InputError``."""
    lines = sources.text_lines(source)
    if isinstance(lines, SourceError):
        raise InputError(str(lines))
    return [line.strip() for line in lines if line.strip()]


def find_conflicts(store_or_path: Store | str | Path, data: LanguageData | None = None) -> list[Conflict]:
    """Every region, year and metric where stored articles give figures that differ beyond
    rounding, in region, year, metric order."""
    return check.find_conflicts(_store(store_or_path), data)


CHART_METRICS = ("coverage_pct", "participants", "participants_new")
"""The metrics the review index charts for each region it covers, when they are stored."""


def draw_chart(
    region: str,
    metric: str = "coverage_pct",
    *,
    compare: Iterable[str] = (),
    db_path: str | Path = "facts.db",
    out: str | Path = "chart.svg",
    data: LanguageData | None = None,
) -> Path:
    """Draw ``metric`` over the years for ``region`` (and the ``compare`` regions) from the
    stored facts, every source its own labelled point (``chart.py``), into ``out`` (.svg, .png or
    .html). Region names are any the gazetteer knows ("Kukar"). Raises ``RegionNameError``,
    ``StoreError`` (no database) or ``ChartError`` (nothing stored for it, or another suffix).
    """
    names = [regionnames.resolve(name, data).name for name in (region, *compare)]
    names = list(dict.fromkeys(names))
    store = Store(db_path, create=False)
    found = chart.points(store, names, metric, data)
    if not found:
        raise chart.ChartError(f"no {metric} facts with a year stored for {' or '.join(names)} in {db_path}")
    path = Path(out)
    content = chart.render(found, names, metric, path.suffix)
    path.write_bytes(content)
    return path


def review_articles(
    refs: Iterable[str] = (),
    *,
    db_path: str | Path = "facts.db",
    every: bool = False,
    settings: Settings | None = None,
) -> list[review.Review]:
    """The articles ``refs`` name, ready for the review page: an id stored in ``db_path`` (its
    stored facts), else a file, URL or ``-`` (extracted now, nothing stored). ``every``: every
    stored article, newest first. The figures that are no fact, and why, come from running the
    pipeline again on the (stored) text, as ``explain`` does. Raises ``InputError`` for a ref
    that names nothing, ``StoreError`` when ``every`` finds no database.
    """
    settings = settings or Settings()
    data = settings.language
    store = Store(db_path, create=False) if Path(db_path).is_file() else None
    refs = list(refs)
    if every:
        if store is None:
            raise StoreError(f"{db_path}: no such database (build it first: extract ARTICLES --db {db_path})")
        refs += [row["id"] for row in store.db.query("select id from articles order by published desc, id")]
    articles: list[Article | SourceError] = []
    for ref in dict.fromkeys(refs):
        stored = store.article(ref) if store is not None else None
        articles.extend([stored] if stored is not None else _articles_of(ref, None, settings, data))
    reviews = []
    for outcome in _annotated(articles, data, None, settings.batch_size):
        if outcome.error is not None:
            raise ExtractionError(str(outcome.error))
        reviews.append(_review(outcome, store, data))
    return reviews


def _review(outcome: Outcome, store: Store | None, data: LanguageData) -> review.Review:
    """The review of an annotated article: its stored facts when it comes from the store."""
    article = outcome.article
    decisions = explain.records(outcome)
    if article.published_source != "stored" or store is None:
        page = review.build(article, [f.to_dict() for f in outcome.facts or []], decisions)
        page.notes.append("Not in the database: the facts were extracted for this page only.")
        return page
    page = review.build(article, [f.to_dict() for f in store.article_facts(article.id)], decisions)
    row = store.db["articles"].get(article.id)
    if (row.get("extractor_version"), row.get("patterns_fingerprint")) != (__version__, data.fingerprint):
        page.notes.append(
            "The stored facts were extracted by another version of the extractor or with other rules: "
            "`extract --force` extracts them again."
        )
    return page


def write_review(
    refs: Iterable[str] = (),
    out: str | Path = "review.html",
    *,
    db_path: str | Path = "facts.db",
    every: bool = False,
    settings: Settings | None = None,
) -> Path:
    """Write the review page of the articles ``refs`` name (see ``review_articles``) to ``out``;
    with ``every``, ``out`` is a directory: ``index.html`` (with charts of the regions the
    articles cover) and one page per stored article. Returns the page (or index) written."""
    settings = settings or Settings()
    reviews = review_articles(refs, db_path=db_path, every=every, settings=settings)
    if not every:
        if not reviews:
            raise InputError("nothing to review: give an article id, a file or a URL, or --all")
        path = Path(out)
        path.write_text(review.render_page(reviews), encoding="utf-8")
        return path
    store = Store(db_path, create=False)
    regions = {fact["region"] for page in reviews for fact in page.facts}
    charts = [
        review.Chart(
            caption=chart.title([region], metric),
            svg=chart.svg(chart.points(store, [region], metric, settings.language), [region], metric),
        )
        for region, metric in chart.chart_specs(store, regions, CHART_METRICS)
    ]
    return review.write_all(reviews, out, charts)


def datasette_metadata(db_path: str | Path = "facts.db") -> dict:
    """Datasette's metadata for the database at ``db_path`` (see ``metadata.py``): titles,
    column descriptions and units, default facets, labels, search and canned queries."""
    return metadata.metadata(metadata.database_name(db_path))


# --- The pieces ------------------------------------------------------------------------------


def _annotated(
    items: Iterable[Article | SourceError], data: LanguageData, published: date | None, batch_size: int
) -> Iterator[Outcome]:
    """Prepare → annotate: the items cleaned, dated and run through the pipeline of ``data``."""
    nlp = pipeline.load(data)
    yield from pipeline.annotate(prepare_all(items, data, published), nlp, batch_size)


def _workers(settings: Settings, day: date | None) -> workers.Workers:
    return workers.Workers(settings.jobs, settings.language, day, settings.batch_size)


def _pool(settings: Settings, day: date | None) -> workers.Workers | cluster.Cluster | None:
    """Where articles are extracted: a Dask cluster, worker processes, or (``None``) here."""
    if settings.scheduler is not None:
        return _cluster(settings, day)
    return _workers(settings, day) if settings.jobs > 1 else None


def _cluster(settings: Settings, day: date | None, parquet_dir: str | None = None) -> cluster.Cluster:
    return cluster.Cluster(
        settings.scheduler,
        settings.language,
        day,
        settings.batch_size,
        parquet_dir=parquet_dir,
        workers=settings.jobs,
    )


def _run_to_parquet(
    articles: Iterable[Article | SourceError], settings: Settings, day: date | None
) -> Iterator[Outcome]:
    """Extract on the cluster, whose workers write Parquet files; nothing stored here."""
    with _cluster(settings, day, settings.parquet) as pool:
        for outcome in pool.annotate(articles):
            yield _storable(outcome)


def _stored(outcomes: Iterable[Outcome], store: Store, settings: Settings) -> Iterator[Outcome]:
    """Every outcome, its article and facts stored before it is yielded (errors and unchanged
    articles store nothing).

    Articles are stored in batches, one transaction each (``Settings.commit_every`` articles or
    ``commit_seconds``, whichever comes first): a killed run leaves each article wholly old or
    wholly new, and what was yielded was stored.
    """
    older = _older_ids(store, _identity(settings))
    for batch in _batches(outcomes, settings.commit_every, settings.commit_seconds):
        batch = [_storable(outcome) for outcome in batch]
        stored = [o for o in batch if o.article is not None and not o.unchanged]
        replacing = {
            o.article.id: older.pop(o.article.id, []) + older.pop(_same_text(o.article.sha256), [])
            for o in stored
        }
        saved = store.save_many(((o.article, o.facts or []) for o in stored), replacing)
        for outcome, result in zip(stored, saved, strict=True):
            outcome.warnings.extend(_lost_facts(result))
        yield from batch


def _older_ids(store: Store, identity: Identity) -> dict[str, list[str]]:
    """Today's id of an article → the ids it is stored under by an older rule (``identity.py``),
    so storing it again replaces those rows instead of doubling the article. Standard input,
    which was ``-`` whatever the text, is known by its text's hash (``_same_text``)."""
    older: dict[str, list[str]] = {}
    for stored_id, sha256 in store.article_hashes():
        today = _same_text(sha256) if stored_id == LEGACY_STDIN_ID else identity.current(stored_id)
        if today is not None:
            older.setdefault(today, []).append(stored_id)
    return older


def _same_text(sha256: str) -> str:
    return f"sha256:{sha256}"


def _batches(items: Iterable[Outcome], size: int, seconds: float) -> Iterator[list[Outcome]]:
    """The items in lists of at most ``size``, a list ending early once ``seconds`` have passed
    since its first item."""
    batch: list[Outcome] = []
    started = 0.0
    for item in items:
        if not batch:
            started = time.monotonic()
        batch.append(item)
        if len(batch) >= size or time.monotonic() - started >= seconds:
            yield batch
            batch = []
    if batch:
        yield batch


def _storable(outcome: Outcome) -> Outcome:
    """The outcome as it can be stored: an article without text is an error (storing it would
    wipe the facts of the article it replaces), and a fact the store cannot hold is left out,
    with a warning."""
    article = outcome.article
    if article is None:
        return outcome
    if not article.text.strip():
        return Outcome(error=SourceError(article.id, "no article text left once page debris is removed"))
    kept = []
    for fact in outcome.facts or []:
        reason = store_refusal(fact)
        if reason is None:
            kept.append(fact)
        else:
            outcome.warnings.append(
                f"{article.id}: figure {fact.quote!r} at {fact.start}–{fact.end} left out: {reason}"
            )
    outcome.facts = kept
    return outcome


LOST_FACTS_MIN = 3
"""An article that had at least this many facts ..."""
LOST_FACTS_SHARE = 0.5
"""... and now has fewer than this share of them gets a warning: its text may be cut short."""


def _lost_facts(saved: Saved) -> list[str]:
    """A warning when a stored article lost most of its facts since it was last stored."""
    before, now = saved.facts_before, saved.facts_now
    if before is None or before < LOST_FACTS_MIN or now >= before * LOST_FACTS_SHARE:
        return []
    return [
        f"{saved.article}: {now} fact(s) where there were {before}: is the text cut short? (stored anyway)"
    ]


def _identity(settings: Settings) -> Identity:
    return Identity.under(settings.id_root, settings.stdin_id)


def _as_item(record: Record, number: int) -> Article | SourceError:
    if isinstance(record, (Article, SourceError)):
        return record
    if isinstance(record, dict):
        return sources.article_from_record(record, "records", number)
    kind = type(record).__name__
    raise TypeError(f"record {number}: expected an Article, a SourceError or a dict, not {kind}")


def _as_date(value: str | date | None) -> date | None:
    """A date from an ISO string (or timestamp), a ``date`` or a ``datetime``.

    >>> _as_date("2025-12-01"), _as_date(datetime(2025, 12, 1, 7, 26)), _as_date(None)
    (datetime.date(2025, 12, 1), datetime.date(2025, 12, 1), None)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or value is None:
        return value
    return sources.parse_date(value)


def _store(store_or_path: Store | str | Path) -> Store:
    return store_or_path if isinstance(store_or_path, Store) else check.open_store(store_or_path)


def _fetcher(settings: Settings) -> Fetcher:
    from .scrape import Fetcher

    return Fetcher(settings)
