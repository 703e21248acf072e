"""Command line: ``extract`` and its subcommands.

Each command parses its flags, calls one function of the library (``api.py``) and prints what it
returns (``output.py``); library errors become one-line messages. Everything printed for people
(errors, warnings, log lines, verdicts) goes through ``output.printable``: an id or file name
cannot send escape sequences to the terminal or forge a second line. ``extract PATH...`` (the
default subcommand ``run``) is the main job. Logging is configured here and nowhere else.

The library is imported inside each command: it pulls in spaCy, which ``extract --help`` and a
mistyped flag need not wait for.
"""

from __future__ import annotations

import difflib
import functools
import logging
import os
import shutil
import sys
from datetime import date
from pathlib import Path

import click
from click_default_group import DefaultGroup
from tqdm import tqdm

from . import __version__, output, startup
from .explain import COLUMNS as EXPLAIN_COLUMNS
from .explain import FIELDS as EXPLAIN_FIELDS
from .language import LanguageData, PatternsError
from .records import EXPORT_FIELDS, FACT_FIELDS, METRIC_UNITS, VERDICTS
from .settings import Settings
from .sources import is_url, parse_date

log = logging.getLogger(__name__)


class PrintableFormatter(logging.Formatter):
    """Log lines whose message shows control characters as escapes (a traceback, added after
    the message, keeps its lines)."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = output.printable(record.message)
        return super().formatMessage(record)


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


def _library():
    """The library (``api.py``), imported with the garbage collector paused (``startup.py``)."""
    with startup.collector_paused():
        from . import api
    return api


def _say(kind: str, message: object) -> None:
    """One line on stderr, ``Error: ...`` or ``Warning: ...``, whatever the message holds."""
    click.echo(f"{kind}: {output.printable(str(message))}", err=True)


def _fail(message: str, code: int = 2) -> None:
    _say("Error", message)
    sys.exit(code)


def output_options(default: str = "table", formats: tuple[str, ...] = output.FORMATS):
    """The output flags sqlite-utils users know: ``--csv``, ``--tsv``, ``--nl`` (JSON Lines),
    ``--json`` (one array), ``-t/--table``, ``--fmt STYLE`` (a table in a tabulate style),
    ``--no-headers``; and ``--format NAME``. Names are case-insensitive. The command gets them
    as one ``fmt``: an ``output.Style`` whose table fits the terminal."""

    def decorator(func):
        @click.option(
            "--format",
            "format_name",
            type=click.Choice(formats, case_sensitive=False),
            help=f"How to print the results  [default: {default}]",
        )
        @click.option("--csv", "as_csv", is_flag=True, help="CSV (--format csv).")
        @click.option("--tsv", "as_tsv", is_flag=True, help="Tab-separated values (--format tsv).")
        @click.option("--nl", "as_nl", is_flag=True, help="One JSON object per line (--format jsonl).")
        @click.option("--json", "as_json", is_flag=True, help="One JSON array (--format json).")
        @click.option("-t", "--table", "as_table", is_flag=True, help="A table (--format table).")
        @click.option(
            "--fmt",
            "table_format",
            type=click.Choice(output.TABLE_FORMATS, case_sensitive=False),
            help="A table in this style (github, grid, psql ...); implies --table.",
        )
        @click.option("--no-headers", is_flag=True, help="No header line in tables, CSV and TSV.")
        @click.option(
            "--csv-escape/--no-csv-escape",
            default=True,
            show_default=True,
            help="In CSV and TSV, prefix text cells starting with = + - @ with ' so spreadsheets do "
            "not run them as formulas.",
        )
        @functools.wraps(func)
        def wrapper(
            *args,
            format_name: str | None,
            as_csv: bool,
            as_tsv: bool,
            as_nl: bool,
            as_json: bool,
            as_table: bool,
            table_format: str | None,
            no_headers: bool,
            csv_escape: bool,
            **kwargs,
        ):
            flags = {"csv": as_csv, "tsv": as_tsv, "jsonl": as_nl, "json": as_json}
            flags["table"] = as_table or table_format is not None
            chosen = {name for name, given in flags.items() if given}
            if format_name is not None:
                chosen.add(format_name.lower())
            if len(chosen) > 1:
                raise click.UsageError(f"choose one output format, not {' and '.join(sorted(chosen))}")
            style = output.Style(
                format=chosen.pop() if chosen else default,
                table_format=table_format or "simple",
                headers=not no_headers,
                width=_terminal_width(),
                csv_escape=csv_escape,
            )
            return func(*args, fmt=style, **kwargs)

        return wrapper

    return decorator


def _terminal_width() -> int | None:
    """The width a table must fit: the terminal's, or ``$COLUMNS``; none when output goes to a
    file or a pipe (a script reading it wants whole cells)."""
    if sys.stdout.isatty() or os.environ.get("COLUMNS", "").isdigit():
        return shutil.get_terminal_size().columns
    return None


def common_options(func):
    """``--patterns``, ``-v`` and ``-q``: shared by every command that runs the pipeline."""

    @click.option(
        "--patterns",
        "patterns",
        type=click.Path(file_okay=False),
        help="A patterns directory whose files replace (NAME.EXT) or extend (NAME.extra.EXT) the "
        "bundled rules and word lists.",
    )
    @click.option("-v", "--verbose", count=True, help="More log output (-vv for debugging).")
    @click.option("-q", "--quiet", is_flag=True, help="Only errors.")
    @functools.wraps(func)
    def wrapper(*args, verbose: int, quiet: bool, patterns: str | None, **kwargs):
        _configure_logging(verbose, quiet)
        click.get_current_context().meta["extract.quiet"] = quiet
        try:
            data = LanguageData.load(patterns)
        except PatternsError as err:
            _fail(str(err))
        return func(*args, data=data, **kwargs)

    return wrapper


def _parse_published(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


class ExtractGroup(DefaultGroup):
    """``extract``'s subcommands, ``run`` the default: a first word that names no subcommand is
    an input for ``run``, unless it is no path and close to a subcommand's name, a typo
    ("exprot"), which is said as such rather than as a missing file."""

    def get_command(self, ctx: click.Context, cmd_name: str):
        if cmd_name not in self.commands and not _may_be_input(cmd_name):
            close = difflib.get_close_matches(cmd_name, list(self.commands), n=1, cutoff=0.6)
            if close:
                ctx.fail(f"No such command '{cmd_name}'. Did you mean {close[0]}?")
        return super().get_command(ctx, cmd_name)


def _may_be_input(word: str) -> bool:
    """Whether a word could be an input of ``run``: ``-``, a URL, an existing path, or anything
    spelled like a path (with a slash or a dot)."""
    if word == "-" or is_url(word) or any(c in word for c in "/.\\"):
        return True
    try:
        return Path(word).exists()
    except OSError:  # there, but not to be looked at: still an input, whose reading says why
        return True


@click.group(cls=ExtractGroup, default="run", default_if_no_args=False)
@click.version_option(__version__, prog_name="extract")
def cli() -> None:
    """Turn every figure in Indonesian BPJS Ketenagakerjaan news into a checkable fact.

    `extract corpus/*.txt` reads the articles, stores articles and facts in facts.db and
    prints the facts. See `extract COMMAND --help` for the other commands.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db",
    "db_path",
    default="facts.db",
    show_default=True,
    help="SQLite database to store articles and facts in.",
)
@click.option(
    "--published", callback=_parse_published, help="Publication date (YYYY-MM-DD) for every article read."
)
@click.option(
    "--batch-size", default=Settings.batch_size, show_default=True, help="Articles per pipeline batch."
)
@click.option(
    "--follow",
    metavar="PATTERN",
    help="For URL inputs that are listing pages: follow links matching this regex.",
)
@click.option(
    "--max-pages",
    default=Settings.max_pages,
    show_default=True,
    help="The most article pages one listing URL may lead to.",
)
@click.option(
    "--cache",
    "http_cache",
    default=Settings.http_cache,
    show_default=True,
    help="On-disk HTTP cache for URL inputs, so re-runs do not fetch again.",
)
@click.option(
    "--delay",
    default=Settings.request_delay,
    show_default=True,
    help="Seconds between two requests to the same host.",
)
@click.option(
    "--timeout",
    default=Settings.request_timeout,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a server may take to answer, and to send a whole page.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also fetch URLs on private, loopback or link-local addresses (refused by default).",
)
@click.option(
    "--id",
    "stdin_id",
    metavar="ID",
    help="The id of the article read from standard input (-); default: stdin: and a hash of its text.",
)
@click.option(
    "--id-root",
    type=click.Path(file_okay=False),
    help="File ids are paths relative to this directory (default: the working directory).",
)
@click.option(
    "--refresh", is_flag=True, help="Fetch every URL again instead of reading it from the HTTP cache."
)
@click.option(
    "--max-age",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="Fetch again what the HTTP cache holds from longer ago than this.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Extract every article again, even one stored unchanged (same text, same extractor and rules).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Worker processes extracting articles (1: in this process)  [default: all cores]",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Extract on a Dask cluster: its scheduler's address (tcp://HOST:8786), or local for a "
    "LocalCluster of --jobs worker processes here.",
)
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="With --scheduler: the workers write articles and facts as Parquet files into DIR "
    "(articles/, facts/) instead of the database; `extract load DIR` stores them.",
)
@output_options()
@common_options
def run(
    paths: tuple[str, ...],
    db_path: str,
    published: date | None,
    batch_size: int,
    follow: str | None,
    max_pages: int,
    http_cache: str,
    delay: float,
    timeout: float,
    allow_private: bool,
    stdin_id: str | None,
    id_root: str | None,
    refresh: bool,
    max_age: float | None,
    force: bool,
    jobs: int | None,
    scheduler: str | None,
    parquet_dir: str | None,
    fmt: output.Style,
    data: LanguageData,
) -> None:
    """Extract the facts of articles: .txt, .html, .jsonl files, directories, URLs (pages, RSS or
    Atom feeds, sitemaps) or - (stdin).

    An article's id is its URL (normalised), its file's path relative to the working directory
    (or --id-root), its JSON Lines record's id, or for standard input a hash of its text (or
    --id): the same article read again, however spelled, replaces its stored facts.
    """
    api = _library()
    from . import workers

    settings = Settings(
        db_path=db_path,
        batch_size=batch_size,
        jobs=jobs if jobs is not None else workers.available_cores(),
        patterns=None if data.directory is None else str(data.directory),
        follow=follow,
        max_pages=max_pages,
        http_cache=http_cache,
        request_delay=delay,
        request_timeout=timeout,
        allow_private=allow_private,
        id_root=id_root,
        stdin_id=stdin_id,
        cache_refresh=refresh,
        cache_max_age=max_age,
        force=force,
        scheduler=scheduler,
        parquet=parquet_dir,
    )
    destination = parquet_dir if parquet_dir is not None else db_path
    try:
        outcomes = api.run(paths, settings, published=published)
    except api.InputError as err:
        _fail(str(err))
    tally = Tally()
    collected = []
    total = api.count_articles(paths)
    progress = tqdm(total=total, unit=" articles", file=sys.stderr, disable=None, leave=False)
    try:
        for outcome in outcomes:
            progress.update()
            tally.add(outcome)
            if outcome.error is not None:
                progress.clear()
                _say("Error", outcome.error)
                continue
            if outcome.warnings and log.isEnabledFor(logging.WARNING):  # -q: errors only
                progress.clear()
                for warning in outcome.warnings:
                    _say("Warning", warning)
            records = [fact.to_dict() for fact in outcome.facts or []]
            if fmt.format == "jsonl":
                output.write(records, fmt, sys.stdout)
            elif fmt.format == "table":
                collected.extend(output.with_source(record, outcome.article) for record in records)
            else:
                collected.extend(records)
    except (api.StoreError, api.PatternsError, api.ClusterError) as err:
        _fail(str(err), 1)
    finally:
        progress.close()
    if fmt.format != "jsonl":
        output.write(collected, fmt, sys.stdout, fields=FACT_FIELDS)
    if not click.get_current_context().meta.get("extract.quiet"):  # -q: errors only
        click.echo(output.printable(tally.summary(destination)), err=True)
    if tally.failed:
        click.echo(
            f"{tally.failed} input(s) failed; the rest were stored in {output.printable(destination)}.",
            err=True,
        )
        sys.exit(1)


