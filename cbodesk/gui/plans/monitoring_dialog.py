"""The monitoring form: one visit (or report) on an activity, as Annex 6 asks.

The date, the participants (women and men, the total shown), the value of each of
the activity's indicators (for an indicator that counts people, women and men apart
with the total computed), the progress seen, quality and problems, who monitored,
and photos or files kept as evidence. An indicator left empty was not measured at
this visit. Files added or removed are written when the record is saved.
"""

from __future__ import annotations

import mimetypes
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import plans as dp
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import LocaleSettings, format_stored_time
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    PROBLEM_COLOUR,
    ProblemMarks,
    from_qdate,
    setup_date_edit,
    to_qdate,
)
from cbodesk.gui.errors import show_error
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.plans.common import value_text
from cbodesk.gui.widgets import heading, may_close_unsaved, packed
from cbodesk.i18n import N_
from cbodesk.services import plans as ps
from cbodesk.storage.database import Cbo

NOT_A_NUMBER = N_("errors", "Write a number.")
TOO_BIG = N_("errors", "This file is larger than 20 MB. Keep a smaller photo or a scan of the page.")
PROBLEM_FILL = "#ffebee"


class ValueColumn:
    NAME, UNIT, TARGET, FEMALE, MALE, VALUE = range(6)


@dataclass(frozen=True)
class PendingFile:
    """A file added in this dialog, written when the record is saved."""

    title: str
    file_name: str
    data: bytes
    media_type: str


