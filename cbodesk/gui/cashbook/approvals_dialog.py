"""The committee's queue of payments above the financial policy's limit, and the limits themselves."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QDialog, QWidget

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_money
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.setup_dialogs import (
    Cell,
    ProblemMarker,
    Record,
    RecordsModel,
    date_cell,
    money_cell,
    problem_texts,
    read_amount,
    run_editor,
    select_id,
    selected_id,
    setup_table,
)
from cbodesk.gui.forms.ui_approvals_dialog import Ui_ApprovalsDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.services import approvals
from cbodesk.storage.database import Cbo


class ApprovalsDialog(Retranslating, QDialog):
    """Payments waiting for a decision: approve or reject each, with a note; limits for who may set them."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.changed = False  # a decision was made or the limits changed
        self.ui = Ui_ApprovalsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.pending_model = RecordsModel(self)
        self.rejected_model = RecordsModel(self)
        setup_table(ui.pendingTable, self.pending_model, stretch=6)
        setup_table(ui.rejectedTable, self.rejected_model, stretch=5)
        self._pending: dict[int, approvals.PaymentView] = {}
        self.problems = ProblemMarker(ui.problemsLabel, {
            "note": ui.noteEdit, "limit_KHR": ui.khrLimitEdit, "limit_USD": ui.usdLimitEdit})
        may_decide = actor.may("cashbook.approve")
        for widget in (ui.noteLabel, ui.noteEdit, ui.approveButton, ui.rejectButton):
            widget.setVisible(may_decide)
        may_set = actor.may("cashbook.policy")
        ui.khrLimitEdit.setReadOnly(not may_set)
        ui.usdLimitEdit.setReadOnly(not may_set)
        ui.saveLimitsButton.setVisible(may_set)
        ui.approveButton.clicked.connect(self.approve)
        ui.rejectButton.clicked.connect(self.reject_payment)
        ui.saveLimitsButton.clicked.connect(self.save_limits)
        ui.pendingTable.selectionModel().selectionChanged.connect(self._on_selection)
        self.reload()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.reload()

    # -- reading ------------------------------------------------------------------

    def reload(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.pendingTable, self.pending_model)
        locale = self.locale_settings
        pending = approvals.pending_payments(self.cbo)
        self._pending = {p.id: p for p in pending}
        self.pending_model.set_records(
            [self.tr("Date"), self.tr("Number"), self.tr("Payee"), self.tr("Amount"), self.tr("Account"),
             self.tr("Entered by"), self.tr("Description")],
            [Record(p.id, (date_cell(p.date, locale), Cell(p.number), Cell(p.party), money_cell(p.amount, locale),
                           Cell(p.account_name), Cell(p.entered_by), Cell(p.description)))
             for p in pending])
        rejected = approvals.rejected_unreversed(self.cbo)
        self.rejected_model.set_records(
            [self.tr("Date"), self.tr("Number"), self.tr("Payee"), self.tr("Amount"), self.tr("Rejected by"),
             self.tr("Why")],
            [Record(r.payment.id, (date_cell(r.payment.date, locale), Cell(r.payment.number),
                                   Cell(r.payment.party), money_cell(r.payment.amount, locale),
                                   Cell(r.decision.decided_by), Cell(r.decision.note)))
             for r in rejected])
        ui.rejectedGroup.setVisible(bool(rejected))
        limits = approvals.approval_limits(self.cbo)
        ui.khrLimitEdit.setText(format_money(limits[Currency.KHR], locale, with_symbol=False))
        ui.usdLimitEdit.setText(format_money(limits[Currency.USD], locale, with_symbol=False))
        select_id(ui.pendingTable, self.pending_model, chosen)
        if selected_id(ui.pendingTable, self.pending_model) is None and pending:
            ui.pendingTable.selectRow(0)
        self._on_selection()

    def selected_payment(self) -> approvals.PaymentView | None:
        chosen = selected_id(self.ui.pendingTable, self.pending_model)
        return self._pending.get(chosen) if chosen is not None else None

    def _on_selection(self, *_args: QItemSelection) -> None:
        payment = self.selected_payment()
        conflicts = approvals.conflicts(self.actor, payment) if payment is not None else []
        enabled = payment is not None and not conflicts
        self.ui.approveButton.setEnabled(enabled)
        self.ui.rejectButton.setEnabled(enabled)
        # Say why the buttons are off, rather than leaving the person guessing.
        self.problems.show(problem_texts(conflicts))

    # -- deciding -------------------------------------------------------------------

    def approve(self) -> bool:
        return self._decide("approved")

    def reject_payment(self) -> bool:
        return self._decide("rejected")

    def _decide(self, decision: str) -> bool:
        payment = self.selected_payment()
        if payment is None:
            self.problems.show([("", self.tr("Choose a payment in the list first."))])
            return False
        try:
            approvals.decide(self.cbo, self.actor, payment.id, decision, self.ui.noteEdit.text())
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.ui.noteEdit.clear()
        self.reload()
        return True

    def save_limits(self) -> bool:
        ui = self.ui
        found: list[tuple[str, str]] = []
        khr = read_amount(ui.khrLimitEdit.text(), Currency.KHR, "limit_KHR", found)
        usd = read_amount(ui.usdLimitEdit.text(), Currency.USD, "limit_USD", found)
        if found or khr is None or usd is None:
            self.problems.show(found)
            return False
        limits: dict[Currency, Money] = {Currency.KHR: khr, Currency.USD: usd}
        try:
            approvals.set_policy(self.cbo, self.actor, limits)
        except UserError as exc:
            self.problems.show_error(exc)
            return False
        self.changed = True
        self.problems.clear()
        self.reload()
        return True


def open_approvals(parent: QWidget | None, cbo: Cbo, actor: Actor, locale: LocaleSettings) -> bool:
    """Show the approval queue; True if a decision was made or the limits changed."""
    return run_editor(ApprovalsDialog(cbo, actor, locale, parent))
