"""Small helpers for Qt widgets that every screen uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QWidget


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


def packed(layout: QBoxLayout, widgets: Sequence[QWidget]) -> QBoxLayout:
    """*layout* with *widgets* one after the other and the free room after them (a row or a
    column of buttons)."""
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


def heading(label: QLabel, scale: float) -> QLabel:
    """*label* in a bold font *scale* times its size: a page's title, a dialog's header."""
    from PySide6.QtGui import QFont

    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def may_close_unsaved(dialog: QDialog, title: str, question: str, save: Callable[[], bool], *,
                      accept_saved: bool = True) -> bool:
    """Before *dialog* closes with changes not saved: ask *question* (Save, the default; Discard;
    Cancel). True when it is to close as cancelled: discarded (or, unless *accept_saved*, saved).
    Saved with *accept_saved*, the dialog is accepted here; cancelled, or the save refused, it stays."""
    from PySide6.QtWidgets import QMessageBox

    button = QMessageBox.StandardButton
    answer = QMessageBox.question(dialog, title, question, button.Save | button.Discard | button.Cancel,
                                  button.Save)
    if answer == button.Cancel:
        return False
    if answer == button.Save:
        if not save():
            return False
        if accept_saved:
            dialog.accept()
            return False
    return True


def small_jpeg(image: QImage, longest: int, quality: int) -> bytes:
    """*image* as JPEG, no longer than *longest* pixels on its longer side (a receipt, a photo)."""
    # Imported here: this module is loaded at start, and each PySide6 class touched there costs.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    if max(image.width(), image.height()) > longest:
        image = image.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():  # JPEG has no transparency: put the picture on white paper
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 stub gap: it types format as bytes, but at run time only str is accepted (6.12).
    image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]
    return bytes(data.data())
