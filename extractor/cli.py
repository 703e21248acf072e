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

import functools
import logging
import sys
from datetime import date

import click
from click_default_group import DefaultGroup
from tqdm import tqdm

from . import __version__, output
from .language import LanguageData, PatternsError
from .records import METRIC_UNITS
from .settings import Settings
from .sources import parse_date

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


def _say(kind: str, message: object) -> None:
    """One line on stderr, ``Error: ...`` or ``Warning: ...``, whatever the message holds."""
    click.echo(f"{kind}: {output.printable(str(message))}", err=True)


def _fail(message: str, code: int = 2) -> None:
    _say("Error", message)
    sys.exit(code)


def output_options(default: str = "table"):
    """The shared ``--format`` option (table, jsonl, csv, json) and ``--csv-escape``."""

    def decorator(func):
        @click.option(
            "--format",
            "fmt",
            type=click.Choice(output.FORMATS),
            default=default,
            show_default=True,
            help="How to print the results.",
        )
        @click.option(
            "--csv-escape/--no-csv-escape",
            default=True,
            show_default=True,
            help="In CSV, prefix text cells starting with = + - @ with ' so spreadsheets do not run "
            "them as formulas.",
        )
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)

        return wrapper

    return decorator


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


@click.group(cls=DefaultGroup, default="run", default_if_no_args=False)
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
    fmt: str,
    csv_escape: bool,
    data: LanguageData,
) -> None:
    """Extract the facts of articles: .txt, .html, .jsonl files, directories, URLs or - (stdin).

    An article's id is its URL (normalised), its file's path relative to the working directory
    (or --id-root), its JSON Lines record's id, or for standard input a hash of its text (or
    --id): the same article read again, however spelled, replaces its stored facts.
    """
    from . import api

    settings = Settings(
        db_path=db_path,
        batch_size=batch_size,
        patterns=None if data.directory is None else str(data.directory),
        follow=follow,
        max_pages=max_pages,
        http_cache=http_cache,
        request_delay=delay,
        request_timeout=timeout,
        allow_private=allow_private,
        id_root=id_root,
        stdin_id=stdin_id,
    )
    try:
        outcomes = api.run(paths, settings, published=published)
    except api.InputError as err:
        _fail(str(err))
    failures = 0
    collected = []
    progress = tqdm(unit=" articles", file=sys.stderr, disable=None, leave=False)
    try:
        for outcome in outcomes:
            progress.update()
            if outcome.error is not None:
                failures += 1
                progress.clear()
                _say("Error", outcome.error)
                continue
            if outcome.warnings and log.isEnabledFor(logging.WARNING):  # -q: errors only
                progress.clear()
                for warning in outcome.warnings:
                    _say("Warning", warning)
            records = [fact.to_dict() for fact in outcome.facts or []]
            if fmt == "jsonl":
                output.write(records, fmt, sys.stdout, csv_escape=csv_escape)
            else:
                collected.extend(records)
    except (api.StoreError, api.PatternsError) as err:
        _fail(str(err), 1)
    finally:
        progress.close()
    if fmt != "jsonl":
        output.write(collected, fmt, sys.stdout, csv_escape=csv_escape)
    if failures:
        click.echo(
            f"{failures} input(s) failed; the rest were stored in {output.printable(db_path)}.", err=True
        )
        sys.exit(1)


@cli.command()
@click.option(
    "--db", "db_path", default="facts.db", show_default=True, help="SQLite database of stored facts."
)
@click.option("--region", help="Only facts of this region (its canonical name, any case).")
@click.option("--year", type=int, help="Only facts of this year.")
@click.option("--metric", type=click.Choice(sorted(METRIC_UNITS)), help="Only facts of this metric.")
@output_options(default="jsonl")
def export(
    db_path: str, region: str | None, year: int | None, metric: str | None, fmt: str, csv_escape: bool
) -> None:
    """Write stored facts for other tools (JSON Lines by default, CSV, JSON or a table).

    The database itself is Datasette-ready: `datasette facts.db`.
    """
    from . import api

    try:
        records = api.Store(db_path, create=False).export(region, year, metric)
        output.write(records, fmt, sys.stdout, columns=output.TABLE_COLUMNS, csv_escape=csv_escape)
    except api.StoreError as err:
        _fail(str(err))


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--published", callback=_parse_published, help="Publication date (YYYY-MM-DD) of the article.")
@output_options()
@common_options
def explain(path: str, published: date | None, fmt: str, csv_escape: bool, data: LanguageData) -> None:
    """Every number in one article with the decision taken: which fact, or why none."""
    from . import api

    try:
        records = api.explain_article(path, published=published, data=data)
    except api.ExtractionError as err:
        _fail(str(err), 1)
    columns = ("quote", "start", "verdict", "metric", "region", "year", "reason")
    output.write(records, fmt, sys.stdout, columns=columns, csv_escape=csv_escape)


@cli.command()
@click.argument("claims", nargs=-1)
@click.option(
    "--db", "db_path", default="facts.db", show_default=True, help="SQLite database of stored facts."
)
@click.option(
    "--file",
    "claims_file",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True),
    help="Read claims from a file, one per line (- for standard input).",
)
@click.option("--year", type=int, help="The year of claims that name none.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per claim, in input order.")
@common_options
def check(
    claims: tuple[str, ...],
    db_path: str,
    claims_file: str | None,
    year: int | None,
    as_json: bool,
    data: LanguageData,
) -> None:
    """Check claimed figures against the stored facts: supported, contradicted or not found."""
    from . import api
    from .check import format_result

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
    try:
        results = api.check_claims(lines, db_path, year, data)
        for count, result in enumerate(results):
            if as_json:
                sys.stdout.write(output.to_json(result.to_dict()) + "\n")
            else:
                sys.stdout.write(("\n" if count else "") + format_result(output.for_terminal(result)) + "\n")
    except (api.CheckError, api.StoreError, api.PatternsError) as err:
        _fail(str(err))


@cli.command()
@click.option(
    "--db", "db_path", default="facts.db", show_default=True, help="SQLite database of stored facts."
)
@output_options()
@common_options
def conflicts(db_path: str, fmt: str, csv_escape: bool, data: LanguageData) -> None:
    """Every region, year and metric where stored articles give figures that differ beyond rounding."""
    from . import api
    from .check import CONFLICT_COLUMNS

    try:
        found = api.find_conflicts(db_path, data)
    except (api.CheckError, api.StoreError, api.PatternsError) as err:
        _fail(str(err))
    records = [record for conflict in found for record in conflict.records()]
    if not records and fmt == "table":
        sys.stdout.write("No conflicting figures.\n")
        return
    output.write(records, fmt, sys.stdout, columns=CONFLICT_COLUMNS, csv_escape=csv_escape)
