"""PySide6 6.12 on Python 3.11 aborts after ~200,000 Qt calls that return nothing.

Each such call drops a reference to ``None`` that it never took; Python 3.12+
has an immortal ``None`` and does not care, 3.11 dies with ``none_dealloc``
(NOTES.md). A working day in the app makes that many calls, so the dependency
keeps 3.11 on PySide6 6.11, and these tests hold both halves of that.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
CALLS = 400_000

STRESS = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for i in range({CALLS}):
    w.resize(100 + i % 7, 100)   # returns nothing: one None reference dropped per call
print("survived", sys.getrefcount(None))
"""


def test_many_void_qt_calls_do_not_crash() -> None:
    result = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13"])
def test_dependencies_never_pair_python_311_with_pyside_612(python: str) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    environment = {"python_version": python, "python_full_version": python + ".0"}
    for name in ("pyside6-essentials", "pyside6-addons"):
        specs = [Requirement(r) for r in project["dependencies"]]
        active = [r for r in specs if r.name.lower() == name
                  and (r.marker is None or r.marker.evaluate(environment))]
        assert len(active) == 1, f"{name}: exactly one requirement applies on {python}"
        allowed_612 = active[0].specifier.contains(Version("6.12.0"))
        assert allowed_612 == (python != "3.11")


def test_installed_pair_is_safe() -> None:
    import PySide6

    if sys.version_info[:2] == (3, 11):
        assert Version(PySide6.__version__) < Version("6.12"), PySide6.__version__
