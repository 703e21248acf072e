"""Language data: every word list, gazetteer and matcher pattern the extractor reads, in one object.

This module owns the data files of ``patterns/`` and everything built from them. Word lists,
gazetteers and matcher patterns are data, kept apart from the code that uses them. The bundled
directory ships inside the built package (``extractor/patterns``); in a source checkout it is
the top-level ``patterns/``. A ``LanguageData`` reads them, optionally through an override
directory (``--patterns DIR``):

- a file the override directory holds replaces the bundled file of the same name; a file it
  lacks comes from the bundled set;
- a file ``NAME.extra.EXT`` there (``region_aliases.extra.csv``, ``abbreviations.extra.txt``,
  ``facts/cues.extra.jsonl``) extends ``NAME.EXT`` instead: its rows come after the rows of the
  file it extends. A CSV extension has its own header line, with the same columns.

Files are parsed once per instance (``lines``, ``table``, ``jsonl``), and so are the structures
the other modules build from them (lexicons, the gazetteer, matcher phrase lists), through
``derived``. ``LanguageData.load`` keeps one instance per directory for the life of the process,
so every component and helper shares them. ``of(doc)`` gives the data a Doc was made with: each
spaCy component of the extractor ``attach``-es its data to the Docs it processes.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterator
from functools import cache, cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["LanguageData", "PatternsError", "attach", "bundled_dir", "of"]

_PACKAGE_DIR = Path(__file__).resolve().parent
_DOC_KEY = "extractor.language"
_EXTRA = ".extra"

T = TypeVar("T")


class PatternsError(Exception):
    """A patterns directory or file is missing or malformed."""


def bundled_dir() -> Path:
    """The bundled patterns directory: inside the installed package, else the checkout's."""
    for candidate in (_PACKAGE_DIR / "patterns", _PACKAGE_DIR.parent / "patterns"):
        if candidate.is_dir():
            return candidate
    raise PatternsError(f"no patterns directory found next to {_PACKAGE_DIR}")


def _resolve(directory: str | Path | None) -> Path | None:
    """The override directory as an absolute path (``None`` stays ``None``)."""
    if directory is None:
        return None
    path = Path(directory)
    if not path.is_dir():
        raise PatternsError(f"{path}: not a directory")
    return path.resolve()


