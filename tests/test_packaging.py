"""The built wheel carries the patterns directory, so an installed tool finds its rules."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling is not installed")
def test_wheel_ships_every_patterns_file(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "extractor/patterns/" + p.relative_to(REPO / "patterns").as_posix()
        for p in (REPO / "patterns").rglob("*")
        if p.is_file()
    }
    assert expected and expected <= names
    assert "extractor/cli.py" in names
    templates = {"extractor/templates/" + p.name for p in (REPO / "extractor" / "templates").iterdir()}
    assert {"extractor/templates/review.html.j2", "extractor/templates/index.html.j2"} <= templates <= names


def test_bundled_patterns_are_found_from_the_package():
    from extractor.language import bundled_dir

    assert (bundled_dir() / "regions.csv").is_file()
