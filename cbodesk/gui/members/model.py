"""The member register as a table: a window over the register, read in pages as the view scrolls.

As the cash book's table (:mod:`cbodesk.gui.cashbook.model`): the row count
comes from one ``COUNT`` of the filter, rows are read :data:`PAGE_SIZE` at a
time around the row the view asks for, a few pages are kept, and each row is
formatted once. Filtering, searching and sorting happen in SQL
(:func:`cbodesk.services.members.member_rows`), so a register of a hundred
thousand members opens and searches as fast as one of a hundred.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.roles import Actor
from cbodesk.gui.members.common import (
    GONE_COLOUR,
    number_text,
    position_label,
    sex_label,
    short_date,
    status_label,
)
from cbodesk.gui.tables import AnyIndex, LazyTableModel, RowPage
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

PAGE_SIZE = 200
PAGES_KEPT = 10
MEMBER_ROLE = Qt.ItemDataRole.UserRole  # the MemberRow of a row

class Column(IntEnum):
    NUMBER = 0
    NAME_KM = 1
    NAME_LATIN = 2
    SEX = 3
    AGE = 4
    VILLAGE = 5
    PHONE = 6
    STATUS = 7
    COMMITTEE = 8
    JOINED = 9


# The columns the register sorts by (in SQL), and the service's name for each.
SORTS: dict[Column, str] = {
    Column.NUMBER: "number", Column.NAME_KM: "name_km", Column.NAME_LATIN: "name_latin", Column.SEX: "sex",
    Column.AGE: "age", Column.VILLAGE: "village", Column.STATUS: "status", Column.JOINED: "joined_on",
}
PERSONAL_COLUMNS = frozenset({Column.PHONE})
RIGHT_ALIGNED = frozenset({Column.NUMBER, Column.AGE})


_Page = RowPage[ms.MemberRow]


class MemberTableModel(LazyTableModel[ms.MemberRow, ms.MemberFilter, _Page]):
    """The members one :class:`~cbodesk.services.members.MemberFilter` lists, in one sort order."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QObject | None = None) -> None:
        super().__init__(ms.MemberFilter(statuses=ms.CURRENT), len(Column), PAGE_SIZE, PAGES_KEPT, parent)
        self.cbo = cbo
        self.actor = actor
        self._locale = locale
        self._sort = Column.NUMBER
        self._descending = False

    # -- what is shown ---------------------------------------------------------------

    @property
    def sort_column(self) -> Column:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_locale(self, locale: LocaleSettings) -> None:
        language_changed = locale.language != self._locale.language
        self._locale = locale
        if language_changed and self._sort == Column.VILLAGE:  # villages sort by their name in the language
            self.refresh()
            return
        self._forget_texts([Qt.ItemDataRole.DisplayRole])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by one of :data:`SORTS`; other columns keep the order as it is."""
        if column not in SORTS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if Column(column) == self._sort and descending == self._descending:
            return
        self.beginResetModel()
        self._sort = Column(column)
        self._descending = descending
        self._pages.clear()
        self.endResetModel()

    def _read_count(self) -> int:
        if self.cbo.closed:  # the window closed meanwhile (a paint still on its way)
            return 0
        try:
            return ms.count_members(self.cbo, self.actor, self._filter)
        except UserError as exc:  # a shared database out of reach: an empty table, not a crash
            log.warning("cannot count the members: %s", exc)
            return 0

    # -- rows -------------------------------------------------------------------------

    def member(self, row: int) -> ms.MemberRow | None:
        found = self._at(row)
        return found[0] if found else None

    def row_of(self, member_id: int) -> int | None:
        """The row of *member_id* in this list (None when the filter leaves it out)."""
        if self.cbo.closed:
            return None
        try:
            position = ms.member_position(self.cbo, self.actor, self._filter, member_id,
                                          sort=SORTS[self._sort], descending=self._descending,
                                          language=self._locale.language)
        except UserError as exc:
            log.warning("cannot find the member's row: %s", exc)
            return None
        return position if position is not None and position < self._count else None

    def _fetch(self, number: int) -> _Page:
        rows: list[ms.MemberRow] = []
        if self.cbo.closed:  # the window closed meanwhile (a paint still on its way)
            return _Page(rows)
        try:
            rows = ms.member_rows(self.cbo, self.actor, self._filter, number * PAGE_SIZE, PAGE_SIZE,
                                  sort=SORTS[self._sort], descending=self._descending,
                                  language=self._locale.language, total=self._count)
        except UserError as exc:
            log.warning("cannot read the members: %s", exc)
            rows = []
        return _Page(rows)

    # -- Qt's model interface ------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Name in Khmer"), self.tr("Name in Latin letters"), self.tr("Sex"),
                self.tr("Age"), self.tr("Village"), self.tr("Phone"), self.tr("Status"),
                self.tr("Committee"), self.tr("Joined")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in SORTS:
                return self.tr("Click to sort by this column; click again for the other direction.")
            if section == Column.COMMITTEE:
                return self.tr("The committee position the member holds today.")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.column() < len(Column):
            return None
        found = self._at(index.row())
        if found is None:
            return None
        member, page, position = found
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, page, position, column)
        if role == MEMBER_ROLE:
            return member
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(GONE_COLOUR)) if member.status in ("left", "deceased") else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS:
            return self.tr("%s since %s") % (status_label(member.status),
                                              short_date(member.status_since, self._locale))
        return None

    def _texts(self, member: ms.MemberRow) -> tuple[str, ...]:
        locale = self._locale
        return (
            number_text(member.number, locale),
            member.name_km,
            member.name_latin,
            sex_label(member.sex),
            number_text(member.age, locale) if member.age is not None else "",
            member.village(locale.language),
            member.phone or "",
            status_label(member.status),
            ", ".join(position_label(p) for p in member.positions),
            short_date(member.joined_on, locale),
        )


def _alignment(column: Column) -> Qt.AlignmentFlag:
    if column in RIGHT_ALIGNED:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
