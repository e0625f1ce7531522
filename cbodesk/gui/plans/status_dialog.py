"""Changing an activity's status (planned, ongoing, done, postponed, cancelled) with the reason.

A postponed or cancelled activity needs a reason: the M&E form prints it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import plans as dp
from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks, fit_dialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.plans.common import status_label
from cbodesk.gui.widgets import fill_combo
from cbodesk.services import plans as ps
from cbodesk.storage.database import Cbo


class ActivityStatusDialog(Retranslating, QDialog):
    """One change of status of one activity; ``saved`` with the activity after it."""

    saved = Signal(object)  # dp.ActivityView

    def __init__(self, cbo: Cbo, actor: Actor, activity: dp.ActivityView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.activity = cbo, actor, activity
        self.result_view: dp.ActivityView | None = None
        layout = QVBoxLayout(self)
        self.activityLabel = QLabel(self)
        self.activityLabel.setWordWrap(True)
        layout.addWidget(self.activityLabel)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setWordWrap(True)
        layout.addWidget(self.problemsLabel)
        form = QFormLayout()
        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("statusCombo")
        self.reasonEdit = QPlainTextEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.statusLabel = QLabel(self)
        self.reasonLabel = QLabel(self)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        form.addRow(self.statusLabel, self.statusCombo)
        form.addRow(self.reasonLabel, self.reasonEdit)
        layout.addLayout(form)
        self.noteLabel = QLabel(self)
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet("color: #6d6d6d;")
        layout.addWidget(self.noteLabel)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttonBox)
        self.marks = ProblemMarks(self.problemsLabel, {"status": self.statusCombo, "reason": self.reasonEdit})
        save = self.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self.statusCombo.currentIndexChanged.connect(self._show_note)
        self._show_texts()
        fit_dialog(self)
        self.statusCombo.setFocus()

    def _show_texts(self) -> None:
        activity = self.activity
        self.setWindowTitle(self.tr("Change the status of %s") % activity.code)
        fill_combo(self.statusCombo, [("", self.tr("(choose)"))] + [
            (code, status_label(code)) for code in dp.STATUSES if code != activity.status])
        now = status_label(activity.status)
        if activity.status_reason:
            now += f" ({activity.status_reason})"
        self.activityLabel.setText(self.tr("%s – %s. Now: %s.") % (activity.code, activity.title, now))
        self.statusLabel.setText(self.tr("New &status:"))
        self.reasonLabel.setText(self.tr("&Reason:"))
        self._show_note()

    def retranslate(self) -> None:
        self._show_texts()

    def _show_note(self) -> None:
        chosen = self.statusCombo.currentData() or ""
        notes = {
            "postponed": self.tr("Write why it is postponed and until when."),
            "cancelled": self.tr("Write why it is cancelled. A cancelled activity can no longer be chosen "
                                 "for new cash-book entries."),
            "done": self.tr("Then write the review: results, difficulties, lessons learned and "
                            "recommendations."),
        }
        self.noteLabel.setText(notes.get(chosen, ""))
        self.noteLabel.setVisible(chosen in notes)

    def save(self) -> bool:
        try:
            view = ps.change_status(self.cbo, self.actor, self.activity.id, self.statusCombo.currentData() or "",
                                    self.reasonEdit.toPlainText(), row_version=self.activity.row_version)
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.result_view = view
        self.saved.emit(view)
        self.accept()
        return True
