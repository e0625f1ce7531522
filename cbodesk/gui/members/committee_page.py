"""The Committee page (guideline chapter 1, institutional development): the committee today at a
glance, and every term since the CBO began.

The main window imports this module at startup, so it imports only Qt here;
the rest comes when the page is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from cbodesk.domain.roles import Actor
from cbodesk.gui.forms.ui_members_committee_page import Ui_CommitteePage
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.tables import open_page_dialog
from cbodesk.gui.widgets import heading
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.gui.cashbook.setup_dialogs import RecordsModel
    from cbodesk.services.members import TermView


CURRENT_NOTE = 5  # the columns that take the room left (the notes are the longest texts)
HISTORY_NOTE = 6
CURRENT_ROWS_SHOWN = 12  # the committee of today is shown whole up to this many people


class CommitteePage(Retranslating, Page):
    chapter = 1
    key = "committee"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.ui = Ui_CommitteePage()
        ui = self.ui
        ui.setupUi(self)
        heading(ui.titleLabel, 1.5)
        heading_font = QFont(ui.currentHeading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        ui.currentHeading.setFont(heading_font)
        ui.historyHeading.setFont(heading_font)
        self.current_model: RecordsModel | None = None
        self.history_model: RecordsModel | None = None
        self.history_proxy = QSortFilterProxyModel(self)
        self.terms: dict[int, TermView] = {}
        self.dialog: QDialog | None = None
        self._locale: LocaleSettings | None = None
        may_edit = actor.may("members.edit")
        for button in (ui.newTermButton, ui.endTermButton, ui.correctButton):
            button.setVisible(may_edit)
        ui.printButton.setVisible(actor.may("reports.view"))
        ui.newTermButton.clicked.connect(self.new_term)
        ui.endTermButton.clicked.connect(self.end_chosen)
        ui.correctButton.clicked.connect(self.correct_chosen)
        ui.printButton.clicked.connect(self.print_list)
        ui.currentTable.activated.connect(lambda _index: self.correct_chosen())
        ui.historyTable.activated.connect(lambda _index: self.correct_chosen())

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("CommitteePage", "Committee")

    # -- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current_model is None:
            self.load()
        elif not event.spontaneous():  # back from the register: a member may have left meanwhile
            self.refresh()

    def load(self) -> None:
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.cashbook.setup_dialogs import RecordsModel
        from cbodesk.gui.members.common import setup_list_table

        self._locale = locale_of(self)
        self.current_model = RecordsModel(self)
        self.history_model = RecordsModel(self)
        setup_list_table(self.ui.currentTable, self.current_model, stretch=CURRENT_NOTE)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_proxy.setSortRole(RecordsModel.SortRole)
        setup_list_table(self.ui.historyTable, self.history_proxy, stretch=HISTORY_NOTE)
        for table in (self.ui.currentTable, self.ui.historyTable):
            table.selectionModel().selectionChanged.connect(
                lambda _s, _d, t=table: self._chosen_in(t))
        self.refresh()
        self.ui.historyTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def refresh(self) -> None:
        if self.current_model is None or self.history_model is None or self.cbo.closed:
            return
        from cbodesk.domain import members as dm
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.cashbook.setup_dialogs import Cell, Record
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.members.common import count_text, position_label, sex_label, short_date
        from cbodesk.services import members as ms

        self._locale = locale = locale_of(self)
        if not self.actor.may("members.view"):
            self.ui.summaryLabel.setText(self.tr("Your role does not see the committee here: the committee "
                                                 "list is among the reports."))
            return
        chosen = self.chosen_term()
        try:
            today = ms.committee_on(self.cbo, self.actor)
            history = ms.committee_terms(self.cbo, self.actor)
        except UserError as exc:
            show_error(self, exc)
            return
        self.terms = {t.id: t for t in history}
        current = [Record(t.id, (
            Cell(position_label(t.position, t.title)), Cell(t.name_km), Cell(t.name_latin), Cell(sex_label(t.sex)),
            Cell(short_date(t.started_on, locale), t.started_on.isoformat()), Cell(t.note))) for t in today]
        self.current_model.set_records([self.tr("Position"), self.tr("Name in Khmer"),
                                        self.tr("Name in Latin letters"), self.tr("Sex"), self.tr("Since"),
                                        self.tr("Note")], current)
        rows = []
        for t in history:
            order = f"{dm.POSITION_ORDER.get(t.position, 99):02d}{t.title}{t.started_on.isoformat()}"
            ended = short_date(t.ended_on, locale) if t.ended_on is not None else self.tr("holds it today")
            rows.append(Record(t.id, (
                Cell(position_label(t.position, t.title), order), Cell(t.name_km), Cell(t.name_latin),
                Cell(short_date(t.started_on, locale), t.started_on.isoformat()),
                Cell(ended, t.ended_on.isoformat() if t.ended_on else "9999"),
                Cell(t.end_reason), Cell(t.note)), muted=t.ended_on is not None))
        self.history_model.set_records([self.tr("Position"), self.tr("Name in Khmer"),
                                        self.tr("Name in Latin letters"), self.tr("From"), self.tr("To"),
                                        self.tr("How it ended"), self.tr("Note")], rows)
        women = sum(1 for t in today if t.sex == "F")
        people = len({t.member_id for t in today})
        self.ui.summaryLabel.setText(self.tr("People: %s, of whom women: %s") % (count_text(people, locale),
                                                                              count_text(women, locale))
                                     if today else self.tr("Nobody holds a committee position today."))
        self._fit_current(len(current))
        if chosen is not None:
            self.choose_term(chosen.id)
        self._update_buttons()

    def _fit_current(self, rows: int) -> None:
        """The committee of today at a glance: its table as tall as its rows (the history below
        takes the rest of the page)."""
        table = self.ui.currentTable
        shown = max(1, min(rows, CURRENT_ROWS_SHOWN))
        height = (table.horizontalHeader().sizeHint().height() + shown * table.verticalHeader().defaultSectionSize()
                  + 2 * table.frameWidth())
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    # -- the chosen term ----------------------------------------------------------------------------

    def _chosen_in(self, table: QTableView) -> None:
        """A row chosen in one table: the other table lets go of its row."""
        other = self.ui.historyTable if table is self.ui.currentTable else self.ui.currentTable
        if table.selectionModel().hasSelection() and other.selectionModel() is not None:
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
        self._update_buttons()

    def chosen_term(self) -> TermView | None:
        for table in (self.ui.currentTable, self.ui.historyTable):
            selection = table.selectionModel()
            if selection is None:
                continue
            rows = selection.selectedRows()
            if rows:
                term_id = rows[0].data(Qt.ItemDataRole.UserRole + 1)
                return self.terms.get(term_id)
        return None

    def choose_term(self, term_id: int) -> None:
        """Choose the term in the committee of today, else in the history."""
        for table in (self.ui.currentTable, self.ui.historyTable):
            model = table.model()
            for row in range(model.rowCount()):
                if model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) == term_id:
                    table.selectRow(row)
                    return

    def _update_buttons(self, *_args: QItemSelection) -> None:
        term = self.chosen_term()
        self.ui.endTermButton.setEnabled(term is not None and term.ended_on is None)
        self.ui.correctButton.setEnabled(term is not None)

    # -- dialogs ----------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        open_page_dialog(self, dialog, self._dialog_closed)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        saved = getattr(dialog, "saved_term", None)
        if saved is not None:
            self.refresh()
            self.choose_term(saved.id)

    def _locale_settings(self) -> LocaleSettings:
        from cbodesk.gui.cashbook.fields import locale_of

        return self._locale or locale_of(self)

    def new_term(self) -> None:
        if not self.actor.may("members.edit"):
            return
        from cbodesk.gui.members.term_dialogs import TermDialog

        self._open(TermDialog(self.cbo, self.actor, self._locale_settings(), self))

    def correct_chosen(self) -> None:
        term = self.chosen_term()
        if term is None or not self.actor.may("members.edit"):
            return
        from cbodesk.gui.members.term_dialogs import TermDialog

        self._open(TermDialog(self.cbo, self.actor, self._locale_settings(), self, term=term))

    def end_chosen(self) -> None:
        term = self.chosen_term()
        if term is None or term.ended_on is not None or not self.actor.may("members.edit"):
            return
        from cbodesk.gui.members.term_dialogs import EndTermDialog

        self._open(EndTermDialog(self.cbo, self.actor, term, self._locale_settings(), self))

    def print_list(self) -> None:
        from cbodesk.gui.members.common import print_report

        print_report(self, self.cbo, self.actor, "committee_list", self._locale_settings())

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.refresh()
