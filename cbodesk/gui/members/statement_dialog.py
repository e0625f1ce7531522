"""A member's statement: every cash-book entry linked to them in a period, and their fees.

Read from :func:`cbodesk.services.members.member_statement`; riel and dollars
stay apart. Print makes the same statement as a report.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings, format_money
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import NEGATIVE_COLOUR, from_qdate, setup_date_edit
from cbodesk.gui.cashbook.setup_dialogs import Cell, Record, RecordsModel, money_cell, setup_table
from cbodesk.gui.errors import show_error
from cbodesk.gui.forms.ui_members_statement_dialog import Ui_StatementDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.members.common import names, number_text, print_report, short_date, status_label
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo


class StatementDialog(Retranslating, QDialog):
    def __init__(self, cbo: Cbo, actor: Actor, member_id: int, locale: LocaleSettings,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.member_id, self.locale_settings = cbo, actor, member_id, locale
        self.today = today or date.today()
        self.statement: ms.MemberStatement | None = None
        self.ui = Ui_StatementDialog()
        ui = self.ui
        ui.setupUi(self)
        self.model = RecordsModel(self)
        setup_table(ui.table, self.model, stretch=4)
        setup_date_edit(ui.toEdit, self.today, latest=self.today)
        first = ms.member_statement(cbo, actor, member_id, date_to=self.today)
        setup_date_edit(ui.fromEdit, first.joined_on, latest=self.today)
        ui.fromEdit.dateChanged.connect(self.reload)
        ui.toEdit.dateChanged.connect(self.reload)
        ui.printButton.clicked.connect(self.print_statement)
        self.reload()
        self.resize(900, 560)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show()

    def period(self) -> tuple[date, date]:
        return from_qdate(self.ui.fromEdit.date()), from_qdate(self.ui.toEdit.date())

    def reload(self) -> None:
        first, last = self.period()
        try:
            self.statement = ms.member_statement(self.cbo, self.actor, self.member_id, date_from=first,
                                                 date_to=last)
        except UserError as exc:
            show_error(self, exc)
            return
        self._show()

    def _show(self) -> None:
        statement, locale = self.statement, self.locale_settings
        if statement is None:
            return
        member = statement.member
        self.setWindowTitle(self.tr("Statement of member %s") % number_text(member.number, locale))
        self.ui.headerLabel.setText(self.tr("<b>Member %s: %s</b><br>%s · joined on %s · %s") % (
            number_text(member.number, locale), names(locale.language, member.name_km, member.name_latin),
            member.village_km if locale.language == "km" and member.village_km else member.village_en,
            short_date(statement.joined_on, locale), status_label(statement.status)))
        kinds = {"receipt": self.tr("Received"), "payment": self.tr("Paid out"),
                 "reversal": self.tr("Correction")}
        records = []
        for line in statement.lines:
            description = line.description
            if line.kind == "reversal" and line.reason:
                description = self.tr("Correction: %s") % line.reason
            records.append(Record(line.entry_id, (
                Cell(short_date(line.date, locale), line.date.isoformat()), Cell(line.number),
                Cell(kinds.get(line.kind, line.kind)),
                Cell(line.category(locale.language) + (" ✓" if line.is_fee else "")),
                Cell(description), Cell(line.account_name), money_cell(line.amount, locale)),
                muted=line.kind == "reversal"))
        self.model.set_records([self.tr("Date"), self.tr("Number"), self.tr("Kind"), self.tr("Category"),
                                self.tr("Description"), self.tr("Account"), self.tr("Amount")], records)
        self.ui.totalsLabel.setText(self._totals_html(statement))

    def _totals_html(self, statement: ms.MemberStatement) -> str:
        locale = self.locale_settings

        def cells(amounts: dict[Currency, Money], red_above_zero: bool = False) -> str:
            if not amounts:
                return f'<td align="right">{format_money(Money.zero(Currency.KHR), locale)}</td>'
            parts = []
            for money in amounts.values():
                style = f' style="color:{NEGATIVE_COLOUR}"' if red_above_zero and money.amount > 0 else ""
                parts.append(format_money(money, locale) if not style else
                             f"<span{style}>{format_money(money, locale)}</span>")
            return f'<td align="right">{" / ".join(parts)}</td>'

        rows = [
            (self.tr("Received from the member in the period"), cells(statement.received)),
            (self.tr("Paid to the member in the period"), cells(statement.paid_out)),
            (self.tr("Membership fees due up to %s") % short_date(statement.date_to, locale),
             cells(statement.fees_due)),
            (self.tr("Membership fees paid"), cells(statement.fees_paid)),
            (self.tr("<b>Still owed</b>"), cells(statement.fees_owed, red_above_zero=True)),
        ]
        body = "".join(f"<tr><td>{label}&nbsp;&nbsp;</td>{value}</tr>" for label, value in rows)
        note = self.tr("Entries marked ✓ are membership fees.")
        return f'<table cellspacing="0" cellpadding="1">{body}</table><p>{note}</p>'

    def print_statement(self) -> None:
        first, last = self.period()
        print_report(self, self.cbo, self.actor, "member_statement", self.locale_settings, date_from=first,
                     date_to=last, member_id=self.member_id)


def open_statement(parent: QWidget, cbo: Cbo, actor: Actor, member_id: int, locale: LocaleSettings) -> None:
    dialog = StatementDialog(cbo, actor, member_id, locale, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()

