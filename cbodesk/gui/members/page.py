"""The Members page (guideline chapter 3): the register as a table, its filters, and the
secretary's actions.

The main window imports this module at startup, so it imports only Qt here:
the register's model and dialogs (and with them Babel) come when the page is
first shown. The table is a window over the register (:mod:`.model`), filtered,
searched and sorted in SQL.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMenu, QWidget

from cbodesk.domain.roles import Actor
from cbodesk.gui.forms.ui_members_page import Ui_MembersPage
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
    from cbodesk.gui.members.model import MemberTableModel
    from cbodesk.services.members import MemberFilter, MemberRow, MemberView

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # after the last key typed in the search box
STATUS_CHOICES = ("current", "active", "inactive", "left", "deceased", "everyone")


class MembersPage(Retranslating, Page):
    chapter = 3
    key = "members"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.ui = Ui_MembersPage()
        self.ui.setupUi(self)
        heading(self.ui.titleLabel, 1.5)
        self.model: MemberTableModel | None = None
        self.dialog: QDialog | None = None  # the member, status or statement dialog open now
        self._locale: LocaleSettings | None = None
        self._search_timer = search_as_typed(self, self.ui.searchEdit, SEARCH_DELAY_MS, self.apply_filter)
        ui = self.ui
        may_edit = actor.may("members.edit")
        ui.newButton.setVisible(may_edit)
        ui.statusButton.setVisible(may_edit)
        ui.personalNoteLabel.setVisible(not actor.may("members.personal"))
        ui.personalNoteLabel.setStyleSheet("color: #6d6d6d;")
        for keys, slot in (("Ctrl+M", self.new_member), ("Ctrl+F", self._focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        ui.newButton.clicked.connect(self.new_member)
        ui.openButton.clicked.connect(self.open_current)
        ui.statusButton.clicked.connect(self.change_status_current)
        ui.statementButton.clicked.connect(self.statement_current)
        for combo in (ui.villageCombo, ui.statusCombo, ui.sexCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.committeeCheck.toggled.connect(self.apply_filter)
        ui.table.activated.connect(lambda index: self.open_member_at(index.row()))
        ui.table.customContextMenuRequested.connect(self._show_context_menu)
        self._more_menu = QMenu(self)
        ui.moreButton.setMenu(self._more_menu)
        self._more_menu.aboutToShow.connect(self._fill_more_menu)
        self._fill_choices()
        self._update_buttons()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("MembersPage", "Members")

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():  # back from another page: the cash book or others may have written
            self.refresh()

    def load(self) -> None:
        """Read the villages and the register's first screen; called when the page first shows."""
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.members.model import MemberTableModel

        self._locale = locale_of(self)
        self.model = MemberTableModel(self.cbo, self.actor, self._locale, self)
        self._fill_villages()
        self._setup_table()
        if not self.actor.may("members.view"):
            self._not_for_this_role()
            return
        self.apply_filter(force=True)

    def _not_for_this_role(self) -> None:
        """A viewer reads reports only: the page says so instead of showing an empty register."""
        ui = self.ui
        for widget in (ui.searchEdit, ui.villageCombo, ui.statusCombo, ui.sexCombo, ui.committeeCheck,
                       ui.table, ui.moreButton):
            widget.setEnabled(False)
        ui.personalNoteLabel.setVisible(False)
        ui.countLabel.setText(self.tr("Your role does not see the member register. The secretary, the "
                                      "treasurer and the chair do."))

    def refresh(self) -> None:
        if self.model is None or self.cbo.closed:
            return
        self._follow_locale()
        self._fill_villages()
        chosen = self.current_member()
        self.model.refresh()
        self._after_filter()
        if chosen is not None:
            self.select_member(chosen.id)

    def _follow_locale(self) -> None:
        """Khmer digits may have been switched in the settings (no event tells a page)."""
        from cbodesk.gui.cashbook.fields import locale_of

        locale = locale_of(self)
        if self.model is not None and locale != self._locale:
            self._locale = locale
            self.model.set_locale(locale)
            self._size_columns()

    def _setup_table(self) -> None:
        assert self.model is not None
        from cbodesk.gui.members.model import Column

        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.setStretchLastSection(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setColumnHidden(Column.PHONE, not self.actor.may("members.personal"))
        table.viewport().installEventFilter(self)  # its width changes with the scroll bar too
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._size_columns()

    def _size_columns(self) -> None:
        """Rows tall enough for Khmer, then the columns."""
        table = self.ui.table
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Number, sex, age, phone and join date get what they need; the text columns share the rest,
        the two names taking what is left over. Sizes come from the font and the words shown,
        never from the rows (measuring contents would read the register)."""
        from cbodesk.domain import members as dm
        from cbodesk.gui.members.common import position_label, sex_label, status_label
        from cbodesk.gui.members.model import Column

        table = self.ui.table
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        pad = metrics.horizontalAdvance("M") * 3 // 2
        titles = self.model.headers() if self.model is not None else [""] * len(Column)

        def width(column: Column, *samples: str) -> int:
            bold = header.fontMetrics()  # the header's title may be wider than the values
            return max([metrics.horizontalAdvance(s) for s in samples]
                       + [bold.horizontalAdvance(titles[column]) + pad // 2]) + pad

        fixed = {
            Column.NUMBER: width(Column.NUMBER, "00000"),
            Column.SEX: width(Column.SEX, *(sex_label(code) for code in dm.SEXES)),
            Column.AGE: width(Column.AGE, "000"),
            Column.JOINED: width(Column.JOINED, "00/00/0000"),
            Column.PHONE: width(Column.PHONE, "000 000 0000"),  # a number cut short is no use
        }
        wanted = {
            Column.NAME_KM: width(Column.NAME_KM, "ស្រី សុខហេង"),
            Column.NAME_LATIN: width(Column.NAME_LATIN, "Chhorn Sopheak"),
            Column.VILLAGE: width(Column.VILLAGE, "Koh Trong Kandal"),
            Column.STATUS: width(Column.STATUS, *(status_label(code) for code in dm.STATUSES)),
            Column.COMMITTEE: width(Column.COMMITTEE, position_label("vice_chair")),
        }
        shown = [c for c in Column if not table.isColumnHidden(c)]
        room = table.viewport().width() - 2 - sum(fixed[c] for c in shown if c in fixed)
        # The names share what is left over.
        fit_columns(header, shown, fixed, wanted, room, metrics.horizontalAdvance("Mmmm"),
                    (Column.NAME_KM, Column.NAME_LATIN))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        assert self.model is not None
        from cbodesk.gui.members.model import SORTS

        header = self.ui.table.horizontalHeader()
        if section not in SORTS:  # phone and committee: put the indicator back where the order is
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, Qt.SortOrder.DescendingOrder
                                    if self.model.descending else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        chosen = self.current_member()
        self.model.sort(section, order)
        if chosen is not None:
            self.select_member(chosen.id)
        else:
            self.ui.table.scrollToTop()
        self._update_buttons()

    # -- filters --------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        from cbodesk.gui.widgets import fill_combo

        fill_combo(self.ui.statusCombo, [
            ("current", self.tr("Members (active and inactive)")), ("active", self.tr("Active")),
            ("inactive", self.tr("Inactive")), ("left", self.tr("Left")), ("deceased", self.tr("Deceased")),
            ("everyone", self.tr("Everyone, also who left or died"))])
        fill_combo(self.ui.sexCombo, [("", self.tr("Women and men")), ("F", self.tr("Women")),
                                      ("M", self.tr("Men"))])

    def _fill_villages(self) -> None:
        from cbodesk.gui.members.common import fill_villages
        from cbodesk.services import members as ms

        language = self._locale.language if self._locale is not None else "en"
        fill_villages(self.ui.villageCombo, ms.villages(self.cbo, include_retired=True), language,
                      first=self.tr("All villages"))

    def current_filter(self) -> MemberFilter:
        from cbodesk.services import members as ms

        ui = self.ui
        status = ui.statusCombo.currentData() or "current"
        statuses = {"current": ms.CURRENT, "everyone": frozenset()}.get(status, frozenset({status}))
        return ms.MemberFilter(search=ui.searchEdit.text(), village_id=ui.villageCombo.currentData(),
                               statuses=statuses, sex=ui.sexCombo.currentData() or None,
                               committee=ui.committeeCheck.isChecked())

    def apply_filter(self, force: bool = False) -> None:
        if self.model is None:
            return
        self._search_timer.stop()
        wanted = self.current_filter()
        if wanted == self.model.filter and not force:
            return
        self.model.set_filter(wanted)
        self._after_filter()
        if self.model.rowCount():
            self.ui.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.table.scrollToTop()

    def _after_filter(self) -> None:
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        assert self.model is not None
        if not self.actor.may("members.view"):
            self._not_for_this_role()
            return
        from cbodesk.gui.members.common import count_text

        count = self.model.rowCount()
        text = self.tr("Members: %n", "", count)
        if self._locale is not None:
            text = text.replace(str(count), count_text(count, self._locale), 1)
        self.ui.countLabel.setText(text)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- the chosen member ----------------------------------------------------------------------

    def current_member(self) -> MemberRow | None:
        if self.model is None:
            return None
        index = self.ui.table.currentIndex()
        return self.model.member(index.row()) if index.isValid() else None

    def select_member(self, member_id: int) -> bool:
        """Choose the member's row and show it; False when the filter leaves them out."""
        if self.model is None:
            return False
        row = self.model.row_of(member_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.ui.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        chosen = self.current_member() is not None
        for button in (self.ui.openButton, self.ui.statementButton, self.ui.statusButton):
            button.setEnabled(chosen)

    def context_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self)
        member = self.model.member(index.row()) if self.model is not None and index.isValid() else None
        if member is not None:
            menu.addAction(self.tr("&Open…")).triggered.connect(lambda: self.open_member(member.id))
            if self.actor.may("members.edit"):
                menu.addAction(self.tr("Change st&atus…")).triggered.connect(lambda: self.change_status(member.id))
            menu.addAction(self.tr("Stat&ement…")).triggered.connect(lambda: self.show_statement(member.id))
            menu.addSeparator()
        if self.actor.may("members.edit"):
            menu.addAction(self.tr("&New member…")).triggered.connect(self.new_member)
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        show_context_menu(self.ui.table, pos, self.context_menu)

    def _fill_more_menu(self) -> None:
        from cbodesk.gui.members import excel

        may = self.actor.may
        fill_menu(self._more_menu, [
            (self.tr("&Import members from Excel…"), may("members.edit"), lambda: excel.import_members(self)),
            (self.tr("Excel &template for importing…"), may("members.edit"), lambda: excel.save_template(self)),
            (self.tr("&Export the register to Excel…"), may("members.view"), lambda: excel.export_register(self)),
            None,
            (self.tr("&Print the member list…"), may("reports.view"), self.print_member_list),
            (self.tr("New &village…"), may("members.edit"), self.new_village),
        ])

    # -- dialogs ------------------------------------------------------------------------------------

    def locale_settings(self) -> LocaleSettings:
        from cbodesk.gui.cashbook.fields import locale_of

        return self._locale or locale_of(self)

    def open_dialog(self, dialog: QDialog) -> None:
        """Show *dialog* as the page's one dialog (window-modal; deleted once closed)."""
        open_page_dialog(self, dialog, self._dialog_closed)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            self.ui.table.setFocus()

    def new_member(self) -> None:
        if not self.actor.may("members.edit"):
            return
        from cbodesk.gui.members.member_dialog import MemberDialog

        dialog = MemberDialog(self.cbo, self.actor, self.locale_settings(), self)
        dialog.saved.connect(self.member_saved)
        self.open_dialog(dialog)

    def open_member_at(self, row: int) -> None:
        member = self.model.member(row) if self.model is not None else None
        if member is not None:
            self.open_member(member.id)

    def open_current(self) -> None:
        member = self.current_member()
        if member is not None:
            self.open_member(member.id)

    def open_member(self, member_id: int) -> None:
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.members.member_dialog import MemberDialog

        try:
            dialog = MemberDialog(self.cbo, self.actor, self.locale_settings(), self, member_id=member_id)
        except UserError as exc:  # gone meanwhile (another computer), or the database out of reach
            show_error(self, exc)
            self.refresh()
            return
        dialog.saved.connect(self.member_saved)
        self.open_dialog(dialog)

    def change_status_current(self) -> None:
        member = self.current_member()
        if member is not None:
            self.change_status(member.id)

    def change_status(self, member_id: int) -> None:
        if not self.actor.may("members.edit"):
            return
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.members.status_dialog import StatusDialog
        from cbodesk.services import members as ms

        try:
            view = ms.get_member(self.cbo, self.actor, member_id)
        except UserError as exc:
            show_error(self, exc)
            return
        dialog = StatusDialog(self.cbo, self.actor, view, self.locale_settings(), self)
        dialog.accepted.connect(lambda: self.member_saved(dialog.result_view) if dialog.result_view else None)
        self.open_dialog(dialog)

    def statement_current(self) -> None:
        member = self.current_member()
        if member is not None:
            self.show_statement(member.id)

    def show_statement(self, member_id: int) -> None:
        from cbodesk.gui.members.statement_dialog import StatementDialog

        self.open_dialog(StatementDialog(self.cbo, self.actor, member_id, self.locale_settings(), self))

    def member_saved(self, view: MemberView) -> None:
        """A dialog saved a member: read the register again and show them."""
        if self.model is None:
            return
        self.model.refresh()
        self._after_filter()
        if not self.select_member(view.id):
            self._update_buttons()

    def new_village(self) -> None:
        from cbodesk.gui.members.village_dialog import VillageDialog

        dialog = VillageDialog(self.cbo, self.actor, self)
        try:
            if dialog.exec():
                self._fill_villages()
        finally:
            dialog.deleteLater()

    def print_member_list(self) -> None:
        from cbodesk.gui.members.common import print_report

        print_report(self, self.cbo, self.actor, "member_list", self.locale_settings())

    def imported(self) -> None:
        """Members came in from a file: show the register again from the start."""
        self._fill_villages()
        if self.model is not None:
            self.model.refresh()
            self._after_filter()

    # -- the main window's questions ------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        from cbodesk.gui.members.member_dialog import MemberDialog

        return isinstance(self.dialog, MemberDialog) and self.dialog.has_unsaved_changes()

    def save_changes(self) -> bool:
        from cbodesk.gui.members.member_dialog import MemberDialog

        if isinstance(self.dialog, MemberDialog):
            if not self.dialog.save():
                return False
            self.dialog.done(QDialog.DialogCode.Accepted)
        return True

    def discard_changes(self) -> None:
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)  # without asking again

    # -- language ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        if self.model is None or self.cbo.closed:
            return
        from cbodesk.gui.cashbook.fields import locale_of

        self._locale = locale_of(self)
        self.model.set_locale(self._locale)
        self._fill_villages()
        self._size_columns()
        self._show_count()
