"""The audit log as a table: a window over the log, newest first, read in pages as the view scrolls.

As the member register's table (:mod:`cbodesk.gui.members.model`): the row count
comes from one ``COUNT`` of the filter, rows are read :data:`PAGE_SIZE` at a time
around the row the view asks for, a few pages are kept, and each row is formatted
once. A log of a hundred thousand entries opens as fast as one of ten.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_datetime
from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import tr_core
from cbodesk.gui.tables import AnyIndex, LazyTableModel, RowPage
from cbodesk.services import audit
from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

PAGE_SIZE = 200
PAGES_KEPT = 10
ROW_ROLE = Qt.ItemDataRole.UserRole  # the AuditRow of a row

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


_Page = RowPage[audit.AuditRow]


class AuditTableModel(LazyTableModel[audit.AuditRow, audit.AuditFilter, _Page]):
    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QObject | None = None) -> None:
        super().__init__(audit.AuditFilter(), len(Column), PAGE_SIZE, PAGES_KEPT, parent)
        self.cbo = cbo
        self.actor = actor
        self._locale = locale

    def set_locale(self, locale: LocaleSettings) -> None:
        self._locale = locale
        self._forget_texts([Qt.ItemDataRole.DisplayRole])

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
            return self._text(row, page, position, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.CHANGES:
            return "\n".join(c.text() for c in row.changes())
        return None

    def _texts(self, row: audit.AuditRow) -> tuple[str, ...]:
        return (format_datetime(row.local_at, self._locale), who_text(row), row.action, area_text(row.area),
                row.record, row.changes_text())
