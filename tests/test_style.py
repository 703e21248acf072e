"""The code stays ruff clean (the project's lint rules live in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed")
    proc = subprocess.run(
        [ruff, "check", "extractor", "tests", "bench", "scripts"], cwd=REPO, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout
