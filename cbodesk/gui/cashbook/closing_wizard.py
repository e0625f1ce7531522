"""The monthly closing wizard: choose the account and month, count the cash (or read the
statement) with two signers, check the figures, close.

The count sheet has one row per note or coin of the account's currency: the
number counted and the line's amount, then the total counted against the book
balance and the difference, which needs an explanation when it is not zero.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget, QWizard

from cbodesk.domain.cashbook import DENOMINATIONS
from cbodesk.domain.catalogue import MONTHS
from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_money, format_month
from cbodesk.domain.money import Money, parse_amount
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.gui.cashbook.setup_dialogs import ProblemMarker, problem_texts
from cbodesk.gui.forms.ui_closing_wizard import Ui_ClosingWizard
from cbodesk.gui.i18n import Retranslating, tr_core, user_message
from cbodesk.gui.widgets import choose, fill_combo
from cbodesk.services import cashbook, closing
from cbodesk.storage.database import Cbo

MAX_COUNT = 99_999  # notes of one kind: more is a stuck key
DIFFERENCE_STYLE = "color: #c62828; font-weight: bold;"


class ClosingWizard(Retranslating, QWizard):
    """Closes one month of one account; :attr:`closing` holds the result once finished."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None, *,
                 account_id: int | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.today = today or date.today()
        self.closing: closing.ClosingView | None = None
        self.ui = Ui_ClosingWizard()
        self.ui.setupUi(self)
        ui = self.ui
        self._accounts = {a.id: a for a in cashbook.accounts(cbo)}
        self._due = closing.months_to_close(cbo, today=self.today)
        self._status: closing.MonthStatus | None = None
        self.spins: dict[int, QSpinBox] = {}  # denomination in minor units → its count
        self._line_totals: dict[int, QLabel] = {}
        self._sheet_currency: str = ""
        ui.yearSpin.setMaximum(self.today.year)
        ui.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        ui.countedByEdit.setText(actor.full_name)
        self.count_problems = ProblemMarker(ui.countProblemsLabel, {
            "counts": ui.countScroll, "statement": ui.statementEdit, "explanation": ui.explanationEdit,
            "counted_by": ui.countedByEdit, "checked_by": ui.checkedByEdit})
        self.confirm_problems = ProblemMarker(ui.confirmProblemsLabel, {})
        self._fill_choices()
        first_due = next((d.account_id for d in self._due if d.account_id in self._accounts), None)
        choose(ui.accountCombo, account_id or first_due or next(iter(self._accounts), None))
        ui.accountCombo.currentIndexChanged.connect(self._on_account)
        ui.monthCombo.currentIndexChanged.connect(self._show_status)
        ui.yearSpin.valueChanged.connect(self._show_status)
        ui.statementEdit.textChanged.connect(self._update_totals)
        self._on_account()

    # -- language -----------------------------------------------------------------

    def _fill_choices(self) -> None:
        fill_combo(self.ui.accountCombo, [
            (a.id, f"{a.name} ({a.currency.code})") for a in self._accounts.values()])
        fill_combo(self.ui.monthCombo, [(i + 1, tr_core("catalogue", m)) for i, m in enumerate(MONTHS)])
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sign and close the month"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._show_status()
        if self._sheet_currency:
            self._build_sheet(force=True)
        self._update_totals()

    # -- choosing the month -----------------------------------------------------------

    @property
    def account(self) -> cashbook.AccountView | None:
        return self._accounts.get(self.ui.accountCombo.currentData())

    @property
    def year_month(self) -> tuple[int, int]:
        return self.ui.yearSpin.value(), int(self.ui.monthCombo.currentData() or 1)

    def choose_month(self, year: int, month: int) -> None:
        for widget in (self.ui.yearSpin, self.ui.monthCombo):
            widget.blockSignals(True)
        self.ui.yearSpin.setValue(year)
        choose(self.ui.monthCombo, month)
        for widget in (self.ui.yearSpin, self.ui.monthCombo):
            widget.blockSignals(False)
        self._show_status()

    def _on_account(self) -> None:
        account = self.account
        due = [d for d in self._due if account is not None and d.account_id == account.id]
        if due:
            self.choose_month(due[0].year, due[0].month)
        else:
            last_month = self.today.replace(day=1) - timedelta(days=1)
            self.choose_month(last_month.year, last_month.month)

    def _show_status(self) -> None:
        ui = self.ui
        account = self.account
        if account is None:
            ui.statusLabel.setText(self.tr("Add an account first."))
            return
        year, month = self.year_month
        status = closing.month_status(self.cbo, account.id, year, month, today=self.today)
        self._status = status
        ui.bookValue.setText(format_money(status.book, self.locale_settings))
        history = closing.closings(self.cbo, account.id)
        ui.lastClosedValue.setText(format_month(history[-1].year, history[-1].month, self.locale_settings)
                                   if history else self.tr("none yet"))
        if status.closing is not None:
            done = status.closing
            text = self.tr("This month is closed: %1 counted %2 and %3 checked it.")
            text = text.replace("%1", done.counted_by).replace(
                "%2", format_money(done.counted, self.locale_settings)).replace("%3", done.checked_by)
            ui.statusLabel.setStyleSheet("")
        elif status.blockers:
            text = "\n".join(p.text(tr_core) for p in status.blockers)
            ui.statusLabel.setStyleSheet(DIFFERENCE_STYLE)
        else:
            text = self.tr("Ready: count the money on the next page.")
            ui.statusLabel.setStyleSheet("")
        ui.statusLabel.setText(text)

    # -- the count sheet -----------------------------------------------------------------

    def _build_sheet(self, force: bool = False) -> None:
        """One row per note or coin of the account's currency (kept when the currency stays)."""
        account = self.account
        assert account is not None
        if self._sheet_currency == account.currency.code and not force:
            return
        kept = {value: spin.value() for value, spin in self.spins.items()} if force else {}
        grid = self.ui.countGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.spins.clear()
        self._line_totals.clear()
        sheet = self.ui.countSheet
        for column, title in enumerate((self.tr("Note or coin"), self.tr("Number"), self.tr("Amount"))):
            header = QLabel(title, sheet)
            header.setStyleSheet("font-weight: bold;")
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        for row, value in enumerate(DENOMINATIONS[account.currency], start=1):
            note = format_money(Money.from_minor(value, account.currency), self.locale_settings)
            label = QLabel(note, sheet)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            spin = QSpinBox(sheet)
            spin.setRange(0, MAX_COUNT)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setAccessibleName(self.tr("Number of %s") % note)
            spin.setValue(kept.get(value, 0))
            spin.valueChanged.connect(self._update_totals)
            grid.addWidget(spin, row, 1)
            total = QLabel(sheet)
            total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            total.setMinimumWidth(120)
            grid.addWidget(total, row, 2)
            self.spins[value] = spin
            self._line_totals[value] = total
        grid.setColumnStretch(3, 1)
        # Extra height goes below the last row, not between the header and the notes.
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        grid.setRowStretch(len(DENOMINATIONS[account.currency]) + 1, 1)
        self._sheet_currency = account.currency.code

    def _prepare_count(self) -> None:
        account = self.account
        assert account is not None
        year, month = self.year_month
        when = format_month(year, month, self.locale_settings)
        if account.kind == "cash":
            self._build_sheet()
            self.ui.countStack.setCurrentWidget(self.ui.cashSheetPage)
            self.ui.countedTitle.setText(self.tr("Total counted:"))
            subtitle = self.tr("%1, end of %2: count every note and coin in the box, with a second person.")
        else:
            self.ui.countStack.setCurrentWidget(self.ui.statementPage)
            self.ui.countedTitle.setText(self.tr("Statement balance:"))
            subtitle = self.tr("%1, end of %2: type the balance of the statement, and have a second person "
                               "check it.")
        self.ui.countPage.setSubTitle(subtitle.replace("%1", account.name).replace("%2", when))
        self._update_totals()

    def counts(self) -> dict[int, int]:
        """What was counted: denomination (minor units) → number, for the rows filled in."""
        return {value: spin.value() for value, spin in self.spins.items() if spin.value()}

    def counted(self) -> Money | None:
        """The cash counted, or the statement balance as typed (None while it is not an amount)."""
        account = self.account
        if account is None:
            return None
        if account.kind == "cash":
            total = Money.zero(account.currency)
            for value, number in self.counts().items():
                total = total + Money.from_minor(value, account.currency) * number
            return total
        try:
            return parse_amount(self.ui.statementEdit.text(), account.currency)
        except UserError:
            return None

    def _update_totals(self) -> None:
        account, status = self.account, self._status
        if account is None or status is None:
            return
        for value, spin in self.spins.items():
            line = Money.from_minor(value, account.currency) * spin.value()
            self._line_totals[value].setText(format_money(line, self.locale_settings) if spin.value() else "")
        counted = self.counted()
        ui = self.ui
        ui.countedValue.setText(format_money(counted, self.locale_settings) if counted is not None else "—")
        ui.countBookValue.setText(format_money(status.book, self.locale_settings))
        if counted is None or counted.currency is not status.book.currency:
            ui.differenceValue.setText("—")
            ui.differenceValue.setStyleSheet("")
            return
        difference = counted - status.book
        ui.differenceValue.setText(format_money(difference, self.locale_settings))
        ui.differenceValue.setStyleSheet("" if difference.is_zero() else DIFFERENCE_STYLE)

    def _statement(self) -> tuple[Money | None, list[tuple[str, str]]]:
        account = self.account
        if account is None or account.kind == "cash":
            return None, []
        try:
            return parse_amount(self.ui.statementEdit.text(), account.currency), []
        except UserError as exc:
            return None, [("statement", user_message(exc))]

    # -- moving on -------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.monthPage:
            return self._month_ready()
        if page is self.ui.countPage:
            return self._count_ready()
        if page is self.ui.confirmPage:
            return self.close_month()
        return True

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if self.page(page_id) is self.ui.confirmPage:
            self._show_summary()

    def _month_ready(self) -> bool:
        if self.account is None:
            return False
        self._show_status()
        if not self.actor.may("cashbook.close"):
            self.ui.statusLabel.setText(user_message(NotAllowed(self.actor.full_name or self.actor.username)))
            self.ui.statusLabel.setStyleSheet(DIFFERENCE_STYLE)
            return False
        if self._status is None or self._status.blockers:
            return False
        self._prepare_count()
        return True

    def _count_ready(self) -> bool:
        account = self.account
        assert account is not None
        statement, found = self._statement()
        year, month = self.year_month
        problems = closing.check_closing(
            self.cbo, account.id, year, month, counts=self.counts() if account.kind == "cash" else None,
            statement=statement, counted_by=self.ui.countedByEdit.text(),
            checked_by=self.ui.checkedByEdit.text(), explanation=self.ui.explanationEdit.toPlainText(),
            today=self.today)
        shown = found + [p for p in problem_texts(problems) if not (found and p[0] == "statement")]
        self.count_problems.show(shown)
        return not shown

    def _show_summary(self) -> None:
        account, status = self.account, self._status
        assert account is not None and status is not None
        counted = self.counted()
        assert counted is not None
        year, month = self.year_month
        when = format_month(year, month, self.locale_settings)
        money = self.locale_settings
        rows = [
            (self.tr("Account"), account.name),
            (self.tr("Month"), when),
            (self.tr("Cash counted") if account.kind == "cash" else self.tr("Statement balance"),
             format_money(counted, money)),
            (self.tr("Book balance"), format_money(status.book, money)),
            (self.tr("Difference"), format_money(counted - status.book, money)),
            (self.tr("Explanation"), self.ui.explanationEdit.toPlainText().strip() or "—"),
            (self.tr("Counted by"), " ".join(self.ui.countedByEdit.text().split())),
            (self.tr("Checked by"), " ".join(self.ui.checkedByEdit.text().split())),
        ]
        table = "".join(f"<tr><td style='padding-right:16px'>{html.escape(k)}</td>"
                        f"<td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
        self.ui.summaryLabel.setText(f"<table>{table}</table>")
        self.ui.warningLabel.setText(
            self.tr("After closing, nothing more can be recorded in %1 for %2. Money found later is "
                    "recorded on the day it is found, with an explanation.")
            .replace("%1", when).replace("%2", account.name))
        self.confirm_problems.clear()

    def close_month(self) -> bool:
        """Close the month with what was typed; False (and the reason shown) if it was refused."""
        account = self.account
        assert account is not None
        statement, _found = self._statement()
        year, month = self.year_month
        try:
            self.closing = closing.close_month(
                self.cbo, self.actor, account.id, year, month,
                counts=self.counts() if account.kind == "cash" else None, statement=statement,
                counted_by=self.ui.countedByEdit.text(), checked_by=self.ui.checkedByEdit.text(),
                explanation=self.ui.explanationEdit.toPlainText(), today=self.today)
        except UserError as exc:
            self.confirm_problems.show_error(exc)
            return False
        return True


def open_closing_wizard(parent: QWidget | None, cbo: Cbo, actor: Actor, locale: LocaleSettings, *,
                        account_id: int | None = None) -> closing.ClosingView | None:
    """Run the closing wizard; the closing made, or None if it was cancelled."""
    wizard = ClosingWizard(cbo, actor, locale, parent, account_id=account_id)
    try:
        wizard.exec()
        return wizard.closing
    finally:
        wizard.deleteLater()  # not left behind as a child of the page, reading a CBO that may close
