"""The Contributions page (guideline chapter 3): who has paid their membership fees, who owes
and how much, and each member's statement.

Payments are the cash book's receipts of the membership-fee category linked to
the member; the treasurer records one from here with the member and the
category already chosen. The fees are added up off the GUI thread (a few
milliseconds for a CBO, seconds for a register of a hundred thousand). The
main window imports this module at startup, so it imports only Qt here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from cbodesk.domain.roles import Actor
from cbodesk.gui.forms.ui_members_contributions_page import Ui_ContributionsPage
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.tables import open_page_dialog, search_timer
from cbodesk.gui.widgets import heading
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.gui.members.contributions_model import ContributionsModel
    from cbodesk.services.members import Contribution, Contributions

SEARCH_DELAY_MS = 250


class ContributionsPage(Retranslating, Page):
    chapter = 3
    key = "contributions"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.ui = Ui_ContributionsPage()
        ui = self.ui
        ui.setupUi(self)
        heading(ui.titleLabel, 1.5)
        self.model: ContributionsModel | None = None
        self.contributions: Contributions | None = None
        self.category_id: int | None = None
        self._keys: dict[int, str] = {}  # member id -> what a search compares with
        self.loading = False  # the fees are being added up
        self._generation = 0  # only the newest reading is shown
        self.dialog: QDialog | None = None
        self._locale: LocaleSettings | None = None
        self._search_timer = search_timer(self, SEARCH_DELAY_MS, self.show_rows)
        ui.feeButton.setVisible(actor.may("members.fees"))
        ui.recordButton.setVisible(actor.may("cashbook.record"))
        ui.printButton.setVisible(actor.may("reports.view") and actor.may("members.view"))
        ui.feeButton.clicked.connect(self.change_fee)
        ui.recordButton.clicked.connect(self.record_payment)
        ui.statementButton.clicked.connect(self.statement_chosen)
        ui.printButton.clicked.connect(self.print_contributions)
        ui.showCombo.currentIndexChanged.connect(self.show_rows)
        ui.statusCombo.currentIndexChanged.connect(self.reload)
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.table.activated.connect(lambda _index: self.statement_chosen())
        self._fill_choices()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("ContributionsPage", "Contributions")

    # -- loading -----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():  # back from the cash book: fees may have been paid meanwhile
            self.reload()

    def load(self) -> None:
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.members.common import setup_list_table
        from cbodesk.gui.members.contributions_model import Column, ContributionsModel

        self._locale = locale_of(self)
        self.model = ContributionsModel(self._locale, self)
        setup_list_table(self.ui.table, self.model, stretch=Column.NAME_LATIN)
        self._size_columns()
        self.model.modelReset.connect(self._size_columns)  # a reset gives the sections the table's mode
        self.ui.table.horizontalHeader().setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        self.ui.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        if not self.actor.may("members.view"):
            for widget in (self.ui.showCombo, self.ui.statusCombo, self.ui.searchEdit, self.ui.table):
                widget.setEnabled(False)
            self.ui.feeLabel.setText(self.tr("Your role does not see the members' contributions. The "
                                             "treasurer, the secretary and the chair do."))
            self._update_buttons()
            return
        self.reload()

    def _size_columns(self) -> None:
        """Widths from the font and the words shown, never from the rows: sizing to the contents
        would format every member of a large register."""
        from cbodesk.domain import members as dm
        from cbodesk.gui.members.common import status_label
        from cbodesk.gui.members.contributions_model import Column

        assert self.model is not None
        table = self.ui.table
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        titles = self.model.headers()
        pad = metrics.horizontalAdvance("M") * 2

        def width(column: Column, *samples: str) -> int:
            return max([metrics.horizontalAdvance(s) for s in samples]
                       + [header.fontMetrics().horizontalAdvance(titles[column]) + pad // 2]) + pad

        sizes = {
            Column.NUMBER: width(Column.NUMBER, "00000"),
            Column.VILLAGE: width(Column.VILLAGE, "Koh Trong Kandal"),
            Column.STATUS: width(Column.STATUS, *(status_label(code) for code in dm.STATUSES)),
            Column.DUE: width(Column.DUE, "000,000៛"),
            Column.PAID: width(Column.PAID, "000,000៛"),
            Column.OWED: width(Column.OWED, "000,000៛", self.model.owed_text({})),
        }
        for column, size in sizes.items():
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            header.resizeSection(column, size)
        for column in (Column.NAME_KM, Column.NAME_LATIN):
            header.setSectionResizeMode(column, header.ResizeMode.Stretch)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Add up the fees and every member's payments again, off the GUI thread."""
        if self.model is None or self.cbo.closed or not self.actor.may("members.view"):
            return
        from cbodesk.domain import members as dm
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.jobs import JobControl, run_job
        from cbodesk.services import members as ms

        self._locale = locale_of(self)
        statuses = ms.CURRENT if self.ui.statusCombo.currentData() == "current" else frozenset()
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.ui.totalsLabel.setText(self.tr("Adding up…"))
        cbo, actor = self.cbo, self.actor

        def work(_job: JobControl) -> tuple[Contributions, int | None, dict[int, str]]:
            found = ms.contributions(cbo, actor, statuses=statuses)
            # What the search box compares with, made once here rather than at each key typed.
            keys = {c.member_id: dm.search_key(c.number, c.name_km, c.name_latin) for c in found.members}
            return found, ms.fee_category_id(cbo), keys

        def done(result: tuple[Contributions, int | None, dict[int, str]]) -> None:
            if generation != self._generation or self.cbo.closed:
                return
            self.contributions, self.category_id, self._keys = result
            self.loading = False
            self._show_fee()
            self.show_rows()

        def failed(exc: BaseException) -> None:
            if self.cbo.closed:  # the window closed meanwhile
                return
            if generation == self._generation:
                self.loading = False
                self.ui.totalsLabel.setText("")
            show_error(self, exc)

        run_job(self, self.tr("Adding up the membership fees…"), work, done, on_failure=failed)

    def _show_fee(self) -> None:
        from cbodesk.gui.members.common import short_date
        from cbodesk.gui.members.fee_dialog import fee_text

        locale = self._locale
        found = self.contributions
        if locale is None or found is None:
            return
        if not found.rates:
            text = self.tr("<b>No membership fee is set.</b> Nobody owes anything until the fee is set.")
        else:
            rate = found.rates[-1]
            text = self.tr("<b>Membership fee: %s</b>, since %s.") % (fee_text(rate, locale),
                                                                     short_date(rate.valid_from, locale))
            if len(found.rates) > 1:
                text += " " + self.tr("Before: %s.") % fee_text(found.rates[-2], locale)
        if found.category_id is None:
            text += "<br>" + self.tr("The cash book has no membership-fee category: payments cannot be "
                                     "counted. Add an income category \u201cMembership fees\u201d.")
        self.ui.feeLabel.setText(text)

    def _fill_choices(self) -> None:
        from cbodesk.gui.widgets import fill_combo

        fill_combo(self.ui.showCombo, [("all", self.tr("Everyone")), ("owing", self.tr("Who owes")),
                                       ("paid", self.tr("Who has paid up"))])
        fill_combo(self.ui.statusCombo, [("current", self.tr("Members (active and inactive)")),
                                         ("everyone", self.tr("Everyone, also who left or died"))])

    # -- rows ------------------------------------------------------------------------------------------

    def shown_members(self) -> list[Contribution]:
        from cbodesk.domain import members as dm

        found = self.contributions
        if found is None:
            return []
        wanted = self.ui.showCombo.currentData()
        terms = dm.search_terms(self.ui.searchEdit.text())
        shown = []
        for c in found.members:
            if wanted == "owing" and not c.owes or wanted == "paid" and c.owes:
                continue
            if terms:
                key = self._keys.get(c.member_id, "")
                if not all(t in key for t in terms):
                    continue
            shown.append(c)
        return shown

    def show_rows(self) -> None:
        if self.model is None or self._locale is None or self.contributions is None:
            return
        self._search_timer.stop()
        from cbodesk.gui.members.common import count_text

        locale = self._locale
        chosen = self.chosen_member_id()
        shown = self.shown_members()
        self.model.set_members(shown, locale)
        owing = sum(1 for c in shown if c.owes)
        text = self.tr("Members shown: %n", "", len(shown)).replace(str(len(shown)),
                                                                    count_text(len(shown), locale), 1)
        text += " · " + self.tr("%s owe") % count_text(owing, locale)
        text += " · " + self.tr("Due: %s · Paid: %s · Still owed: %s") % (
            self._total(shown, "due"), self._total(shown, "paid"), self._total(shown, "owed"))
        self.ui.totalsLabel.setText(text)
        if (chosen is None or not self.choose_member(chosen)) and self.model.rowCount():
            self.ui.table.selectRow(0)
        self._update_buttons()

    def _total(self, shown: list[Contribution], which: str) -> str:
        """The sum of a column over the members shown; of "owed", only what is owed (not paid ahead)."""
        from cbodesk.domain.formatting import format_money
        from cbodesk.domain.money import Currency, Money

        assert self._locale is not None
        totals: dict[Currency, Money] = {}
        for c in shown:
            for currency, money in getattr(c, which).items():
                if which == "owed" and money.amount < 0:
                    continue
                totals[currency] = totals.get(currency, Money.zero(currency)) + money
        return " / ".join(format_money(m, self._locale) for m in totals.values()) or "0"

    # -- the chosen member -------------------------------------------------------------------------

    def chosen_member_id(self) -> int | None:
        index = self.ui.table.currentIndex()
        if not index.isValid() or self.model is None:
            return None
        member = self.model.member(index.row())
        return member.member_id if member is not None else None

    def choose_member(self, member_id: int) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(member_id)
        if row is None:
            return False
        self.ui.table.selectRow(row)
        self.ui.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        chosen = self.chosen_member_id() is not None
        self.ui.statementButton.setEnabled(chosen)
        self.ui.recordButton.setEnabled(chosen and self.category_id is not None)

    # -- actions --------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        open_page_dialog(self, dialog, self._dialog_closed)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self.ui.table.setFocus()

    def _locale_settings(self) -> LocaleSettings:
        from cbodesk.gui.cashbook.fields import locale_of

        return self._locale or locale_of(self)

    def statement_chosen(self) -> None:
        member_id = self.chosen_member_id()
        if member_id is None:
            return
        from cbodesk.gui.members.statement_dialog import StatementDialog

        self._open(StatementDialog(self.cbo, self.actor, member_id, self._locale_settings(), self))

    def record_payment(self) -> None:
        """A receipt for the chosen member's fee: the cash book's receipt dialog, with the member and
        the membership-fee category chosen."""
        member_id = self.chosen_member_id()
        if member_id is None or not self.actor.may("cashbook.record"):
            return
        from cbodesk.gui.cashbook.entry_dialog import EntryDialog

        dialog = EntryDialog(self.cbo, self.actor, "receipt", self._locale_settings(), self)
        dialog.preset(member_id=member_id, category_id=self.category_id)
        dialog.recorded.connect(lambda _entries: self.reload())
        self._open(dialog)

    def change_fee(self) -> None:
        if not self.actor.may("members.fees"):
            return
        from cbodesk.gui.members.fee_dialog import FeeDialog

        dialog = FeeDialog(self.cbo, self.actor, self._locale_settings(), self)
        dialog.accepted.connect(self.reload)
        self._open(dialog)

    def print_contributions(self) -> None:
        from datetime import date

        from cbodesk.gui.members.common import print_report

        today = date.today()
        print_report(self, self.cbo, self.actor, "contributions", self._locale_settings(),
                     date_from=today.replace(month=1, day=1), date_to=today)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self._size_columns()
        self.reload()
