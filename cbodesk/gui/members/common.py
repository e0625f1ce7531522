"""What the member screens share: the words of the register's fixed lists in the person's
language, villages in a combo box, dates typed or shown, and photos made small.

Imported when a member screen is first used, never at startup: it reads the core's
member module, which needs Babel.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableView, QWidget

from cbodesk.domain import members as dm
from cbodesk.domain.formatting import LocaleSettings, format_date, format_number
from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import tr_core
from cbodesk.gui.widgets import small_jpeg
from cbodesk.services.members import VillageView
from cbodesk.storage.database import Cbo

PHOTO_LONGEST_SIDE = 480  # pixels: a face on a member card, a few tens of KB
PHOTO_QUALITY = 85
GONE_COLOUR = "#6d6d6d"  # members who left or died: still listed, greyed
NOTE_COLOUR = "#8a5a00"  # a warning that does not stop saving (a likely duplicate)


def sex_label(code: str) -> str:
    return tr_core("members", dm.SEXES[code]) if code in dm.SEXES else code


def status_label(code: str) -> str:
    return tr_core("members", dm.STATUSES[code]) if code in dm.STATUSES else code


def idpoor_label(code: str) -> str:
    return tr_core("members", dm.IDPOOR[code]) if code in dm.IDPOOR else code


def position_label(code: str, title: str = "") -> str:
    """"Chair", or the CBO's own name of an "other" role; "Committee member (Advisor)"."""
    position = dm.POSITION_BY_CODE.get(code)
    if position is None:
        return title or code
    if code == "other" and title:
        return title
    label = tr_core("members", position.label)
    return f"{label} ({title})" if title else label


def fee_period_label(code: str) -> str:
    return tr_core("members", dm.FEE_PERIODS[code]) if code in dm.FEE_PERIODS else code


def names(language: str, name_km: str, name_latin: str) -> str:
    """Both names, the person's language first: "Sok Dara · សុខ ដារ៉ា"."""
    first, second = (name_km, name_latin) if language == "km" else (name_latin, name_km)
    return " · ".join(n for n in (first, second) if n)


def short_date(day: date | None, locale: LocaleSettings) -> str:
    return format_date(day, locale, "short") if day is not None else ""


def number_text(value: int, locale: LocaleSettings) -> str:
    """A member number as the person reads numbers (Khmer digits if chosen), without grouping."""
    text = str(value)
    if locale.khmer_digits:
        from cbodesk.domain.formatting import to_khmer_digits

        text = to_khmer_digits(text)
    return text


def count_text(value: int, locale: LocaleSettings) -> str:
    return format_number(value, locale)


def birth_text(birth_date: date | None, birth_year: int | None, locale: LocaleSettings) -> str:
    """What the birth field shows: the date when known, else the year."""
    if birth_date is not None:
        return short_date(birth_date, locale)
    if birth_year is not None:
        return number_text(birth_year, locale)
    return ""


def fill_villages(combo: QComboBox, villages: Sequence[VillageView], language: str, *,
                  first: str | None = None, keep: int | None = None) -> None:
    """Villages with their commune; *first*: an item without a village ("All villages",
    "(choose)"). The chosen village stays chosen, or *keep* is chosen."""
    current = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for village in villages:
        text = village.label(language)
        if village.retired:
            text = QCoreApplication.translate("MembersCommon", "%s (no longer used)") % text
        combo.addItem(text, village.id)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


# --- photos --------------------------------------------------------------------------


def photo_jpeg(image: QImage, longest: int = PHOTO_LONGEST_SIDE, quality: int = PHOTO_QUALITY) -> bytes:
    """A member's photo as a small JPEG, at most *longest* pixels on its longer side."""
    return small_jpeg(image, longest, quality)


def show_photo(label: QLabel, data: bytes | None, empty_text: str) -> None:
    """The photo scaled into *label*, or *empty_text* when there is none."""
    if not data:
        label.setPixmap(QPixmap())
        label.setText(empty_text)
        return
    pixmap = QPixmap()
    pixmap.loadFromData(data)
    size = label.size() if label.width() > 20 else label.minimumSize()
    label.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation))


# --- reports ---------------------------------------------------------------------------


def print_report(parent: QWidget, cbo: Cbo, actor: Actor, code: str, locale: LocaleSettings,
                 **params: Any) -> None:
    """Make one of the member reports in the background and open its preview (print, PDF, Excel)."""
    from cbodesk.gui.reports.making import preview_report

    preview_report(parent, cbo, actor, code, locale, **params)


def setup_list_table(view: QTableView, model: QAbstractItemModel, stretch: int) -> None:
    """A read-only list (over a sorting proxy too): columns sized to their contents, the
    *stretch* column taking the rest, no row numbers, rows tall enough for Khmer."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 2.0))

    def stretch_column() -> None:
        # A section's resize mode is forgotten when the model's columns are made anew.
        if stretch < header.count():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    model.modelReset.connect(stretch_column)
    stretch_column()
