"""The Audit log page (guideline chapter 5, accountability and transparency): who changed
what and when, filtered by person, area, days and words; each entry's before and after;
"Check the log" to recompute its chain; and an Excel copy for the committee.

Only those with ``audit.view`` (the administrator and the chair) see the log; the
services check it again. The table is a window over the log (:mod:`.model`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.tables import search_as_typed
from cbodesk.gui.widgets import heading
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.gui.audit.model import AuditTableModel
    from cbodesk.services.audit import AuditCheck, AuditFilter, AuditRow

SEARCH_DELAY_MS = 300
OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class AuditPage(Retranslating, Page):
    chapter = 5
    key = "audit"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.model: AuditTableModel | None = None
        self.last_check: AuditCheck | None = None
        self.last_export: Path | None = None
        self.titleLabel = heading(QLabel(), 1.5)
        self.introLabel = QLabel()
        self.introLabel.setWordWrap(True)
        # Filters.
        self.userCombo, self.areaCombo = QComboBox(), QComboBox()
        self.fromCheck, self.toCheck = QCheckBox(), QCheckBox()
        self.fromEdit, self.toEdit = QDateEdit(), QDateEdit()
        today = QDate.currentDate()
        for edit in (self.fromEdit, self.toEdit):
            edit.setCalendarPopup(True)
            edit.setDate(today)
            edit.setEnabled(False)
        self.fromEdit.setDate(today.addMonths(-1))
        self.searchEdit = QLineEdit()
        self.searchEdit.setClearButtonEnabled(True)
        self._search_timer = search_as_typed(self, self.searchEdit, SEARCH_DELAY_MS, self.apply_filter)
        filters = QHBoxLayout()
        self.userLabel, self.areaLabel = QLabel(), QLabel()
        for widget in (self.userLabel, self.userCombo, self.areaLabel, self.areaCombo, self.fromCheck,
                       self.fromEdit, self.toCheck, self.toEdit):
            filters.addWidget(widget)
        filters.addWidget(self.searchEdit, 1)
        # Actions.
        self.checkButton, self.exportButton = QPushButton(), QPushButton()
        self.countLabel, self.checkLabel = QLabel(), QLabel()
        self.checkLabel.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.countLabel, 1)
        actions.addWidget(self.checkButton)
        actions.addWidget(self.exportButton)
        # Table and details.
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.introLabel)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.checkLabel)
        layout.addWidget(splitter, 1)

        for combo in (self.userCombo, self.areaCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.fromCheck.toggled.connect(self._dates_toggled)
        self.toCheck.toggled.connect(self._dates_toggled)
        self.fromEdit.dateChanged.connect(self.apply_filter)
        self.toEdit.dateChanged.connect(self.apply_filter)
        self.checkButton.clicked.connect(self.check_log)
        self.exportButton.clicked.connect(self.export)
        self.allowed = actor.may("audit.view")
        self.retranslate()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def retranslate(self) -> None:
        self.titleLabel.setText(self.tr("Audit log"))
        self.introLabel.setText(
            self.tr("Every change made in this CBO: who, when, which record, before and after. Entries "
                    "are never changed or removed; \u201cCheck the log\u201d finds any change made behind "
                    "CBO Desk's back.") if self.allowed else
            self.tr("Your role does not see the audit log. The chair and the administrator do."))
        self.userLabel.setText(self.tr("Who:"))
        self.areaLabel.setText(self.tr("Area:"))
        self.fromCheck.setText(self.tr("From"))
        self.toCheck.setText(self.tr("to"))
        self.searchEdit.setPlaceholderText(self.tr("Search the record and the values…"))
        self.checkButton.setText(self.tr("C&heck the log"))
        self.exportButton.setText(self.tr("&Export to Excel…"))
        if self.userCombo.count():
            self.userCombo.setItemText(0, self.tr("Everyone"))
            self.areaCombo.setItemText(0, self.tr("All areas"))
        if self.last_check is not None:
            self._show_check(self.last_check)
        self._show_count()

    # -- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():
            self.refresh()

    def load(self) -> None:
        from cbodesk.gui.audit.model import AuditTableModel, Column
        from cbodesk.gui.cashbook.fields import locale_of

        self.model = AuditTableModel(self.cbo, self.actor, locale_of(self), self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in ((Column.WHEN, "00 Mmm 0000, 00:00 PM"), (Column.WHO, "sok.dara (login off)"),
                               (Column.ACTION, "payment.approve"), (Column.AREA, "Organisation profile"),
                               (Column.RECORD, "P-2026-0001 00")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + metrics.horizontalAdvance("MM"))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.9))
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        if not self.allowed:
            for widget in (self.userCombo, self.areaCombo, self.fromCheck, self.toCheck, self.searchEdit,
                           self.checkButton, self.exportButton, self.table, self.details):
                widget.setEnabled(False)
            return
        self._fill_choices()
        self.apply_filter()

    def _fill_choices(self) -> None:
        from cbodesk.gui.audit.model import area_text
        from cbodesk.services import audit

        for combo, items, everyone in (
                (self.userCombo, [(u, u) for u in audit.log_users(self.cbo, self.actor)], self.tr("Everyone")),
                (self.areaCombo, [(a, area_text(a)) for a in audit.log_areas(self.cbo, self.actor)],
                 self.tr("All areas"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for code, label in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def refresh(self) -> None:
        if self.model is None or self.cbo.closed or not self.allowed:
            return
        self._fill_choices()
        self.model.refresh()
        self._show_count()

    def current_filter(self) -> AuditFilter:
        from cbodesk.services.audit import AuditFilter

        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        return AuditFilter(username=self.userCombo.currentData() or "", area=self.areaCombo.currentData() or "",
                           date_from=day(self.fromCheck, self.fromEdit), date_to=day(self.toCheck, self.toEdit),
                           text=self.searchEdit.text().strip())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.model is None or not self.allowed:
            return
        self.model.set_filter(self.current_filter())
        self._show_count()
        self.details.clear()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _dates_toggled(self) -> None:
        self.fromEdit.setEnabled(self.fromCheck.isChecked())
        self.toEdit.setEnabled(self.toCheck.isChecked())
        self.apply_filter()

    def _show_count(self) -> None:
        if self.model is None or not self.allowed:
            self.countLabel.clear()
            return
        count = self.model.rowCount()
        self.countLabel.setText(self.tr("%n entries, newest first", "", count))

    # -- details ---------------------------------------------------------------------------

    def current_entry(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if self.model is not None and index.isValid() else None

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from cbodesk.domain.formatting import format_datetime
        from cbodesk.gui.audit.model import area_text, who_text
        from cbodesk.gui.cashbook.fields import locale_of

        row = self.model.entry(current.row()) if self.model is not None and current.isValid() else None
        if row is None:
            self.details.clear()
            return
        lines = [
            self.tr("Entry %s") % row.id,
            self.tr("When: %s") % format_datetime(row.local_at, locale_of(self)),
            self.tr("Who: %s") % who_text(row),
            self.tr("Action: %s") % row.action,
            self.tr("Area: %s") % area_text(row.area),
            self.tr("Record: %s") % row.record,
            "",
            self.tr("What changed:"),
            *("  " + change.text() for change in row.changes()),
        ]
        self.details.setPlainText("\n".join(lines))

    # -- checking and exporting ------------------------------------------------------------------

    def check_log(self) -> None:
        from cbodesk.gui.jobs import JobControl, run_job
        from cbodesk.services import audit

        def work(cancel: JobControl) -> AuditCheck:
            return audit.verify_log(self.cbo, self.actor, progress=cancel.report)

        self.checkLabel.setText(self.tr("Checking the log…"))
        self.checkLabel.setStyleSheet("")
        run_job(self, self.tr("Checking the audit log…"), work, self._show_check)

    def _show_check(self, check: AuditCheck) -> None:
        from cbodesk.gui.i18n import tr_core

        self.last_check = check
        self.checkLabel.setStyleSheet(OK_STYLE if check.ok else BAD_STYLE)
        text = check.text(tr_core)
        if not check.ok:
            text += " " + self.tr("Somebody changed the database directly, outside CBO Desk. Tell the "
                                  "committee, and compare with a backup from before that day.")
        self.checkLabel.setText(text)

    def export(self) -> None:
        from cbodesk import paths
        from cbodesk.gui.jobs import JobControl, run_job
        from cbodesk.services import audit

        start = str(paths.default_cbo_dir() / self.tr("audit-log.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit log"), start,
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        f = self.current_filter()
        language = self._language()

        def work(cancel: JobControl) -> int:
            def progress(done: int, total: int) -> None:
                if cancel.is_set():
                    from cbodesk.domain.errors import UserCancelled

                    raise UserCancelled()
                cancel.report(done, total)

            return audit.export_log(self.cbo, self.actor, path, f, language=language, progress=progress)

        def done(written: int) -> None:
            self.last_export = path
            self.countLabel.setText(self.tr("%n entries written to %1", "", written).replace("%1", str(path)))

        run_job(self, self.tr("Writing the audit log to Excel…"), work, done)

    def _language(self) -> str:
        from cbodesk.gui.cashbook.fields import locale_of

        return locale_of(self).language

