"""The package is mypy clean (STYLE.md §8), with the settings of pyproject.toml's [tool.mypy]."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("mypy") is None,
                    reason="mypy is not installed: pip install -e '.[test]'")
def test_package_is_mypy_clean() -> None:
    # Run from the project folder so that mypy reads pyproject.toml (and keeps its cache there).
    result = subprocess.run([sys.executable, "-m", "mypy", "cbodesk"], cwd=ROOT, check=False,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"mypy found problems:\n{result.stdout}{result.stderr}"
