"""Who has paid their membership fees and who owes, as a table.

Holds the members' :class:`~cbodesk.services.members.Contribution` records the
page read once (the service adds them up in SQL) and formats a row only when
the view shows it, so a register of tens of thousands of members costs no
more than the rows on screen. Sorting is in memory, on numbers for money.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cbodesk.domain.formatting import LocaleSettings, format_money
from cbodesk.domain.money import Currency, Money
from cbodesk.gui.cashbook.fields import NEGATIVE_COLOUR
from cbodesk.gui.members.common import GONE_COLOUR, number_text, status_label
from cbodesk.gui.tables import ROOT, AnyIndex
from cbodesk.i18n import by_language
from cbodesk.services.members import Contribution

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # as RecordsModel.IdRole: the member's id

class Column(IntEnum):
    NUMBER = 0
    NAME_KM = 1
    NAME_LATIN = 2
    VILLAGE = 3
    STATUS = 4
    DUE = 5
    PAID = 6
    OWED = 7


MONEY_COLUMNS = frozenset({Column.DUE, Column.PAID, Column.OWED})


def _minor(amounts: dict[Currency, Money]) -> int:
    """A sort key for money: the first currency's amount (a CBO's fee is in one currency)."""
    first = next(iter(amounts.values()), None)
    return first.to_minor() if first is not None else 0


class ContributionsModel(QAbstractTableModel):
    def __init__(self, locale: LocaleSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._rows: list[Contribution] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._sort = Column.NUMBER
        self._descending = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_members(self, members: Sequence[Contribution], locale: LocaleSettings) -> None:
        self.beginResetModel()
        self._locale = locale
        self._rows = list(members)
        self._texts.clear()
        self._sort_rows()
        self.endResetModel()

    def member(self, row: int) -> Contribution | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, member_id: int) -> int | None:
        return next((row for row, c in enumerate(self._rows) if c.member_id == member_id), None)

    # -- sorting ---------------------------------------------------------------------------------

    def _key(self, column: Column) -> Callable[[Contribution], Any]:
        language = self._locale.language
        keys: dict[Column, Callable[[Contribution], Any]] = {
            Column.NUMBER: lambda c: c.number,
            Column.NAME_KM: lambda c: (c.name_km == "", c.name_km, c.number),
            Column.NAME_LATIN: lambda c: (c.name_latin == "", c.name_latin.casefold(), c.number),
            Column.VILLAGE: lambda c: ((c.village_km or c.village_en) if language == "km"
                                       else (c.village_en or c.village_km), c.number),
            Column.STATUS: lambda c: (c.status, c.number),
            Column.DUE: lambda c: (_minor(c.due), c.number),
            Column.PAID: lambda c: (_minor(c.paid), c.number),
            Column.OWED: lambda c: (_minor(c.owed), c.number),
        }
        return keys[column]

    def _sort_rows(self) -> None:
        self._rows.sort(key=self._key(self._sort), reverse=self._descending)
        self._texts.clear()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = [c.member_id for c in self._rows]
        self._sort = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._sort_rows()
        # Keep selections and the current row on their members (persistent indexes move).
        where = {c.member_id: row for row, c in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(where[before[i.row()]], i.column()) if i.isValid() else QModelIndex() for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- Qt's model interface ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Name in Khmer"), self.tr("Name in Latin letters"), self.tr("Village"),
                self.tr("Status"), self.tr("Due"), self.tr("Paid"), self.tr("Still owed")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.OWED:
            return self.tr("The fees due since the member joined (from the first fee on), less what "
                           "they paid. \u201cAhead\u201d: paid for periods still to come.")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(Column):
            return None
        member = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(index.row())
            if texts is None:
                texts = self._texts[index.row()] = self._format(member)
            return texts[column]
        if role == MEMBER_ID_ROLE:
            return member.member_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.OWED and member.owes:
                return QBrush(QColor(NEGATIVE_COLOUR))
            if member.status in ("left", "deceased"):
                return QBrush(QColor(GONE_COLOUR))
            return None
        if role == Qt.ItemDataRole.FontRole and column == Column.OWED and member.owes:
            return self._bold
        return None

    def _format(self, c: Contribution) -> tuple[str, ...]:
        locale = self._locale
        village = by_language(locale.language, c.village_km, c.village_en)
        return (number_text(c.number, locale), c.name_km, c.name_latin, village, status_label(c.status),
                self.money_text(c.due), self.money_text(c.paid), self.owed_text(c.owed))

    def money_text(self, amounts: dict[Currency, Money]) -> str:
        return " / ".join(format_money(m, self._locale) for m in amounts.values() if not m.is_zero())

    def owed_text(self, owed: dict[Currency, Money]) -> str:
        parts = []
        for money in owed.values():
            if money.amount > 0:
                parts.append(format_money(money, self._locale))
            elif money.amount < 0:
                parts.append(self.tr("%s ahead") % format_money(-money, self._locale))
        return " / ".join(parts) if parts else self.tr("paid up")


def _alignment(column: Column) -> Qt.AlignmentFlag:
    if column in MONEY_COLUMNS or column == Column.NUMBER:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