class Tally:
    """What a run did, for the line it ends with: "4 articles, 31 facts, 0 failed → facts.db"."""

    def __init__(self) -> None:
        self.articles = self.unchanged = self.facts = self.failed = 0

    def add(self, outcome) -> None:
        if outcome.error is not None:
            self.failed += 1
        else:
            self.articles += 1
            self.unchanged += outcome.unchanged
            self.facts += len(outcome.facts or [])

    def summary(self, db_path: str) -> str:
        """The line a run ends with.

        >>> tally = Tally()
        >>> tally.articles, tally.unchanged, tally.facts = 4, 3, 31
        >>> tally.summary("facts.db")
        '4 articles (3 unchanged), 31 facts, 0 failed → facts.db'
        """
        articles = f"{self.articles} article{'' if self.articles == 1 else 's'}"
        if self.unchanged:
            articles += f" ({self.unchanged} unchanged)"
        facts = f"{self.facts} fact{'' if self.facts == 1 else 's'}"
        return f"{articles}, {facts}, {self.failed} failed → {db_path}"


def _db_option(help: str = "SQLite database of stored facts."):
    return click.option("--db", "db_path", default="facts.db", show_default=True, help=help)


@cli.command()
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@_db_option(help="SQLite database to store the articles and facts in.")
@common_options
def load(directory: str, db_path: str, data: LanguageData) -> None:
    """Store the Parquet files of `extract run --scheduler ... --parquet DIR` in the database,
    as a run would have: each article replaces its stored row and facts."""
    api = _library()

    articles = facts = 0
    try:
        for saved in api.load(directory, Settings(db_path=db_path)):
            articles += 1
            facts += saved.facts_now
    except (api.ParquetError, api.StoreError) as err:
        _fail(str(err), 1)
    if not click.get_current_context().meta.get("extract.quiet"):
        summary = f"{articles} article{'' if articles == 1 else 's'}, {facts} fact{'' if facts == 1 else 's'}"
        click.echo(output.printable(f"{summary} loaded → {db_path}"), err=True)


