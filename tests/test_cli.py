"""The command line, run as a person runs it: `python -m cbodesk …` in a fresh process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cbodesk.cli import build_parser
from cbodesk.services.demo import DEMO_PROFILE
from cbodesk.storage.schema import CURRENT_VERSION

REPO = Path(__file__).resolve().parents[1]
COMMANDS = ["open", "demo", "info", "backup", "restore", "verify", "export", "template",
            "import-entries", "report", "copy", "users"]


def cbodesk(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m cbodesk ARGS` with its user folders in tmp_path."""
    env = dict(os.environ)
    env["CBODESK_HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(REPO)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "cbodesk", *map(str, args)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_demo_then_info(tmp_path: Path) -> None:
    """`demo FILE` writes the demo; `info FILE` shows its names in English and Khmer and the data version."""
    path = tmp_path / "ktcf.cbodesk"
    made = cbodesk(tmp_path, "demo", path)
    assert made.returncode == 0, made.stderr
    assert str(path) in made.stdout
    shown = cbodesk(tmp_path, "info", path)
    assert shown.returncode == 0, shown.stderr
    assert DEMO_PROFILE.name_en in shown.stdout
    assert DEMO_PROFILE.name_km in shown.stdout
    assert re.search(rf"^Data version\s+{CURRENT_VERSION}$", shown.stdout, re.MULTILINE)
    assert re.search(r"^user rows\s+5$", shown.stdout, re.MULTILINE)
    assert shown.stderr == ""


def test_backup_then_restore(tmp_path: Path) -> None:
    """`backup FILE --to DIR` then `restore BACKUP --to NEWFILE` gives a CBO with the same data."""
    path = tmp_path / "ktcf.cbodesk"
    assert cbodesk(tmp_path, "demo", path).returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    backed = cbodesk(tmp_path, "backup", path, "--to", usb)
    assert backed.returncode == 0, backed.stderr
    [written] = list(usb.glob("*.cbobackup"))
    assert str(written.name) in backed.stdout

    restored_path = tmp_path / "restored.cbodesk"
    restored = cbodesk(tmp_path, "restore", written, "--to", restored_path)
    assert restored.returncode == 0, restored.stderr
    assert "Restored to" in restored.stdout
    original, copy = cbodesk(tmp_path, "info", path), cbodesk(tmp_path, "info", restored_path)
    assert copy.returncode == 0, copy.stderr

    def without_location(text: str) -> list[str]:
        return [line for line in text.splitlines() if not line.startswith("Location")]

    assert without_location(copy.stdout) == without_location(original.stdout)


def test_backup_into_missing_folder_is_a_plain_error(tmp_path: Path) -> None:
    """A USB folder that is not there: exit 1, a plain message, no folder made on the disk."""
    path = tmp_path / "ktcf.cbodesk"
    assert cbodesk(tmp_path, "demo", path).returncode == 0
    result = cbodesk(tmp_path, "backup", path, "--to", tmp_path / "removed-stick")
    assert result.returncode == 1
    assert result.stderr.startswith("cbodesk: ")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "removed-stick").exists()


def test_info_on_a_text_file_is_a_plain_error(tmp_path: Path) -> None:
    """A file that is not a CBO: exit 1, one plain sentence on stderr, no traceback, nothing on stdout."""
    text = tmp_path / "notes.txt"
    text.write_text("not a CBO\n", encoding="utf-8")
    result = cbodesk(tmp_path, "info", text)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("cbodesk: ")
    assert "is not a CBO Desk file" in result.stderr
    assert "Traceback" not in result.stderr
    assert text.read_text(encoding="utf-8") == "not a CBO\n"


def test_demo_onto_an_existing_file_is_refused(tmp_path: Path) -> None:
    """`demo` never overwrites: exit 1 and the file is unchanged."""
    path = tmp_path / "mine.cbodesk"
    path.write_bytes(b"precious")
    result = cbodesk(tmp_path, "demo", path)
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert path.read_bytes() == b"precious"


def test_every_command_is_known_to_the_test() -> None:
    """The help test below covers every command the parser has."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_exits_0(tmp_path: Path, command: str | None) -> None:
    """`--help` of the program and of each command prints usage and exits 0 (no Qt window)."""
    args = ["--help"] if command is None else [command, "--help"]
    result = cbodesk(tmp_path, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: cbodesk")


@pytest.mark.parametrize("args", [["info"], ["demo"], ["backup", "x.cbodesk"],
                                  ["restore", "x.cbobackup"], ["open"]])
def test_missing_required_argument_exits_2(tmp_path: Path, args: list[str]) -> None:
    """A missing argument is argparse's usage error: exit 2, and no file is made."""
    result = cbodesk(tmp_path, *args)
    assert result.returncode == 2
    assert "required" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == []
