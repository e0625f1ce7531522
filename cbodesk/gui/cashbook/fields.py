"""What the cash book's page and dialogs share: dates, accounts, amounts typed, problems marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.money import Currency, Money, parse_amount
from cbodesk.gui.errors import show_error
from cbodesk.gui.i18n import locale_settings, tr_core

if TYPE_CHECKING:  # imported when first used, not at startup (Babel alone costs ~50 ms)
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.services.cashbook import AccountView

PROBLEM_COLOUR = "#c62828"
PROBLEM_STYLE = f"border: 2px solid {PROBLEM_COLOUR};"
NEGATIVE_COLOUR = PROBLEM_COLOUR
MUTED_COLOUR = "#6d6d6d"
WAITING_COLOUR = "#8a5a00"


def locale_of(widget: QWidget) -> LocaleSettings:
    """The language and digits of the person, from the app controller above *widget*.

    A page or dialog used on its own (a test, a benchmark) follows Qt's default locale.
    """
    node: QWidget | None = widget
    while node is not None:
        controller = getattr(node, "controller", None)
        if controller is not None and hasattr(controller, "locale"):
            return cast("LocaleSettings", controller.locale())
        node = node.parentWidget()
    khmer = QLocale().language() == QLocale.Language.Khmer
    return locale_settings("km" if khmer else "en", False)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return cast(date, value.toPython())  # typed object in PySide6's stubs


def setup_date_edit(edit: QDateEdit, day: date, *, latest: date | None = None) -> None:
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setDate(to_qdate(day))


def account_label(account: AccountView) -> str:
    return f"{account.name} ({account.currency.code})"


def fill_accounts(combo: QComboBox, accounts: Sequence[AccountView], *, first: str | None = None) -> None:
    """Accounts with their currency, keeping the chosen one; *first*: an item without an account."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first, None)
    for account in accounts:
        combo.addItem(account_label(account), account.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def currency_text(currency: Currency) -> str:
    return f"{currency.symbol} {currency.code}"


def read_amount(edit: QLineEdit, currency: Currency, field: str, problems: list[Problem]) -> Money:
    """The amount typed in *edit*; zero with the reason added to *problems* when it is not one."""
    try:
        return parse_amount(edit.text(), currency)
    except UserError as exc:
        problems.append(Problem(field, exc.message, exc.params))
        return Money.zero(currency)


def tidy_amount(edit: QLineEdit, currency: Currency | None, locale: LocaleSettings) -> None:
    """Write a typed amount back with its thousands separators (1234500 → 1,234,500)."""
    if currency is None or not edit.text().strip():
        return
    try:
        amount = parse_amount(edit.text(), currency)
    except UserError:
        return  # left as typed; saving says what is wrong
    from cbodesk.domain.formatting import format_money

    edit.setText(format_money(amount, locale, with_symbol=False))


def fit_dialog(dialog: QWidget, amount_edits: Sequence[QLineEdit] = ()) -> None:
    """Amount fields as wide as a large amount (not the whole form), the dialog as small as its
    contents allow (Khmer wraps to more lines), never narrower than a comfortable form."""
    for edit in amount_edits:
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("000,000,000,000") + 24)
    dialog.setMinimumWidth(max(dialog.fontMetrics().horizontalAdvance("M") * 42, 520))
    dialog.adjustSize()


def amount_placeholder(currency: Currency | None) -> str:
    return "12.50" if currency is Currency.USD else "12,500"


class ProblemMarks:
    """Marks every field with a problem (red border, the problem as its tooltip) and lists them
    all above the form, as the profile form does."""

    def __init__(self, label: QLabel, widgets: dict[str, QWidget]) -> None:
        self.label = label
        self.widgets = widgets
        label.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.show([])

    def show(self, problems: Sequence[Problem], *, focus: bool = True) -> None:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        texts: list[str] = []
        for problem in problems:
            text = problem.text(tr_core)
            if text in texts:
                continue
            texts.append(text)
            marked = self.widgets.get(problem.field)
            if marked is not None:
                marked.setStyleSheet(PROBLEM_STYLE)
                marked.setToolTip("\n".join(filter(None, [marked.toolTip(), text])))
        self.label.setText("\n".join("• " + t for t in texts))
        self.label.setVisible(bool(texts))
        if focus:
            first = next((self.widgets[p.field] for p in problems if p.field in self.widgets), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(first, QLineEdit):
                    first.selectAll()

    def show_refusal(self, parent: QWidget, exc: UserError) -> None:
        """A service's refusal: an InvalidInput's problems on the fields, another in a message."""
        if isinstance(exc, InvalidInput):
            self.show(exc.problems)
        else:
            show_error(parent, exc)
