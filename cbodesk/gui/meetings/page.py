"""The Meetings page (guideline chapter 2): the meetings upcoming and past, whether the
committee met as often as the by-law says, the overdue action items, and the secretary's
actions (new meeting, open, delete a draft, print the minutes and the attendance list).

The main window imports this module at startup, so it imports only Qt here; the
meetings' services, models and dialogs (and with them Babel) come when the page is
first shown. Buttons a role may not use are hidden; the services check anyway.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.widgets import heading
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain import meetings as dmt
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.gui.meetings.model import ActionsModel, MeetingsModel


class MeetingsPage(Retranslating, Page):
    chapter = 2
    key = "meetings"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.today = today or date.today()
        self.model: MeetingsModel | None = None
        self.actions_model: ActionsModel | None = None
        self.dialog: QDialog | None = None
        self._locale: LocaleSettings | None = None
        self.may_edit = actor.may("meetings.edit")
        self._build()
        self.retranslate()
        self._update_buttons()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("MeetingsPage", "Meetings and minutes")

    # -- set-up ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.titleLabel = heading(QLabel(self), 1.5)
        layout.addWidget(self.titleLabel)
        filters = QHBoxLayout()
        self.kindLabel = QLabel(self)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        self.yearLabel = QLabel(self)
        self.yearCombo = QComboBox(self)
        self.yearCombo.setObjectName("yearCombo")
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        for widget in (self.kindLabel, self.kindCombo, self.yearLabel, self.yearCombo):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.frequencyLabel = QLabel(self)
        self.frequencyLabel.setObjectName("frequencyLabel")
        self.frequencyLabel.setWordWrap(True)
        self.frequencyLabel.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.frequencyLabel)
        self.tabs = QTabWidget(self)
        self.table = QTableView(self)
        self.table.setObjectName("meetingsTable")
        self.actionsTable = QTableView(self)
        self.actionsTable.setObjectName("overdueTable")
        for view in (self.table, self.actionsTable):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.setWordWrap(False)
            view.verticalHeader().setDefaultSectionSize(int(view.fontMetrics().height() * 2.1))
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.actionsTable, "")
        layout.addWidget(self.tabs, 1)
        self.countLabel = QLabel(self)
        layout.addWidget(self.countLabel)
        buttons = QHBoxLayout()
        self.newButton = QPushButton(self)
        self.openButton = QPushButton(self)
        self.deleteButton = QPushButton(self)
        self.minutesButton = QPushButton(self)
        self.attendanceButton = QPushButton(self)
        self.participationButton = QPushButton(self)
        self.settingsButton = QPushButton(self)
        for name, button in (("newButton", self.newButton), ("openButton", self.openButton),
                             ("deleteButton", self.deleteButton), ("minutesButton", self.minutesButton),
                             ("attendanceButton", self.attendanceButton),
                             ("participationButton", self.participationButton),
                             ("settingsButton", self.settingsButton)):
            button.setObjectName(name)
            buttons.addWidget(button)
            if button is self.deleteButton:
                buttons.addStretch(1)
        layout.addLayout(buttons)
        self.newButton.setVisible(self.may_edit)
        self.deleteButton.setVisible(self.may_edit)
        self.settingsButton.setVisible(self.actor.may("meetings.settings"))
        may_print = self.actor.may("reports.view")
        for button in (self.minutesButton, self.attendanceButton, self.participationButton):
            button.setVisible(may_print)
        self.newButton.clicked.connect(self.new_meeting)
        self.openButton.clicked.connect(self.open_current)
        self.deleteButton.clicked.connect(self.delete_current)
        self.minutesButton.clicked.connect(lambda: self.print_current("minutes"))
        self.attendanceButton.clicked.connect(lambda: self.print_current("attendance_list"))
        self.participationButton.clicked.connect(self.print_participation)
        self.settingsButton.clicked.connect(self.edit_settings)
        self.kindCombo.currentIndexChanged.connect(self.refresh)
        self.yearCombo.currentIndexChanged.connect(self.refresh)
        self.table.activated.connect(lambda index: self.open_meeting_at(index.row()))
        self.actionsTable.activated.connect(self._open_action_meeting)
        self.tabs.currentChanged.connect(self._update_buttons)
        if self.may_edit:
            shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.new_meeting)

    def retranslate(self) -> None:
        self.titleLabel.setText(self.tr("Meetings and minutes"))
        self.kindLabel.setText(self.tr("&Kind:"))
        self.yearLabel.setText(self.tr("&Year:"))
        self.tabs.setTabText(0, self.tr("Meetings"))
        self.newButton.setText(self.tr("&New meeting…"))
        self.newButton.setToolTip(self.tr("Record a meeting and write its minutes (Ctrl+N)"))
        self.openButton.setText(self.tr("&Open"))
        self.deleteButton.setText(self.tr("&Delete draft"))
        self.deleteButton.setToolTip(self.tr("Delete a meeting whose minutes are still a draft"))
        self.minutesButton.setText(self.tr("&Print minutes…"))
        self.attendanceButton.setText(self.tr("&Attendance list…"))
        self.participationButton.setText(self.tr("Pa&rticipation report…"))
        self.participationButton.setToolTip(self.tr("How often each member came to the meetings of the "
                                                    "chosen year"))
        self.settingsButton.setText(self.tr("&Settings…"))
        self.settingsButton.setToolTip(self.tr("The quorum of a general assembly and how often the committee "
                                               "meets, as the by-law says"))
        if self.model is not None:
            self._fill_filters()
            self.refresh()

    # -- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():
            self.refresh()

    def load(self) -> None:
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.meetings.model import ActionsModel, MeetingsModel

        self._locale = locale_of(self)
        self.model = MeetingsModel(self._locale, self)
        self.actions_model = ActionsModel(self._locale, self.today, self)
        self.table.setModel(self.model)
        self.actionsTable.setModel(self.actions_model)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._size_columns()
        if not self.actor.may("meetings.view"):
            for widget in (self.kindCombo, self.yearCombo, self.tabs, self.openButton):
                widget.setEnabled(False)
            self.countLabel.setText(self.tr("Your role does not see the meetings. The secretary, the chair and "
                                            "the committee do; the printed minutes are in Reports."))
            return
        self._fill_filters()
        self.refresh()

    def _size_columns(self) -> None:
        from cbodesk.gui.meetings.model import ActionColumn, MeetingColumn

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumHeight(int(header.fontMetrics().height() * 2.6))
        actions = self.actionsTable.horizontalHeader()
        actions.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        actions.setSectionResizeMode(ActionColumn.WHAT, QHeaderView.ResizeMode.Stretch)

    def _fill_filters(self) -> None:
        from cbodesk.domain import meetings as dmt
        from cbodesk.gui.meetings.common import kind_label
        from cbodesk.gui.widgets import choose, fill_combo
        from cbodesk.services import meetings as ms

        fill_combo(self.kindCombo, [("", self.tr("All kinds"))] + [(k, kind_label(k)) for k in dmt.KINDS])
        years = ms.meeting_years(self.cbo, self.actor)
        if self.today.year not in years:
            years = sorted(set(years) | {self.today.year}, reverse=True)
        first = self.yearCombo.count() == 0
        fill_combo(self.yearCombo, [(None, self.tr("All years"))] + [(y, str(y)) for y in years])
        if first:  # this year's meetings to start with (the caller refreshes the list)
            blocked = self.yearCombo.blockSignals(True)
            choose(self.yearCombo, self.today.year)
            self.yearCombo.blockSignals(blocked)

    def refresh(self) -> None:
        if self.model is None or self.actions_model is None or self.cbo.closed \
                or not self.actor.may("meetings.view"):
            return
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.services import meetings as ms

        locale = locale_of(self)
        if locale != self._locale:
            self._locale = locale
            self.model.set_locale(locale)
            self.actions_model.locale = locale
        chosen = self.current_meeting()
        kind = self.kindCombo.currentData() or None
        year = self.yearCombo.currentData()
        upcoming = ms.list_meetings(self.cbo, self.actor, kind=kind, year=year, when="upcoming", today=self.today)
        past = ms.list_meetings(self.cbo, self.actor, kind=kind, year=year, when="past", today=self.today)
        self.model.set_rows(upcoming, past)
        overdue = ms.overdue_actions(self.cbo, self.actor, today=self.today)
        self.actions_model.set_rows(overdue)
        self.tabs.setTabText(1, self.tr("Overdue action items (%n)", "", len(overdue)))
        self.countLabel.setText(self.tr("%n upcoming", "", len(upcoming)) + " · "
                                + self.tr("%n past meeting(s)", "", len(past)))
        self._show_frequency(year if year is not None else self.today.year)
        if chosen is not None:
            self.select_meeting(chosen.id)
        self._update_buttons()

    def _show_frequency(self, year: int) -> None:
        from cbodesk.gui.meetings.common import every_label
        from cbodesk.services import meetings as ms

        frequency = ms.committee_frequency(self.cbo, self.actor, year, today=self.today)
        label = self.frequencyLabel
        if frequency.every == "none":
            label.setText(self.tr("The by-law sets no rule for how often the committee meets."))
            label.setStyleSheet("")
            return
        rule = every_label(frequency.every).lower()
        if frequency.periods_due == 0:
            label.setText(self.tr("Committee meetings in %1: none due yet (the by-law says %2).")
                          .replace("%1", str(year)).replace("%2", rule))
            label.setStyleSheet("")
            return
        if frequency.every == "quarterly":
            missed = [f"Q{p.number}" for p in frequency.periods if p.due and not p.met]
        else:
            from cbodesk.domain.formatting import format_month

            assert self._locale is not None
            missed = [format_month(year, p.number, self._locale) for p in frequency.periods if p.due and not p.met]
        if frequency.met:
            text = self.tr("The committee met as the by-law says (%1) in %2: %3 of %4 periods so far.")
            colour = "#1b5e20"
        else:
            text = self.tr("The committee did not meet as often as the by-law says (%1) in %2: %3 of %4 "
                           "periods so far. No meeting in: %5.")
            colour = "#c62828"
        text = (text.replace("%1", rule).replace("%2", str(year)).replace("%3", str(frequency.periods_met))
                .replace("%4", str(frequency.periods_due)).replace("%5", ", ".join(missed)))
        label.setText(text)
        label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # -- the chosen meeting ---------------------------------------------------------------------

    def current_meeting(self) -> dmt.MeetingRow | None:
        if self.model is None:
            return None
        return self.model.meeting_at(self.table.currentIndex().row())

    def select_meeting(self, meeting_id: int) -> None:
        if self.model is None:
            return
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        current = self.current_meeting()
        on_meetings = self.tabs.currentIndex() == 0
        self.openButton.setEnabled(current is not None or (not on_meetings and self._current_action_row() >= 0))
        self.deleteButton.setEnabled(on_meetings and current is not None and current.status == "draft")
        for button in (self.minutesButton, self.attendanceButton):
            button.setEnabled(on_meetings and current is not None)

    def _current_action_row(self) -> int:
        return self.actionsTable.currentIndex().row()

    def _open_action_meeting(self, index: QModelIndex) -> None:
        if self.actions_model is None:
            return
        action = self.actions_model.action_at(index.row())
        if action is not None:
            self.open_meeting(action.meeting_id, tab="actions")

    # -- actions ---------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        if not self.may_edit or self.model is None:
            return
        kind = self.kindCombo.currentData() or "committee"
        self._show_dialog(None, kind=kind)

    def open_current(self) -> None:
        if self.tabs.currentIndex() == 1 and self.actions_model is not None:
            action = self.actions_model.action_at(self._current_action_row())
            if action is not None:
                self.open_meeting(action.meeting_id, tab="actions")
            return
        current = self.current_meeting()
        if current is not None:
            self.open_meeting(current.id)

    def open_meeting_at(self, row: int) -> None:
        if self.model is not None and (meeting := self.model.meeting_at(row)) is not None:
            self.open_meeting(meeting.id)

    def open_meeting(self, meeting_id: int, *, tab: str | None = None) -> None:
        self._show_dialog(meeting_id, tab=tab)

    def _show_dialog(self, meeting_id: int | None, *, kind: str = "committee", tab: str | None = None) -> None:
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.meetings.dialog import MeetingDialog
        from cbodesk.gui.tables import open_page_dialog

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        assert self._locale is not None
        try:
            dialog = MeetingDialog(self.cbo, self.actor, self._locale, self, meeting_id=meeting_id, kind=kind,
                                   today=self.today)
        except UserError as exc:
            show_error(self, exc)
            self.refresh()
            return
        if tab is not None:
            dialog.show_tab(tab)
        dialog.saved.connect(lambda view: self._saved(view.id))
        open_page_dialog(self, dialog, self._dialog_closed)

    def _saved(self, meeting_id: int) -> None:
        self.refresh()
        self.select_meeting(meeting_id)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.refresh()

    def delete_current(self) -> None:
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.meetings.common import meeting_name
        from cbodesk.services import meetings as ms

        current = self.current_meeting()
        if current is None or current.status != "draft" or self._locale is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the meeting"),
            self.tr("Delete “%s” with its attendance, minutes, decisions, action items and annexes? This cannot "
                    "be undone.") % meeting_name(current.title, current.kind, current.date, self._locale),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            view = ms.get_meeting(self.cbo, self.actor, current.id)
            ms.delete_meeting(self.cbo, self.actor, current.id, row_version=view.row_version)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    def print_current(self, code: str) -> None:
        from cbodesk.gui.meetings.common import open_meeting_report

        current = self.current_meeting()
        if current is None or self._locale is None:
            return
        open_meeting_report(self, self.cbo, self.actor, code, self._locale, meeting_id=current.id)

    def print_participation(self) -> None:
        """Each member's attendance over the chosen year (this year: up to today), at the meetings
        of the chosen kind (or all)."""
        from cbodesk.gui.meetings.common import open_meeting_report

        if self._locale is None:
            return
        year = self.yearCombo.currentData()
        if year is None:
            years = [self.yearCombo.itemData(i) for i in range(1, self.yearCombo.count())]
            first, last = date(min(years or [self.today.year]), 1, 1), self.today
        else:
            first, last = date(year, 1, 1), min(date(year, 12, 31), max(self.today, date(year, 1, 1)))
        # The kind chosen in the filter, if any: "how often did members come to the assemblies".
        open_meeting_report(self, self.cbo, self.actor, "participation", self._locale, date_from=first,
                            date_to=last, meeting_kind=self.kindCombo.currentData() or None)

    def edit_settings(self) -> None:
        from cbodesk.gui.meetings.settings_dialog import MeetingSettingsDialog

        dialog = MeetingSettingsDialog(self.cbo, self.actor, self)
        try:
            if dialog.exec():
                self.refresh()
        finally:
            dialog.deleteLater()
