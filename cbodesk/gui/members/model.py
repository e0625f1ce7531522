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
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
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
from cbodesk.gui.tables import PageCache
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

PAGE_SIZE = 200
PAGES_KEPT = 10
MEMBER_ROLE = Qt.ItemDataRole.UserRole  # the MemberRow of a row

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


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


@dataclass
class _Page:
    rows: list[ms.MemberRow]
    texts: list[tuple[str, ...] | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [None] * len(self.rows)


class MemberTableModel(QAbstractTableModel):
    """The members one :class:`~cbodesk.services.members.MemberFilter` lists, in one sort order."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor
        self._locale = locale
        self._filter = ms.MemberFilter(statuses=ms.CURRENT)
        self._sort = Column.NUMBER
        self._descending = False
        self._count = 0
        self._pages: PageCache[_Page] = PageCache(PAGES_KEPT)

    # -- what is shown ---------------------------------------------------------------

    @property
    def filter(self) -> ms.MemberFilter:
        return self._filter

    @property
    def sort_column(self) -> Column:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, f: ms.MemberFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._pages.clear()
        self._count = self._read_count()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the register again (a member saved, another computer, a restore)."""
        self.set_filter(self._filter)

    def set_locale(self, locale: LocaleSettings) -> None:
        language_changed = locale.language != self._locale.language
        self._locale = locale
        if language_changed and self._sort == Column.VILLAGE:  # villages sort by their name in the language
            self.refresh()
            return
        for page in self._pages.values():
            page.texts = [None] * len(page.rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

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

    def _at(self, row: int) -> tuple[ms.MemberRow, _Page, int] | None:
        if not 0 <= row < self._count:
            return None
        number, index = divmod(row, PAGE_SIZE)
        page = self._pages.page(number, self._fetch)
        if index >= len(page.rows):  # the register shrank under us (another computer)
            return None
        return page.rows[index], page, index

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

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

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
            texts = page.texts[position]
            if texts is None:
                texts = page.texts[position] = self._texts(member)
            return texts[column]
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
