"""Small helpers for Qt widgets that every screen uses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox


def fill_combo(combo: QComboBox, items: Sequence[tuple[object, str]]) -> None:
    """(code, label) items; keeps the chosen code across a language change."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, label in items:
        combo.addItem(label, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def choose(combo: QComboBox, code: object, *, else_first: bool = True) -> None:
    """Select the item whose data is *code*; if there is none, the first item
    (or, with ``else_first=False``, leave the choice as it is)."""
    index = combo.findData(code)
    if index >= 0 or else_first:
        combo.setCurrentIndex(max(index, 0))
