"""The budget of a fiscal year: categories by currency, planned against the cash book."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_date, format_money
from cbodesk.domain.money import Currency, Money, sum_money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.setup_dialogs import (
    NEGATIVE_COLOUR,
    Index,
    ProblemMarker,
    read_amount,
    run_editor,
    setup_table,
)
from cbodesk.gui.forms.ui_budget_dialog import Ui_BudgetDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.widgets import fill_combo
from cbodesk.services import budget as budget_service
from cbodesk.services import cashbook
from cbodesk.storage.database import Cbo

_ROOT = QModelIndex()
WHOLE_CBO = -1  # the fund chooser's "all funds together"

# The three columns of each currency.
BUDGET, ACTUAL, REMAINING = range(3)


@dataclass
class BudgetLine:
    """A row of the budget sheet: a section heading, a category or a section total."""

    role: str  # heading | category | total
    kind: str  # income | expense
    label: str
    category_id: int | None = None
    values: dict[Currency, tuple[Money, Money, Money]] = field(default_factory=dict)  # budget, actual, remaining
    editable: frozenset[Currency] = frozenset()
    per_fund: frozenset[Currency] = frozenset()  # budgeted per fund: typed in each fund's view
    retired: bool = False

    def shape(self) -> tuple[str, str, int | None]:
        return self.role, self.kind, self.category_id


Saver = Callable[[int, Currency, str], bool]


class BudgetModel(QAbstractTableModel):
    """Categories down, (budget, actual, remaining) per currency across; budget cells editable.

    Editing a budget cell hands the typed text to the dialog's *saver*, which
    saves it and gives the model new values; the model never reads the database.
    """

    def __init__(self, saver: Saver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.saver = saver
        self.locale_settings = LocaleSettings()
        self.currencies: list[Currency] = []
        self.headers: list[str] = []
        self.lines: list[BudgetLine] = []

    def set_lines(self, currencies: Sequence[Currency], headers: Sequence[str], lines: Sequence[BudgetLine],
                  locale: LocaleSettings) -> None:
        self.beginResetModel()
        self.currencies, self.headers, self.lines = list(currencies), list(headers), list(lines)
        self.locale_settings = locale
        self.endResetModel()

    def same_shape(self, lines: Sequence[BudgetLine]) -> bool:
        return [line.shape() for line in lines] == [line.shape() for line in self.lines]

    def update_values(self, lines: Sequence[BudgetLine]) -> None:
        """New amounts for the same rows (after an edit): no reset, so an open editor survives."""
        self.lines = list(lines)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.columnCount() - 1))

    def _cell(self, index: Index) -> tuple[BudgetLine, Currency | None, int]:
        line = self.lines[index.row()]
        if index.column() == 0:
            return line, None, -1
        currency_index, part = divmod(index.column() - 1, 3)
        return line, self.currencies[currency_index], part

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1 + 3 * len(self.currencies)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line, currency, part = self._cell(index)
        if currency is not None and part == BUDGET and line.role == "category" and currency in line.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, currency, part = self._cell(index)
        amount = line.values[currency][part] if currency is not None and currency in line.values else None
        if role == Qt.ItemDataRole.DisplayRole:
            if currency is None:
                return line.label
            if amount is None or (amount.is_zero() and line.role == "category"):
                return ""  # a sheet full of zeros hides the figures that matter
            return format_money(amount, self.locale_settings)
        if role == Qt.ItemDataRole.EditRole:
            if amount is None or amount.is_zero():
                return ""
            return format_money(amount, self.locale_settings, with_symbol=False)
        if role == Qt.ItemDataRole.TextAlignmentRole and currency is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.role != "category":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and amount is not None and amount.amount < 0 \
                and (line.kind == "expense" or part != REMAINING):
            # Spending over the budget is a warning; income above the plan is not.
            return NEGATIVE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and part == BUDGET and currency in line.per_fund:
            return self.tr("This budget is planned per fund: choose the fund above to change it.")
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        line, currency, _part = self._cell(index)
        assert currency is not None and line.category_id is not None
        return self.saver(line.category_id, currency, str(value))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None


class BudgetDialog(Retranslating, QDialog):
    """The budget editor of a fiscal year, with what the cash book shows beside each amount."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None,
                 *, fiscal_year: int | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.changed = False
        self.ui = Ui_BudgetDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = BudgetModel(self.save_budget, self)
        setup_table(ui.budgetTable, self.model, stretch=0)
        self.problems = ProblemMarker(ui.problemsLabel, {})
        ui.yearSpin.setValue(fiscal_year or budget_service.current_fiscal_year(cbo))
        ui.hintLabel.setVisible(actor.may("cashbook.budget"))
        self._fill_funds()
        ui.yearSpin.valueChanged.connect(self.reload)
        ui.fundCombo.currentIndexChanged.connect(self.reload)
        self.reload()

    def _fill_funds(self) -> None:
        funds = cashbook.funds(self.cbo, include_retired=True)
        fill_combo(self.ui.fundCombo, [(WHOLE_CBO, self.tr("All funds together"))] + [
            (f.id, self.tr("%s (retired)") % f.name if f.retired else f.name) for f in funds])

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_funds()
        self.reload()

    @property
    def fiscal_year(self) -> int:
        return self.ui.yearSpin.value()

    @property
    def fund_id(self) -> int | None:
        chosen = self.ui.fundCombo.currentData()
        return None if chosen in (None, WHOLE_CBO) else int(chosen)

    def _headers(self, currencies: Sequence[Currency]) -> list[str]:
        headers = [self.tr("Category")]
        for currency in currencies:
            symbol = currency.symbol
            headers += [self.tr("Budget %s") % symbol, self.tr("Actual %s") % symbol,
                        self.tr("Remaining %s") % symbol]
        return headers

    def _lines(self) -> tuple[list[Currency], list[BudgetLine]]:
        year, fund_id = self.fiscal_year, self.fund_id
        rows = budget_service.budget_vs_actual(self.cbo, year, fund_id)
        by_key = {(r.category_id, r.currency): r for r in rows}
        used = {a.currency for a in cashbook.accounts(self.cbo)} | {r.currency for r in rows}
        currencies = [c for c in Currency if c in used] or list(Currency)
        # In "all funds together" a cell is the sum of every line; it can be typed only while it is one line.
        per_fund = {(line.category_id, line.amount.currency)
                    for line in budget_service.budget_lines(self.cbo, year) if line.fund_id is not None}
        may = self.actor.may("cashbook.budget")
        language = self.locale_settings.language
        lines: list[BudgetLine] = []
        for kind, heading, total in (("income", self.tr("Income"), self.tr("Total income")),
                                     ("expense", self.tr("Expenses"), self.tr("Total expenses"))):
            lines.append(BudgetLine("heading", kind, heading))
            section: list[BudgetLine] = []
            for category in cashbook.categories(self.cbo, include_retired=True):
                if category.kind != kind:
                    continue
                found = {c: by_key[(category.id, c)] for c in currencies if (category.id, c) in by_key}
                if category.retired and not found:
                    continue
                values = {}
                for currency in currencies:
                    row = found.get(currency)
                    zero = Money.zero(currency)
                    values[currency] = (row.budget, row.actual, row.remaining) if row else (zero, zero, zero)
                locked = frozenset(c for c in currencies if fund_id is None and (category.id, c) in per_fund)
                editable = frozenset(
                    c for c in currencies
                    if may and c not in locked and not (category.retired and values[c][BUDGET].is_zero()))
                label = category.name(language) + (self.tr(" (retired)") if category.retired else "")
                section.append(BudgetLine("category", kind, label, category.id, values, editable, locked,
                                          category.retired))
            lines += section
            totals = {c: (sum_money((line.values[c][BUDGET] for line in section), c),
                          sum_money((line.values[c][ACTUAL] for line in section), c),
                          sum_money((line.values[c][REMAINING] for line in section), c))
                      for c in currencies}
            lines.append(BudgetLine("total", kind, total, None, totals))
        return currencies, lines

    def reload(self) -> None:
        first, last = budget_service.fiscal_year_bounds(self.cbo, self.fiscal_year)
        self.ui.periodLabel.setText(f"{format_date(first, self.locale_settings)} – "
                                    f"{format_date(last, self.locale_settings)}")
        currencies, lines = self._lines()
        self.model.set_lines(currencies, self._headers(currencies), lines, self.locale_settings)

    def save_budget(self, category_id: int, currency: Currency, text: str) -> bool:
        """Save a typed budget amount (empty: none), then show the new figures."""
        found: list[tuple[str, str]] = []
        amount = read_amount(text, currency, "amount", found, empty_is_zero=True)
        if amount is None:
            self.problems.show(found)
            return False
        try:
            budget_service.set_budget(self.cbo, self.actor, self.fiscal_year, category_id, self.fund_id, amount)
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.problems.clear()
        currencies, lines = self._lines()
        if currencies == self.model.currencies and self.model.same_shape(lines):
            self.model.update_values(lines)
        else:
            # Resetting the model while its editor is committing would pull the row from under it.
            QTimer.singleShot(0, self.reload)
        return True


def open_budget(parent: QWidget | None, cbo: Cbo, actor: Actor, locale: LocaleSettings) -> bool:
    """Show the budget editor; True if a budget amount was changed."""
    return run_editor(BudgetDialog(cbo, actor, locale, parent))
