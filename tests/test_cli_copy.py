"""`cbodesk copy`, run as a person runs it: into PostgreSQL and back, counts printed, refusals plain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"


def cbodesk(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CBODESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "cbodesk", *map(str, args)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)


def counts(stdout: str) -> dict[str, tuple[int, int]]:
    table = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1].replace(",", "").isdigit():
            table[parts[0]] = (int(parts[1].replace(",", "")), int(parts[2].replace(",", "")))
    return table


@pytest.mark.postgres
def test_copy_a_file_into_postgres_and_back(tmp_path: Path, pg_url: str) -> None:
    source = tmp_path / "ktcf.cbodesk"
    made = cbodesk(tmp_path, "demo", source, "--entries", "50")
    assert made.returncode == 0, made.stderr

    there = cbodesk(tmp_path, "copy", source, pg_url)
    assert there.returncode == 0, there.stderr
    table = counts(there.stdout)
    assert table["entry"] == (50, 50) and table["member"][0] > 0
    assert all(a == b for a, b in table.values())
    assert "cash book (50 entries)" in there.stdout and "verified" in there.stdout

    again = cbodesk(tmp_path, "copy", source, pg_url)
    assert again.returncode == 1
    assert again.stderr.startswith("cbodesk: The database postgresql://postgres@")
    assert "already holds a CBO" in again.stderr and "Traceback" not in again.stderr

    back = tmp_path / "back.cbodesk"
    home = cbodesk(tmp_path, "copy", pg_url, back)
    assert home.returncode == 0, home.stderr
    assert counts(home.stdout) == table
    checked = cbodesk(tmp_path, "verify", back)
    assert checked.returncode == 0 and "Book verified: 50 entries" in checked.stdout


def test_an_old_file_is_not_copied(tmp_path: Path) -> None:
    old = tmp_path / "old.cbodesk"
    shutil.copy(FIXTURES / "schema-v3.cbodesk", old)
    result = cbodesk(tmp_path, "copy", old, tmp_path / "new.cbodesk")
    assert result.returncode == 1
    assert "open it in the app to upgrade it" in result.stderr
    assert not (tmp_path / "new.cbodesk").exists()
