"""Sources: turn inputs into raw article records, the first stage of read → prepare → annotate → store.

An input is a ``.txt`` file, a directory (searched recursively), ``-`` for standard input, a
``.jsonl`` file of article records ``{"id", "text", "url", "published", "title"}``, a saved
``.html`` page (``scrape``), or an ``http(s)://`` URL (through a fetcher, ``scrape.Fetcher``).
Each readable article is yielded as an ``Article``; anything unreadable (a binary file, a bad
JSON line) as a ``SourceError`` naming the file and line, so the batch goes on without it.
Every input is read once, however often or however spelled it is given.

Each article gets its id here, by the rule of ``identity.py``: the normalised URL, the file's
path relative to the root, ``stdin:`` and a hash of the text, or a record's own id.

Articles leave here raw: plain text keeps its page debris and carries no date but a record's
own. Cleaning and dating are ``prepare.py``'s.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from .identity import Identity, is_url, url_id
from .language import LanguageData
from .records import Article, SourceError
from .settings import MAX_INPUT_BYTES

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DIRECTORY_SUFFIXES = ARTICLE_SUFFIXES - {""}
"""What is read from a directory: a file without a suffix is read only when named."""


URL_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def unsupported_scheme(source: str) -> str | None:
    """The scheme of an input that is a URL but not an http(s) one (``file://``, ``ftp://``).

    >>> [unsupported_scheme(s) for s in ("ftp://x.id/a.txt", "FILE:///tmp/a.txt", "HTTPS://x.id/a", "a.txt")]
    ['ftp', 'file', None, None]
    """
    match = URL_SCHEME.match(source)
    return match.group(1).lower() if match and not is_url(source) else None


def missing_paths(sources: Iterable[str]) -> list[str]:
    """The inputs that name neither stdin, a URL, nor an existing path. A path that may exist
    but cannot be looked at (below a directory we may not search) is not missing: reading it
    says why it cannot be read."""
    return [s for s in sources if _is_path(s) and _missing(s)]


def _is_path(source: str) -> bool:
    return source != "-" and not is_url(source)


def _missing(path: str) -> bool:
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def expand(sources: Iterable[str], identity: Identity | None = None) -> Iterator[str | SourceError]:
    """Inputs with directories replaced by the article files under them, in sorted order; an
    input met again (``corpus`` and ``./corpus/a.txt``, a URL written twice) only the first time.
    A directory that cannot be read, or holds no article file, is an error in its place."""
    identity = identity or Identity.under()
    seen: set[str] = set()
    for source in sources:
        found = _directory_files(source) if _is_path(source) and os.path.isdir(source) else [source]
        for one in found:
            if isinstance(one, SourceError):
                yield one
                continue
            key = _input_key(one, identity)
            if key not in seen:
                seen.add(key)
                yield one


def _directory_files(directory: str) -> list[str | SourceError]:
    """The article files under a directory and its subdirectories (symbolic links followed,
    each directory once), in sorted order, with an error in the place of each subdirectory that
    cannot be read; a directory with no article file at all is an error itself."""
    found: list[tuple[Path, str | SourceError]] = []

    def unreadable(err: OSError) -> None:
        error = SourceError(err.filename, f"cannot read directory: {err.strerror or err}")
        found.append((Path(err.filename), error))

    visited: set[tuple[int, int] | None] = set()
    for root, dirs, files in os.walk(directory, onerror=unreadable, followlinks=True):
        visited.add(_inode(root))
        # A link back to a directory already walked would walk it again, without end.
        dirs[:] = [d for d in dirs if (_inode(os.path.join(root, d)) or ()) not in visited]
        for name in files:
            path = Path(root, name)
            if path.suffix.lower() in DIRECTORY_SUFFIXES and os.path.isfile(path):
                found.append((path, str(path)))
    if not found:
        suffixes = ", ".join(sorted(DIRECTORY_SUFFIXES))
        return [SourceError(directory, f"no article files ({suffixes}) in this directory")]
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _inode(path: str) -> tuple[int, int] | None:
    """Which directory a path is, links followed; ``None`` when it cannot be told."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _input_key(source: str, identity: Identity) -> str:
    """What an input is, however spelled: a normalised URL, ``-``, or the file's id."""
    if source == "-":
        return source
    return url_id(source) if is_url(source) else identity.of_path(source)


def read_articles(
    sources: Iterable[str], fetcher=None, data: LanguageData | None = None, identity: Identity | None = None
) -> Iterator[Article | SourceError]:
    """Every article in the inputs, in order, as read.

    ``fetcher`` reads URLs: ``fetcher.articles(url)`` yields the page's article (or, with a
    follow pattern, the articles a listing page links to) and errors; without one, a URL is
    an error. ``data`` gives the scraping rules for saved HTML pages (bundled when ``None``).
    ``identity`` gives the articles their ids (by default, paths relative to the working
    directory and standard input by its text's hash).
    """
    identity = identity or Identity.under()
    first_read = FirstRead()
    for source in expand(sources, identity):
        if isinstance(source, SourceError):
            yield source
        else:
            yield from _read_one(source, fetcher, data, identity, first_read)


class FirstRead:
    """Where each article id of a run was first read: an article read again under the same id
    (a JSON Lines id used twice) would silently replace the first, so it is an error instead.
    Holds one string per article read."""

    def __init__(self) -> None:
        self.where: dict[str, str] = {}

    def check(
        self, item: Article | SourceError, source: str, line: int | None = None
    ) -> Article | SourceError:
        """The item, or an error when its id was read before in this run."""
        if isinstance(item, SourceError):
            return item
        first = self.where.get(item.id)
        if first is None:
            self.where[item.id] = f"{source}:{line}" if line else source
            return item
        return SourceError(
            source, f"duplicate id {item.id!r} (first read at {first}): the first is kept", line
        )


def _read_one(
    source: str, fetcher, data: LanguageData | None, identity: Identity, first_read: FirstRead
) -> Iterator[Article | SourceError]:
    if is_url(source):
        if fetcher is None:
            yield SourceError(source, "cannot fetch URLs here")
            return
        for item in fetcher.articles(source):
            if isinstance(item, Article):
                item.id = url_id(item.id)
            yield first_read.check(item, source)
        return
    if source == "-":
        yield first_read.check(_stdin_article(identity), source)
        return
    suffix = Path(source).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        for number, item in _jsonl_records(source, identity.of_path(source)):
            yield first_read.check(item, source, number)
        return
    raw = _file_bytes(source)
    if isinstance(raw, SourceError):
        yield raw
    elif suffix in HTML_SUFFIXES:
        from . import scrape

        page = scrape.article_from_html(raw, source_id=source, data=data)
        if isinstance(page, Article):
            page.id = identity.of_path(source)
        yield first_read.check(page, source)
    else:
        text = decode_text(raw)
        if text is None:
            yield SourceError(source, "not a text file (binary content)")
        else:
            yield first_read.check(_text_article(identity.of_path(source), text, source), source)


def _stdin_article(identity: Identity) -> Article | SourceError:
    """The article on standard input, read up to the size limit."""
    raw = _stdin_bytes()
    if isinstance(raw, SourceError):
        return raw
    text = decode_text(raw)
    if text is None:
        return SourceError("-", "not a text file (binary content)")
    return _text_article(identity.of_stdin(text), text, "-")


def _stdin_bytes() -> bytes | SourceError:
    """Standard input's bytes, read up to the size limit."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        return _limited(stream, "-")
    text = sys.stdin.read(MAX_INPUT_BYTES + 1)  # a text stream put in place of stdin (a notebook)
    return _too_large("-") if len(text) > MAX_INPUT_BYTES else text.encode("utf-8")


def _file_bytes(source: str) -> bytes | SourceError:
    """A file's bytes, read up to the size limit."""
    try:
        with open(source, "rb") as handle:
            return _limited(handle, source)
    except OSError as err:
        return _cannot_read(source, err)


def _limited(handle: BinaryIO, source: str) -> bytes | SourceError:
    """All the bytes of a stream, or an error once it goes past ``MAX_INPUT_BYTES``: a
    stream that never ends (``/dev/zero``) is not read to the end."""
    raw = handle.read(MAX_INPUT_BYTES + 1)
    return _too_large(source) if len(raw) > MAX_INPUT_BYTES else raw


def _too_large(source: str, line: int | None = None) -> SourceError:
    what = "line" if line else "input"
    return SourceError(source, f"{what} larger than {MAX_INPUT_BYTES:,} bytes: not read", line)


def _cannot_read(source: str, err: OSError) -> SourceError:
    return SourceError(source, f"cannot read: {err.strerror or err}")


def _text_article(article_id: str, text: str, source: str) -> Article | SourceError:
    """The article of a plain text; an empty text is an error, not an article with no facts
    (storing it would wipe the facts of the article it replaces)."""
    if not text.strip():
        return SourceError(source, "empty text: nothing to read")
    return Article(id=article_id, text=text)


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]
"""What a text that is not UTF-8 may be in: Indonesian news is written in the Latin alphabet,
and Windows-1252 is what older Windows tools save it in. Among these charset-normalizer
chooses; left free it reads short texts as anything (cp1250, cp932, UTF-16: mojibake)."""


