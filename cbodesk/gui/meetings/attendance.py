"""The attendance tab of the meeting dialog: members present, absent or excused, fast for a
few hundred members (a search box, "All present", ticking with the mouse or the space bar),
the counts by sex and the quorum of a general assembly as they change, and the outside
participants counted by category."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import meetings as dmt
from cbodesk.domain.errors import Problem
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.gui.meetings.common import add_number_row, count
from cbodesk.gui.widgets import packed
from cbodesk.i18n import N_

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
NOT_A_COUNT = N_("errors", "Write a number of participants (0 or more), or leave it empty.")


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    SEX = 2
    PRESENT = 3
    EXCUSED = 4


class AttendanceModel(QAbstractTableModel):
    """The members on the list; ticking Present or Excused (neither: absent)."""

    presence_changed = Signal()

    def __init__(self, locale: LocaleSettings, parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.lines: list[dmt.AttendanceLine] = []
        self.presence: list[str] = []
        self.editable = True

    def set_lines(self, lines: Sequence[dmt.AttendanceLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.presence = [line.presence for line in lines]
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("No."), self.tr("Name"), self.tr("Sex"), self.tr("Present"), self.tr("Excused")]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        presence = self.presence[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NUMBER:
                return str(line.number)
            if column == Column.NAME:
                other = line.name_latin if self.locale.language == "km" else line.name_km
                first = line.name(self.locale.language)
                return f"{first} · {other}" if other and other != first else first
            if column == Column.SEX:
                return self.tr("F") if line.sex == "F" else self.tr("M")
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column in (Column.PRESENT, Column.EXCUSED):
            wanted = "present" if column == Column.PRESENT else "excused"
            return Qt.CheckState.Checked if presence == wanted else Qt.CheckState.Unchecked
        if role == SEARCH_ROLE:
            return f"{line.number} {line.name_km} {line.name_latin}".casefold()
        if role == Qt.ItemDataRole.UserRole:
            return line.number if column == Column.NUMBER else line.member_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (Column.PRESENT, Column.EXCUSED) and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self.editable \
                or index.column() not in (Column.PRESENT, Column.EXCUSED):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        wanted = "present" if index.column() == Column.PRESENT else "excused"
        self.mark([index.row()], wanted if checked else "absent")
        return True

    def mark(self, rows: Sequence[int], presence: str) -> None:
        changed = [r for r in rows if 0 <= r < len(self.presence) and self.presence[r] != presence]
        for r in changed:
            self.presence[r] = presence
        if changed:
            self.dataChanged.emit(self.index(min(changed), Column.PRESENT), self.index(max(changed), Column.EXCUSED),
                                  [Qt.ItemDataRole.CheckStateRole])
            self.presence_changed.emit()

    def add_lines(self, lines: Sequence[dmt.AttendanceLine]) -> int:
        """Add the members of *lines* not on the list yet (as marked there); how many were added."""
        known = {line.member_id for line in self.lines}
        added = [line for line in lines if line.member_id not in known]
        if added:
            self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines) + len(added) - 1)
            self.lines.extend(added)
            self.presence.extend(line.presence for line in added)
            self.endInsertRows()
            self.presence_changed.emit()
        return len(added)

    def drafts(self) -> tuple[dmt.AttendanceDraft, ...]:
        return tuple(dmt.AttendanceDraft(line.member_id, presence)
                     for line, presence in zip(self.lines, self.presence, strict=True))

    def counts(self) -> tuple[int, int, int, int]:
        """Women present, men present, absent, excused."""
        female = sum(1 for line, p in zip(self.lines, self.presence, strict=True) if p == "present" and line.sex == "F")
        male = sum(1 for line, p in zip(self.lines, self.presence, strict=True) if p == "present" and line.sex != "F")
        return female, male, self.presence.count("absent"), self.presence.count("excused")


class AttendanceTab(QWidget):
    """Members and guests; ``changed`` whenever a mark or a count changes."""

    changed = Signal()

    GUEST_COLUMNS = 4  # category, women, men, total

    def __init__(self, locale: LocaleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_settings = locale
        self.model = AttendanceModel(locale, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(Column.NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        members = QWidget(splitter)
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.searchEdit = QLineEdit(members)
        self.searchEdit.setObjectName("attendanceSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.allPresentButton = QPushButton(members)
        self.allPresentButton.setObjectName("allPresentButton")
        self.presentButton = QPushButton(members)
        self.absentButton = QPushButton(members)
        self.excusedButton = QPushButton(members)
        self.addMissingButton = QPushButton(members)
        self.addMissingButton.setObjectName("addMissingButton")
        tools.addWidget(self.searchEdit, 1)
        for button in (self.allPresentButton, self.presentButton, self.absentButton, self.excusedButton,
                       self.addMissingButton):
            tools.addWidget(button)
        members_layout.addLayout(tools)
        self.table = QTableView(members)
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.table.fontMetrics().height() * 2.0))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        members_layout.addWidget(self.table, 1)
        self.countsLabel = QLabel(members)
        self.countsLabel.setObjectName("countsLabel")
        self.countsLabel.setWordWrap(True)
        self.quorumLabel = QLabel(members)
        self.quorumLabel.setObjectName("quorumLabel")
        self.quorumLabel.setWordWrap(True)
        members_layout.addWidget(self.countsLabel)
        members_layout.addWidget(self.quorumLabel)
        guests = QWidget(splitter)
        guests_layout = QVBoxLayout(guests)
        guests_layout.setContentsMargins(0, 0, 0, 0)
        self.guestsLabel = QLabel(guests)
        guests_layout.addWidget(self.guestsLabel)
        row = QHBoxLayout()
        self.guestsTable = QTableWidget(0, self.GUEST_COLUMNS, guests)
        self.guestsTable.setObjectName("guestsTable")
        self.guestsTable.verticalHeader().setVisible(False)
        self.guestsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.guestsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row.addWidget(self.guestsTable, 1)
        self.addGuestsButton = QPushButton(guests)
        self.addGuestsButton.setObjectName("addGuestsButton")
        self.removeGuestsButton = QPushButton(guests)
        row.addLayout(packed(QVBoxLayout(), (self.addGuestsButton, self.removeGuestsButton)))
        guests_layout.addLayout(row)
        self.guestsTotalLabel = QLabel(guests)
        guests_layout.addWidget(self.guestsTotalLabel)
        splitter.addWidget(members)
        splitter.addWidget(guests)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter)
        self.quorum_rule: dmt.QuorumRule | None = None
        self.active_members = 0
        self.kind = "committee"
        self.editable = True
        self.searchEdit.textChanged.connect(lambda text: self.proxy.setFilterFixedString(text.casefold().strip()))
        self.allPresentButton.clicked.connect(self.all_present)
        self.presentButton.clicked.connect(lambda: self.mark_selected("present"))
        self.absentButton.clicked.connect(lambda: self.mark_selected("absent"))
        self.excusedButton.clicked.connect(lambda: self.mark_selected("excused"))
        self.addGuestsButton.clicked.connect(lambda: self.add_guests_row())
        self.removeGuestsButton.clicked.connect(self.remove_guests_row)
        self.model.presence_changed.connect(self._presence_changed)
        self.guestsTable.itemChanged.connect(self._guests_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.searchEdit.setPlaceholderText(self.tr("Find a member by name or number"))
        self.allPresentButton.setText(self.tr("All &present"))
        self.presentButton.setText(self.tr("Present"))
        self.absentButton.setText(self.tr("Absent"))
        self.excusedButton.setText(self.tr("Excused"))
        for button in (self.presentButton, self.absentButton, self.excusedButton):
            button.setToolTip(self.tr("Mark the selected members (select several with Shift or Ctrl)"))
        self.addMissingButton.setText(self.tr("Add &missing members"))
        self.addMissingButton.setToolTip(self.tr("Add the members active on the meeting's day who are not on "
                                                 "the list yet (marked absent)"))
        self.guestsLabel.setText(self.tr("Outside participants, counted by category (for example CBOs, local "
                                         "NGOs, government, the network). Leave women and men empty where "
                                         "not known."))
        self.guestsLabel.setWordWrap(True)
        self.guestsTable.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Women"), self.tr("Men"),
                                                    self.tr("Total")])
        self.addGuestsButton.setText(self.tr("Add a &category"))
        self.removeGuestsButton.setText(self.tr("Remove"))
        self.show_counts()

    # -- loading and reading ------------------------------------------------------------------

    def load(self, lines: Sequence[dmt.AttendanceLine], guests: Sequence[dmt.GuestsDraft]) -> None:
        self.model.set_lines(lines)
        self.guestsTable.blockSignals(True)
        self.guestsTable.setRowCount(0)
        for g in guests:
            self.add_guests_row(g, focus=False)
        self.guestsTable.blockSignals(False)
        self.show_counts()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.model.editable = editable
        for button in (self.allPresentButton, self.presentButton, self.absentButton, self.excusedButton,
                       self.addMissingButton, self.addGuestsButton, self.removeGuestsButton):
            button.setVisible(editable)
        self.guestsTable.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                         else QAbstractItemView.EditTrigger.NoEditTriggers)

    def set_quorum(self, kind: str, rule: dmt.QuorumRule, active_members: int) -> None:
        self.kind, self.quorum_rule, self.active_members = kind, rule, active_members
        self.show_counts()

    def guests(self, problems: list[Problem]) -> tuple[dmt.GuestsDraft, ...]:
        rows = []
        for r in range(self.guestsTable.rowCount()):
            values = [self._cell(r, c) for c in range(self.GUEST_COLUMNS)]
            numbers = []
            for c, name in ((1, "female"), (2, "male"), (3, "total")):
                text = values[c].replace(",", "").strip()
                if not text:
                    numbers.append(0)
                elif text.isdigit():
                    numbers.append(int(text))
                else:
                    numbers.append(0)
                    problems.append(Problem(f"guests.{r}.{name}", NOT_A_COUNT))
            female, male, total = numbers
            if not self._cell(r, 3).strip():
                total = female + male  # the total left empty: the women and men together
            rows.append(dmt.GuestsDraft(values[0], female, male, total))
        return tuple(rows)

    def _cell(self, row: int, column: int) -> str:
        item = self.guestsTable.item(row, column)
        return item.text() if item is not None else ""

    # -- marking --------------------------------------------------------------------------------

    def all_present(self) -> None:
        if self.editable:
            self.model.mark(range(len(self.model.lines)), "present")

    def selected_rows(self) -> list[int]:
        return sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})

    def mark_selected(self, presence: str) -> None:
        if self.editable:
            self.model.mark(self.selected_rows(), presence)

    def _presence_changed(self) -> None:
        self.show_counts()
        self.changed.emit()

    # -- guests -----------------------------------------------------------------------------------

    def add_guests_row(self, guests: dmt.GuestsDraft | None = None, *, focus: bool = True) -> None:
        values = ([guests.category, _number(guests.female), _number(guests.male), _number(guests.total)]
                  if guests is not None else ["", "", "", ""])
        add_number_row(self.guestsTable, values, focus=focus)
        if focus:
            self.changed.emit()

    def remove_guests_row(self) -> None:
        row = self.guestsTable.currentRow()
        if row >= 0 and self.editable:
            self.guestsTable.removeRow(row)
            self._guests_changed()

    def _guests_changed(self, _item: QTableWidgetItem | None = None) -> None:
        self.show_counts()
        self.changed.emit()

    # -- counts ---------------------------------------------------------------------------------

    def show_counts(self) -> None:
        locale = self.locale_settings
        female, male, absent, excused = self.model.counts()
        self.countsLabel.setText(
            self.tr("Members present: %1 women, %2 men, %3 in all · absent %4 · excused %5")
            .replace("%1", count(female, locale)).replace("%2", count(male, locale))
            .replace("%3", count(female + male, locale)).replace("%4", count(absent, locale))
            .replace("%5", count(excused, locale)))
        guests = self.guests([])
        g_female, g_male, g_total = (sum(g.female for g in guests), sum(g.male for g in guests),
                                     sum(g.total for g in guests))
        self.guestsTotalLabel.setText(
            self.tr("Outside participants: %1 women, %2 men, %3 in all · everyone there: %4")
            .replace("%1", count(g_female, locale)).replace("%2", count(g_male, locale))
            .replace("%3", count(g_total, locale)).replace("%4", count(female + male + g_total, locale)))
        if self.kind != "general_assembly" or self.quorum_rule is None:
            self.quorumLabel.setVisible(False)
            return
        result = dmt.check_quorum(self.quorum_rule, self.active_members, female + male)
        self.quorumLabel.setVisible(True)
        if result.met:
            text = self.tr("Quorum met: %1 present, %2 needed of %3 active members.")
            self.quorumLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        else:
            text = self.tr("Quorum not met: %1 present, %2 needed of %3 active members.")
            self.quorumLabel.setStyleSheet("color: #c62828; font-weight: bold;")
        self.quorumLabel.setText(text.replace("%1", count(result.present, locale))
                                 .replace("%2", count(result.required, locale))
                                 .replace("%3", count(result.active_members, locale)))


def _number(value: int) -> str:
    return str(value) if value else ""