def _parse_since(ctx, param, value: str | None) -> date | None:
    return _parse_published(ctx, param, value)


@cli.command()
@_db_option()
@click.option("--region", help="Only facts of this region: any name, as written (Kukar, Samarinda).")
@click.option("--year", type=int, help="Only facts of this year.")
@click.option(
    "--metric",
    type=click.Choice(sorted(METRIC_UNITS), case_sensitive=False),
    help="Only facts of this metric.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    help="Only facts at least this sure (0 to 1; below 0.6: read before quoting).",
)
@click.option(
    "--since",
    callback=_parse_since,
    help="Only facts of articles published on or after this date (YYYY-MM-DD).",
)
@click.option("--limit", type=click.IntRange(min=0), help="At most this many facts.")
@click.option(
    "-c",
    "--column",
    "columns",
    multiple=True,
    type=click.Choice(EXPORT_FIELDS),
    help="Only this column (repeat for more), in this order.",
)
@output_options(default="jsonl")
@common_options
def export(
    db_path: str,
    region: str | None,
    year: int | None,
    metric: str | None,
    min_confidence: float | None,
    since: date | None,
    limit: int | None,
    columns: tuple[str, ...],
    fmt: output.Style,
    data: LanguageData,
) -> None:
    """Write stored facts for other tools (JSON Lines by default, CSV, TSV, JSON or a table),
    each with its article's date, outlet, title and URL.

    The database itself is Datasette-ready: `datasette facts.db`.
    """
    api = _library()

    try:
        records = api.export_facts(
            db_path,
            region=region,
            year=year,
            metric=metric and metric.lower(),
            min_confidence=min_confidence,
            since=since,
            limit=limit,
            data=data,
        )
        if columns:
            records = ({name: record[name] for name in columns} for record in records)
            table_columns = columns
        else:
            records = (output.with_source(record) for record in records) if fmt.format == "table" else records
            table_columns = output.TABLE_COLUMNS
        count = output.write(records, fmt, sys.stdout, columns=table_columns, fields=columns or EXPORT_FIELDS)
    except (api.StoreError, api.RegionNameError) as err:
        _fail(str(err))
    if count == 0:
        click.echo("0 facts matched", err=True)