def decode_text(raw: bytes) -> str | None:
    """The text of a file or stream, or ``None`` when it is not text: the encoding its BOM
    names (UTF-8, UTF-16, UTF-32), else UTF-8, else the legacy encoding charset-normalizer
    finds likeliest (``LEGACY_ENCODINGS``).

    >>> decode_text("Naïve «baru»".encode("cp1252")), decode_text("café".encode("utf-16"))
    ('Naïve «baru»', 'café')
    >>> decode_text(b"\\x89PNG" + bytes(8)) is None
    True
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\x00" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
        return str(best) if best is not None else None


def text_lines(source: str) -> list[str] | SourceError:
    """The lines of a text file, or of standard input for ``-`` (claims to check, one a line),
    decoded as ``decode_text`` does and split at newlines only."""
    raw = _stdin_bytes() if source == "-" else _file_bytes(source)
    if isinstance(raw, SourceError):
        return raw
    text = decode_text(raw)
    if text is None:
        return SourceError(source, "not a text file (binary content)")
    return [line.rstrip("\r") for line in text.split("\n")]


def _jsonl_records(source: str, file_id: str) -> Iterator[tuple[int, Article | SourceError]]:
    """Each record of a JSON Lines file with its line number, read one line at a time.

    Lines end at ``\\n`` only: U+2028 or U+0085 inside a string are text, not line breaks. A
    line must be UTF-8 (a BOM at the start is allowed) and at most ``MAX_INPUT_BYTES`` long."""
    try:
        with open(source, "rb") as handle:
            yield from _jsonl_lines(handle, source, file_id)
    except OSError as err:
        yield 0, _cannot_read(source, err)


def _jsonl_lines(
    handle: io.BufferedReader, source: str, file_id: str
) -> Iterator[tuple[int, Article | SourceError]]:
    if b"\x00" in handle.peek(8192)[:8192]:
        yield 0, SourceError(source, "not a text file (binary content; JSON Lines are UTF-8)")
        return
    records = 0
    for number, line in _lines(handle):
        records += line is None or bool(line.strip())
        if line is None:
            yield number, _too_large(source, number)
            continue
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, SourceError(source, "not UTF-8 text (JSON Lines are UTF-8)", number)
            continue
        if text.strip():
            yield number, _record_article(text, source, number, file_id)
    if not records:
        yield 0, SourceError(source, "no records: the file is empty")


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """The lines of a binary stream, numbered from 1; ``None`` for a line over the size limit,
    which is skipped to its end without being kept."""
    number = 0
    while line := handle.readline(MAX_INPUT_BYTES + 1):
        number += 1
        if len(line) <= MAX_INPUT_BYTES or line.endswith(b"\n"):
            yield number, line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(MAX_INPUT_BYTES + 1)
        yield number, None


def _record_article(line: str, source: str, number: int, file_id: str) -> Article | SourceError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return SourceError(source, f"not a JSON object: {err.msg}", number)
    return article_from_record(record, source, number, file_id)


def article_from_record(
    record: object, source: str, number: int, file_id: str | None = None
) -> Article | SourceError:
    """The article of one record ``{"id", "text", "url", "published", "title", "author",
    "outlet"}`` (a JSON Lines line, or a dict handed to the library), number ``number`` of
    ``source``: its id is ``id`` (the publisher's own), else ``url`` normalised, else
    ``FILE:number`` with the file's id (``file_id``, by default ``source``).

    >>> article = article_from_record({"text": "Isi.", "published": "2025-12-01"}, "a.jsonl", 3)
    >>> article.id, article.published, article.published_source
    ('a.jsonl:3', datetime.date(2025, 12, 1), 'record')
    >>> article_from_record({"text": "Isi.", "url": "HTTPS://X.id/a/"}, "a.jsonl", 3).id
    'https://x.id/a'
    >>> str(article_from_record({"id": "x"}, "a.jsonl", 4))
    'a.jsonl:4: record has no "text" string'
    """
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return SourceError(source, 'record has no "text" string', number)
    if not record["text"].strip():
        return SourceError(source, 'record has an empty "text"', number)
    url = record.get("url")
    article_id = record.get("id") or (isinstance(url, str) and url_id(url)) or f"{file_id or source}:{number}"
    try:
        published = parse_date(record.get("published"))
    except ValueError:
        return SourceError(source, f'bad "published" date {record.get("published")!r}', number)
    return Article(
        id=str(article_id),
        text=record["text"],
        url=record.get("url"),
        title=record.get("title"),
        author=record.get("author"),
        outlet=record.get("outlet"),
        published=published,
        published_source="record" if published else None,
    )


def parse_date(value: object) -> date | None:
    """An ISO date or timestamp from a record; ``None`` when absent.

    >>> parse_date("2025-12-01"), parse_date("2025-12-01T07:26:00+08:00"), parse_date(None)
    (datetime.date(2025, 12, 1), datetime.date(2025, 12, 1), None)
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return datetime.fromisoformat(value).date()
