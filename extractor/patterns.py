"""Patterns: where the rule and gazetteer data files live, and how they are read.

Word lists, gazetteers and matcher patterns are data, kept in ``patterns/`` apart from the
code that uses them. The directory ships inside the built package (``extractor/patterns``);
in a source checkout it is the top-level ``patterns/``; ``--patterns DIR`` overrides both.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class PatternsError(Exception):
    """A patterns file is missing or malformed."""


def default_dir() -> Path:
    """The bundled patterns directory: inside the installed package, else the checkout's."""
    for candidate in (_PACKAGE_DIR / "patterns", _PACKAGE_DIR.parent / "patterns"):
        if candidate.is_dir():
            return candidate
    raise PatternsError(f"no patterns directory found next to {_PACKAGE_DIR}")


def resolve(patterns_dir: str | Path | None) -> Path:
    """The patterns directory to use: ``patterns_dir`` if given, else the bundled one."""
    if patterns_dir is None:
        return default_dir()
    path = Path(patterns_dir)
    if not path.is_dir():
        raise PatternsError(f"{path}: not a directory")
    return path.resolve()


def path(patterns_dir: str | Path | None, name: str) -> Path:
    """The file ``name`` in the patterns directory; an override directory may hold only some
    files, so a name it lacks falls back to the bundled file."""
    base = resolve(patterns_dir)
    candidate = base / name
    if candidate.exists():
        return candidate
    bundled = default_dir() / name
    if bundled.exists():
        return bundled
    raise PatternsError(f"{candidate}: no such patterns file")


def _data_lines(file: Path) -> Iterator[tuple[int, str]]:
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line


@cache
def _read_lines(file: Path) -> tuple[str, ...]:
    return tuple(line.strip() for _, line in _data_lines(file))


@cache
def _read_jsonl(file: Path) -> tuple[dict, ...]:
    records = []
    for number, line in _data_lines(file):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise PatternsError(f"{file}:{number}: not JSON: {err.msg}") from None
    return tuple(records)


@cache
def _read_csv(file: Path) -> tuple[dict, ...]:
    lines = [line for _, line in _data_lines(file)]
    return tuple(dict(row) for row in csv.DictReader(lines))


def lines(patterns_dir: str | Path | None, name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a word-list file (``#`` starts a comment line)."""
    return _read_lines(path(patterns_dir, name))


def jsonl(patterns_dir: str | Path | None, name: str) -> tuple[dict, ...]:
    """Records of a JSON Lines patterns file (``#`` comment lines allowed)."""
    return _read_jsonl(path(patterns_dir, name))


def table(patterns_dir: str | Path | None, name: str) -> tuple[dict, ...]:
    """Rows of a CSV patterns file with a header line (``#`` comment lines allowed)."""
    return _read_csv(path(patterns_dir, name))