class MonitoringDialog(Retranslating, QDialog):
    """A new monitoring record of an activity (*record_id* None) or an existing one."""

    saved = Signal(object)  # dp.MonitoringView

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, activity_id: int,
                 parent: QWidget | None = None, *, record_id: int | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.today = today or date.today()
        self.editable = actor.may("plans.monitor")
        self.activity = ps.get_activity(cbo, actor, activity_id)
        self.indicators = ps.indicators(cbo, actor, activity_id)
        self.view: dp.MonitoringView | None = ps.get_record(cbo, actor, record_id) if record_id is not None else None
        self.pending: list[PendingFile] = []
        self.removed: list[int] = []
        self._build()
        self._show_texts()
        self._show_record()
        self._set_editable()
        self._loaded = self._snapshot()
        # Not the table's own (tall) size hint: the form must fit a 768-pixel laptop screen.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.sizeHint().width(), 860), max(self.minimumSizeHint().height(), 680))
        self.dateEdit.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.headerLabel = heading(QLabel(self), 1.2)
        self.headerLabel.setWordWrap(True)
        layout.addWidget(self.headerLabel)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setWordWrap(True)
        layout.addWidget(self.problemsLabel)

        form = QFormLayout()
        self.dateEdit = QDateEdit(self)
        setup_date_edit(self.dateEdit, self.today, latest=self.today)
        self.dateEdit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 48)
        people = QHBoxLayout()
        self.femaleSpin = QSpinBox(self)
        self.maleSpin = QSpinBox(self)
        for spin in (self.femaleSpin, self.maleSpin):
            spin.setRange(0, dp.MAX_PARTICIPANTS)
            spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000000") + 32)
        self.femaleLabel, self.maleLabel = QLabel(self), QLabel(self)
        self.femaleLabel.setBuddy(self.femaleSpin)
        self.maleLabel.setBuddy(self.maleSpin)
        self.totalLabel = QLabel(self)
        for widget in (self.femaleLabel, self.femaleSpin, self.maleLabel, self.maleSpin, self.totalLabel):
            people.addWidget(widget)
        people.addStretch(1)
        self.monitoredEdit = QLineEdit(self)
        self.dateLabel, self.peopleLabel, self.monitoredLabel = QLabel(self), QLabel(self), QLabel(self)
        self.dateLabel.setBuddy(self.dateEdit)
        self.monitoredLabel.setBuddy(self.monitoredEdit)
        form.addRow(self.dateLabel, self.dateEdit)
        form.addRow(self.peopleLabel, people)
        form.addRow(self.monitoredLabel, self.monitoredEdit)
        layout.addLayout(form)

        self.valuesBox = QGroupBox(self)
        values = QVBoxLayout(self.valuesBox)
        self.valuesNote = QLabel(self.valuesBox)
        self.valuesNote.setWordWrap(True)
        self.valuesNote.setStyleSheet("color: #6d6d6d;")
        values.addWidget(self.valuesNote)
        self.valuesTable = QTableWidget(len(self.indicators), 6, self.valuesBox)
        self.valuesTable.setObjectName("valuesTable")
        self.valuesTable.verticalHeader().setVisible(False)
        self.valuesTable.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.1))
        header = self.valuesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ValueColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.valuesTable.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        self.valuesTable.setMinimumHeight(int(self.fontMetrics().height() * 2.1 * min(max(len(self.indicators), 2), 5)
                                              + header.sizeHint().height() + 6))
        values.addWidget(self.valuesTable)
        layout.addWidget(self.valuesBox, 1)

        texts = QFormLayout()
        self.progressEdit = self._text_edit()
        self.qualityEdit = self._text_edit()
        self.progressLabel, self.qualityLabel = QLabel(self), QLabel(self)
        self.progressLabel.setBuddy(self.progressEdit)
        self.qualityLabel.setBuddy(self.qualityEdit)
        texts.addRow(self.progressLabel, self.progressEdit)
        texts.addRow(self.qualityLabel, self.qualityEdit)
        layout.addLayout(texts)

        self.evidenceBox = QGroupBox(self)
        evidence = QVBoxLayout(self.evidenceBox)
        self.evidenceTable = QTableWidget(0, 3, self.evidenceBox)
        self.evidenceTable.setObjectName("evidenceTable")
        self.evidenceTable.verticalHeader().setVisible(False)
        self.evidenceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.evidenceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.evidenceTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidenceTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.evidenceTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.evidenceTable.setMaximumHeight(self.fontMetrics().height() * 5)
        evidence.addWidget(self.evidenceTable)
        self.addFileButton = QPushButton(self.evidenceBox)
        self.openFileButton = QPushButton(self.evidenceBox)
        self.removeFileButton = QPushButton(self.evidenceBox)
        evidence.addLayout(packed(QHBoxLayout(),
                                  (self.addFileButton, self.openFileButton, self.removeFileButton)))
        layout.addWidget(self.evidenceBox)

        self.recordedLabel = QLabel(self)
        self.recordedLabel.setStyleSheet("color: #6d6d6d;")
        layout.addWidget(self.recordedLabel)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttonBox)

        for name in ("dateEdit", "femaleSpin", "maleSpin", "totalLabel", "monitoredEdit", "progressEdit",
                     "qualityEdit", "addFileButton", "openFileButton", "removeFileButton"):
            getattr(self, name).setObjectName(name)
        self.marks = ProblemMarks(self.problemsLabel, {
            "date": self.dateEdit, "participants_female": self.femaleSpin, "participants_male": self.maleSpin,
            "progress": self.progressEdit, "quality": self.qualityEdit, "monitored_by": self.monitoredEdit,
            "values": self.valuesTable, "evidence": self.evidenceTable, "file": self.evidenceTable})
        save = self.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save_and_close)
        self.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save_and_close)
        self.femaleSpin.valueChanged.connect(self._show_total)
        self.maleSpin.valueChanged.connect(self._show_total)
        self.valuesTable.itemChanged.connect(self._value_changed)
        self.addFileButton.clicked.connect(self.choose_file)
        self.openFileButton.clicked.connect(self.open_file)
        self.removeFileButton.clicked.connect(self.remove_file)
        self.evidenceTable.itemSelectionChanged.connect(self._update_file_buttons)
        self.evidenceTable.doubleClicked.connect(lambda _index: self.open_file())

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        return edit

    def _show_texts(self) -> None:
        activity = self.activity
        self.setWindowTitle(self.tr("Monitoring of %s") % activity.code if self.view is None
                            else self.tr("Monitoring record of %s") % activity.code)
        self.headerLabel.setText(self.tr("Monitoring of %s – %s") % (activity.code, activity.title))
        self.dateLabel.setText(self.tr("&Date:"))
        self.peopleLabel.setText(self.tr("Participants:"))
        self.femaleLabel.setText(self.tr("&Women:"))
        self.maleLabel.setText(self.tr("M&en:"))
        self.monitoredLabel.setText(self.tr("Monitored &by:"))
        self.valuesBox.setTitle(self.tr("Indicators"))
        self.valuesNote.setText(
            self.tr("Leave an indicator empty if it was not measured at this visit.")
            if self.indicators else self.tr("This activity has no indicators yet: add them in the activity."))
        self.valuesTable.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Unit"), self.tr("Target"),
                                                    self.tr("Women"), self.tr("Men"), self.tr("Value / total")])
        self.progressLabel.setText(self.tr("&Progress:"))
        self.qualityLabel.setText(self.tr("&Quality and\nproblems:"))
        self.evidenceBox.setTitle(self.tr("Photos and files kept as evidence"))
        self.evidenceTable.setHorizontalHeaderLabels([self.tr("Title"), self.tr("File"), self.tr("Size")])
        self.addFileButton.setText(self.tr("&Add photo or file…"))
        self.openFileButton.setText(self.tr("&Open"))
        self.removeFileButton.setText(self.tr("&Remove"))
        if self.view is not None:
            self.recordedLabel.setText(self.tr("Recorded by %s on %s.") % (
                self.view.created_by, format_stored_time(self.view.created_at, self.locale_settings)))
        self._show_total()

    def retranslate(self) -> None:
        self._show_texts()

    def _set_editable(self) -> None:
        editable = self.editable
        self.dateEdit.setReadOnly(not editable)
        for spin in (self.femaleSpin, self.maleSpin):
            spin.setReadOnly(not editable)
        self.monitoredEdit.setReadOnly(not editable)
        for edit in (self.progressEdit, self.qualityEdit):
            edit.setReadOnly(not editable)
        if not editable:
            self.valuesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        for button in (self.addFileButton, self.removeFileButton):
            button.setVisible(editable)
        self._update_file_buttons()

    # -- showing ---------------------------------------------------------------------------------

    def _show_record(self) -> None:
        view, locale = self.view, self.locale_settings
        if view is not None:
            self.dateEdit.setDate(to_qdate(view.date))
            self.femaleSpin.setValue(view.participants_female)
            self.maleSpin.setValue(view.participants_male)
            self.monitoredEdit.setText(view.monitored_by)
            self.progressEdit.setPlainText(view.progress)
            self.qualityEdit.setPlainText(view.quality)
        else:
            self.monitoredEdit.setText(self.activity.monitor(locale.language))
        table = self.valuesTable
        table.blockSignals(True)
        for row, indicator in enumerate(self.indicators):
            value = view.value_of(indicator.id) if view is not None else None
            fixed = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            for column, text in ((ValueColumn.NAME, indicator.name), (ValueColumn.UNIT, indicator.unit),
                                 (ValueColumn.TARGET, value_text(indicator.target, locale))):
                item = QTableWidgetItem(text)
                item.setFlags(fixed)
                if column == ValueColumn.TARGET:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            if indicator.by_sex:
                female = QTableWidgetItem(value_text(value.female, locale) if value else "")
                male = QTableWidgetItem(value_text(value.male, locale) if value else "")
                total = QTableWidgetItem(value_text(value.value, locale) if value else "")
                total.setFlags(fixed)
                total.setToolTip(self.tr("Women and men added up"))
            else:
                female, male = QTableWidgetItem("–"), QTableWidgetItem("–")
                female.setFlags(fixed)
                male.setFlags(fixed)
                total = QTableWidgetItem(value_text(value.value, locale) if value else "")
            for column, item in ((ValueColumn.FEMALE, female), (ValueColumn.MALE, male), (ValueColumn.VALUE, total)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.blockSignals(False)
        self._show_files()

    def _show_total(self) -> None:
        self.totalLabel.setText(self.tr("Total: %s") % (self.femaleSpin.value() + self.maleSpin.value()))

    def _value_changed(self, item: QTableWidgetItem) -> None:
        """Women or men typed: the total of that indicator follows."""
        row = item.row()
        if item.column() not in (ValueColumn.FEMALE, ValueColumn.MALE) or not 0 <= row < len(self.indicators):
            return
        if not self.indicators[row].by_sex:
            return
        female, male = self._cell_value(row, ValueColumn.FEMALE), self._cell_value(row, ValueColumn.MALE)
        total = self.valuesTable.item(row, ValueColumn.VALUE)
        if total is None:
            return
        self.valuesTable.blockSignals(True)
        if female is None and male is None:
            total.setText("")
        else:
            total.setText(value_text((female or Decimal(0)) + (male or Decimal(0)), self.locale_settings))
        self.valuesTable.blockSignals(False)

    def _cell_text(self, row: int, column: int) -> str:
        item = self.valuesTable.item(row, column)
        return item.text().strip() if item is not None else ""

    def _cell_value(self, row: int, column: int) -> Decimal | None:
        return dp.read_value(self._cell_text(row, column))

    # -- files -------------------------------------------------------------------------------------

    def _files(self) -> list[tuple[str, str, int, int | None, int | None]]:
        """(title, file name, size, stored id, pending index) of every file shown."""
        shown: list[tuple[str, str, int, int | None, int | None]] = []
        if self.view is not None:
            shown += [(e.title, e.file_name, e.size, e.id, None) for e in self.view.evidence
                      if e.id not in self.removed]
        shown += [(p.title, p.file_name, len(p.data), None, i) for i, p in enumerate(self.pending)]
        return shown

    def _show_files(self) -> None:
        table = self.evidenceTable
        files = self._files()
        table.setRowCount(len(files))
        for row, (title, name, size, _stored, _pending) in enumerate(files):
            table.setItem(row, 0, QTableWidgetItem(title))
            table.setItem(row, 1, QTableWidgetItem(name))
            size_item = QTableWidgetItem(self.tr("%s KB") % max(size // 1024, 1))
            size_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 2, size_item)
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        chosen = self.evidenceTable.currentRow() >= 0 and self.evidenceTable.currentRow() < len(self._files())
        self.openFileButton.setEnabled(chosen)
        self.removeFileButton.setEnabled(chosen and self.editable)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo or a file"), "",
                                              self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc "
                                                      "*.docx *.xls *.xlsx);;All files (*)"))
        if not path:
            return
        title, ok = QInputDialog.getText(self, self.tr("Title of the file"),
                                         self.tr("What does it show?"), text=Path(path).stem)
        if ok:
            self.add_file(path, title)

    def add_file(self, path: str | Path, title: str) -> bool:
        """Keep the file at *path* with *title* (written when the record is saved)."""
        file = Path(path)
        try:
            data = file.read_bytes()
        except OSError as exc:
            show_error(self, exc)
            return False
        if len(data) > dp.MAX_EVIDENCE_BYTES:
            self.marks.show([Problem("evidence", TOO_BIG)])
            return False
        media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self.pending.append(PendingFile(title.strip() or file.stem, file.name, data, media_type))
        self._show_files()
        return True

    def _chosen_file(self) -> tuple[str, str, int, int | None, int | None] | None:
        row = self.evidenceTable.currentRow()
        files = self._files()
        return files[row] if 0 <= row < len(files) else None

    def open_file(self) -> None:
        chosen = self._chosen_file()
        if chosen is None:
            return
        _title, name, _size, stored, pending = chosen
        try:
            if stored is not None:
                _info, data = ps.evidence_bytes(self.cbo, self.actor, stored)
            else:
                assert pending is not None
                data = self.pending[pending].data
            folder = Path(tempfile.mkdtemp(prefix="cbodesk-evidence-"))
            target = folder / (Path(name).name or "file")
            target.write_bytes(data)
        except (UserError, OSError) as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_file(self) -> None:
        chosen = self._chosen_file()
        if chosen is None:
            return
        _title, _name, _size, stored, pending = chosen
        if stored is not None:
            self.removed.append(stored)
        elif pending is not None:
            del self.pending[pending]
        self._show_files()

    # -- what is typed ------------------------------------------------------------------------------

    def draft(self, problems: list[Problem], lines: list[str]) -> dp.MonitoringDraft:
        """What is typed; values that are not numbers go into *lines* (by indicator) and are marked."""
        values: list[dp.IndicatorValueDraft] = []
        for row, indicator in enumerate(self.indicators):
            columns = (ValueColumn.FEMALE, ValueColumn.MALE) if indicator.by_sex else (ValueColumn.VALUE,)
            read: list[Decimal | None] = []
            for column in columns:
                text = self._cell_text(row, column)
                value = dp.read_value(text)
                if text and value is None:
                    lines.append(f"{indicator.name}: {tr_core('errors', NOT_A_NUMBER)}")
                    item = self.valuesTable.item(row, column)
                    if item is not None:
                        item.setBackground(QColor(PROBLEM_FILL))
                read.append(value)
            if all(v is None for v in read):
                continue  # not measured at this visit
            if indicator.by_sex:
                values.append(dp.IndicatorValueDraft(indicator.id, female=read[0] or Decimal(0),
                                                     male=read[1] or Decimal(0)))
            else:
                values.append(dp.IndicatorValueDraft(indicator.id, value=read[0]))
        return dp.MonitoringDraft(
            date=from_qdate(self.dateEdit.date()), participants_female=self.femaleSpin.value(),
            participants_male=self.maleSpin.value(), progress=self.progressEdit.toPlainText(),
            quality=self.qualityEdit.toPlainText(), monitored_by=self.monitoredEdit.text(), values=tuple(values))

    def _snapshot(self) -> tuple[object, ...]:
        texts = tuple(self._cell_text(r, c) for r in range(len(self.indicators))
                      for c in (ValueColumn.FEMALE, ValueColumn.MALE, ValueColumn.VALUE))
        draft = self.draft([], [])
        self._clear_value_marks()
        return (draft.date, draft.participants_female, draft.participants_male, draft.progress, draft.quality,
                draft.monitored_by, texts, len(self.pending), tuple(self.removed))

    def has_unsaved_changes(self) -> bool:
        return self.editable and self._snapshot() != self._loaded

    def _clear_value_marks(self) -> None:
        table = self.valuesTable
        for row in range(table.rowCount()):
            for column in (ValueColumn.FEMALE, ValueColumn.MALE, ValueColumn.VALUE):
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(QColor(Qt.GlobalColor.transparent))

    def _show_problems(self, problems: list[Problem], lines: list[str]) -> None:
        self.marks.show(problems)
        if lines:
            shown = [self.problemsLabel.text()] if self.problemsLabel.text() else []
            self.problemsLabel.setText("\n".join(shown + ["• " + line for line in lines]))
            self.problemsLabel.setVisible(True)
            self.valuesTable.setStyleSheet(f"QTableWidget {{ border: 2px solid {PROBLEM_COLOUR}; }}")

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> bool:
        if not self.editable:
            return False
        self._clear_value_marks()
        problems: list[Problem] = []
        lines: list[str] = []
        draft = self.draft(problems, lines)
        if problems or lines:
            self._show_problems(problems + draft.cleaned().problems(self.today), lines)
            return False
        try:
            if self.view is None:
                view = ps.add_record(self.cbo, self.actor, self.activity.id, draft, today=self.today)
            else:
                view = ps.update_record(self.cbo, self.actor, self.view.id, draft,
                                        row_version=self.view.row_version, today=self.today)
        except InvalidInput as exc:
            self._show_problems(exc.problems, [])
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self.view = view
        try:
            for evidence_id in self.removed:
                ps.remove_evidence(self.cbo, self.actor, evidence_id)
            self.removed = []
            while self.pending:
                file = self.pending[0]
                ps.add_evidence(self.cbo, self.actor, view.id, file.title, file.file_name, file.data,
                                file.media_type)
                self.pending.pop(0)
        except InvalidInput as exc:
            self._show_problems(exc.problems, [])
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        finally:
            self.view = ps.get_record(self.cbo, self.actor, view.id)
            self._show_files()
        self.marks.show([], focus=False)
        self.valuesTable.setStyleSheet("")
        self.saved.emit(self.view)
        self._show_texts()
        self._loaded = self._snapshot()
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        if not self.has_unsaved_changes() or may_close_unsaved(
                self, self.tr("Unsaved changes"),
                self.tr("This monitoring record has changes that are not "
                        "saved yet. Save them now?"),
                self.save):
            super().reject()
