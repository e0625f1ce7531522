"""What the meeting screens share: the words of the fixed lists in the person's language,
dates and counts shown, and opening a meeting report in its preview.

Imported when a meeting screen is first used, never at startup (it reads Babel).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from cbodesk.domain import meetings as dmt
from cbodesk.domain.formatting import LocaleSettings, format_date, format_number
from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import tr_core
from cbodesk.storage.database import Cbo

UPCOMING_BACKGROUND = "#eef5ff"  # meetings still to come, above the past ones
DONE_COLOUR = "#1b5e20"
LATE_COLOUR = "#c62828"
MUTED_COLOUR = "#6d6d6d"


def _label(table: dict[str, str], code: str) -> str:
    return tr_core("meetings", table[code]) if code in table else code


def kind_label(code: str) -> str:
    return _label(dmt.KINDS, code)


def minutes_status_label(code: str) -> str:
    return _label(dmt.MINUTES_STATUSES, code)


def presence_label(code: str) -> str:
    return _label(dmt.PRESENCE, code)


def action_status_label(code: str) -> str:
    return _label(dmt.ACTION_STATUSES, code)


def language_label(code: str) -> str:
    return _label(dmt.LANGUAGES, code)


def every_label(code: str) -> str:
    return _label(dmt.COMMITTEE_EVERY, code)


def short_date(day: date | None, locale: LocaleSettings) -> str:
    return format_date(day, locale, "short") if day is not None else ""


def count(value: int, locale: LocaleSettings) -> str:
    return format_number(value, locale)


def by_sex(female: int, male: int, total: int, locale: LocaleSettings) -> str:
    """"12 / 8 / 20": women, men, all."""
    return " / ".join(count(v, locale) for v in (female, male, total))


def meeting_name(title: str, kind: str, day: date, locale: LocaleSettings) -> str:
    """"Committee meeting, 03/02/2026: Water fees"."""
    head = f"{kind_label(kind)}, {short_date(day, locale)}"
    return f"{head}: {title}" if title else head


def open_meeting_report(parent: QWidget, cbo: Cbo, actor: Actor, code: str, locale: LocaleSettings,
                        **params: Any) -> bool:
    """Make one of the meeting reports (minutes, attendance list, participation) in the
    background and open its preview (print, PDF, Excel); False when it does not exist."""
    from cbodesk.gui.reports.making import preview_report

    return preview_report(parent, cbo, actor, code, locale, **params)


def add_number_row(table: QTableWidget, values: Sequence[str], *, focus: bool) -> None:
    """A new last row of *values*: a text, then numbers (right-aligned); with *focus*, the text is
    edited at once."""
    row = table.rowCount()
    table.insertRow(row)
    items = [QTableWidgetItem(value) for value in values]
    for column, item in enumerate(items):
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)
    if focus:
        table.setCurrentCell(row, 0)
        table.editItem(items[0])
