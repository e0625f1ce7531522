"""`cbodesk open CBO --check`: the self-test CI and installers run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_check(path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CBODESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "cbodesk", "open", str(path), "--check"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_self_check_passes_on_the_demo(demo_file: Path, tmp_path: Path) -> None:
    result = run_check(demo_file, tmp_path / "home")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "self-test passed: 10 page(s) visited, 0 error(s)" in result.stdout
    # It closed the CBO properly: the lock is released and an on-close backup exists.
    assert not demo_file.with_name(demo_file.name + ".lock").exists()
    assert list((tmp_path / "home").rglob("*-on-close.cbobackup"))


def test_self_check_fails_on_a_file_that_is_not_a_cbo(tmp_path: Path) -> None:
    bad = tmp_path / "notes.cbodesk"
    bad.write_text("shopping list")
    result = run_check(bad, tmp_path / "home")
    assert result.returncode == 1
    assert "not a CBO Desk file" in result.stderr