@cli.command()
@click.argument("source")
@_db_option(help="SQLite database to look SOURCE up in when it is a stored article's id.")
@click.option("--published", callback=_parse_published, help="Publication date (YYYY-MM-DD) of the article.")
@output_options()
@common_options
def explain(source: str, db_path: str, published: date | None, fmt: output.Style, data: LanguageData) -> None:
    """Every number in one article with the decision taken: which fact, or why none.

    SOURCE is a file, a URL, - (standard input) or the id of an article stored in --db.
    """
    api = _library()

    try:
        records = api.explain_article(source, published=published, data=data, db_path=db_path)
    except (api.ExtractionError, api.InputError) as err:
        _fail(str(err), 1)
    output.write(records, fmt, sys.stdout, columns=EXPLAIN_COLUMNS, fields=EXPLAIN_FIELDS)


FAIL_ON = (*VERDICTS, "conflicting", "none")


@cli.command()
@click.argument("claims", nargs=-1)
@_db_option()
@click.option(
    "--file",
    "claims_file",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True),
    help="Read claims from a file, one per line (- for standard input).",
)
@click.option("--year", type=int, help="The year of claims that name none.")
@click.option("--region", help="The region of claims that name none: any name, as written (Kukar).")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON, case_sensitive=False),
    multiple=True,
    default=("contradicted",),
    show_default=True,
    help="Exit with status 1 when any claim gets this verdict (repeat for more; conflicting: the "
    "sources disagree; none: never).",
)
@output_options(default="text", formats=("text", *output.FORMATS))
@common_options
def check(
    claims: tuple[str, ...],
    db_path: str,
    claims_file: str | None,
    year: int | None,
    region: str | None,
    fail_on: tuple[str, ...],
    fmt: output.Style,
    data: LanguageData,
) -> None:
    """Check claimed figures against the stored facts: supported, contradicted or not found.

    Exits with status 1 when a claim is contradicted (see --fail-on), 2 on a usage error.
    """
    api = _library()
    from .check import RESULT_COLUMNS, format_result

    if not claims and claims_file is None:
        raise click.UsageError("give a CLAIM or --file FILE")
    try:
        from_file = api.read_claims(claims_file) if claims_file is not None else []
    except api.InputError as err:
        _fail(str(err), 1)
    if any(not claim.strip() for claim in claims):
        raise click.UsageError("a claim is empty: give the sentence to check")
    if claims_file is not None and not from_file:
        _fail(f"{claims_file}: no claims in the file (one claim per line)", 1)
    lines = (line.strip() for line in (*claims, *from_file))
    failing = {verdict.lower() for verdict in fail_on} - {"none"}
    failed = False
    try:
        results = api.check_claims(lines, db_path, year, data, region=region)
        if fmt.format == "text":
            for count, result in enumerate(results):
                sys.stdout.write(("\n" if count else "") + format_result(output.for_terminal(result)) + "\n")
                failed |= _fails(result, failing)
        else:
            checked = []
            for result in results:
                failed |= _fails(result, failing)
                checked.append(result)
            records = [r.to_dict() if fmt.format in ("json", "jsonl") else r.row() for r in checked]
            output.write(records, fmt, sys.stdout, columns=RESULT_COLUMNS)
    except (api.CheckError, api.StoreError, api.PatternsError, api.RegionNameError) as err:
        _fail(str(err))
    if failed:
        sys.exit(1)


