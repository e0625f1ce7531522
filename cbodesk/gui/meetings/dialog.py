"""The meeting dialog: a meeting and its minutes, in tabs as Annex 2 of the guideline orders
them (general, attendance, objectives, agenda, group work, decisions, action items,
conclusion and closing, annexes, the minutes' status).

The whole meeting is saved at once (Ctrl+S) from what the tabs hold; every wrong
field is marked, and the tab holding it. Annexes, the review of earlier meetings'
action items, the approval, the lock and amendment notes are each saved on their
own when done (they need the meeting saved first). Approved or locked minutes open
read-only. Closing with changes asks whether to save them; a save that somebody
else's save overtook offers to reload.
"""

from __future__ import annotations

import dataclasses
import mimetypes
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import meetings as dmt
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import (
    DateError,
    LocaleSettings,
    format_stored_time,
    parse_date,
)
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    PROBLEM_COLOUR,
    ProblemMarks,
    from_qdate,
    setup_date_edit,
    to_qdate,
)
from cbodesk.gui.errors import ask_reload_after_conflict, show_error
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.meetings.attendance import AttendanceTab
from cbodesk.gui.meetings.common import (
    action_status_label,
    add_number_row,
    count,
    kind_label,
    language_label,
    meeting_name,
    minutes_status_label,
    open_meeting_report,
    short_date,
)
from cbodesk.gui.richtext import RichTextEditor
from cbodesk.gui.widgets import choose, fill_combo, heading, may_close_unsaved, packed
from cbodesk.i18n import N_
from cbodesk.services import meetings as ms
from cbodesk.storage.database import Cbo

_T = TypeVar("_T")

NOT_A_NUMBER = N_("errors", "Write the number of votes (0 or more), or leave it empty.")
NOT_A_DAY = N_("errors", "“{text}” is not a day: write it as day/month/year, for example 28/02/2026.")
SAVE_FIRST = N_("errors", "Save the meeting first.")
TABS = ("general", "attendance", "objectives", "agenda", "groups", "decisions", "actions", "closing",
        "annexes", "status")


def _line_edit(parent: QWidget, name: str, *, max_length: int = dmt.MAX_NAME) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


class ItemsEditor(QWidget):
    """A list of items (agenda items, groups) on the left, the chosen one's fields on the right.

    *fields* are (key, label, widget); *blank* makes a new item (a dict of texts); *label*
    names an item in the list."""

    changed = Signal()

    def __init__(self, fields: Sequence[tuple[str, QLabel, QWidget]], blank: Callable[[], dict[str, str]],
                 label: Callable[[int, dict[str, str]], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.blank = blank
        self.label = label
        self.items: list[dict[str, str]] = []
        self.row = -1
        self.editable = True
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        self.list.setWordWrap(True)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(left)
        self.removeButton = QPushButton(left)
        self.upButton = QPushButton("↑", left)
        self.downButton = QPushButton("↓", left)
        for button in (self.upButton, self.downButton):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("M") * 3)
        for button in (self.addButton, self.removeButton, self.upButton, self.downButton):
            buttons.addWidget(button)
        left_layout.addLayout(buttons)
        right = QWidget(splitter)
        form = QFormLayout(right)
        form.setContentsMargins(6, 0, 0, 0)
        for _key, field_label, widget in self.fields:
            if isinstance(widget, RichTextEditor):
                form.addRow(field_label)
                form.addRow(widget)
            else:
                form.addRow(field_label, widget)
            self._connect_field(widget)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.addButton.clicked.connect(self.add_item)
        self.removeButton.clicked.connect(self.remove_item)
        self.upButton.clicked.connect(lambda: self.move_item(-1))
        self.downButton.clicked.connect(lambda: self.move_item(+1))
        self._show_fields()

    def _connect_field(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._field_edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._field_edited)
        elif isinstance(widget, RichTextEditor):
            widget.changed.connect(self._field_edited)

    def _field_edited(self) -> None:
        if self.row < 0 or self._loading:
            return
        self._commit()
        item = self.list.item(self.row)
        if item is not None:
            item.setText(self.label(self.row, self.items[self.row]))
        self.changed.emit()

    _loading = False

    def _commit(self) -> None:
        if not 0 <= self.row < len(self.items):
            return
        for key, _label, widget in self.fields:
            self.items[self.row][key] = _text_of(widget)

    def _row_chosen(self, row: int) -> None:
        self._commit()
        self.row = row
        self._show_fields()

    def _show_fields(self) -> None:
        self._loading = True
        try:
            item = self.items[self.row] if 0 <= self.row < len(self.items) else None
            for key, _label, widget in self.fields:
                _set_text(widget, item.get(key, "") if item is not None else "")
                widget.setEnabled(item is not None)
                _set_read_only(widget, not self.editable)
        finally:
            self._loading = False
        self.removeButton.setEnabled(self.editable and item is not None)
        self.upButton.setEnabled(self.editable and self.row > 0)
        self.downButton.setEnabled(self.editable and 0 <= self.row < len(self.items) - 1)

    def set_items(self, items: Sequence[dict[str, str]]) -> None:
        self.items = [dict(i) for i in items]
        self.row = -1
        self._refill(0 if self.items else -1)

    def _refill(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, item in enumerate(self.items):
            self.list.addItem(self.label(i, item))
        self.list.blockSignals(False)
        self.row = -1
        self.list.setCurrentRow(row)
        if row < 0:
            self._show_fields()

    def current_items(self) -> list[dict[str, str]]:
        self._commit()
        return [dict(i) for i in self.items]

    def add_item(self) -> None:
        if not self.editable:
            return
        self._commit()
        self.items.append(self.blank())
        self._refill(len(self.items) - 1)
        self.fields[0][2].setFocus()
        self.changed.emit()

    def remove_item(self) -> None:
        if not self.editable or not 0 <= self.row < len(self.items):
            return
        del self.items[self.row]
        row = min(self.row, len(self.items) - 1)
        self.row = -1
        self._refill(row)
        self.changed.emit()

    def move_item(self, step: int) -> None:
        other = self.row + step
        if not self.editable or not 0 <= self.row < len(self.items) or not 0 <= other < len(self.items):
            return
        self._commit()
        self.items[self.row], self.items[other] = self.items[other], self.items[self.row]
        self._refill(other)
        self.changed.emit()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in (self.addButton, self.removeButton, self.upButton, self.downButton):
            button.setVisible(editable)
        self._show_fields()

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.list.setCurrentRow(row)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, RichTextEditor):
        return widget.markdown()
    raise TypeError(widget)


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(text)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, RichTextEditor):
        widget.set_markdown(text)


