"""Marking strings for translation outside the GUI.

The Qt-free core cannot call ``tr()``. It marks its user-visible strings with
``N_(context, text)``, which returns the English text unchanged; ``pyside6-lupdate
-tr-function-alias QT_TRANSLATE_NOOP+=N_`` extracts them, and the GUI shows them
through ``QCoreApplication.translate(context, text)``. The command line prints
the English source text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

Translate = Callable[[str, str], str]


def N_(context: str, text: str) -> str:  # noqa: N802 - the conventional marker name
    """Mark *text* for translation in *context*; return it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The translate function of the command line: English source text as is."""
    return text


def _load_ts(path: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            # Khmer has one plural form; a numerus message keeps its first.
            text = forms[0] if forms else (translation.text or "")
            if text:
                table[(name, source)] = text
    return table


_catalogues: dict[str, Translate] = {}


def catalogue(language: str) -> Translate:
    """The translate function for *language* without Qt: reports and the command line.

    Reports are written in the language the person chooses for the report (a
    notice-board summary in Khmer from an English screen), so they look their
    strings up here, in the same ``.ts`` catalogue the GUI's ``.qm`` is made from.
    ``%n`` is left for the caller to replace.
    """
    if language == "en":
        return untranslated
    cached = _catalogues.get(language)
    if cached is None:
        from cbodesk.paths import resource

        table = _load_ts(resource("translations", f"cbodesk_{language}.ts"))

        def translate(context: str, text: str) -> str:
            return table.get((context, text), text)

        cached = _catalogues[language] = translate
    return cached


def by_language(language: str, km: str, other: str) -> str:
    """The Khmer of a name kept in two scripts when *language* is Khmer, else the other
    (English or Latin letters); whichever exists when the preferred one is empty."""
    return (km or other) if language == "km" else (other or km)
