"""Moving money between two accounts, or exchanging riel and dollars.

Between accounts of one currency the amount in is the amount out, filled in as
it is typed. Between riel and dollars the rate (riel for one dollar) suggests
the other amount, which the treasurer may correct to what was really counted;
the rate is recorded with the exchange.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cbodesk.domain.cashbook import TransferDraft
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import LocaleSettings, format_money
from cbodesk.domain.money import Currency, Money, parse_amount
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    ProblemMarks,
    account_label,
    amount_placeholder,
    currency_text,
    fit_dialog,
    from_qdate,
    read_amount,
    setup_date_edit,
    tidy_amount,
)
from cbodesk.gui.errors import show_error
from cbodesk.gui.forms.ui_transfer_dialog import Ui_TransferDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.widgets import choose
from cbodesk.i18n import N_
from cbodesk.services import cashbook
from cbodesk.services.cashbook import AccountView, EntryView
from cbodesk.storage.database import Cbo

BAD_RATE = N_("errors", "Type the rate as a number of riel for one dollar, for example 4,100.")
_KHMER_TO_ASCII = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")


def parse_rate(text: str) -> Decimal | None:
    """A rate as typed ("4,100", "4100.5", Khmer digits); None when it is not a positive number."""
    body = text.translate(_KHMER_TO_ASCII).replace(",", "").replace(" ", "").strip()
    try:
        rate = Decimal(body)
    except InvalidOperation:
        return None
    return rate if rate.is_finite() and rate > 0 else None


def exchanged(amount: Money, rate: Decimal, into: Currency) -> Money:
    """*amount* in the other currency at *rate* riel per dollar, rounded half up."""
    if amount.currency is into:
        return amount
    value = amount.amount * rate if into is Currency.KHR else amount.amount / rate
    return Money(value.quantize(into.quantum, rounding=ROUND_HALF_UP), into)


class TransferDialog(Retranslating, QDialog):
    recorded = Signal(list)  # [EntryView]: the two lines saved

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None, *,
                 from_account_id: int | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor
        self.locale_settings = locale
        self.today = today or date.today()
        self.uid = cashbook.new_uid()
        self.saved: list[EntryView] = []
        self._received_typed = False  # the person corrected the amount in: stop suggesting
        self.ui = Ui_TransferDialog()
        ui = self.ui
        ui.setupUi(self)
        self._accounts = cashbook.accounts(cbo, include_closed=False)
        setup_date_edit(ui.dateEdit, self.today, latest=self.today)
        for combo in (ui.fromCombo, ui.toCombo):
            for account in self._accounts:
                combo.addItem(account_label(account), account.id)
        if from_account_id is not None:
            choose(ui.fromCombo, from_account_id, else_first=False)
        if len(self._accounts) > 1 and ui.toCombo.currentIndex() == ui.fromCombo.currentIndex():
            ui.toCombo.setCurrentIndex(1 if ui.fromCombo.currentIndex() == 0 else 0)
        self.marks = ProblemMarks(ui.problemsLabel, {
            "date": ui.dateEdit, "from_account": ui.fromCombo, "to_account": ui.toCombo,
            "amount": ui.amountEdit, "received": ui.receivedEdit, "rate": ui.rateEdit})
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        ui.fromCombo.currentIndexChanged.connect(self._from_changed)
        ui.toCombo.currentIndexChanged.connect(self._accounts_changed)
        ui.amountEdit.textEdited.connect(self._suggest)
        ui.rateEdit.textEdited.connect(self._suggest)
        ui.receivedEdit.textEdited.connect(self._received_edited)
        ui.amountEdit.editingFinished.connect(
            lambda: tidy_amount(ui.amountEdit, self._currency(ui.fromCombo.currentData()), self.locale_settings))
        ui.receivedEdit.editingFinished.connect(
            lambda: tidy_amount(ui.receivedEdit, self._currency(ui.toCombo.currentData()), self.locale_settings))
        self._accounts_changed()
        fit_dialog(self, [ui.amountEdit, ui.receivedEdit, ui.rateEdit])
        ui.dateEdit.setFocus()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._accounts_changed()

    def _account(self, account_id: object) -> AccountView | None:
        return next((a for a in self._accounts if a.id == account_id), None)

    def _currency(self, account_id: object) -> Currency | None:
        account = self._account(account_id)
        return account.currency if account else None

    def is_exchange(self) -> bool:
        source = self._currency(self.ui.fromCombo.currentData())
        target = self._currency(self.ui.toCombo.currentData())
        return source is not None and target is not None and source is not target

    def _accounts_changed(self) -> None:
        ui = self.ui
        source = self._currency(ui.fromCombo.currentData())
        target = self._currency(ui.toCombo.currentData())
        ui.fromCurrencyLabel.setText(currency_text(source) if source else "")
        ui.toCurrencyLabel.setText(currency_text(target) if target else "")
        ui.amountEdit.setPlaceholderText(amount_placeholder(source))
        ui.receivedEdit.setPlaceholderText(amount_placeholder(target))
        exchange = self.is_exchange()
        ui.rateLabel.setVisible(exchange)
        ui.rateEdit.setVisible(exchange)
        # One currency: what leaves one account arrives in the other, nothing to type.
        ui.receivedEdit.setReadOnly(not exchange)
        if exchange:
            ui.hintLabel.setText(self.tr("The amount in is worked out from the rate; correct it if "
                                         "the money counted was different."))
            self.setWindowTitle(self.tr("Currency exchange"))
        else:
            ui.hintLabel.setText(self.tr("The same amount leaves one account and arrives in the other."))
            self.setWindowTitle(self.tr("Transfer between accounts"))
            self._received_typed = False
        self._suggest()

    def _from_changed(self) -> None:
        ui = self.ui
        if ui.fromCombo.currentIndex() == ui.toCombo.currentIndex() and ui.toCombo.count() > 1:
            # Money moves between two accounts: offer another one to receive it.
            ui.toCombo.setCurrentIndex(1 if ui.fromCombo.currentIndex() == 0 else 0)
        self._accounts_changed()

    def _received_edited(self) -> None:
        self._received_typed = bool(self.ui.receivedEdit.text().strip())

    def _suggest(self) -> None:
        """Fill the amount in from the amount out (and the rate), unless the person typed it."""
        ui = self.ui
        source = self._currency(ui.fromCombo.currentData())
        target = self._currency(ui.toCombo.currentData())
        if source is None or target is None or self._received_typed:
            return
        try:
            amount = parse_amount(ui.amountEdit.text(), source)
        except UserError:
            if not self.is_exchange():
                ui.receivedEdit.setText(ui.amountEdit.text())
            return
        if not self.is_exchange():
            ui.receivedEdit.setText(ui.amountEdit.text())
            return
        rate = parse_rate(ui.rateEdit.text())
        if rate is None:
            return
        ui.receivedEdit.setText(format_money(exchanged(amount, rate, target), self.locale_settings, with_symbol=False))

    def save(self) -> bool:
        ui = self.ui
        typed: list[Problem] = []
        source = self._account(ui.fromCombo.currentData())
        target = self._account(ui.toCombo.currentData())
        amount = (read_amount(ui.amountEdit, source.currency, "amount", typed) if source
                  else Money.zero(Currency.KHR))
        if target is not None and not self.is_exchange() and source is not None:
            received = amount  # one currency: the same money arrives
        elif target is not None:
            received = read_amount(ui.receivedEdit, target.currency, "received", typed)
        else:
            received = Money.zero(Currency.KHR)
        rate: Decimal | None = None
        if self.is_exchange():
            rate = parse_rate(ui.rateEdit.text())
            if rate is None and ui.rateEdit.text().strip():
                typed.append(Problem("rate", BAD_RATE))
        draft = TransferDraft(date=from_qdate(ui.dateEdit.date()),
                              from_account_id=source.id if source else 0,
                              to_account_id=target.id if target else 0, amount=amount, received=received,
                              rate=rate, description=ui.descriptionEdit.text(), uid=self.uid)
        try:
            self.saved = cashbook.record_transfer(self.cbo, self.actor, draft)
        except InvalidInput as exc:
            # Where the typing was wrong the service saw zero: say what is wrong instead.
            fields = {p.field for p in typed}
            if "amount" in fields and not self.is_exchange():
                fields.add("received")  # filled from the amount out, not typed
            self.marks.show(typed + [p for p in exc.problems if p.field not in fields])
            return False
        except UserError as exc:
            show_error(self, exc)  # the uid is kept: trying again cannot record it twice
            return False
        self.recorded.emit(self.saved)
        self.accept()
        return True
