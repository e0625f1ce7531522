"""The tables of the meetings page: the meetings (upcoming first, then past) and the action
items (overdue, or open). A CBO holds tens of meetings a year: the rows are read whole."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from cbodesk.domain import meetings as dmt
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.gui.meetings.common import (
    DONE_COLOUR,
    LATE_COLOUR,
    MUTED_COLOUR,
    UPCOMING_BACKGROUND,
    action_status_label,
    by_sex,
    count,
    kind_label,
    meeting_name,
    minutes_status_label,
    short_date,
)
from cbodesk.gui.tables import ROOT, AnyIndex

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingColumn(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    MEMBERS = 3
    GUESTS = 4
    MINUTES = 5
    ACTIONS = 6


class MeetingsModel(QAbstractTableModel):
    """Upcoming meetings (soonest first), then past ones (newest first)."""

    def __init__(self, locale: LocaleSettings, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.rows: list[dmt.MeetingRow] = []
        self.upcoming = 0  # the first rows are still to come

    def set_rows(self, upcoming: Sequence[dmt.MeetingRow], past: Sequence[dmt.MeetingRow]) -> None:
        self.beginResetModel()
        self.rows = list(upcoming) + list(past)
        self.upcoming = len(upcoming)
        self.endResetModel()

    def set_locale(self, locale: LocaleSettings) -> None:
        self.locale = locale
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(MeetingColumn) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(MeetingColumn)

    def headers(self) -> list[str]:
        translate = QCoreApplication.translate
        return [translate("MeetingsModel", "Date"), translate("MeetingsModel", "Kind"), translate("MeetingsModel", "Title"),
                translate("MeetingsModel", "Members present\nwomen / men / all"), translate("MeetingsModel", "Guests"),
                translate("MeetingsModel", "Minutes"), translate("MeetingsModel", "Open\nactions")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(MeetingColumn):
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = MeetingColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, index.row() < self.upcoming)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MeetingColumn.MEMBERS, MeetingColumn.GUESTS,
                                                                    MeetingColumn.ACTIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() < self.upcoming:
            return QBrush(QColor(UPCOMING_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and column == MeetingColumn.MINUTES and row.status != "draft":
            return QBrush(QColor(DONE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == MeetingColumn.TITLE:
            return meeting_name(row.title, row.kind, row.date, self.locale)
        return None

    def _text(self, row: dmt.MeetingRow, column: MeetingColumn, upcoming: bool) -> str:
        locale, c = self.locale, row.counts
        if column == MeetingColumn.DATE:
            text = short_date(row.date, locale)
            if row.start_time:
                text += f"  {row.start_time}"
            return text
        if column == MeetingColumn.KIND:
            return kind_label(row.kind)
        if column == MeetingColumn.TITLE:
            return row.title
        if column == MeetingColumn.MEMBERS:
            return by_sex(c.present_female, c.present_male, c.present, locale) if c.expected else ""
        if column == MeetingColumn.GUESTS:
            return count(c.guests_total, locale) if c.guests_total else ""
        if column == MeetingColumn.MINUTES:
            if upcoming and row.status == "draft":
                return QCoreApplication.translate("MeetingsModel", "Upcoming")
            return minutes_status_label(row.status)
        return count(row.open_actions, locale) if row.open_actions else ""

    def meeting_at(self, row: int) -> dmt.MeetingRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == meeting_id), -1)


class ActionColumn(IntEnum):
    DUE = 0
    WHAT = 1
    WHO = 2
    MEETING = 3
    STATUS = 4


class ActionsModel(QAbstractTableModel):
    """Action items with the meeting that decided them; overdue ones in red."""

    def __init__(self, locale: LocaleSettings, today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.today = today
        self.rows: list[dmt.ActionItemView] = []

    def set_rows(self, rows: Sequence[dmt.ActionItemView]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(ActionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        titles = [translate("ActionsModel", "Due"), translate("ActionsModel", "Action"), translate("ActionsModel", "Who"),
                  translate("ActionsModel", "Decided at"), translate("ActionsModel", "Status")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        action = self.rows[index.row()]
        column = ActionColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ActionColumn.DUE:
                return short_date(action.due_on, self.locale)
            if column == ActionColumn.WHAT:
                return action.what
            if column == ActionColumn.WHO:
                return action.who
            if column == ActionColumn.MEETING:
                return meeting_name(action.meeting_title, action.meeting_kind, action.meeting_date, self.locale)
            if action.overdue(self.today):
                assert action.due_on is not None
                days = (self.today - action.due_on).days
                return QCoreApplication.translate("ActionsModel", "Open, %n day(s) late", "", days)
            return action_status_label(action.status)
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if action.overdue(self.today) and column in (ActionColumn.DUE, ActionColumn.STATUS):
                return QBrush(QColor(LATE_COLOUR))
            if action.status != "open":
                return QBrush(QColor(MUTED_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and column == ActionColumn.WHAT:
            return action.what + (f"\n\n{action.note}" if action.note else "")
        return None

    def action_at(self, row: int) -> dmt.ActionItemView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
