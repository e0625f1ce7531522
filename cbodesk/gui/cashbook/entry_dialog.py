"""Recording receipts and payments, one after the other, from the keyboard.

Enter saves and starts the next entry: the date, the account and the kind stay,
the rest is cleared, and a line says what was saved. Esc closes. The dialog
makes the entry's id when it opens (and again after each save), so pressing
Save twice, or saving again after a crash whose outcome was not seen, never
records the money twice: the service recognises the id.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from cbodesk.domain.cashbook import EntryDraft
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import LocaleSettings, format_money
from cbodesk.domain.money import Currency, Money
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
from cbodesk.gui.forms.ui_entry_dialog import Ui_EntryDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.members.picker import MemberPicker
from cbodesk.gui.widgets import choose, small_jpeg
from cbodesk.i18n import N_
from cbodesk.services import cashbook
from cbodesk.services.cashbook import AccountView, EntryView
from cbodesk.services.cashbook_list import parties
from cbodesk.storage.database import Cbo

PHOTO_LONGEST_SIDE = 1600  # pixels: a receipt stays readable, the file stays a few hundred KB
PHOTO_QUALITY = 80

NOT_A_PICTURE = N_("errors", "This file is not a picture CBO Desk can read. Choose a JPEG or PNG photo.")


class EntryDialog(Retranslating, QDialog):
    """A receipt or a payment; stays open for the next one after each save."""

    recorded = Signal(list)  # [EntryView] just saved

    def __init__(self, cbo: Cbo, actor: Actor, kind: str, locale: LocaleSettings,
                 parent: QWidget | None = None, *, account_id: int | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        if kind not in ("receipt", "payment"):
            raise ValueError(f"not a receipt or payment: {kind!r}")
        self.cbo = cbo
        self.actor = actor
        self.kind = kind
        self.locale_settings = locale
        self.today = today or date.today()
        self.uid = cashbook.new_uid()
        self.last_saved: EntryView | None = None
        self._attachment: bytes | None = None
        self._attachment_name = ""
        self.ui = Ui_EntryDialog()
        ui = self.ui
        ui.setupUi(self)
        self._accounts = cashbook.accounts(cbo, include_closed=False)
        wanted = "income" if kind == "receipt" else "expense"
        self._categories = [c for c in cashbook.categories(cbo) if c.kind == wanted]
        self._funds = cashbook.funds(cbo)
        setup_date_edit(ui.dateEdit, self.today, latest=self.today)
        for account in self._accounts:
            ui.accountCombo.addItem(account_label(account), account.id)
        if account_id is not None:
            choose(ui.accountCombo, account_id, else_first=False)
        # The payer or payee is picked from the member register (linking the money to the member)
        # or typed freely; names used before are offered too. A line under it says who is linked.
        self.member_label = QLabel(self)
        self.member_label.setWordWrap(True)
        # As wide as the field above (the form widens only fields that ask to grow).
        self.member_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        party_row = cast(tuple[int, QFormLayout.ItemRole], ui.fieldsLayout.getWidgetPosition(ui.partyEdit))[0]
        ui.fieldsLayout.insertRow(party_row + 1, "", self.member_label)
        self.picker = MemberPicker(ui.partyEdit, cbo, actor, locale.language, info=self.member_label,
                                   names=parties(cbo), include_gone=True)
        # The planned activity the money is for (optional): the activities of the entry date's
        # fiscal year that are not cancelled; its actual cost is the sum of the entries linked to it.
        self.activityCombo = QComboBox(self)
        self.activityCombo.setObjectName("activityCombo")
        self.activityLabel = QLabel(self)
        self.activityLabel.setBuddy(self.activityCombo)
        fund_row = cast(tuple[int, QFormLayout.ItemRole], ui.fieldsLayout.getWidgetPosition(ui.fundCombo))[0]
        ui.fieldsLayout.insertRow(fund_row + 1, self.activityLabel, self.activityCombo)
        self._activity_year: int | None = None
        ui.dateEdit.dateChanged.connect(lambda _day: self._fill_activities())
        self._fill_activities()
        self._fill_choices()
        self.marks = ProblemMarks(ui.problemsLabel, {
            "date": ui.dateEdit, "account": ui.accountCombo, "amount": ui.amountEdit,
            "category": ui.categoryCombo, "party": ui.partyEdit, "member": ui.partyEdit, "fund": ui.fundCombo,
            "activity": self.activityCombo, "attachment": ui.attachButton})
        ui.savedLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.accountCombo.currentIndexChanged.connect(self._show_currency)
        ui.amountEdit.editingFinished.connect(
            lambda: tidy_amount(ui.amountEdit, self._currency(), self.locale_settings))
        ui.attachButton.clicked.connect(self.choose_attachment)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        self._show_texts()
        self._show_currency()
        self._show_attachment()
        fit_dialog(self, [ui.amountEdit])
        ui.dateEdit.setFocus()

    # -- choices and labels -----------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        category = ui.categoryCombo.currentData()
        ui.categoryCombo.clear()
        ui.categoryCombo.addItem(self.tr("(choose)"), None)
        for c in self._categories:
            ui.categoryCombo.addItem(c.name(self.locale_settings.language), c.id)
        choose(ui.categoryCombo, category, else_first=False)
        fund = ui.fundCombo.currentData()
        ui.fundCombo.clear()
        ui.fundCombo.addItem(self.tr("(none)"), None)
        for f in self._funds:
            ui.fundCombo.addItem(f"{f.name} – {f.donor}" if f.donor else f.name, f.id)
        choose(ui.fundCombo, fund, else_first=False)

    def _fill_activities(self, *, force: bool = False) -> None:
        """The activities of the entry date's fiscal year; the chosen one stays chosen while the date
        stays in that year."""
        from cbodesk.services import plans

        day = from_qdate(self.ui.dateEdit.date())
        year = plans.fiscal_year_of(self.cbo, day)
        if year == self._activity_year and not force:
            return
        self._activity_year = year
        combo = self.activityCombo
        current = combo.currentData()
        try:
            choices = plans.activities_for_entry(self.cbo, self.actor, day)
        except UserError:  # a role that may not see plans: no activity to choose
            choices = []
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for choice in choices:
            combo.addItem(choice.label(), choice.id)
        choose(combo, current)
        combo.blockSignals(False)
        combo.setEnabled(bool(choices))
        combo.setToolTip("" if choices else self.tr("The plan of this fiscal year has no activities."))

    def _show_texts(self) -> None:
        self.activityLabel.setText(self.tr("Activit&y:"))
        if self.kind == "receipt":
            self.setWindowTitle(self.tr("New receipt"))
            self.ui.partyLabel.setText(self.tr("Received &from:"))
        else:
            self.setWindowTitle(self.tr("New payment"))
            self.ui.partyLabel.setText(self.tr("Paid &to:"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._fill_activities(force=True)
        self._show_texts()
        self._show_attachment()
        self.picker.set_language(self.locale_settings.language)

    def preset(self, *, member_id: int | None = None, category_id: int | None = None) -> None:
        """Start with a member and a category chosen (a fee payment from the contributions page)."""
        if category_id is not None:
            choose(self.ui.categoryCombo, category_id, else_first=False)
        if member_id is not None:
            self.picker.set_member_id(member_id)
        self.ui.amountEdit.setFocus()

    def account(self) -> AccountView | None:
        account_id = self.ui.accountCombo.currentData()
        return next((a for a in self._accounts if a.id == account_id), None)

    def _currency(self) -> Currency | None:
        account = self.account()
        return account.currency if account else None

    def _show_currency(self) -> None:
        currency = self._currency()
        self.ui.currencyLabel.setText(currency_text(currency) if currency else "")
        self.ui.amountEdit.setPlaceholderText(amount_placeholder(currency))
        tidy_amount(self.ui.amountEdit, currency, self.locale_settings)

    # -- saving -----------------------------------------------------------------

    def draft(self, problems: list[Problem]) -> EntryDraft:
        """What is typed, as the service takes it; problems found on the way go into *problems*."""
        ui = self.ui
        account = self.account()
        if account is not None:
            amount = read_amount(ui.amountEdit, account.currency, "amount", problems)
        else:
            amount = Money.zero(Currency.KHR)  # the service asks for the account first
        return EntryDraft(
            kind=self.kind, date=from_qdate(ui.dateEdit.date()),
            account_id=account.id if account else 0, amount=amount,
            category_id=ui.categoryCombo.currentData(), party=ui.partyEdit.text(),
            fund_id=ui.fundCombo.currentData(), description=ui.descriptionEdit.text(), uid=self.uid,
            attachment=self._attachment, attachment_type="image/jpeg", member_id=self.picker.member_id,
            activity_id=self.activityCombo.currentData())

    def save(self) -> bool:
        """Record what is typed; on success clear the form for the next entry."""
        typed: list[Problem] = []
        draft = self.draft(typed)
        try:
            saved = cashbook.record_entry(self.cbo, self.actor, draft)
        except InvalidInput as exc:
            # The service saw an amount of zero where the typing was wrong: say what is wrong.
            refused = [p for p in exc.problems if not (typed and p.field == "amount")]
            self.marks.show(typed + refused)
            return False
        except UserError as exc:
            # The uid is kept: saving again is safe even if this save reached the book.
            show_error(self, exc)
            return False
        self._saved(saved)
        return True

    def _saved(self, entry: EntryView) -> None:
        self.last_saved = entry
        self.uid = cashbook.new_uid()
        self.recorded.emit([entry])
        text = self.tr("Saved %s: %s.") % (entry.number, format_money(abs(entry.amount), self.locale_settings))
        if entry.needs_approval:
            limit = cashbook.approval_limit(self.cbo, entry.amount.currency)
            text += " " + self.tr("It waits for the committee's approval: it is above the limit of %s "
                                  "set in the financial policy.") % format_money(limit, self.locale_settings)
        ui = self.ui
        ui.savedLabel.setText(text)
        self.marks.show([], focus=False)
        ui.amountEdit.clear()
        ui.categoryCombo.setCurrentIndex(0)
        self.picker.remember(entry.party)
        self.picker.clear()
        ui.fundCombo.setCurrentIndex(0)
        self.activityCombo.setCurrentIndex(0)
        ui.descriptionEdit.clear()
        self.remove_attachment()
        ui.amountEdit.setFocus()

    # -- the photo of the paper receipt ------------------------------------------

    def choose_attachment(self) -> None:
        formats = " ".join(f"*.{bytes(f.data()).decode()}" for f in QImageReader.supportedImageFormats())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the photo of the paper"), "",
                                              self.tr("Pictures (%s)") % formats)
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> bool:
        reader = QImageReader(path)
        reader.setAutoTransform(True)  # phone photos are often stored sideways with an EXIF turn
        image = reader.read()
        if image.isNull():
            self.marks.show([Problem("attachment", NOT_A_PICTURE)])
            return False
        self._attachment = receipt_jpeg(image)
        self._attachment_name = Path(path).name
        self._show_attachment()
        return True

    def attachment(self) -> bytes | None:
        return self._attachment

    def remove_attachment(self) -> None:
        self._attachment = None
        self._attachment_name = ""
        self._show_attachment()

    def _show_attachment(self) -> None:
        if self._attachment:
            size = max(len(self._attachment) // 1024, 1)
            self.ui.attachmentInfo.setText(self.tr("%s (%s KB)") % (self._attachment_name, size))
        else:
            self.ui.attachmentInfo.setText(self.tr("None"))
        self.ui.removeAttachmentButton.setEnabled(self._attachment is not None)


def receipt_jpeg(image: QImage, longest: int = PHOTO_LONGEST_SIDE, quality: int = PHOTO_QUALITY) -> bytes:
    """The photo of a paper receipt as JPEG, no longer than *longest* pixels on its longer side."""
    return small_jpeg(image, longest, quality)
