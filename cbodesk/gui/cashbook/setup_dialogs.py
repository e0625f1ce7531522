"""Setting up the cash book: the accounts, categories and funds editors.

Also the small pieces the cash book's dialogs share: a read-only table model
for a short list of records, and marking the fields a service refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from cbodesk.domain.cashbook import ACCOUNT_KINDS
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import LocaleSettings, format_date, format_money
from cbodesk.domain.money import Currency, Money, parse_amount
from cbodesk.domain.roles import Actor
from cbodesk.gui.forms.ui_accounts_dialog import Ui_AccountsDialog
from cbodesk.gui.forms.ui_categories_dialog import Ui_CategoriesDialog
from cbodesk.gui.forms.ui_funds_dialog import Ui_FundsDialog
from cbodesk.gui.i18n import Retranslating, tr_core, user_message
from cbodesk.gui.widgets import choose, fill_combo
from cbodesk.services import budget as budget_service
from cbodesk.services import cashbook
from cbodesk.storage.database import Cbo

PROBLEM_STYLE = "border: 2px solid #c62828;"
PROBLEM_COLOUR = "#c62828"
NEGATIVE_COLOUR = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root of a table: the default parent


# --- shared pieces ------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """What one table cell shows; money is right-aligned, sorted by its number and red below zero."""

    text: str
    sort: Any = None
    money: bool = False
    negative: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Record:
    id: int
    cells: tuple[Cell, ...]
    muted: bool = False  # retired or closed: shown greyed


def money_cell(amount: Money, locale: LocaleSettings, *, bold: bool = False) -> Cell:
    return Cell(format_money(amount, locale), amount.amount, money=True, negative=amount.amount < 0, bold=bold)


def date_cell(day: date | None, locale: LocaleSettings) -> Cell:
    return Cell(format_date(day, locale) if day else "", day.isoformat() if day else "")


class RecordsModel(QAbstractTableModel):
    """A read-only table of a short list of records (accounts, funds, payments waiting).

    Holds the display rows it was given; ``data()`` never reads the database.
    """

    SortRole = Qt.ItemDataRole.UserRole
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._records: list[Record] = []

    def set_records(self, headers: Sequence[str], records: Sequence[Record]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._records = list(records)
        self.endResetModel()

    def record_id(self, row: int) -> int:
        return self._records[row].id

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        if not 0 <= index.column() < len(record.cells):
            return None
        cell = record.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if cell.money else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell.negative:
                return NEGATIVE_COLOUR
            if record.muted:
                return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.SortRole:
            return cell.text if cell.sort is None else cell.sort
        if role == self.IdRole:
            return record.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


def setup_table(view: QTableView, model: QAbstractTableModel, stretch: int | None = None) -> None:
    """Columns sized to their contents, one column (or the last) taking the rest; no row numbers."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch is None)
    view.verticalHeader().setVisible(False)
    if stretch is None:
        return

    def stretch_column() -> None:
        # A section's resize mode is forgotten when the model's columns are made anew.
        if stretch < header.count():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    model.modelReset.connect(stretch_column)
    stretch_column()


def selected_id(view: QTableView, model: RecordsModel) -> int | None:
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection is not None else []
    return model.record_id(rows[0].row()) if rows else None


def select_id(view: QTableView, model: RecordsModel, record_id: int | None) -> None:
    row = model.row_of(record_id) if record_id is not None else None
    if row is not None:
        view.selectRow(row)


