"""The compiled forms match ui/*.ui, and the Khmer catalogue is complete and compiled."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cbodesk import devtools

TS = devtools.TS_DIR / "cbodesk_km.ts"
PLACEHOLDER = re.compile(r"%\(\w+\)s|%[sn\d]|\{\w+\}")


def _code(text: str) -> list[str]:
    # uic writes its own version into comments; compare only the code.
    return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("ui_file", sorted(devtools.UI_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_matches_its_ui_file(ui_file: Path) -> None:
    module = devtools.form_module(ui_file)
    assert module.exists(), f"run `make forms`: {module.name} is missing"
    assert _code(module.read_text(encoding="utf-8")) == _code(devtools.compile_form(ui_file)), (
        f"{module.name} is out of date: run `make forms`")


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def test_catalogue_holds_every_visible_string(tmp_path: Path) -> None:
    """lupdate over today's sources finds no string the catalogue lacks."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([devtools._tool("pyside6-lupdate"), "-tr-function-alias", "QT_TRANSLATE_NOOP+=N_",
                    "-locations", "none", *devtools.translation_sources(), "-ts", str(fresh)],
                   check=True, capture_output=True)
    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.iter("context") for m in c.iter("message")}
    missing = keys(fresh) - keys(TS)
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:5]}"


def test_every_message_is_translated_with_its_placeholders() -> None:
    problems = []
    for context, source, message in _messages():
        translation = message.find("translation")
        assert translation is not None
        # A plural message ("%n entries") holds one text per plural form.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} placeholders differ in {text!r}")
            if (("&" in source.replace("&&", "")) != ("&" in text.replace("&&", ""))
                    and "M&E" not in source):
                problems.append(f"{context}: {source!r} keyboard mnemonic lost or added in {text!r}")
    assert not problems, "\n".join(problems[:20])


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    qm = TS.with_suffix(".qm")
    fresh = tmp_path / "fresh.qm"
    devtools.compile_translation(TS, fresh)
    assert qm.read_bytes() == fresh.read_bytes(), "run `make translations` (the .qm is stale)"