def _set_read_only(widget: QWidget, read_only: bool) -> None:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, RichTextEditor)):
        widget.setReadOnly(read_only)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class MeetingDialog(Retranslating, QDialog):
    """A new meeting (*meeting_id* None, of *kind*) or an existing one; ``saved`` after each save."""

    saved = Signal(object)  # the MeetingView just saved

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None, *,
                 meeting_id: int | None = None, kind: str = "committee", today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.today = today or date.today()
        self.view: dmt.MeetingView | None = (ms.get_meeting(cbo, actor, meeting_id)
                                             if meeting_id is not None else None)
        self.settings = ms.meeting_settings(cbo)
        self._active_cache: dict[date, int] = {}
        self._action_ids: list[int | None] = []
        self.review: list[dmt.ActionItemView] = []
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._build()
        self._connect()
        if self.view is not None:
            self._show_view(self.view)
        else:
            draft = ms.blank_draft(cbo, actor, kind, self.today)
            lines = ms.default_attendance(cbo, actor, self.today)
            self._show_draft(draft, lines)
            self._show_status()
        self.retranslate()
        self._loaded = self._snapshot()
        self.resize(1040, 720)
        self.titleEdit.setFocus()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.headerLabel = heading(QLabel(self), 1.3)
        self.headerLabel.setWordWrap(True)
        layout.addWidget(self.headerLabel)
        self.noteLabel = QLabel(self)
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.noteLabel)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setObjectName("problemsLabel")
        self.problemsLabel.setWordWrap(True)
        layout.addWidget(self.problemsLabel)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        layout.addWidget(self.tabs, 1)
        self._build_general()
        self.attendance = AttendanceTab(self.locale_settings, self)
        self.tabs.addTab(self.attendance, "")
        self._build_objectives()
        self._build_agenda()
        self._build_groups()
        self._build_decisions()
        self._build_actions()
        self._build_closing()
        self._build_annexes()
        self._build_status()
        bottom = QHBoxLayout()
        self.recordedLabel = QLabel(self)
        self.recordedLabel.setStyleSheet("color: #6d6d6d;")
        self.recordedLabel.setWordWrap(True)
        bottom.addWidget(self.recordedLabel, 1)
        self.printButton = QPushButton(self)
        self.printButton.setObjectName("printButton")
        bottom.addWidget(self.printButton)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Close, self)
        bottom.addWidget(self.buttonBox)
        layout.addLayout(bottom)
        self.marks = ProblemMarks(self.problemsLabel, {
            "kind": self.kindCombo, "title": self.titleEdit, "date": self.dateEdit,
            "start_time": self.startEdit, "end_time": self.endEdit, "place": self.placeEdit,
            "facilitator": self.facilitatorEdit, "mc": self.mcEdit, "minutes_taker": self.takerEdit,
            "chair": self.chairEdit, "language": self.languageCombo, "objectives": self.objectivesEdit,
            "conclusion": self.conclusionEditor, "closing_remark": self.closingEditor,
            "closing_by": self.closingByEdit, "attendance": self.attendance.table,
            "guests": self.attendance.guestsTable, "agenda": self.agenda.list, "groups": self.groups.list,
            "decisions": self.decisionsTable, "actions": self.actionsTable, "approved_on": self.approveDateEdit,
            "approved_at": self.approveAtCombo, "text": self.amendmentEdit, "made_on": self.amendmentEdit,
            "status": self.statusLabel})

    def _tab(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        page.setObjectName(f"{name}Tab")
        layout = QVBoxLayout(page)
        self.tabs.addTab(page, "")
        return page, layout

    def _build_general(self) -> None:
        page, layout = self._tab("general")
        form = QFormLayout()
        self.kindCombo = QComboBox(page)
        self.kindCombo.setObjectName("kindCombo")
        self.titleEdit = _line_edit(page, "titleEdit", max_length=dmt.MAX_TITLE)
        self.dateEdit = QDateEdit(page)
        self.dateEdit.setObjectName("dateEdit")
        setup_date_edit(self.dateEdit, self.today)
        self.dateEdit.setMaximumWidth(self.dateEdit.fontMetrics().horizontalAdvance("00/00/00000") + 60)
        times = QHBoxLayout()
        self.startEdit = _line_edit(page, "startEdit", max_length=5)
        self.endEdit = _line_edit(page, "endEdit", max_length=5)
        for edit in (self.startEdit, self.endEdit):
            edit.setPlaceholderText("08:00")
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:000") + 24)
        self.toLabel = QLabel(page)
        times.addWidget(self.startEdit)
        times.addWidget(self.toLabel)
        times.addWidget(self.endEdit)
        times.addStretch(1)
        self.placeEdit = _line_edit(page, "placeEdit")
        self.facilitatorEdit = _line_edit(page, "facilitatorEdit")
        self.mcEdit = _line_edit(page, "mcEdit")
        self.takerEdit = _line_edit(page, "takerEdit")
        self.chairEdit = _line_edit(page, "chairEdit")
        self.languageCombo = QComboBox(page)
        self.languageCombo.setObjectName("languageCombo")
        self.general_labels = [QLabel(page) for _ in range(11)]
        fields: list[QWidget | QHBoxLayout] = [
            self.kindCombo, self.titleEdit, self.dateEdit, times, self.placeEdit, self.facilitatorEdit,
            self.mcEdit, self.takerEdit, self.chairEdit, self.languageCombo]
        for label, field in zip(self.general_labels, fields, strict=False):
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                label.setBuddy(self.startEdit)
                form.addRow(label, field)
        layout.addLayout(form)
        self.generalHint = QLabel(page)
        self.generalHint.setWordWrap(True)
        self.generalHint.setStyleSheet("color: #6d6d6d;")
        layout.addWidget(self.generalHint)
        layout.addStretch(1)

    def _build_objectives(self) -> None:
        page, layout = self._tab("objectives")
        self.objectivesHint = QLabel(page)
        self.objectivesHint.setWordWrap(True)
        layout.addWidget(self.objectivesHint)
        self.objectivesEdit = QPlainTextEdit(page)
        self.objectivesEdit.setObjectName("objectivesEdit")
        self.objectivesEdit.setTabChangesFocus(True)
        layout.addWidget(self.objectivesEdit, 1)

    def _build_agenda(self) -> None:
        page, layout = self._tab("agenda")
        self.agendaTitleLabel, self.agendaPresenterLabel, self.agendaResultLabel = (QLabel(page) for _ in range(3))
        self.agendaTitleEdit = _line_edit(page, "agendaTitleEdit", max_length=dmt.MAX_TITLE)
        self.agendaPresenterEdit = _line_edit(page, "agendaPresenterEdit")
        self.agendaResultEditor = RichTextEditor(page)
        self.agendaResultEditor.setObjectName("agendaResultEditor")
        self.agenda = ItemsEditor(
            [("title", self.agendaTitleLabel, self.agendaTitleEdit),
             ("presenter", self.agendaPresenterLabel, self.agendaPresenterEdit),
             ("result", self.agendaResultLabel, self.agendaResultEditor)],
            lambda: {"title": "", "presenter": "", "result": ""},
            lambda i, item: f"{i + 1}. {item['title'] or self.tr('(no title yet)')}", page)
        layout.addWidget(self.agenda)

    def _build_groups(self) -> None:
        page, layout = self._tab("groups")
        self.groupNameLabel, self.groupQuestionLabel, self.groupAnswerLabel = (QLabel(page) for _ in range(3))
        self.groupNameEdit = _line_edit(page, "groupNameEdit")
        self.groupQuestionEdit = QPlainTextEdit(page)
        self.groupQuestionEdit.setObjectName("groupQuestionEdit")
        self.groupQuestionEdit.setTabChangesFocus(True)
        self.groupQuestionEdit.setMaximumHeight(self.groupQuestionEdit.fontMetrics().height() * 5)
        self.groupAnswerEditor = RichTextEditor(page)
        self.groups = ItemsEditor(
            [("name", self.groupNameLabel, self.groupNameEdit),
             ("question", self.groupQuestionLabel, self.groupQuestionEdit),
             ("answer", self.groupAnswerLabel, self.groupAnswerEditor)],
            lambda: {"name": "", "question": "", "answer": ""},
            lambda i, item: item["name"] or self.tr("Group %s") % (i + 1), page)
        layout.addWidget(self.groups)

    def _table(self, parent: QWidget, name: str, columns: int, stretch: int) -> QTableWidget:
        table = QTableWidget(0, columns, parent)
        table.setObjectName(name)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 2.1))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        return table

    def _build_decisions(self) -> None:
        page, layout = self._tab("decisions")
        self.decisionsHint = QLabel(page)
        self.decisionsHint.setWordWrap(True)
        layout.addWidget(self.decisionsHint)
        row = QHBoxLayout()
        self.decisionsTable = self._table(page, "decisionsTable", 4, 0)
        row.addWidget(self.decisionsTable, 1)
        self.addDecisionButton = QPushButton(page)
        self.addDecisionButton.setObjectName("addDecisionButton")
        self.removeDecisionButton = QPushButton(page)
        row.addLayout(packed(QVBoxLayout(), (self.addDecisionButton, self.removeDecisionButton)))
        layout.addLayout(row)

    def _build_actions(self) -> None:
        page, layout = self._tab("actions")
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        own = QGroupBox(splitter)
        self.ownActionsBox = own
        own_layout = QHBoxLayout(own)
        self.actionsTable = self._table(own, "actionsTable", 6, 0)
        own_layout.addWidget(self.actionsTable, 1)
        self.addActionButton = QPushButton(own)
        self.addActionButton.setObjectName("addActionButton")
        self.removeActionButton = QPushButton(own)
        own_layout.addLayout(packed(QVBoxLayout(), (self.addActionButton, self.removeActionButton)))
        earlier = QGroupBox(splitter)
        self.earlierBox = earlier
        earlier_layout = QVBoxLayout(earlier)
        self.earlierHint = QLabel(earlier)
        self.earlierHint.setWordWrap(True)
        earlier_layout.addWidget(self.earlierHint)
        row = QHBoxLayout()
        self.earlierTable = self._table(earlier, "earlierTable", 6, 1)
        self.earlierTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earlierTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.earlierTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        row.addWidget(self.earlierTable, 1)
        self.doneButton = QPushButton(earlier)
        self.doneButton.setObjectName("doneButton")
        self.droppedButton = QPushButton(earlier)
        self.droppedButton.setObjectName("droppedButton")
        self.stillOpenButton = QPushButton(earlier)
        row.addLayout(packed(QVBoxLayout(),
                             (self.doneButton, self.droppedButton, self.stillOpenButton)))
        earlier_layout.addLayout(row)
        splitter.addWidget(own)
        splitter.addWidget(earlier)
        layout.addWidget(splitter)

    def _build_closing(self) -> None:
        page, layout = self._tab("closing")
        self.conclusionLabel = QLabel(page)
        layout.addWidget(self.conclusionLabel)
        self.conclusionEditor = RichTextEditor(page)
        self.conclusionEditor.setObjectName("conclusionEditor")
        layout.addWidget(self.conclusionEditor, 3)
        self.closingLabel = QLabel(page)
        layout.addWidget(self.closingLabel)
        self.closingEditor = RichTextEditor(page)
        self.closingEditor.setObjectName("closingEditor")
        layout.addWidget(self.closingEditor, 2)
        form = QFormLayout()
        self.closingByLabel = QLabel(page)
        self.closingByEdit = _line_edit(page, "closingByEdit")
        self.closingByLabel.setBuddy(self.closingByEdit)
        form.addRow(self.closingByLabel, self.closingByEdit)
        layout.addLayout(form)

    def _build_annexes(self) -> None:
        page, layout = self._tab("annexes")
        self.annexesHint = QLabel(page)
        self.annexesHint.setWordWrap(True)
        layout.addWidget(self.annexesHint)
        row = QHBoxLayout()
        self.annexesTable = self._table(page, "annexesTable", 3, 0)
        self.annexesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.annexesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        row.addWidget(self.annexesTable, 1)
        self.addAnnexButton = QPushButton(page)
        self.addAnnexButton.setObjectName("addAnnexButton")
        self.openAnnexButton = QPushButton(page)
        self.removeAnnexButton = QPushButton(page)
        row.addLayout(packed(QVBoxLayout(),
                             (self.addAnnexButton, self.openAnnexButton, self.removeAnnexButton)))
        layout.addLayout(row)

    def _build_status(self) -> None:
        page, layout = self._tab("status")
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        self.statusLabel = QLabel(inner)
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        font = QFont(self.statusLabel.font())
        font.setBold(True)
        self.statusLabel.setFont(font)
        inner_layout.addWidget(self.statusLabel)
        self.approveBox = QGroupBox(inner)
        approve_form = QFormLayout(self.approveBox)
        self.approveDateEdit = QDateEdit(self.approveBox)
        self.approveDateEdit.setObjectName("approveDateEdit")
        setup_date_edit(self.approveDateEdit, self.today, latest=self.today)
        self.approveAtCombo = QComboBox(self.approveBox)
        self.approveAtCombo.setObjectName("approveAtCombo")
        self.approveButton = QPushButton(self.approveBox)
        self.approveButton.setObjectName("approveButton")
        self.approveDateLabel, self.approveAtLabel = QLabel(self.approveBox), QLabel(self.approveBox)
        approve_form.addRow(self.approveAtLabel, self.approveAtCombo)
        approve_form.addRow(self.approveDateLabel, self.approveDateEdit)
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.approveButton)
        approve_row.addStretch(1)
        approve_form.addRow("", approve_row)
        self.approveDateEdit.setMaximumWidth(self.approveDateEdit.fontMetrics().horizontalAdvance("00/00/00000")
                                             + 60)
        inner_layout.addWidget(self.approveBox)
        self.lockBox = QGroupBox(inner)
        lock_layout = QHBoxLayout(self.lockBox)
        self.lockHint = QLabel(self.lockBox)
        self.lockHint.setWordWrap(True)
        self.lockButton = QPushButton(self.lockBox)
        self.lockButton.setObjectName("lockButton")
        lock_layout.addWidget(self.lockHint, 1)
        lock_layout.addWidget(self.lockButton)
        inner_layout.addWidget(self.lockBox)
        self.amendBox = QGroupBox(inner)
        amend_layout = QVBoxLayout(self.amendBox)
        self.amendmentsLabel = QLabel(self.amendBox)
        self.amendmentsLabel.setWordWrap(True)
        self.amendmentsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        amend_layout.addWidget(self.amendmentsLabel)
        self.amendmentEdit = QPlainTextEdit(self.amendBox)
        self.amendmentEdit.setObjectName("amendmentEdit")
        self.amendmentEdit.setTabChangesFocus(True)
        self.amendmentEdit.setMaximumHeight(self.amendmentEdit.fontMetrics().height() * 6)
        amend_layout.addWidget(self.amendmentEdit)
        self.amendButton = QPushButton(self.amendBox)
        self.amendButton.setObjectName("amendButton")
        amend_layout.addWidget(self.amendButton, 0, Qt.AlignmentFlag.AlignRight)
        inner_layout.addWidget(self.amendBox)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        save = self.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveButton")
        save.clicked.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self.printButton.clicked.connect(self.print_minutes)
        self.kindCombo.currentIndexChanged.connect(self._quorum_inputs_changed)
        self.dateEdit.dateChanged.connect(self._date_changed)
        self.titleEdit.textChanged.connect(self._show_header)
        self.attendance.addMissingButton.clicked.connect(self.add_missing_members)
        self.addDecisionButton.clicked.connect(lambda: self.add_decision())
        self.removeDecisionButton.clicked.connect(lambda: self._remove_row(self.decisionsTable))
        self.addActionButton.clicked.connect(lambda: self.add_action())
        self.removeActionButton.clicked.connect(self._remove_action)
        self.doneButton.clicked.connect(lambda: self.review_action("done"))
        self.droppedButton.clicked.connect(lambda: self.review_action("dropped"))
        self.stillOpenButton.clicked.connect(lambda: self.review_action("open"))
        self.addAnnexButton.clicked.connect(self.choose_annex)
        self.openAnnexButton.clicked.connect(self.open_annex)
        self.removeAnnexButton.clicked.connect(self.remove_annex)
        self.approveButton.clicked.connect(self.approve)
        self.lockButton.clicked.connect(self.lock)
        self.amendButton.clicked.connect(self.add_amendment)
        self.approveAtCombo.currentIndexChanged.connect(self._approval_meeting_chosen)

    # -- texts ---------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("General"), self.tr("Attendance"), self.tr("Objectives"),
                                  self.tr("Agenda"), self.tr("Group work"), self.tr("Decisions"),
                                  self.tr("Action items"), self.tr("Conclusion"), self.tr("Annexes"),
                                  self.tr("Status"))):
            self.tabs.setTabText(i, text)
        labels = (self.tr("&Kind:"), self.tr("&Title:"), self.tr("&Date:"), self.tr("Ti&me:"), self.tr("&Place:"),
                  self.tr("&Facilitated by:"), self.tr("M&C:"), self.tr("Minutes ta&ken by:"),
                  self.tr("C&haired by:"), self.tr("&Language of the minutes:"))
        for label, text in zip(self.general_labels, labels, strict=False):
            label.setText(text)
        self.toLabel.setText(self.tr("to"))
        self.generalHint.setText(self.tr("The printed minutes use the language chosen here for their headings. "
                                         "Names of the facilitator, MC and minutes taker are suggested from the "
                                         "attendance list."))
        fill_combo(self.kindCombo, [(k, kind_label(k)) for k in dmt.KINDS])
        fill_combo(self.languageCombo, [(k, language_label(k)) for k in dmt.LANGUAGES])
        self.objectivesHint.setText(self.tr("One objective per line; the printed minutes number them."))
        self.agendaTitleLabel.setText(self.tr("Agenda item:"))
        self.agendaPresenterLabel.setText(self.tr("Presented by:"))
        self.agendaResultLabel.setText(self.tr("Result (what was said and agreed):"))
        self.agenda.addButton.setText(self.tr("&Add item"))
        self.agenda.removeButton.setText(self.tr("Remove"))
        self.groupNameLabel.setText(self.tr("Group:"))
        self.groupQuestionLabel.setText(self.tr("Question given:"))
        self.groupAnswerLabel.setText(self.tr("The group's answers:"))
        self.groups.addButton.setText(self.tr("&Add group"))
        self.groups.removeButton.setText(self.tr("Remove"))
        self.decisionsHint.setText(self.tr("Leave the votes empty for a decision taken without a count. A member "
                                           "with a declared conflict of interest abstains."))
        self.decisionsTable.setHorizontalHeaderLabels([self.tr("Decision"), self.tr("For"), self.tr("Against"),
                                                       self.tr("Abstained")])
        self.addDecisionButton.setText(self.tr("Add &decision"))
        self.removeDecisionButton.setText(self.tr("Remove"))
        self.ownActionsBox.setTitle(self.tr("Action items decided at this meeting"))
        self.actionsTable.setHorizontalHeaderLabels([self.tr("What"), self.tr("Who"), self.tr("By when"),
                                                     self.tr("Status"), self.tr("Done on"), self.tr("Note")])
        self.addActionButton.setText(self.tr("Add a&ction"))
        self.removeActionButton.setText(self.tr("Remove"))
        self.earlierBox.setTitle(self.tr("From earlier meetings"))
        self.earlierTable.setHorizontalHeaderLabels([self.tr("Decided at"), self.tr("What"), self.tr("Who"),
                                                     self.tr("By when"), self.tr("Status"), self.tr("Note")])
        self.doneButton.setText(self.tr("Done…"))
        self.droppedButton.setText(self.tr("Dropped…"))
        self.stillOpenButton.setText(self.tr("Still open…"))
        self.conclusionLabel.setText(self.tr("Conclusion and ways forward:"))
        self.closingLabel.setText(self.tr("Closing remark:"))
        self.closingByLabel.setText(self.tr("Closing remark &by:"))
        self.annexesHint.setText(self.tr("Files that go with the minutes: the attendance sheet, slides, the "
                                         "concept note, photos (at most %s MB each).") % dmt.MAX_ANNEX_MB)
        self.annexesTable.setHorizontalHeaderLabels([self.tr("Title"), self.tr("File"), self.tr("Size")])
        self.addAnnexButton.setText(self.tr("Add &file…"))
        self.openAnnexButton.setText(self.tr("Open"))
        self.removeAnnexButton.setText(self.tr("Remove"))
        self.approveBox.setTitle(self.tr("Approve the minutes"))
        self.approveAtLabel.setText(self.tr("Approved at the meeting:"))
        self.approveDateLabel.setText(self.tr("Approved on:"))
        self.approveButton.setText(self.tr("&Approve"))
        self.lockBox.setTitle(self.tr("Lock"))
        self.lockHint.setText(self.tr("Locked minutes never change again, and no annex can be added. A "
                                      "correction is then an amendment note."))
        self.lockButton.setText(self.tr("&Lock the minutes"))
        self.amendBox.setTitle(self.tr("Amendment notes"))
        self.amendmentEdit.setPlaceholderText(self.tr("A correction of the approved minutes, as agreed"))
        self.amendButton.setText(self.tr("Add amendment &note"))
        self.printButton.setText(self.tr("&Print minutes…"))
        self._fill_approval_meetings()
        self._show_header()
        self._show_review()
        self._show_status()
        self.attendance.retranslate()

    def _show_header(self) -> None:
        view = self.view
        title = self.titleEdit.text().strip()
        kind = self.kindCombo.currentData() or "committee"
        day = from_qdate(self.dateEdit.date())
        name = meeting_name(title, kind, day, self.locale_settings)
        if view is None:
            self.setWindowTitle(self.tr("New meeting"))
            self.headerLabel.setText(self.tr("New meeting: %s") % name)
            self.recordedLabel.setText("")
        else:
            self.setWindowTitle(name)
            self.headerLabel.setText(f"{name} — {minutes_status_label(view.status)}")
            recorded = self.tr("Recorded by %s on %s.") % (view.created_by,
                                                           format_stored_time(view.created_at, self.locale_settings))
            if view.updated_at is not None:
                recorded += " " + self.tr("Last changed by %s on %s.") % (
                    view.updated_by, format_stored_time(view.updated_at, self.locale_settings))
            self.recordedLabel.setText(recorded)
        if view is not None and not view.editable:
            self.noteLabel.setText(self.tr("These minutes are %s: they are shown as they were approved. A "
                                           "correction is an amendment note (Status tab).")
                                   % minutes_status_label(view.status).lower())
        elif not self.actor.may("meetings.edit"):
            self.noteLabel.setText(self.tr("Your role reads the minutes; the secretary writes them."))
        else:
            self.noteLabel.setText("")
        self.noteLabel.setVisible(bool(self.noteLabel.text()))

    # -- showing ---------------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self.actor.may("meetings.edit") and (self.view is None or self.view.editable)

    def _show_view(self, view: dmt.MeetingView) -> None:
        self.view = view
        self._show_draft(view.to_draft(), view.attendance)
        self._show_annexes()
        self._load_review()
        self._show_status()
        self._show_header()

    def _show_draft(self, draft: dmt.MeetingDraft, lines: Sequence[dmt.AttendanceLine]) -> None:
        self.kindCombo.blockSignals(True)
        fill_combo(self.kindCombo, [(k, kind_label(k)) for k in dmt.KINDS])
        choose(self.kindCombo, draft.kind)
        self.kindCombo.blockSignals(False)
        self.titleEdit.setText(draft.title)
        self.dateEdit.blockSignals(True)
        self.dateEdit.setDate(to_qdate(draft.date or self.today))
        self.dateEdit.blockSignals(False)
        self.startEdit.setText(draft.start_time)
        self.endEdit.setText(draft.end_time)
        self.placeEdit.setText(draft.place)
        self.facilitatorEdit.setText(draft.facilitator)
        self.mcEdit.setText(draft.mc)
        self.takerEdit.setText(draft.minutes_taker)
        self.chairEdit.setText(draft.chair)
        fill_combo(self.languageCombo, [(k, language_label(k)) for k in dmt.LANGUAGES])
        choose(self.languageCombo, draft.language)
        self.objectivesEdit.setPlainText(draft.objectives)
        self.attendance.load(lines, draft.guests)
        self.agenda.set_items([{"title": a.title, "presenter": a.presenter, "result": a.result}
                               for a in draft.agenda])
        self.groups.set_items([{"name": g.name, "question": g.question, "answer": g.answer} for g in draft.groups])
        self.decisionsTable.setRowCount(0)
        for decision in draft.decisions:
            self.add_decision(decision, focus=False)
        self.actionsTable.setRowCount(0)
        self._action_ids = []
        for action in draft.actions:
            self.add_action(action, focus=False)
        self.conclusionEditor.set_markdown(draft.conclusion)
        self.closingEditor.set_markdown(draft.closing_remark)
        self.closingByEdit.setText(draft.closing_by)
        self._suggest_names(lines)
        self._set_editable()
        self._quorum_inputs_changed()

    def _suggest_names(self, lines: Sequence[dmt.AttendanceLine]) -> None:
        names = sorted({line.name(self.locale_settings.language) for line in lines})
        model = QStringListModel(names, self)
        for edit in (self.facilitatorEdit, self.mcEdit, self.takerEdit, self.chairEdit, self.closingByEdit,
                     self.agendaPresenterEdit):
            completer = QCompleter(model, edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            edit.setCompleter(completer)

    def _set_editable(self) -> None:
        editable = self.editable
        for edit in (self.titleEdit, self.startEdit, self.endEdit, self.placeEdit, self.facilitatorEdit,
                     self.mcEdit, self.takerEdit, self.chairEdit, self.closingByEdit):
            edit.setReadOnly(not editable)
        for widget in (self.kindCombo, self.languageCombo):
            widget.setEnabled(editable)
        self.dateEdit.setReadOnly(not editable)
        self.objectivesEdit.setReadOnly(not editable)
        for editor in (self.conclusionEditor, self.closingEditor):
            editor.setReadOnly(not editable)
        self.attendance.set_editable(editable)
        self.agenda.set_editable(editable)
        self.groups.set_editable(editable)
        triggers = (QAbstractItemView.EditTrigger.AllEditTriggers if editable
                    else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisionsTable.setEditTriggers(triggers)
        self.actionsTable.setEditTriggers(triggers)
        for row in range(self.actionsTable.rowCount()):
            combo = self.actionsTable.cellWidget(row, 3)
            if combo is not None:
                combo.setEnabled(editable)
        for button in (self.addDecisionButton, self.removeDecisionButton, self.addActionButton,
                       self.removeActionButton):
            button.setVisible(editable)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        self.printButton.setVisible(self.actor.may("reports.view"))

    def show_tab(self, name: str) -> None:
        if name in TABS:
            self.tabs.setCurrentIndex(TABS.index(name))

    # -- attendance and quorum ------------------------------------------------------------------------

    def _date_changed(self) -> None:
        """A new meeting whose attendance is not marked yet lists the members active on its day."""
        if self.view is None and all(p == "absent" for p in self.attendance.model.presence):
            day = from_qdate(self.dateEdit.date())
            guests = self.attendance.guests([])
            lines = ms.default_attendance(self.cbo, self.actor, day)
            self.attendance.load(lines, guests)
            self._suggest_names(lines)
        self._quorum_inputs_changed()

    def add_missing_members(self) -> int:
        """Members active on the meeting's day who are not on its list yet (joined later, say)."""
        if not self.editable:
            return 0
        lines = ms.default_attendance(self.cbo, self.actor, from_qdate(self.dateEdit.date()))
        added = self.attendance.model.add_lines(lines)
        self._suggest_names(self.attendance.model.lines)
        return added

    def _quorum_inputs_changed(self) -> None:
        kind = self.kindCombo.currentData() or "committee"
        day = from_qdate(self.dateEdit.date())
        if kind == "general_assembly" and day not in self._active_cache:
            self._active_cache[day] = ms.active_members_on(self.cbo, day)
        self.attendance.set_quorum(kind, self.settings.quorum, self._active_cache.get(day, 0))
        self._show_header()

    # -- decisions and actions --------------------------------------------------------------------------

    def add_decision(self, decision: dmt.DecisionDraft | None = None, *, focus: bool = True) -> None:
        values = ([decision.text] + ["" if v is None else str(v) for v in
                                     (decision.votes_for, decision.votes_against, decision.votes_abstain)]
                  if decision is not None else ["", "", "", ""])
        add_number_row(self.decisionsTable, values, focus=focus)

    def add_action(self, action: dmt.ActionItemDraft | None = None, *, focus: bool = True) -> None:
        table = self.actionsTable
        row = table.rowCount()
        table.insertRow(row)
        action = action or dmt.ActionItemDraft("")
        items = [QTableWidgetItem(value) for value in (
            action.what, action.who, short_date(action.due_on, self.locale_settings), "",
            short_date(action.done_on, self.locale_settings), action.note)]
        for column, item in enumerate(items):
            table.setItem(row, column, item)
        combo = QComboBox(table)
        fill_combo(combo, [(code, action_status_label(code)) for code in dmt.ACTION_STATUSES])
        choose(combo, action.status)
        combo.setEnabled(self.editable)
        table.setCellWidget(row, 3, combo)
        self._action_ids.append(action.id)
        if focus:
            table.setCurrentCell(row, 0)
            table.editItem(items[0])

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0 and self.editable:
            table.removeRow(row)

    def _remove_action(self) -> None:
        row = self.actionsTable.currentRow()
        if row >= 0 and self.editable:
            self.actionsTable.removeRow(row)
            del self._action_ids[row]

    def _day(self, text: str, field: str, problems: list[Problem]) -> date | None:
        if not text.strip():
            return None
        try:
            return parse_date(text, self.locale_settings)
        except DateError:
            problems.append(Problem(field, NOT_A_DAY, {"text": text.strip()}))
            return None

    def _votes(self, text: str, field: str, problems: list[Problem]) -> int | None:
        text = text.strip()
        if not text:
            return None
        if text.isdigit():
            return int(text)
        problems.append(Problem(field, NOT_A_NUMBER))
        return None

    # -- the draft -----------------------------------------------------------------------------------------

    def draft(self, problems: list[Problem]) -> dmt.MeetingDraft:
        """What the tabs hold, as the service takes it; what cannot be read goes into *problems*."""
        decisions = []
        table = self.decisionsTable
        for r in range(table.rowCount()):
            decisions.append(dmt.DecisionDraft(
                _cell(table, r, 0), self._votes(_cell(table, r, 1), f"decisions.{r}.votes_for", problems),
                self._votes(_cell(table, r, 2), f"decisions.{r}.votes_against", problems),
                self._votes(_cell(table, r, 3), f"decisions.{r}.votes_abstain", problems)))
        actions = []
        table = self.actionsTable
        for r in range(table.rowCount()):
            combo = table.cellWidget(r, 3)
            status = combo.currentData() if isinstance(combo, QComboBox) else "open"
            actions.append(dmt.ActionItemDraft(
                what=_cell(table, r, 0), who=_cell(table, r, 1),
                due_on=self._day(_cell(table, r, 2), f"actions.{r}.due_on", problems),
                status=status or "open", done_on=self._day(_cell(table, r, 4), f"actions.{r}.done_on", problems),
                note=_cell(table, r, 5), id=self._action_ids[r] if r < len(self._action_ids) else None))
        return dmt.MeetingDraft(
            kind=self.kindCombo.currentData() or "", title=self.titleEdit.text(), date=from_qdate(self.dateEdit.date()),
            start_time=self.startEdit.text(), end_time=self.endEdit.text(), place=self.placeEdit.text(),
            facilitator=self.facilitatorEdit.text(), mc=self.mcEdit.text(), minutes_taker=self.takerEdit.text(),
            chair=self.chairEdit.text(), objectives=self.objectivesEdit.toPlainText(),
            conclusion=self.conclusionEditor.markdown(), closing_remark=self.closingEditor.markdown(),
            closing_by=self.closingByEdit.text(), language=self.languageCombo.currentData() or "",
            attendance=self.attendance.model.drafts(), guests=self.attendance.guests(problems),
            agenda=tuple(dmt.AgendaItemDraft(i["title"], i["presenter"], i["result"])
                         for i in self.agenda.current_items()),
            groups=tuple(dmt.GroupWorkDraft(g["name"], g["question"], g["answer"])
                         for g in self.groups.current_items()),
            decisions=tuple(decisions), actions=tuple(actions))

    def _snapshot(self) -> tuple[object, ...]:
        raw_days = tuple((_cell(self.actionsTable, r, 2), _cell(self.actionsTable, r, 4))
                         for r in range(self.actionsTable.rowCount()))
        raw_votes = tuple(tuple(_cell(self.decisionsTable, r, c) for c in range(1, 4))
                          for r in range(self.decisionsTable.rowCount()))
        raw_guests = tuple(tuple(_cell(self.attendance.guestsTable, r, c) for c in range(4))
                           for r in range(self.attendance.guestsTable.rowCount()))
        return self.draft([]), raw_days, raw_votes, raw_guests

    def has_unsaved_changes(self) -> bool:
        return self.editable and self._snapshot() != self._loaded

    # -- saving ----------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the meeting; False (with every problem marked) when it was not saved."""
        if not self.editable:
            return False
        typed: list[Problem] = []
        draft = self.draft(typed)
        if typed:  # the rest is checked too, so that every wrong field shows at once
            shown = {p.field for p in typed}
            self._show_problems(typed + [p for p in draft.cleaned().problems(self.today) if p.field not in shown])
            return False
        if self.view is None:
            view = self._attempt(lambda: ms.create_meeting(self.cbo, self.actor, draft, today=self.today))
        else:
            meeting_id, row_version = self.view.id, self.view.row_version
            view = self._attempt(lambda: ms.save_meeting(self.cbo, self.actor, meeting_id, draft,
                                                         row_version=row_version, today=self.today))
        if view is None:
            return False
        self._show_problems([])
        tab = self.tabs.currentIndex()
        agenda_row, group_row = self.agenda.row, self.groups.row
        self._show_view(view)
        self.agenda.choose(agenda_row)
        self.groups.choose(group_row)
        self.tabs.setCurrentIndex(tab)
        self._loaded = self._snapshot()
        self.saved.emit(view)
        return True

    def _attempt(self, call: Callable[[], _T]) -> _T | None:
        """Do one service call of this window; None when it was refused, after saying why: the
        problems at their fields, a save overtaken by somebody else's with the offer to reload,
        any other refusal in a message."""
        try:
            return call()
        except InvalidInput as exc:
            self._show_problems(exc.problems)
        except ms.MeetingChangedMeanwhile as exc:
            self._show_problems([])
            if ask_reload_after_conflict(self, exc):
                self.reload()
        except UserError as exc:
            show_error(self, exc)
        return None

    def reload(self) -> None:
        """Show the meeting as stored now (after somebody else saved it)."""
        if self.view is None:
            return
        try:
            view = ms.get_meeting(self.cbo, self.actor, self.view.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self._show_view(view)
        self._loaded = self._snapshot()

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        """Every problem listed, its field marked, and the tabs holding one in red."""
        shown = []
        for problem in problems:
            key = problem.field.split(".", 1)[0] if "." in problem.field else problem.field
            shown.append(dataclasses.replace(problem, field=key))
        self.marks.show(shown, focus=False)
        marked_tabs: set[int] = set()
        for problem in shown:
            widget = self.marks.widgets.get(problem.field)
            if widget is None:
                continue
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    marked_tabs.add(i)
        bar = self.tabs.tabBar()
        for i in range(self.tabs.count()):
            bar.setTabTextColor(i, QColor(PROBLEM_COLOUR) if i in marked_tabs else QColor())
        if marked_tabs and self.tabs.currentIndex() not in marked_tabs:
            self.tabs.setCurrentIndex(min(marked_tabs))
        self._select_problem_rows(problems)

    def _select_problem_rows(self, problems: Sequence[Problem]) -> None:
        """In a list of items, go to the first item with a problem."""
        for problem in problems:
            parts = problem.field.split(".")
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            row = int(parts[1])
            if parts[0] == "agenda":
                self.agenda.choose(row)
            elif parts[0] == "groups":
                self.groups.choose(row)
            elif parts[0] == "decisions" and row < self.decisionsTable.rowCount():
                self.decisionsTable.setCurrentCell(row, 0)
            elif parts[0] == "actions" and row < self.actionsTable.rowCount():
                self.actionsTable.setCurrentCell(row, 0)
            break

    def reject(self) -> None:
        """Close, Esc or the window's close button: ask first when something typed is not saved."""
        if not self.has_unsaved_changes() or may_close_unsaved(
                self, self.tr("Unsaved changes"),
                self.tr("This meeting has changes that are not saved yet. Save "
                        "them now?"),
                self.save, accept_saved=False):
            super().reject()

    def _saved_first(self) -> bool:
        """Actions that need the meeting stored: save what is typed first (asking if it changed)."""
        if self.view is None or self.has_unsaved_changes():
            if not self.editable:
                return self.view is not None
            if self.view is not None:
                answer = QMessageBox.question(
                    self, self.tr("Save first"), self.tr("The meeting has changes that are not saved yet. Save "
                                                         "them first?"),
                    QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Save)
                if answer != QMessageBox.StandardButton.Save:
                    return False
            return self.save()
        return True

    # -- printing --------------------------------------------------------------------------------------

    def print_minutes(self) -> None:
        if not self._saved_first() or self.view is None:
            return
        open_meeting_report(self, self.cbo, self.actor, "minutes", self.locale_settings, meeting_id=self.view.id)

    # -- earlier meetings' actions -------------------------------------------------------------------

    def _load_review(self) -> None:
        self.review = ms.actions_for_review(self.cbo, self.actor, self.view.id) if self.view is not None else []
        self._show_review()

    def _show_review(self) -> None:
        table, locale = self.earlierTable, self.locale_settings
        table.setRowCount(0)
        for action in self.review:
            row = table.rowCount()
            table.insertRow(row)
            status = action_status_label(action.status)
            if action.status == "done" and action.done_on is not None:
                status = self.tr("%s on %s") % (status, short_date(action.done_on, locale))
            elif action.overdue(from_qdate(self.dateEdit.date())):
                status = self.tr("%s, overdue") % status
            for column, value in enumerate((
                    meeting_name("", action.meeting_kind, action.meeting_date, locale), action.what, action.who,
                    short_date(action.due_on, locale), status, action.note)):
                table.setItem(row, column, QTableWidgetItem(value))
        may_review = self.view is not None and self.actor.may("meetings.edit")
        for button in (self.doneButton, self.droppedButton, self.stillOpenButton):
            button.setVisible(may_review)
            button.setEnabled(bool(self.review))
        if self.view is None:
            self.earlierHint.setText(self.tr("Save the meeting once to see the open action items of earlier "
                        "meetings of the same kind and review them here."))
        elif not self.review:
            self.earlierHint.setText(self.tr("No open action items from earlier meetings of this kind."))
        else:
            self.earlierHint.setText(self.tr("Open action items of earlier meetings of this kind, to review at "
                        "this meeting. What you mark is saved at once."))

    def review_action(self, status: str, *, note: str | None = None, done_on: date | None = None) -> bool:
        """Mark the chosen earlier action done, dropped or still open, with a note (asked for when
        *note* is None), reviewed at this meeting."""
        row = self.earlierTable.currentRow()
        if self.view is None or not 0 <= row < len(self.review):
            return False
        action = self.review[row]
        meeting_day = from_qdate(self.dateEdit.date())
        if note is None:
            answer = self._ask_review(action, status, meeting_day)
            if answer is None:
                return False
            note, done_on = answer
        try:
            ms.update_action(self.cbo, self.actor, action.id, status, done_on=done_on if status == "done" else None,
                             note=note, reviewed_at=self.view.id, today=self.today)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Action item not changed"),
                                "\n".join(p.text(tr_core) for p in exc.problems))
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self._load_review()
        if row < self.earlierTable.rowCount():
            self.earlierTable.selectRow(row)
        return True

    def _ask_review(self, action: dmt.ActionItemView, status: str, meeting_day: date) -> tuple[str, date | None] | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Review an action item"))
        layout = QVBoxLayout(dialog)
        what = QLabel(action.what, dialog)
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        done_edit = QDateEdit(dialog)
        setup_date_edit(done_edit, min(meeting_day, self.today), latest=self.today)
        done_edit.setMinimumDate(to_qdate(action.meeting_date))
        if status == "done":
            form.addRow(self.tr("Done on:"), done_edit)
        note_edit = QPlainTextEdit(action.note, dialog)
        note_edit.setTabChangesFocus(True)
        form.addRow(self.tr("Note:"), note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        try:
            if not dialog.exec():
                return None
            return note_edit.toPlainText(), from_qdate(done_edit.date()) if status == "done" else None
        finally:
            dialog.deleteLater()

    # -- annexes ------------------------------------------------------------------------------------------

    def _show_annexes(self) -> None:
        table = self.annexesTable
        table.setRowCount(0)
        annexes = self.view.annexes if self.view is not None else ()
        for annex in annexes:
            row = table.rowCount()
            table.insertRow(row)
            size = annex.size / 1024
            size_text = (self.tr("%s KB") % count(max(1, round(size)), self.locale_settings) if size < 1024
                         else self.tr("%s MB") % f"{size / 1024:.1f}")
            for column, value in enumerate((annex.title, annex.file_name, size_text)):
                table.setItem(row, column, QTableWidgetItem(value))
        may_edit = self.actor.may("meetings.edit")
        status = self.view.status if self.view is not None else "draft"
        self.addAnnexButton.setVisible(may_edit and status != "locked")
        self.removeAnnexButton.setVisible(may_edit and status == "draft")
        has_rows = bool(annexes)
        self.openAnnexButton.setEnabled(has_rows)
        self.removeAnnexButton.setEnabled(has_rows)

    def choose_annex(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to attach"))
        if not path:
            return
        title, ok = QInputDialog.getText(self, self.tr("Title of the annex"), self.tr("Title:"),
                                         text=Path(path).stem)
        if ok:
            self.add_annex_file(Path(path), title)

    def add_annex_file(self, path: Path, title: str) -> bool:
        if not self._saved_first() or self.view is None:
            return False
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(self, UserError(N_("errors", "The file {path} could not be read: {reason}"),
                                       path=str(path), reason=exc.strerror or str(exc)))
            return False
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        try:
            ms.add_annex(self.cbo, self.actor, self.view.id, title, path.name, data, media_type)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Annex not added"),
                                "\n".join(p.text(tr_core) for p in exc.problems))
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self.reload_annexes()
        return True

    def reload_annexes(self) -> None:
        if self.view is None:
            return
        view = ms.get_meeting(self.cbo, self.actor, self.view.id)
        # Annexes do not change the meeting's version; keep what is typed, take the new list.
        self.view = dataclasses.replace(self.view, annexes=view.annexes)
        self._show_annexes()

    def _current_annex(self) -> dmt.AnnexInfo | None:
        row = self.annexesTable.currentRow()
        if self.view is None or not 0 <= row < len(self.view.annexes):
            return None
        return self.view.annexes[row]

    def open_annex(self) -> None:
        annex = self._current_annex()
        if annex is None:
            return
        try:
            _info, data = ms.annex_data(self.cbo, self.actor, annex.id)
        except UserError as exc:
            show_error(self, exc)
            return
        folder = Path(tempfile.mkdtemp(prefix="cbodesk-annex-"))
        target = folder / (Path(annex.file_name).name or "annex")
        target.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_annex(self) -> None:
        annex = self._current_annex()
        if annex is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove the annex"),
                                      self.tr("Remove “%s” from the minutes?") % annex.title,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            ms.remove_annex(self.cbo, self.actor, annex.id)
        except UserError as exc:
            show_error(self, exc)
        self.reload_annexes()

    # -- status: approval, lock, amendments ----------------------------------------------------------

    def _fill_approval_meetings(self) -> None:
        """The meetings at which the minutes can have been approved: later ones, up to today."""
        combo = self.approveAtCombo
        items: list[tuple[object, str]] = [(None, self.tr("(not at a recorded meeting)"))]
        if self.view is not None and self.view.status == "draft":
            rows = ms.list_meetings(self.cbo, self.actor, when="past", today=self.today + _ONE_DAY)
            items += [(r.id, meeting_name(r.title, r.kind, r.date, self.locale_settings)) for r in rows
                      if r.id != self.view.id and r.date >= self.view.date]
        fill_combo(combo, items)

    def _approval_meeting_chosen(self) -> None:
        meeting_id = self.approveAtCombo.currentData()
        if meeting_id is None:
            return
        text = self.approveAtCombo.currentText()
        for row in ms.list_meetings(self.cbo, self.actor, today=self.today):
            if row.id == meeting_id:
                self.approveDateEdit.setDate(to_qdate(row.date))
                break
        self.approveAtCombo.setToolTip(text)

    def _show_status(self) -> None:
        view, locale = self.view, self.locale_settings
        may_approve = self.actor.may("meetings.approve")
        if view is None:
            self.statusLabel.setText(self.tr("Draft: the minutes are written and changed until they are approved. "
                        "Save the meeting first."))
        elif view.status == "draft":
            self.statusLabel.setText(self.tr("Draft: the minutes can still be changed. They are usually approved "
                        "at the next meeting."))
        elif view.status == "approved":
            self.statusLabel.setText(self._approved_text(view) + " " +
                                     self.tr("They are no longer changed; a correction is an amendment note."))
        else:
            self.statusLabel.setText(self._approved_text(view) + " " + self.tr("The minutes are locked."))
        self.approveBox.setVisible(view is not None and view.status == "draft" and may_approve)
        self.lockBox.setVisible(view is not None and view.status == "approved" and may_approve)
        self.amendBox.setVisible(view is not None and view.status != "draft")
        self.amendmentEdit.setVisible(self.actor.may("meetings.edit"))
        self.amendButton.setVisible(self.actor.may("meetings.edit"))
        if view is not None:
            lines = [self.tr("%s, by %s: %s") % (short_date(a.made_on, locale), a.made_by, a.text)
                     for a in view.amendments]
            self.amendmentsLabel.setText("\n\n".join(lines) if lines else self.tr("No amendment notes."))

    def _approved_text(self, view: dmt.MeetingView) -> str:
        day = short_date(view.approved_on, self.locale_settings)
        if view.approved_at_id is not None and view.approved_at_date is not None:
            at = short_date(view.approved_at_date, self.locale_settings)
            if view.approved_at_title:
                at = f"“{view.approved_at_title}”, {at}"
            return self.tr("Approved on %s at the meeting %s.") % (day, at)
        return self.tr("Approved on %s.") % day

    def approve(self) -> bool:
        if not self._saved_first() or self.view is None:
            return False
        meeting_id, row_version = self.view.id, self.view.row_version
        view = self._attempt(lambda: ms.approve_minutes(
            self.cbo, self.actor, meeting_id, approved_on=from_qdate(self.approveDateEdit.date()),
            approved_at=self.approveAtCombo.currentData(), row_version=row_version, today=self.today))
        if view is None:
            return False
        self._after_status_change(view)
        return True

    def lock(self) -> bool:
        if self.view is None:
            return False
        answer = QMessageBox.question(self, self.tr("Lock the minutes"),
                                      self.tr("Lock these minutes for good? They can then only be corrected by "
                                              "amendment notes."),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.lock_now()

    def lock_now(self) -> bool:
        if self.view is None:
            return False
        meeting_id, row_version = self.view.id, self.view.row_version
        view = self._attempt(lambda: ms.lock_minutes(self.cbo, self.actor, meeting_id, row_version=row_version))
        if view is None:
            return False
        self._after_status_change(view)
        return True

    def add_amendment(self) -> bool:
        if self.view is None:
            return False
        meeting_id = self.view.id
        if self._attempt(lambda: ms.add_amendment(self.cbo, self.actor, meeting_id, self.amendmentEdit.toPlainText(),
                                                  today=self.today)) is None:
            return False
        self.amendmentEdit.clear()
        self._show_problems([])
        self.reload()
        if self.view is not None:
            self.saved.emit(self.view)
        return True

    def _after_status_change(self, view: dmt.MeetingView) -> None:
        self._show_problems([])
        self._show_view(view)
        self._fill_approval_meetings()
        self._loaded = self._snapshot()
        self.show_tab("status")
        self.saved.emit(view)


_ONE_DAY = timedelta(days=1)