class LanguageData:
    """The extractor's language data: the bundled patterns files, through an optional override
    directory whose files replace (``NAME.EXT``) or extend (``NAME.extra.EXT``) them.

    >>> data = LanguageData.load()
    >>> data is LanguageData.load(None), data.directory is None
    (True, True)
    >>> "sekitar" in [row["phrase"] for row in data.table("numbers/qualifiers.csv")]
    True
    """

    def __init__(self, directory: str | Path | None = None):
        """Data read through ``directory`` (``None``: the bundled files alone). Prefer ``load``,
        which shares one instance, and everything built from it, per directory."""
        self.directory: Path | None = _resolve(directory)
        """The override directory, absolute; ``None`` for the bundled data alone."""
        self.bundled: Path = bundled_dir()
        self._files: dict[tuple[str, str], Any] = {}
        self._derived: dict[str, Any] = {}

    @classmethod
    def load(cls, directory: str | Path | None = None) -> LanguageData:
        """The data of ``directory`` (``None``: bundled), one instance per directory per process."""
        return _shared(_resolve(directory))

    def __reduce__(self):
        # Pickled by directory: unpickling in another process loads (or reuses) its own instance
        # instead of copying every parsed file and matcher list.
        return (LanguageData.load, (None if self.directory is None else str(self.directory),))

    def __repr__(self) -> str:
        return f"LanguageData({None if self.directory is None else str(self.directory)!r})"

    # -- files

    def path(self, name: str) -> Path:
        """The file ``name`` (``"facts/cues.jsonl"``): the override directory's if it has one,
        else the bundled one. Its ``.extra.`` extension, if any, is not part of it."""
        base = self.directory or self.bundled
        candidate = base / name
        if candidate.exists():
            return candidate
        bundled = self.bundled / name
        if bundled.exists():
            return bundled
        raise PatternsError(f"{candidate}: no such patterns file")

    def extension(self, name: str) -> Path | None:
        """The override directory's ``NAME.extra.EXT`` for ``name``, when it has one.

        >>> LanguageData.load().extension("region_aliases.csv") is None
        True
        """
        if self.directory is None:
            return None
        pure = PurePosixPath(name)
        extra = self.directory / pure.with_name(pure.stem + _EXTRA + pure.suffix)
        return extra if extra.is_file() else None

    def lines(self, name: str) -> tuple[str, ...]:
        """Non-blank, non-comment lines of a word-list file (``#`` starts a comment line),
        stripped, then those of its extension."""
        return self._cached("lines", name, lambda file: tuple(line.strip() for _, line in _data_lines(file)))

    def table(self, name: str) -> tuple[dict, ...]:
        """Rows of a CSV file with a header line (``#`` comment lines allowed), then the rows of
        its extension, which must have the same columns."""
        return self._cached("table", name, None)

    def jsonl(self, name: str) -> tuple[dict, ...]:
        """Records of a JSON Lines file (``#`` comment lines allowed), then those of its extension."""
        return self._cached("jsonl", name, _read_jsonl)

    def _cached(self, kind: str, name: str, read: Callable[[Path], tuple] | None) -> tuple:
        key = (kind, name)
        if key not in self._files:
            base, extra = self.path(name), self.extension(name)
            if read is None:
                self._files[key] = _read_tables(base, extra)
            else:
                self._files[key] = read(base) + (read(extra) if extra is not None else ())
        return self._files[key]

    # -- what is built from the files

    def derived(self, key: str, build: Callable[[LanguageData], T]) -> T:
        """The structure ``build(self)`` makes from this data, built once per instance and kept
        under ``key`` (by convention ``"module.thing"``: ``"numbers.lexicon"``)."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = build(self)
            return value

    @cached_property
    def fingerprint(self) -> str:
        """A short sha256 over the name and content of every file in use (bundled and override):
        it changes whenever any of them does, so it can key caches of extraction results."""
        files = {name: path for name, path in _files_under(self.bundled)}
        if self.directory is not None:
            files.update(_files_under(self.directory))
        digest = hashlib.sha256()
        for name in sorted(files):
            digest.update(name.encode("utf-8") + b"\0")
            digest.update(files[name].read_bytes() + b"\0")
        return digest.hexdigest()[:16]


@cache
def _shared(directory: Path | None) -> LanguageData:
    return LanguageData(directory)


def _files_under(directory: Path) -> Iterator[tuple[str, Path]]:
    """``(relative name, path)`` of every data file under ``directory``, hidden ones aside."""
    for path in directory.rglob("*"):
        relative = path.relative_to(directory)
        if path.is_file() and not any(
            part.startswith(".") or part == "__pycache__" for part in relative.parts
        ):
            yield relative.as_posix(), path


def _data_lines(file: Path) -> Iterator[tuple[int, str]]:
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line


def _read_jsonl(file: Path) -> tuple[dict, ...]:
    records = []
    for number, line in _data_lines(file):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise PatternsError(f"{file}:{number}: not JSON: {err.msg}") from None
    return tuple(records)


def _read_csv(file: Path) -> tuple[list[str], tuple[dict, ...]]:
    reader = csv.DictReader(line for _, line in _data_lines(file))
    rows = tuple(dict(row) for row in reader)
    return list(reader.fieldnames or []), rows


def _read_tables(base: Path, extra: Path | None) -> tuple[dict, ...]:
    columns, rows = _read_csv(base)
    if extra is None:
        return rows
    extra_columns, extra_rows = _read_csv(extra)
    if set(extra_columns) != set(columns):
        raise PatternsError(
            f"{extra}: columns {','.join(extra_columns)} differ from {base.name}'s {','.join(columns)}"
        )
    return rows + extra_rows


def attach(doc: Doc, data: LanguageData) -> None:
    """Mark ``doc`` as made with ``data`` (unless it already is): every component calls this."""
    doc.user_data.setdefault(_DOC_KEY, data)


def of(doc: Doc) -> LanguageData:
    """The language data ``doc`` was made with; the bundled data for a Doc no component saw."""
    data = doc.user_data.get(_DOC_KEY)
    return data if data is not None else LanguageData.load()
