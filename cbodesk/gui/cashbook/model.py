"""The cash book as a table: a window over the book, read in pages as the view scrolls.

The row count comes from one ``COUNT``; rows are read :data:`PAGE_SIZE` at a
time around the row the view asks for, and the newest few pages are kept
(NOTES.md: such a model opens a million-entry book in 0.06 s where a
``fetchMore`` model needs 5 s to reach the last row). ``data()`` never runs a
query of its own beyond reading a missing page, and formats each row once.

On a large book, a page far from the start needs the accounts' whole sums for
its running balances the first time: its rows are shown at once and the
balances on the next turn of the event loop (``dataChanged`` on that column).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from cbodesk.domain.cashbook import ENTRY_KINDS
from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_date, format_money
from cbodesk.domain.money import Currency, Money
from cbodesk.gui.cashbook.fields import MUTED_COLOUR, NEGATIVE_COLOUR
from cbodesk.gui.i18n import tr_core
from cbodesk.gui.tables import AnyIndex, LazyTableModel, RowPage
from cbodesk.services.cashbook import EntryView
from cbodesk.services.cashbook_list import BookReader, EntryFilter, EntryRow
from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

PAGE_SIZE = 200
PAGES_KEPT = 12  # 2,400 rows: a few screens around each place the person looked at
ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the EntryRow of a row

WAITING_BACKGROUND = "#fff1c7"
REJECTED_BACKGROUND = "#fde2e2"

class Column(IntEnum):
    DATE = 0
    NUMBER = 1
    ACCOUNT = 2
    CATEGORY = 3
    PARTY = 4
    DESCRIPTION = 5
    IN = 6
    OUT = 7
    BALANCE = 8


AMOUNT_COLUMNS = frozenset({Column.IN, Column.OUT, Column.BALANCE})


@dataclass
class _Page(RowPage[EntryRow]):
    balances_pending: bool = False


class EntryTableModel(LazyTableModel[EntryRow, EntryFilter, _Page]):
    """The entries of one :class:`EntryFilter`, in book order (or newest first)."""

    def __init__(self, cbo: Cbo, locale: LocaleSettings, parent: QObject | None = None) -> None:
        super().__init__(EntryFilter(), len(Column), PAGE_SIZE, PAGES_KEPT, parent)
        self._reader = BookReader(cbo)
        self._newest_first = False
        self._locale = locale
        self._balances_scheduled = False
        self._make_fonts()

    # -- what is shown ---------------------------------------------------------

    @property
    def newest_first(self) -> bool:
        return self._newest_first

    def refresh(self) -> None:
        """Read everything again (another computer, a restore or a closing may have changed the book)."""
        self._reader.forget()
        self.set_filter(self._filter)

    def reload(self) -> None:
        """Read the rows again, keeping the accounts' sums unless the book grew or shrank.

        For showing the page again: an approval given elsewhere changes how rows
        look, not the money; new entries change the count.
        """
        if self._read_count() != self._count:
            self._reader.forget()
        self.set_filter(self._filter)

    def balances_at_end(self) -> dict[Currency, Money]:
        """The balance per currency at the end of the filter's period (from the sums kept)."""
        return self._reader.balances_at_end(self._filter)

    def set_locale(self, locale: LocaleSettings) -> None:
        self._locale = locale
        self._make_fonts()
        self._forget_texts(None)  # the fonts changed too

    def _make_fonts(self) -> None:
        base = QFont(QApplication.font())
        # Tabular digits, so amounts line up digit under digit (most interface fonts do it anyway).
        base.setFeature(QFont.Tag("tnum"), 1)
        self._amount_font = base
        self._italic_amount_font = QFont(base)
        self._italic_amount_font.setItalic(True)
        self._italic_font = QFont(QApplication.font())
        self._italic_font.setItalic(True)

    def _read_count(self) -> int:
        try:
            return self._reader.count(self._filter)
        except UserError as exc:  # a shared database out of reach: an empty table, not a crash
            log.warning("cannot count the cash book: %s", exc)
            return 0

    # -- changes ---------------------------------------------------------------

    def entries_recorded(self, entries: Sequence[EntryView]) -> int | None:
        """Show entries just recorded here; return the row of the first one the filter lists.

        New entries at the end of the list are inserted there (the view keeps its
        place); a back-dated entry changes the balances after it, so the table is
        read again. Either way only a count and the positions are queried now.
        """
        self._reader.recorded((e.account_id, e.date, e.amount.to_minor()) for e in entries)
        old = self._count
        new = self._read_count()
        positions = sorted(p for p in (self._reader.position(self._filter, e.id, total=new) for e in entries)
                           if p is not None)
        self._pages.clear()
        if len(positions) != new - old:
            # Someone else wrote too: nothing kept is trustworthy.
            self._reader.forget()
        appended = (not self._newest_first and positions and len(positions) == new - old
                    and positions[0] >= old)
        if appended:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._count = new
            self.endInsertRows()
            if old:  # a reversal changes how the entry it corrects is shown
                self.dataChanged.emit(self.index(0, 0), self.index(old - 1, len(Column) - 1))
        else:
            self.beginResetModel()
            self._count = new
            self.endResetModel()
        if not positions:
            return None
        return self._row_of_offset(positions[0])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only by date: the book's own order, oldest or newest first."""
        if column != Column.DATE:
            return
        newest_first = order == Qt.SortOrder.DescendingOrder
        if newest_first == self._newest_first:
            return
        self.beginResetModel()
        self._newest_first = newest_first
        self.endResetModel()

    # -- rows ------------------------------------------------------------------

    def _row_of_offset(self, offset: int) -> int:
        return self._count - 1 - offset if self._newest_first else offset

    def _offset(self, row: int) -> int:
        return self._row_of_offset(row)  # newest first, the same turn both ways

    def row_of(self, entry_id: int) -> int | None:
        position = self._reader.position(self._filter, entry_id, total=self._count)
        return None if position is None or position >= self._count else self._row_of_offset(position)

    def entry(self, row: int) -> EntryRow | None:
        found = self._at(row)
        return found[0] if found else None

    def _fetch(self, number: int) -> _Page:
        page = _Page([])
        try:
            page.rows = self._reader.rows(self._filter, number * PAGE_SIZE, PAGE_SIZE, total=self._count,
                                          balances=False)
            if page.rows and not self._filter.searching:
                if self._reader.balances_are_quick(page.rows):
                    page.rows = self._reader.with_balances(page.rows)
                else:  # a large book: the rows now, their balances once they are on screen
                    page.balances_pending = True
                    self._schedule_balances()
        except UserError as exc:
            log.warning("cannot read the cash book: %s", exc)
        page.texts = [None] * len(page.rows)
        return page

    def _schedule_balances(self) -> None:
        if not self._balances_scheduled:
            self._balances_scheduled = True
            QTimer.singleShot(0, self.add_pending_balances)

    def balances_pending(self) -> bool:
        return any(page.balances_pending for page in self._pages.values())

    def add_pending_balances(self) -> None:
        """Add the balances put off when rows were read (called on the next turn of the event loop)."""
        self._balances_scheduled = False
        if self._reader.cbo.closed:  # the window closed before this turn of the event loop
            return
        for number, page in list(self._pages.items()):
            if not page.balances_pending:
                continue
            try:
                page.rows = self._reader.with_balances(page.rows)
            except UserError as exc:
                log.warning("cannot read the balances: %s", exc)
            page.balances_pending = False
            page.texts = [None] * len(page.rows)
            first = number * PAGE_SIZE
            rows = sorted((self._row_of_offset(first), self._row_of_offset(first + len(page.rows) - 1)))
            if rows[1] < self._count:
                self.dataChanged.emit(self.index(rows[0], Column.BALANCE), self.index(rows[1], Column.BALANCE),
                                      [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])

    # -- Qt's model interface --------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == Column.BALANCE:
                return self.tr("The account's balance after this line: its opening balance and every "
                               "entry of the account up to here, whatever is filtered.")
            if section == Column.DATE:
                return self.tr("Click to show the newest entries first, or the oldest.")
        return None

    def _headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Number"), self.tr("Account"), self.tr("Category"),
                self.tr("Payer or payee"), self.tr("Description"), self.tr("In"), self.tr("Out"),
                self.tr("Balance")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        found = self._at(index.row())
        if found is None:
            return None
        entry, page, position = found
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, page, position, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry.waiting_for_approval:
                return QBrush(QColor(WAITING_BACKGROUND))
            if entry.approved == "rejected":
                return QBrush(QColor(REJECTED_BACKGROUND))
            return None
        if role == Qt.ItemDataRole.FontRole:
            corrected = entry.reversed or entry.kind == "reversal"
            if column in AMOUNT_COLUMNS:
                return self._italic_amount_font if corrected else self._amount_font
            return self._italic_font if corrected else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry) or None
        return None

    # -- how a row looks -------------------------------------------------------

    def _texts(self, entry: EntryRow) -> tuple[str, ...]:
        locale = self._locale
        amount = format_money(entry.column_amount, locale)
        if entry.kind in ("transfer", "exchange"):
            category = tr_core("cashbook", ENTRY_KINDS[entry.kind])
        else:
            category = entry.category_name(locale.language)
        description = entry.description
        if entry.kind == "reversal":
            description = self.tr("Correction of %s: %s") % (entry.reverses_number, entry.reason)
        return (
            format_date(entry.date, locale, "short"),
            entry.number,
            entry.account_name,
            category,
            entry.party,
            description,
            amount if entry.in_column else "",
            "" if entry.in_column else amount,
            format_money(entry.balance, locale) if entry.balance is not None else "",
        )

    def _foreground(self, entry: EntryRow, column: Column) -> QBrush | None:
        if column in (Column.IN, Column.OUT) and entry.column_amount.amount < 0:
            return QBrush(QColor(NEGATIVE_COLOUR))
        if column == Column.BALANCE and entry.balance is not None and entry.balance.amount < 0:
            return QBrush(QColor(NEGATIVE_COLOUR))
        if entry.reversed or entry.kind == "reversal":
            return QBrush(QColor(MUTED_COLOUR))
        return None

    def _tooltip(self, entry: EntryRow) -> str:
        lines = []
        if entry.kind == "reversal":
            lines.append(self.tr("Correction: takes back %s.") % entry.reverses_number)
            lines.append(self.tr("Reason: %s") % entry.reason)
        elif entry.reversed:
            lines.append(self.tr("Reversed by %s: this entry no longer counts.") % entry.reversed_by_number)
            lines.append(self.tr("Reason: %s") % entry.reason)
        if entry.waiting_for_approval:
            lines.append(self.tr("Waits for the committee's approval (above the limit of the "
                                 "financial policy)."))
        elif entry.approved == "rejected":
            lines.append(self.tr("The committee did not approve this payment."))
        if entry.kind == "exchange" and entry.rate:
            lines.append(self.tr("Rate: %s riel for 1 dollar") % entry.rate)
        if entry.has_attachment:
            lines.append(self.tr("A photo of the paper is kept with this entry."))
        return "\n".join(lines)


def _alignment(column: Column) -> Qt.AlignmentFlag:
    if column in AMOUNT_COLUMNS:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
