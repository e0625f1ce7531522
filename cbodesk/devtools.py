"""Developer commands behind `make forms` and `make translations`.

``forms``: compile ``ui/*.ui`` with pyside6-uic into ``cbodesk/gui/forms/ui_*.py``.
``translations``: extract every visible string (``tr()`` in the GUI, ``N_()`` in
the core, and the forms) into ``resources/translations/*.ts`` with
pyside6-lupdate, then compile the ``.qm`` files with pyside6-lrelease.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "cbodesk" / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("km",)
HEADER = "# Generated from ui/{name} by pyside6-uic (make forms) — do not edit.\n"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def compile_form(ui_file: Path) -> str:
    """The Python module pyside6-uic makes of *ui_file*, with our header."""
    out = subprocess.run([_tool("pyside6-uic"), "--from-imports", str(ui_file)],
                         check=True, capture_output=True, text=True).stdout
    return HEADER.format(name=ui_file.name) + prune_imports(out)


_IMPORT = re.compile(r"^from (PySide6\.\w+) import (\([^)]*\)|[^\n]*)\n", re.M)


def prune_imports(code: str) -> str:
    """Drop the names uic imports but the form never uses.

    uic imports a fixed list (QGradient, QPainter, QTransform…); touching each
    class makes PySide6 build its Python enums, which costs tens of
    milliseconds at every start of the app.
    """
    def keep_used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).strip("()").replace("\n", " ").split(",") if n.strip()]
        rest = code[match.end():]
        used = [n for n in names if re.search(rf"\b{n}\b", rest)]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _IMPORT.sub(keep_used, code)


def form_module(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def forms() -> None:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Compiled Qt Designer forms (make forms); do not edit."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_module(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {form_module(ui_file).relative_to(ROOT)}")


def translation_sources() -> list[str]:
    sources = [str(p) for p in sorted((ROOT / "cbodesk").rglob("*.py"))
               if FORMS_DIR not in p.parents]
    return sources + [str(p) for p in sorted(UI_DIR.glob("*.ui"))]


def translations() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"cbodesk_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_",
                        "-no-obsolete", "-locations", "none", *translation_sources(), "-ts", str(ts)],
                       check=True)
        compile_translation(ts, ts.with_suffix(".qm"))


def compile_translation(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    commands = {"forms": forms, "translations": translations}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(f"usage: python -m cbodesk.devtools {{{','.join(commands)}}}")
    commands[sys.argv[1]]()