class ProblemMarker:
    """Marks the fields a service refused and lists the problems in a label, in red."""

    def __init__(self, label: QLabel, widgets: dict[str, QWidget]) -> None:
        self.label = label
        self.widgets = widgets
        label.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.clear()

    def clear(self) -> None:
        self.show([])

    def show(self, problems: Sequence[tuple[str, str]]) -> None:
        """*problems*: (field, message in the person's language)."""
        for widget in self.widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        for field, text in problems:
            marked = self.widgets.get(field)
            if marked is not None:
                marked.setStyleSheet(PROBLEM_STYLE)
                marked.setToolTip(text)
        self.label.setText("\n".join("• " + text for _, text in problems))
        self.label.setVisible(bool(problems))
        first = next((self.widgets[f] for f, _ in problems if f in self.widgets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, exc: UserError, field: str = "") -> None:
        """A refusal: every problem of an InvalidInput, or the one message of another UserError."""
        if isinstance(exc, InvalidInput):
            self.show(problem_texts(exc.problems))
        else:
            self.show([(field, user_message(exc))])


def problem_texts(problems: Sequence[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.text(tr_core)) for p in problems]


def read_amount(text: str, currency: Currency, field: str, found: list[tuple[str, str]],
                *, empty_is_zero: bool = False) -> Money | None:
    """The amount typed in a field, or None with the reason added to *found*."""
    if empty_is_zero and not text.strip():
        return Money.zero(currency)
    try:
        return parse_amount(text, currency)
    except UserError as exc:
        found.append((field, user_message(exc)))
        return None


# --- accounts ---------------------------------------------------------------------------


class AccountsDialog(Retranslating, QDialog):
    """The CBO's cash boxes, bank accounts and mobile-money wallets: list, add, close."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.changed = False  # whether the page behind must read its accounts again
        self._accounts: dict[int, cashbook.AccountView] = {}
        self.ui = Ui_AccountsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RecordsModel(self)
        setup_table(ui.accountsTable, self.model, stretch=0)
        self.problems = ProblemMarker(ui.problemsLabel, {"name": ui.nameEdit, "kind": ui.kindCombo,
                                                         "opening": ui.openingEdit,
                                                         "opening_date": ui.openingDateEdit})
        ui.openingDateEdit.setDisplayFormat("dd/MM/yyyy")
        ui.openingDateEdit.setMaximumDate(QDate.currentDate())
        ui.openingDateEdit.setDate(QDate.currentDate())
        may = actor.may("cashbook.setup")
        ui.addGroup.setVisible(may)
        ui.closeAccountButton.setVisible(may)
        ui.addButton.clicked.connect(self.add_account)
        ui.nameEdit.returnPressed.connect(self.add_account)
        ui.closeAccountButton.clicked.connect(self.close_account)
        ui.accountsTable.selectionModel().selectionChanged.connect(self._on_selection)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        fill_combo(self.ui.kindCombo, [(code, tr_core("cashbook", label)) for code, label in ACCOUNT_KINDS.items()])
        fill_combo(self.ui.currencyCombo, [(Currency.KHR.code, self.tr("Riel (៛)")),
                                           (Currency.USD.code, self.tr("US dollars ($)"))])

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self.reload()

    def reload(self) -> None:
        chosen = selected_id(self.ui.accountsTable, self.model)
        balances = cashbook.balances(self.cbo)
        records = []
        self._accounts = {a.id: a for a in cashbook.accounts(self.cbo)}
        for account in self._accounts.values():
            balance = balances.get(account.id, Money.zero(account.currency))
            records.append(Record(account.id, (
                Cell(account.name),
                Cell(tr_core("cashbook", ACCOUNT_KINDS.get(account.kind, account.kind))),
                Cell(account.currency.code),
                money_cell(account.opening, self.locale_settings),
                date_cell(account.opening_date, self.locale_settings),
                money_cell(balance, self.locale_settings),
                date_cell(account.closed_on, self.locale_settings),
            ), muted=account.closed_on is not None))
        self.model.set_records([self.tr("Name"), self.tr("Kind"), self.tr("Currency"),
                                self.tr("Opening balance"), self.tr("Opened on"), self.tr("Balance"),
                                self.tr("Closed on")], records)
        select_id(self.ui.accountsTable, self.model, chosen)
        self._on_selection()

    def _on_selection(self, *_args: QItemSelection) -> None:
        chosen = selected_id(self.ui.accountsTable, self.model)
        account = self._accounts.get(chosen) if chosen is not None else None
        self.ui.closeAccountButton.setEnabled(account is not None and account.closed_on is None)

    def add_account(self) -> bool:
        ui = self.ui
        currency = Currency[ui.currencyCombo.currentData()]
        found: list[tuple[str, str]] = []
        opening = read_amount(ui.openingEdit.text(), currency, "opening", found, empty_is_zero=True)
        if opening is not None and opening.amount < 0:
            found.append(("opening", tr_core("errors", "The opening balance cannot be less than zero.")))
        if not ui.nameEdit.text().strip():
            found.append(("name", tr_core("errors", "Give the account a name, for example \"Cash – riel\".")))
        if found:
            self.problems.show(found)
            return False
        try:
            added = cashbook.add_account(self.cbo, self.actor, ui.nameEdit.text(), ui.kindCombo.currentData(),
                                         currency, opening,
                                         cast(date, ui.openingDateEdit.date().toPython()))
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.problems.clear()
        ui.nameEdit.clear()
        ui.openingEdit.clear()
        self.reload()
        select_id(ui.accountsTable, self.model, added.id)
        return True

    def close_account(self) -> bool:
        chosen = selected_id(self.ui.accountsTable, self.model)
        account = self._accounts.get(chosen) if chosen is not None else None
        if account is None:
            return False
        answer = QMessageBox.question(
            self, self.tr("Close the account"),
            self.tr("Close “%s” for good? It stays in the reports, but no money can be recorded in it "
                    "any more.") % account.name)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            cashbook.close_account(self.cbo, self.actor, account.id, date.today())
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.problems.clear()
        self.reload()
        return True


# --- categories -----------------------------------------------------------------------------


class CategoriesDialog(Retranslating, QDialog):
    """Income and expense categories: add, rename in English and Khmer, retire and restore."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.changed = False
        self.ui = Ui_CategoriesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.models = {"income": RecordsModel(self), "expense": RecordsModel(self)}
        self.views = {"income": ui.incomeTable, "expense": ui.expenseTable}
        self._categories: dict[int, cashbook.CategoryView] = {}
        self._selected: int | None = None
        for kind, view in self.views.items():
            setup_table(view, self.models[kind], stretch=0)
            view.selectionModel().selectionChanged.connect(
                lambda *_args, kind=kind: self._on_selection(kind))
        self.problems = ProblemMarker(ui.problemsLabel, {"name_en": ui.nameEnEdit, "name_km": ui.nameKmEdit,
                                                         "kind": ui.kindCombo})
        ui.editGroup.setVisible(actor.may("cashbook.setup"))
        ui.addButton.clicked.connect(self.add_category)
        ui.renameButton.clicked.connect(self.rename_category)
        ui.retireButton.clicked.connect(self.toggle_retired)
        ui.showRetiredCheck.toggled.connect(self.reload)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        fill_combo(self.ui.kindCombo, [("income", self.tr("Income")), ("expense", self.tr("Expense"))])

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self.reload()

    def reload(self) -> None:
        everything = cashbook.categories(self.cbo, include_retired=True)
        self._categories = {c.id: c for c in everything}
        shown = [c for c in everything if self.ui.showRetiredCheck.isChecked() or not c.retired]
        headers = [self.tr("English"), self.tr("Khmer"), self.tr("Status")]
        for kind, model in self.models.items():
            model.set_records(headers, [
                Record(c.id, (Cell(c.name_en), Cell(c.name_km), Cell(self.tr("Retired") if c.retired else "")),
                       muted=c.retired)
                for c in shown if c.kind == kind])
        if self._selected is not None:
            category = self._categories.get(self._selected)
            if category is not None:
                select_id(self.views[category.kind], self.models[category.kind], category.id)
        self._show_selected()

    def _on_selection(self, kind: str) -> None:
        chosen = selected_id(self.views[kind], self.models[kind])
        if chosen is None:
            current = self._categories.get(self._selected) if self._selected is not None else None
            if current is not None and current.kind == kind:  # deselected here, not moved to the other list
                self._selected = None
                self._show_selected()
            return
        other = "expense" if kind == "income" else "income"
        self.views[other].clearSelection()
        self._selected = chosen
        category = self._categories[chosen]
        self.ui.nameEnEdit.setText(category.name_en)
        self.ui.nameKmEdit.setText(category.name_km)
        choose(self.ui.kindCombo, category.kind)
        self._show_selected()

    def _show_selected(self) -> None:
        category = self._categories.get(self._selected) if self._selected is not None else None
        self.ui.renameButton.setEnabled(category is not None)
        self.ui.retireButton.setEnabled(category is not None)
        retired = category is not None and category.retired
        self.ui.retireButton.setText(self.tr("R&estore") if retired else self.tr("R&etire"))

    def add_category(self) -> bool:
        ui = self.ui
        try:
            added = cashbook.add_category(self.cbo, self.actor, ui.kindCombo.currentData(), ui.nameEnEdit.text(),
                                          ui.nameKmEdit.text())
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self._done(added.id)
        return True

    def rename_category(self) -> bool:
        if self._selected is None:
            return False
        try:
            cashbook.rename_category(self.cbo, self.actor, self._selected, self.ui.nameEnEdit.text(),
                                     self.ui.nameKmEdit.text())
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self._done(self._selected)
        return True

    def toggle_retired(self) -> bool:
        category = self._categories.get(self._selected) if self._selected is not None else None
        if category is None:
            return False
        try:
            cashbook.retire_category(self.cbo, self.actor, category.id, not category.retired)
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self._done(category.id)
        return True

    def _done(self, category_id: int) -> None:
        self.changed = True
        self.problems.clear()
        self._selected = category_id
        self.reload()


# --- funds ------------------------------------------------------------------------------------


class FundsDialog(Retranslating, QDialog):
    """Funds (a donor's grant and the like): add, retire and restore."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.changed = False
        self.ui = Ui_FundsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RecordsModel(self)
        self._funds: dict[int, cashbook.FundView] = {}
        setup_table(ui.fundsTable, self.model, stretch=0)
        self.problems = ProblemMarker(ui.problemsLabel, {"name": ui.nameEdit, "fund": ui.fundsTable})
        may = actor.may("cashbook.setup")
        ui.addGroup.setVisible(may)
        ui.retireButton.setVisible(may)
        ui.addButton.clicked.connect(self.add_fund)
        ui.nameEdit.returnPressed.connect(self.add_fund)
        ui.retireButton.clicked.connect(self.toggle_retired)
        ui.showRetiredCheck.toggled.connect(self.reload)
        ui.fundsTable.selectionModel().selectionChanged.connect(self._show_selected)
        self.reload()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.reload()

    def reload(self) -> None:
        chosen = selected_id(self.ui.fundsTable, self.model)
        everything = cashbook.funds(self.cbo, include_retired=True)
        self._funds = {f.id: f for f in everything}
        shown = [f for f in everything if self.ui.showRetiredCheck.isChecked() or not f.retired]
        self.model.set_records([self.tr("Name"), self.tr("Donor"), self.tr("Status")], [
            Record(f.id, (Cell(f.name), Cell(f.donor), Cell(self.tr("Retired") if f.retired else "")),
                   muted=f.retired)
            for f in shown])
        select_id(self.ui.fundsTable, self.model, chosen)
        self._show_selected()

    def _selected(self) -> cashbook.FundView | None:
        chosen = selected_id(self.ui.fundsTable, self.model)
        return self._funds.get(chosen) if chosen is not None else None

    def _show_selected(self, *_args: QItemSelection) -> None:
        fund = self._selected()
        self.ui.retireButton.setEnabled(fund is not None)
        self.ui.retireButton.setText(self.tr("R&estore") if fund and fund.retired else self.tr("R&etire"))

    def add_fund(self) -> bool:
        try:
            added = cashbook.add_fund(self.cbo, self.actor, self.ui.nameEdit.text(), self.ui.donorEdit.text())
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.problems.clear()
        self.ui.nameEdit.clear()
        self.ui.donorEdit.clear()
        self.reload()
        select_id(self.ui.fundsTable, self.model, added.id)
        return True

    def toggle_retired(self) -> bool:
        fund = self._selected()
        if fund is None:
            return False
        try:
            budget_service.retire_fund(self.cbo, self.actor, fund.id, not fund.retired)
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.problems.clear()
        self.reload()
        return True


# --- opening them from the page -------------------------------------------------------------


def run_editor(dialog: QDialog) -> bool:
    """Show an editor; True if it changed something. It is deleted afterwards, so it is not
    left behind as a child of the page, reading a CBO that may close."""
    try:
        dialog.exec()
        return bool(getattr(dialog, "changed", False))
    finally:
        dialog.deleteLater()


def open_accounts(parent: QWidget | None, cbo: Cbo, actor: Actor, locale: LocaleSettings) -> bool:
    """Show the accounts editor; True if an account was added or closed."""
    return run_editor(AccountsDialog(cbo, actor, locale, parent))


def open_categories(parent: QWidget | None, cbo: Cbo, actor: Actor, locale: LocaleSettings) -> bool:
    """Show the categories editor; True if a category was added, renamed, retired or restored."""
    return run_editor(CategoriesDialog(cbo, actor, locale, parent))


def open_funds(parent: QWidget | None, cbo: Cbo, actor: Actor, locale: LocaleSettings) -> bool:
    """Show the funds editor; True if a fund was added, retired or restored."""
    return run_editor(FundsDialog(cbo, actor, locale, parent))
