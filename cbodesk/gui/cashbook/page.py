"""The cash-book page (guideline chapter 4): the book as a table, its totals, and the treasurer's actions.

The page reads nothing until it is first shown, and the main window imports
this module at startup: what only a shown page needs is imported then. The
table is a window over the book (:mod:`.model`); totals are added up once the
first screen of rows is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMenu, QWidget

from cbodesk.domain.errors import UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    NEGATIVE_COLOUR,
    fill_accounts,
    from_qdate,
    locale_of,
    to_qdate,
)
from cbodesk.gui.forms.ui_cashbook_page import Ui_CashbookPage
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.tables import (
    fill_menu,
    fit_columns,
    open_page_dialog,
    search_as_typed,
    show_context_menu,
)
from cbodesk.gui.widgets import heading
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.gui.cashbook.model import EntryTableModel
    from cbodesk.services.cashbook import AccountView, EntryView
    from cbodesk.services.cashbook_list import EntryFilter, EntryRow

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 350  # after the last key typed in the search box
PERIODS = ("everything", "this_month", "last_month", "this_year", "last_year", "custom")
VOUCHER_KINDS = ("receipt", "payment")  # the entries a voucher is printed for

Totals = tuple[dict[Currency, tuple[Money, Money]], dict[Currency, Money]]


def period_dates(period: str, today: date, fiscal_start: int) -> tuple[date, date] | None:
    """The first and last day of a quick period choice; None for everything (or custom)."""
    if period in ("this_month", "last_month"):
        first = today.replace(day=1)
        if period == "last_month":
            first = (first - timedelta(days=1)).replace(day=1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    if period in ("this_year", "last_year"):
        year = today.year if today.month >= fiscal_start else today.year - 1
        if period == "last_year":
            year -= 1
        first = date(year, fiscal_start, 1)
        return first, date(year + 1, fiscal_start, 1) - timedelta(days=1)
    return None


class CashbookPage(Retranslating, Page):
    chapter = 4
    key = "cashbook"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.ui = Ui_CashbookPage()
        self.ui.setupUi(self)
        heading(self.ui.titleLabel, 1.5)
        self.model: EntryTableModel | None = None
        self.dialog: QDialog | None = None  # the entry, transfer or reverse dialog open now
        self._locale: LocaleSettings | None = None
        self._accounts: list[AccountView] = []
        self._fiscal_start = 1
        self._last_account: int | None = None  # where the treasurer last recorded money
        self._setting_dates = False
        self._totals: tuple[EntryFilter, Totals] | None = None
        self._totals_wanted = False
        self._follow_newest = True
        self._search_timer = search_as_typed(self, self.ui.searchEdit, SEARCH_DELAY_MS, self.apply_filter)
        ui = self.ui
        ui.searchNoteLabel.setVisible(False)
        ui.searchNoteLabel.setStyleSheet("color: #8a5a00;")
        may_record = actor.may("cashbook.record")
        for button in (ui.receiptButton, ui.paymentButton, ui.transferButton, ui.reverseButton):
            button.setVisible(may_record)
            button.setEnabled(may_record)
        # Shortcuts of their own: a button's shortcut is replaced by its mnemonic (Alt+R) when
        # its text is set, as retranslateUi does. They work while the page is on screen.
        for keys, slot in (("Ctrl+R", lambda: self.new_entry("receipt")),
                           ("Ctrl+P", lambda: self.new_entry("payment")),
                           ("Ctrl+T", self.new_transfer)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        ui.receiptButton.clicked.connect(lambda: self.new_entry("receipt"))
        ui.paymentButton.clicked.connect(lambda: self.new_entry("payment"))
        ui.transferButton.clicked.connect(self.new_transfer)
        ui.reverseButton.clicked.connect(self.reverse_current)
        ui.detailsButton.clicked.connect(self.show_current)
        ui.accountCombo.currentIndexChanged.connect(self.apply_filter)
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)
        ui.table.customContextMenuRequested.connect(self._show_context_menu)
        ui.table.activated.connect(lambda index: self.show_details(index.row()))
        self._more_menu = QMenu(self)
        ui.moreButton.setMenu(self._more_menu)
        self._more_menu.aboutToShow.connect(self._fill_more_menu)
        self._fill_periods()
        self._update_buttons()

    def _fill_more_menu(self) -> None:
        """The month-end and setup screens, each shown to whoever may use it."""
        from cbodesk.gui.cashbook import (
            approvals_dialog,
            budget_dialog,
            closing_wizard,
            setup_dialogs,
        )

        may = self.actor.may
        tools = [
            (self.tr("&Close a month (cash count)…"), may("cashbook.close"), closing_wizard.open_closing_wizard),
            (self.tr("&Payments waiting for approval…"), may("cashbook.approve") or may("cashbook.record"),
             approvals_dialog.open_approvals),
            (self.tr("&Budget…"), may("cashbook.budget"), budget_dialog.open_budget),
            None,
            (self.tr("&Accounts…"), may("cashbook.setup"), setup_dialogs.open_accounts),
            (self.tr("C&ategories…"), may("cashbook.setup"), setup_dialogs.open_categories),
            (self.tr("&Funds…"), may("cashbook.setup"), setup_dialogs.open_funds),
        ]
        fill_menu(self._more_menu, [
            None if tool is None else (tool[0], tool[1], partial(self._open_tool, tool[2])) for tool in tools])

    def _open_tool(self, opener: Callable[..., object]) -> None:
        opener(self, self.cbo, self.actor, locale_of(self))
        # Accounts, closings or approvals may have changed what the table shows.
        self._fill_accounts()
        if self.model is not None:
            self.model.reload()
            self._after_filter(scroll=False)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("CashbookPage", "Cash book")

    # -- loading ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():  # back from another page: others may have written meanwhile
            self._follow_locale()
            self._fill_accounts()
            self.model.reload()
            self._after_filter(scroll=False)

    def _follow_locale(self) -> None:
        """Khmer digits may have been switched in the settings (no event tells a page)."""
        locale = locale_of(self)
        if self.model is not None and locale != self._locale:
            self._locale = locale
            self.model.set_locale(locale)

    def load(self) -> None:
        """Read the accounts and the first screen of the book; called when the page first shows."""
        # Imported here: it needs Babel, which costs ~50 ms that startup need not pay.
        from cbodesk.gui.cashbook.model import EntryTableModel
        from cbodesk.services.profile import load_profile

        self._locale = locale_of(self)
        self._fiscal_start = load_profile(self.cbo).fiscal_year_start_month
        self.model = EntryTableModel(self.cbo, self._locale, self)
        self._fill_accounts()
        self._setup_table()
        self._set_period_dates()
        self.apply_filter(force=True)

    def refresh(self) -> None:
        if self.model is None:
            return
        self._follow_locale()
        self._fill_accounts()
        self.model.refresh()
        self._after_filter(scroll=False)

    def _setup_table(self) -> None:
        assert self.model is not None
        from cbodesk.gui.cashbook.model import Column

        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.setStretchLastSection(False)
        table.viewport().installEventFilter(self)  # its width changes with the scroll bar too
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        bar = table.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_newest_in_view)
        bar.valueChanged.connect(self._scrolled)
        self._size_columns()

    def _size_columns(self) -> None:
        """Rows tall enough for Khmer; room for the totals (a heading and a line per currency),
        so that the table does not jump when they arrive; then the columns."""
        table = self.ui.table
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
        lines = 1 + len({a.currency for a in self._accounts} or {Currency.KHR})
        self.ui.totalsLabel.setMinimumHeight(int(self.ui.totalsLabel.fontMetrics().lineSpacing() * lines * 1.25))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Dates, numbers and amounts get what they need; the text columns share the rest,
        the description taking what is left over. Sizes come from the font, never from the
        rows (measuring contents would read the book)."""
        from cbodesk.gui.cashbook.model import Column

        table = self.ui.table
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        pad = metrics.horizontalAdvance("M") * 3 // 2

        def width(sample: str) -> int:
            return metrics.horizontalAdvance(sample) + pad

        fixed = {Column.DATE: width("00/00/0000"), Column.NUMBER: width("R-0000-0000"),
                 Column.IN: width("-000,000,000៛"), Column.OUT: width("-000,000,000៛"),
                 Column.BALANCE: width("-000,000,000៛")}
        wanted = {Column.ACCOUNT: width("Cash – dollars"), Column.CATEGORY: width("Membership fees"),
                  Column.PARTY: width("Mekong boat repair"), Column.DESCRIPTION: width("Fuel for the patrol boat")}
        shown = [c for c in Column if not table.isColumnHidden(c)]
        room = table.viewport().width() - 2 - sum(fixed[c] for c in shown if c in fixed)
        # The description takes what is left over.
        fit_columns(header, shown, fixed, wanted, room, width("Mmm"), (Column.DESCRIPTION,))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        assert self.model is not None
        from cbodesk.gui.cashbook.model import Column

        header = self.ui.table.horizontalHeader()
        if section != Column.DATE:  # the book has one order; only its direction changes
            header.blockSignals(True)
            header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder if self.model.newest_first
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(Column.DATE, order)
        self._scroll_to_newest()

    # -- filters ----------------------------------------------------------------

    def _fill_accounts(self) -> None:
        from cbodesk.services import cashbook

        self._accounts = cashbook.accounts(self.cbo)
        fill_accounts(self.ui.accountCombo, self._accounts, first=self.tr("All accounts"))
        for i, account in enumerate(self._accounts, start=1):
            if account.closed_on is not None:
                self.ui.accountCombo.setItemText(i, self.tr("%s (closed)") % self.ui.accountCombo.itemText(i))

    def _fill_periods(self) -> None:
        labels = {
            "everything": self.tr("Everything"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_year": self.tr("This fiscal year"),
            "last_year": self.tr("Last fiscal year"),
            "custom": self.tr("Chosen dates"),
        }
        combo = self.ui.periodCombo
        current = combo.currentData() or "everything"
        combo.blockSignals(True)
        combo.clear()
        for code in PERIODS:
            combo.addItem(labels[code], code)
        combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)

    def _period_chosen(self) -> None:
        self._set_period_dates()
        self.apply_filter()

    def _set_period_dates(self) -> None:
        period = self.ui.periodCombo.currentData()
        dates = period_dates(period, date.today(), self._fiscal_start)
        self._setting_dates = True
        if dates is not None:
            self.ui.fromDate.setDate(to_qdate(dates[0]))
            self.ui.toDate.setDate(to_qdate(dates[1]))
        elif period == "everything":
            today = date.today()
            self.ui.fromDate.setDate(to_qdate(min((a.opening_date for a in self._accounts), default=today)))
            self.ui.toDate.setDate(to_qdate(today))
        self._setting_dates = False

    def _dates_edited(self) -> None:
        if self._setting_dates:
            return
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData("custom"))
        combo.blockSignals(False)
        self._search_timer.start()  # typing a date changes it digit by digit: wait for the last

    def current_filter(self) -> EntryFilter:
        from cbodesk.services.cashbook_list import EntryFilter

        ui = self.ui
        account = ui.accountCombo.currentData()
        if ui.periodCombo.currentData() == "everything":
            first = last = None
        else:
            first, last = from_qdate(ui.fromDate.date()), from_qdate(ui.toDate.date())
        return EntryFilter(account_id=account, date_from=first, date_to=last, search=ui.searchEdit.text())

    def apply_filter(self, force: bool = False) -> None:
        if self.model is None:
            return
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted == self.model.filter and not force:
            return
        self.model.set_filter(wanted)
        self._after_filter(scroll=True)

    def _after_filter(self, *, scroll: bool) -> None:
        assert self.model is not None
        from cbodesk.gui.cashbook.model import Column

        f = self.model.filter
        self.ui.table.setColumnHidden(Column.ACCOUNT, f.account_id is not None)
        self.ui.table.setColumnHidden(Column.BALANCE, f.searching)
        self._fit_columns()
        self.ui.searchNoteLabel.setVisible(f.searching)
        if scroll:
            self._scroll_to_newest()
        self._show_count()
        self._update_buttons()
        self._start_totals()

    def _scroll_to_newest(self) -> None:
        """Show the newest entries, and choose the newest one (Enter then shows it)."""
        assert self.model is not None
        table, count = self.ui.table, self.model.rowCount()
        if count:
            newest = self.model.index(0 if self.model.newest_first else count - 1, 0)
            table.selectionModel().setCurrentIndex(
                newest, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._follow_newest = True
        self._keep_newest_in_view()

    def _keep_newest_in_view(self) -> None:
        """While the newest entries are in view, keep them there when the table's size or
        length changes (the totals line filling in, a new entry, a bigger window)."""
        if not self._follow_newest or self.model is None:
            return
        bar = self.ui.table.verticalScrollBar()
        bar.setValue(bar.minimum() if self.model.newest_first else bar.maximum())

    def _scrolled(self, value: int) -> None:
        if self.model is not None:
            bar = self.ui.table.verticalScrollBar()
            self._follow_newest = value <= bar.minimum() if self.model.newest_first else value >= bar.maximum()

    def _show_count(self) -> None:
        assert self.model is not None
        from cbodesk.domain.formatting import format_number

        count = self.model.rowCount()
        text = self.tr("%n entries", "", count)
        if self._locale is not None:
            text = text.replace(str(count), format_number(count, self._locale), 1)
        self.ui.countLabel.setText(text)

    # -- totals -----------------------------------------------------------------

    def _start_totals(self) -> None:
        """Add up the period once the table is on screen (the next turn of the event loop).

        On the GUI thread: totals are quick at a CBO's size (a few ms for ten
        thousand entries) and about 0.3 s on a million. A background thread
        would need ``Cbo.reading()`` not to rebind the models for every thread.
        """
        assert self.model is not None
        if self._totals is None or self._totals[0] != self.model.filter:
            self.ui.totalsLabel.setText(self.tr("Adding up…"))
        if not self._totals_wanted:
            self._totals_wanted = True
            QTimer.singleShot(0, self._add_up)

    def _add_up(self) -> None:
        if self.model is None or self.cbo.closed:  # the window may have closed meanwhile
            return
        if self.model.balances_pending():  # the table's balances first: they are on screen
            QTimer.singleShot(0, self._add_up)
            return
        self._totals_wanted = False
        wanted = self.model.filter
        try:
            from cbodesk.services.cashbook_list import totals

            self._totals = (wanted, (totals(self.cbo, wanted), self.model.balances_at_end()))
        except UserError as exc:
            log.warning("cash-book totals failed: %s", exc)
            self._totals = None
            self.ui.totalsLabel.setText(self.tr("The totals could not be added up."))
            return
        self._show_totals()

    def totals_shown(self) -> bool:
        """Whether the totals line shows the current filter's totals (for tests and the bench)."""
        return (not self._totals_wanted and self.model is not None and self._totals is not None
                and self._totals[0] == self.model.filter)

    def _show_totals(self) -> None:
        if self._totals is None or self._locale is None:
            return
        from cbodesk.domain.formatting import format_date, format_money

        f, (moved, balances) = self._totals
        locale = self._locale
        shown = [a.currency for a in self._accounts if f.account_id in (None, a.id)]
        currencies = [c for c in Currency if c in shown or c in moved or c in balances]
        names = {Currency.KHR: self.tr("Riel"), Currency.USD: self.tr("Dollars")}
        if f.date_to is not None:
            balance_title = self.tr("Balance on %s") % format_date(f.date_to, locale, "short")
        else:
            balance_title = self.tr("Balance now")

        def cell(amount: Money, bold: bool = False) -> str:
            text = format_money(amount, locale)
            style = f' style="color:{NEGATIVE_COLOUR}"' if amount.amount < 0 else ""
            text = f"<b>{text}</b>" if bold else text
            return f'<td align="right"{style}>&nbsp;&nbsp;{text}</td>'

        head = "".join(f'<th align="right">&nbsp;&nbsp;{t}</th>'
                       for t in (self.tr("Money in"), self.tr("Money out"), balance_title))
        lines = [f"<tr><th></th>{head}</tr>"]
        for currency in currencies:
            money_in, money_out = moved.get(currency, (Money.zero(currency), Money.zero(currency)))
            balance = balances.get(currency, Money.zero(currency))
            lines.append(f"<tr><td>{names[currency]}</td>{cell(money_in)}{cell(money_out)}"
                         f"{cell(balance, bold=True)}</tr>")
        self.ui.totalsLabel.setText('<table cellspacing="0" cellpadding="1">' + "".join(lines) + "</table>")

    # -- the chosen entry ---------------------------------------------------------

    def current_entry(self) -> EntryRow | None:
        if self.model is None:
            return None
        index = self.ui.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.ui.detailsButton.setEnabled(entry is not None)
        self.ui.reverseButton.setEnabled(entry is not None and _reversible(entry)
                                         and self.actor.may("cashbook.record"))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The table's menu for the row at *index* (an invalid index: no row)."""
        menu = QMenu(self)
        entry = self.model.entry(index.row()) if self.model is not None and index.isValid() else None
        if entry is not None:
            details = menu.addAction(self.tr("&Details…"))
            details.triggered.connect(lambda: self.show_details(index.row()))
            if self.actor.may("cashbook.record"):
                reverse = menu.addAction(self.tr("Re&verse…"))
                reverse.setEnabled(_reversible(entry))
                reverse.triggered.connect(lambda: self.reverse_entry(entry))
                # The voucher is the treasurer's paper for the money handed over, to be signed.
                voucher = menu.addAction(self.tr("Pr&int voucher…"))
                voucher.setEnabled(entry.kind in VOUCHER_KINDS)
                voucher.triggered.connect(lambda: self.print_voucher(entry))
            menu.addSeparator()
        if self.actor.may("cashbook.record"):
            for text, slot in ((self.tr("New &receipt"), lambda: self.new_entry("receipt")),
                               (self.tr("New &payment"), lambda: self.new_entry("payment")),
                               (self.tr("&Transfer or exchange"), self.new_transfer)):
                action: QAction = menu.addAction(text)
                action.triggered.connect(slot)
        return menu

    def print_voucher(self, entry: EntryRow) -> None:
        """Make the voucher of a receipt or payment and show it, ready to print."""
        if entry.kind not in VOUCHER_KINDS:
            return
        from cbodesk.gui.reports.making import open_voucher

        open_voucher(self, self.cbo, self.actor, entry.id, self._locale or locale_of(self))

    def _show_context_menu(self, pos: QPoint) -> None:
        show_context_menu(self.ui.table, pos, self.context_menu)

    # -- dialogs ----------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        open_page_dialog(self, dialog, self._dialog_closed)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self.ui.table.setFocus()

    def _default_account(self) -> int | None:
        chosen = self.model.filter.account_id if self.model is not None else None
        return chosen if chosen is not None else self._last_account

    def new_entry(self, kind: str) -> None:
        if not self.actor.may("cashbook.record"):
            return
        from cbodesk.gui.cashbook.entry_dialog import EntryDialog

        dialog = EntryDialog(self.cbo, self.actor, kind, self._locale or locale_of(self), self,
                             account_id=self._default_account())
        dialog.recorded.connect(self.entries_recorded)
        self._open(dialog)

    def new_transfer(self) -> None:
        if not self.actor.may("cashbook.record"):
            return
        from cbodesk.gui.cashbook.transfer_dialog import TransferDialog

        dialog = TransferDialog(self.cbo, self.actor, self._locale or locale_of(self), self,
                                from_account_id=self._default_account())
        dialog.recorded.connect(self.entries_recorded)
        self._open(dialog)

    def show_details(self, row: int) -> None:
        entry = self.model.entry(row) if self.model is not None else None
        if entry is not None:
            self._open_entry(entry, reverse=False)

    def show_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._open_entry(entry, reverse=False)

    def reverse_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.reverse_entry(entry)

    def reverse_entry(self, entry: EntryRow) -> None:
        self._open_entry(entry, reverse=True)

    def _open_entry(self, entry: EntryRow, *, reverse: bool) -> None:
        from cbodesk.gui.cashbook.reverse_dialog import ReverseDialog

        dialog = ReverseDialog(self.cbo, self.actor, entry, self._locale or locale_of(self), self,
                               reverse=reverse)
        dialog.recorded.connect(self.entries_recorded)
        self._open(dialog)

    def entries_recorded(self, entries: list[EntryView]) -> None:
        """A dialog saved: show the new lines, keep the view where the person works."""
        if self.model is None or not entries:
            return
        if entries[0].kind in ("receipt", "payment"):
            self._last_account = entries[0].account_id
        row = self.model.entries_recorded(entries)
        if row is not None:
            index = self.model.index(row, 0)
            self.ui.table.setCurrentIndex(index)
            self.ui.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._show_count()
        self._update_buttons()
        self._start_totals()

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_periods()
        if self.model is None:
            return
        self._locale = locale_of(self)
        self.model.set_locale(self._locale)
        self._size_columns()
        self._fill_accounts()
        self._show_count()
        self._show_totals()


def _reversible(entry: EntryRow) -> bool:
    return entry.kind != "reversal" and not entry.reversed
