"""The CBO's vision, mission and goals (guideline chapter 7), which the year's activities serve.

The vision and mission are saved together; each goal is added, changed or retired
on its own (an activity keeps a retired goal, new activities are no longer offered it).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import plans as dp
from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks
from cbodesk.gui.cashbook.setup_dialogs import (
    Cell,
    Record,
    RecordsModel,
    select_id,
    selected_id,
    setup_table,
)
from cbodesk.gui.errors import show_error
from cbodesk.gui.i18n import Retranslating
from cbodesk.services import plans as ps
from cbodesk.storage.database import Cbo


class StrategyDialog(Retranslating, QDialog):
    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.editable = actor.may("plans.edit")
        self.loaded = ps.strategy(cbo, actor)
        self._goals: list[dp.GoalView] = []
        layout = QVBoxLayout(self)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setWordWrap(True)
        layout.addWidget(self.problemsLabel)

        self.strategyBox = QGroupBox(self)
        form = QFormLayout(self.strategyBox)
        self.visionKmEdit, self.visionEnEdit, self.missionKmEdit, self.missionEnEdit = (
            self._text_edit(name) for name in ("visionKmEdit", "visionEnEdit", "missionKmEdit", "missionEnEdit"))
        self.visionKmLabel, self.visionEnLabel, self.missionKmLabel, self.missionEnLabel = (
            QLabel(self) for _ in range(4))
        for label, edit in ((self.visionKmLabel, self.visionKmEdit), (self.visionEnLabel, self.visionEnEdit),
                            (self.missionKmLabel, self.missionKmEdit), (self.missionEnLabel, self.missionEnEdit)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addWidget(self.strategyBox)

        self.goalsBox = QGroupBox(self)
        goals_layout = QVBoxLayout(self.goalsBox)
        self.goalsTable = QTableView(self.goalsBox)
        self.goalsTable.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.goalsTable.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.goalsTable.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.goals_model = RecordsModel(self)
        setup_table(self.goalsTable, self.goals_model, stretch=1)
        goals_layout.addWidget(self.goalsTable)
        goal_form = QFormLayout()
        self.goalCodeEdit = QLineEdit(self.goalsBox)
        self.goalCodeEdit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.goalKmEdit = QLineEdit(self.goalsBox)
        self.goalEnEdit = QLineEdit(self.goalsBox)
        self.goalCodeLabel, self.goalKmLabel, self.goalEnLabel = (QLabel(self) for _ in range(3))
        for label, line in ((self.goalCodeLabel, self.goalCodeEdit), (self.goalKmLabel, self.goalKmEdit),
                            (self.goalEnLabel, self.goalEnEdit)):
            label.setBuddy(line)
            goal_form.addRow(label, line)
        goals_layout.addLayout(goal_form)
        goal_buttons = QHBoxLayout()
        self.addGoalButton = QPushButton(self.goalsBox)
        self.saveGoalButton = QPushButton(self.goalsBox)
        self.retireGoalButton = QPushButton(self.goalsBox)
        for button in (self.addGoalButton, self.saveGoalButton, self.retireGoalButton):
            goal_buttons.addWidget(button)
            button.setVisible(self.editable)
        goal_buttons.addStretch(1)
        goals_layout.addLayout(goal_buttons)
        layout.addWidget(self.goalsBox, 1)

        buttons = (QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                   if self.editable else QDialogButtonBox.StandardButton.Close)
        self.buttonBox = QDialogButtonBox(buttons, self)
        layout.addWidget(self.buttonBox)
        if self.editable:
            self.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save_and_close)
        self.buttonBox.rejected.connect(self.reject)
        self.marks = ProblemMarks(self.problemsLabel, {
            "vision_km": self.visionKmEdit, "vision_en": self.visionEnEdit, "mission_km": self.missionKmEdit,
            "mission_en": self.missionEnEdit, "code": self.goalCodeEdit, "text_km": self.goalKmEdit,
            "text_en": self.goalEnEdit})
        self.addGoalButton.clicked.connect(self.add_goal)
        self.saveGoalButton.clicked.connect(self.save_goal)
        self.retireGoalButton.clicked.connect(self.retire_goal)
        self.goalsTable.selectionModel().currentRowChanged.connect(self._goal_chosen)
        for edit in (self.visionKmEdit, self.visionEnEdit, self.missionKmEdit, self.missionEnEdit):
            edit.setReadOnly(not self.editable)
        for line in (self.goalCodeEdit, self.goalKmEdit, self.goalEnEdit):
            line.setReadOnly(not self.editable)
        value = self.loaded
        self.visionKmEdit.setPlainText(value.vision_km)
        self.visionEnEdit.setPlainText(value.vision_en)
        self.missionKmEdit.setPlainText(value.mission_km)
        self.missionEnEdit.setPlainText(value.mission_en)
        self._show_texts()
        self._load_goals()
        self.resize(max(self.sizeHint().width(), 720), max(self.sizeHint().height(), 640))

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(self.fontMetrics().height() * 4)
        return edit

    def _show_texts(self) -> None:
        self.setWindowTitle(self.tr("Vision, mission and goals"))
        self.strategyBox.setTitle(self.tr("Vision and mission"))
        self.visionKmLabel.setText(self.tr("Vision (Khmer):"))
        self.visionEnLabel.setText(self.tr("Vision (English):"))
        self.missionKmLabel.setText(self.tr("Mission (Khmer):"))
        self.missionEnLabel.setText(self.tr("Mission (English):"))
        self.goalsBox.setTitle(self.tr("Goals"))
        self.goalCodeLabel.setText(self.tr("Code:"))
        self.goalKmLabel.setText(self.tr("Goal (Khmer):"))
        self.goalEnLabel.setText(self.tr("Goal (English):"))
        self.addGoalButton.setText(self.tr("&Add as a new goal"))
        self.saveGoalButton.setText(self.tr("Save the &goal"))
        self.retireGoalButton.setText(self.tr("&Retire the goal"))

    def retranslate(self) -> None:
        self._show_texts()
        self._load_goals()

    # -- goals -----------------------------------------------------------------------------------

    def _load_goals(self, keep: int | None = None) -> None:
        self._goals = ps.goals(self.cbo, self.actor, include_retired=True)
        language = self.locale_settings.language
        self.goals_model.set_records(
            [self.tr("Code"), self.tr("Goal")],
            [Record(g.id, (Cell(g.code), Cell(g.text(language) + (self.tr(" (retired)") if g.retired else ""))),
                    muted=g.retired) for g in self._goals])
        if keep is not None:
            select_id(self.goalsTable, self.goals_model, keep)
        self._goal_chosen()

    def _chosen_goal(self) -> dp.GoalView | None:
        goal_id = selected_id(self.goalsTable, self.goals_model)
        return next((g for g in self._goals if g.id == goal_id), None)

    def _goal_chosen(self, *_args: object) -> None:
        goal = self._chosen_goal()
        self.goalCodeEdit.setText(goal.code if goal else "")
        self.goalKmEdit.setText(goal.text_km if goal else "")
        self.goalEnEdit.setText(goal.text_en if goal else "")
        self.saveGoalButton.setEnabled(goal is not None)
        self.retireGoalButton.setEnabled(goal is not None)
        if goal is not None:
            self.retireGoalButton.setText(self.tr("&Use the goal again") if goal.retired
                                          else self.tr("&Retire the goal"))

    def _goal_draft(self) -> dp.GoalDraft:
        return dp.GoalDraft(self.goalCodeEdit.text(), self.goalKmEdit.text(), self.goalEnEdit.text())

    def add_goal(self) -> bool:
        try:
            goal = ps.add_goal(self.cbo, self.actor, self._goal_draft())
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.marks.show([], focus=False)
        self._load_goals(keep=goal.id)
        return True

    def save_goal(self) -> bool:
        goal = self._chosen_goal()
        if goal is None:
            return False
        try:
            ps.rename_goal(self.cbo, self.actor, goal.id, self._goal_draft())
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.marks.show([], focus=False)
        self._load_goals(keep=goal.id)
        return True

    def retire_goal(self) -> None:
        goal = self._chosen_goal()
        if goal is None:
            return
        try:
            ps.retire_goal(self.cbo, self.actor, goal.id, not goal.retired)
        except UserError as exc:
            show_error(self, exc)
            return
        self._load_goals(keep=goal.id)

    # -- vision and mission ------------------------------------------------------------------------

    def typed(self) -> dp.Strategy:
        return dp.Strategy(self.visionKmEdit.toPlainText(), self.visionEnEdit.toPlainText(),
                           self.missionKmEdit.toPlainText(), self.missionEnEdit.toPlainText())

    def has_unsaved_changes(self) -> bool:
        return self.editable and self.typed() != self.loaded

    def save(self) -> bool:
        if not self.editable:
            return False
        try:
            self.loaded = ps.set_strategy(self.cbo, self.actor, self.typed())
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()
