"""The meetings' settings: the quorum of a general assembly and how often the committee
meets, as the by-law says."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import meetings as dmt
from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks
from cbodesk.gui.meetings.common import every_label
from cbodesk.gui.widgets import choose, fill_combo
from cbodesk.services import meetings as ms
from cbodesk.storage.database import Cbo


class MeetingSettingsDialog(QDialog):
    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor = cbo, actor
        self.setWindowTitle(self.tr("Meeting settings"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Write these as your by-law says. The quorum is a share of the members active on "
                               "the day of the general assembly: 1/2 means more than half, >=2/3 at least two "
                               "thirds, 60% at least 60 per cent."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setWordWrap(True)
        layout.addWidget(self.problemsLabel)
        form = QFormLayout()
        self.quorumEdit = QLineEdit(self)
        self.quorumEdit.setObjectName("quorumEdit")
        self.everyCombo = QComboBox(self)
        self.everyCombo.setObjectName("everyCombo")
        form.addRow(self.tr("&Quorum of a general assembly:"), self.quorumEdit)
        form.addRow(self.tr("The &committee meets:"), self.everyCombo)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.marks = ProblemMarks(self.problemsLabel, {"quorum": self.quorumEdit,
                                                       "committee_every": self.everyCombo})
        settings = ms.meeting_settings(cbo)
        self.quorumEdit.setText(settings.quorum.text())
        fill_combo(self.everyCombo, [(code, every_label(code)) for code in dmt.COMMITTEE_EVERY])
        choose(self.everyCombo, settings.committee_every)
        self.setMinimumWidth(max(self.fontMetrics().horizontalAdvance("M") * 40, 480))

    def save(self) -> None:
        try:
            ms.set_meeting_settings(self.cbo, self.actor, self.quorumEdit.text(), self.everyCombo.currentData())
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return
        self.accept()