def _fails(result, failing: set[str]) -> bool:
    return result.verdict in failing or ("conflicting" in failing and result.conflicting)


@cli.command()
@_db_option()
@click.option("--fail", is_flag=True, help="Exit with status 1 when there are conflicts.")
@output_options()
@common_options
def conflicts(db_path: str, fail: bool, fmt: output.Style, data: LanguageData) -> None:
    """Every region, year and metric where stored articles give figures that differ beyond rounding."""
    api = _library()
    from .check import CONFLICT_COLUMNS, CONFLICT_FIELDS

    try:
        found = api.find_conflicts(db_path, data)
    except (api.CheckError, api.StoreError, api.PatternsError) as err:
        _fail(str(err))
    records = [record for conflict in found for record in conflict.records()]
    if not records:
        click.echo("No conflicting figures.", err=True)
    output.write(records, fmt, sys.stdout, columns=CONFLICT_COLUMNS, fields=CONFLICT_FIELDS)
    if fail and records:
        sys.exit(1)


@cli.command("datasette-metadata")
@_db_option(help="The database Datasette will serve: its name keys the metadata.")
@click.option(
    "-o",
    "--output",
    "out_path",
    type=click.Path(dir_okay=False),
    help="Write to this file (.json, or .yml for YAML) instead of standard output.",
)
def datasette_metadata(db_path: str, out_path: str | None) -> None:
    """Metadata for Datasette: titles, column descriptions and units, default facets, labels,
    search, canned queries.

    extract datasette-metadata -o metadata.json && datasette facts.db -m metadata.json
    """
    api = _library()
    from . import metadata

    text = metadata.dumps(api.datasette_metadata(db_path), out_path)
    if out_path is None:
        sys.stdout.write(text)
    else:
        Path(out_path).write_text(text, encoding="utf-8")


