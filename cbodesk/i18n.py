"""Marking strings for translation outside the GUI.

The Qt-free core cannot call ``tr()``. It marks its user-visible strings with
``N_(context, text)``, which returns the English text unchanged; ``pyside6-lupdate
-tr-function-alias QT_TRANSLATE_NOOP+=N_`` extracts them, and the GUI shows them
through ``QCoreApplication.translate(context, text)``. The command line prints
the English source text.
"""

from __future__ import annotations

from typing import Callable

Translate = Callable[[str, str], str]


def N_(context: str, text: str) -> str:  # noqa: N802 - the conventional marker name
    """Mark *text* for translation in *context*; return it unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The translate function of the command line: English source text as is."""
    return text
