"""The audit log as a table: a window over the log, newest first, read in pages as the view scrolls.

As the member register's table (:mod:`cbodesk.gui.members.model`): the row count
comes from one ``COUNT`` of the filter, rows are read :data:`PAGE_SIZE` at a time
around the row the view asks for, a few pages are kept, and each row is formatted
once. A log of a hundred thousand entries opens as fast as one of ten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_datetime
from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import tr_core
from cbodesk.gui.tables import PageCache
from cbodesk.services import audit
from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

PAGE_SIZE = 200
PAGES_KEPT = 10
ROW_ROLE = Qt.ItemDataRole.UserRole  # the AuditRow of a row

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    AREA = 3
    RECORD = 4
    CHANGES = 5


def who_text(row: audit.AuditRow) -> str:
    """"sok.dara (login off)" in the person's language."""
    if row.mark == audit.LOGIN_OFF_MARK:
        return QCoreApplication.translate("AuditPage", "%s (login off)") % row.username
    if row.mark == audit.TERMINAL_MARK:
        return QCoreApplication.translate("AuditPage", "%s (from the terminal)") % row.username
    return row.username


def area_text(area: str) -> str:
    return tr_core("audit", audit.AREA_LABELS[area]) if area in audit.AREA_LABELS else area


@dataclass
class _Page:
    rows: list[audit.AuditRow]
    texts: list[tuple[str, ...] | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [None] * len(self.rows)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor
        self._locale = locale
        self._filter = audit.AuditFilter()
        self._count = 0
        self._pages: PageCache[_Page] = PageCache(PAGES_KEPT)

    @property
    def filter(self) -> audit.AuditFilter:
        return self._filter

    def set_filter(self, f: audit.AuditFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._pages.clear()
        self._count = self._read_count()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def set_locale(self, locale: LocaleSettings) -> None:
        self._locale = locale
        for page in self._pages.values():
            page.texts = [None] * len(page.rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(Column) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def _read_count(self) -> int:
        if self.cbo.closed:
            return 0
        try:
            return audit.count_entries(self.cbo, self.actor, self._filter)
        except UserError as exc:  # a shared database out of reach, or the role: an empty table
            log.warning("cannot count the audit log: %s", exc)
            return 0

    def entry(self, row: int) -> audit.AuditRow | None:
        found = self._at(row)
        return found[0] if found else None

    def _at(self, row: int) -> tuple[audit.AuditRow, _Page, int] | None:
        if not 0 <= row < self._count:
            return None
        number, index = divmod(row, PAGE_SIZE)
        page = self._pages.page(number, self._fetch)
        if index >= len(page.rows):
            return None
        return page.rows[index], page, index

    def _fetch(self, number: int) -> _Page:
        if self.cbo.closed:
            return _Page([])
        try:
            rows = audit.entry_rows(self.cbo, self.actor, self._filter, number * PAGE_SIZE, PAGE_SIZE,
                                    total=self._count)
        except UserError as exc:
            log.warning("cannot read the audit log: %s", exc)
            rows = []
        return _Page(rows)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Area"), self.tr("Record"),
                self.tr("What changed")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.column() < len(Column):
            return None
        found = self._at(index.row())
        if found is None:
            return None
        row, page, position = found
        if role == Qt.ItemDataRole.DisplayRole:
            texts = page.texts[position]
            if texts is None:
                texts = page.texts[position] = self._texts(row)
            return texts[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.CHANGES:
            return "\n".join(c.text() for c in row.changes())
        return None

    def _texts(self, row: audit.AuditRow) -> tuple[str, ...]:
        return (format_datetime(row.local_at, self._locale), who_text(row), row.action, area_text(row.area),
                row.record, row.changes_text())