@cli.command()
@click.argument("refs", nargs=-1)
@_db_option(help="SQLite database of stored articles and facts.")
@click.option(
    "--all",
    "every",
    is_flag=True,
    help="Every stored article: -o is then a directory with index.html and one page per article.",
)
@click.option(
    "-o",
    "--output",
    "out_path",
    type=click.Path(),
    help="The page to write  [default: review.html; with --all, the directory review/]",
)
@common_options
def review(
    refs: tuple[str, ...], db_path: str, every: bool, out_path: str | None, data: LanguageData
) -> None:
    """Write a review page: each article's text with every figure marked (facts coloured by
    confidence, the others greyed with the reason), its facts in a table, filters.

    REFS are ids of articles stored in --db, or files, URLs or - to extract for the page only.
    The page is one HTML file that needs no network.
    """
    api = _library()

    if not refs and not every:
        raise click.UsageError("give an ARTICLE_ID, a file or a URL, or --all")
    settings = Settings(db_path=db_path, patterns=None if data.directory is None else str(data.directory))
    out = out_path or ("review" if every else "review.html")
    try:
        written = api.write_review(refs, out, db_path=db_path, every=every, settings=settings)
    except (api.InputError, api.StoreError) as err:
        _fail(str(err))
    except (api.ExtractionError, api.ChartError, OSError) as err:
        _fail(str(err), 1)
    click.echo(f"Review written to {written}", err=True)


@cli.command()
@click.option("--region", required=True, help="The region: any name, as written (Kukar, Samarinda).")
@click.option(
    "--metric",
    type=click.Choice(sorted(METRIC_UNITS), case_sensitive=False),
    default="coverage_pct",
    show_default=True,
    help="The metric to draw.",
)
@click.option(
    "--compare", multiple=True, metavar="REGION", help="Another region to draw beside it (repeatable)."
)
@_db_option()
@click.option(
    "-o",
    "--output",
    "out_path",
    default="chart.svg",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The file to write: .svg, .png or .html.",
)
@common_options
def chart(
    region: str, metric: str, compare: tuple[str, ...], db_path: str, out_path: str, data: LanguageData
) -> None:
    """Draw a metric over the years for a region from the stored facts: every source its own
    labelled point, sources that disagree side by side."""
    api = _library()

    try:
        written = api.draw_chart(
            region, metric.lower(), compare=compare, db_path=db_path, out=out_path, data=data
        )
    except (api.RegionNameError, api.StoreError, api.ChartError) as err:
        _fail(str(err))
    click.echo(f"Chart written to {written}", err=True)
