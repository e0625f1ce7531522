"""The layers of DESIGN.md: everything outside cbodesk.gui works without Qt.

Checked in a fresh interpreter, so that Qt imported by other tests cannot hide
an import of PySide6 from the core.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Walks the package without importing cbodesk.gui even to list it (walk_packages
# would import a package to look inside it).
_IMPORT_CORE = """
import importlib, pkgutil, sys
import cbodesk

def walk(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name == "cbodesk.gui" or info.name.endswith(".__main__"):
            continue
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from walk(module)

names = list(walk(cbodesk))
for name in names:
    print(name)
qt = sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6."))
print("QT:" + ",".join(qt))
"""


def test_core_imports_no_qt(tmp_path: Path) -> None:
    """Importing every module outside cbodesk.gui (cli included) loads no PySide6."""
    env = dict(os.environ, PYTHONPATH=str(REPO), CBODESK_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", _IMPORT_CORE], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    modules = lines[:-1]
    # The walk really covered the core (a broken walk must not pass silently).
    for expected in ("cbodesk.cli", "cbodesk.domain.money", "cbodesk.services.profile",
                     "cbodesk.storage.database", "cbodesk.storage.snapshots"):
        assert expected in modules
    assert not any(m.startswith("cbodesk.gui") for m in modules)
    assert lines[-1] == "QT:", f"PySide6 was imported by the core: {lines[-1]}"
