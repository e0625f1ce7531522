"""The membership fee: an amount per month, quarter or year, from a day on (until the next one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cbodesk.domain import members as dm
from cbodesk.domain.errors import Problem, UserError
from cbodesk.domain.formatting import LocaleSettings, format_money
from cbodesk.domain.money import Currency, parse_amount
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks, fit_dialog, from_qdate, setup_date_edit
from cbodesk.gui.forms.ui_members_fee_dialog import Ui_FeeDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.members.common import fee_period_label, short_date
from cbodesk.gui.widgets import choose, fill_combo
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo


def fee_text(rate: dm.FeeRate, locale: LocaleSettings) -> str:
    """"5,000៛ per year" in the person's language."""
    return f"{format_money(rate.amount, locale)} {fee_period_label(rate.period)}"


class FeeDialog(Retranslating, QDialog):
    """Set the fee from a day on (a fee from the same day is corrected); ``saved`` once saved."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.today = today or date.today()
        self.saved: dm.FeeRate | None = None
        self.rates = ms.fee_rates(cbo)
        self.ui = Ui_FeeDialog()
        ui = self.ui
        ui.setupUi(self)
        setup_date_edit(ui.fromEdit, self.today.replace(month=1, day=1) if not self.rates else self.today)
        self.marks = ProblemMarks(ui.problemsLabel, {"amount": ui.amountEdit, "period": ui.periodCombo,
                                                     "valid_from": ui.fromEdit})
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self._fill_choices()
        if self.rates:
            last = self.rates[-1]
            choose(ui.currencyCombo, last.amount.currency.code)
            choose(ui.periodCombo, last.period)
        self._show_texts()
        fit_dialog(self, [ui.amountEdit])
        ui.amountEdit.setFocus()

    def _fill_choices(self) -> None:
        fill_combo(self.ui.currencyCombo, [(Currency.KHR.code, self.tr("riel (៛)")),
                                           (Currency.USD.code, self.tr("dollars ($)"))])
        fill_combo(self.ui.periodCombo, [(code, fee_period_label(code)) for code in dm.FEE_PERIODS])

    def _show_texts(self) -> None:
        locale = self.locale_settings
        if not self.rates:
            self.ui.ratesLabel.setText(self.tr("No membership fee is set yet: nobody owes anything."))
            return
        lines = [self.tr("From %s: %s") % (short_date(r.valid_from, locale), fee_text(r, locale))
                 + (f" ({r.note})" if r.note else "") for r in self.rates]
        self.ui.ratesLabel.setText(self.tr("The fees so far (each applies until the next):") + "\n"
                                   + "\n".join("• " + line for line in lines) + "\n"
                                   + self.tr("A new fee applies from its day on; a fee from the same day "
                                             "as one above corrects it."))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._show_texts()

    def save(self) -> bool:
        ui = self.ui
        currency = Currency[ui.currencyCombo.currentData()]
        try:
            amount = parse_amount(ui.amountEdit.text(), currency)
        except UserError as exc:
            self.marks.show([Problem("amount", exc.message, exc.params)])
            return False
        try:
            self.saved = ms.set_fee_rate(self.cbo, self.actor, amount,
                                         ui.periodCombo.currentData(), from_qdate(ui.fromEdit.date()),
                                         ui.noteEdit.text())
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.accept()
        return True
