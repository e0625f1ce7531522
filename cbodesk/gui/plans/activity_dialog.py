"""The activity dialog: what an activity is, who does and who monitors it, when, where, with
what money; its indicators; and the review at the end (Annex 6).

Every wrong field is marked at once with a plain message (indicators by their row).
Saving writes the activity, then its review and its indicators, each through its
service; if somebody saved the activity after the dialog opened it, the service
refuses and the message names them. The status changes through its own small
dialog, with the reason. Ctrl+S saves; closing with changes asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain import plans as dp
from cbodesk.domain.catalogue import CHAPTERS
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import (
    LocaleSettings,
    format_money,
    format_stored_time,
)
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    PROBLEM_COLOUR,
    ProblemMarks,
    amount_placeholder,
    read_amount,
)
from cbodesk.gui.errors import show_error
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.members.picker import MemberPicker
from cbodesk.gui.plans.common import (
    choose_month,
    chosen_month,
    currencies_used,
    fill_months,
    frequency_label,
    status_label,
    value_text,
)
from cbodesk.gui.widgets import choose, heading, may_close_unsaved, packed
from cbodesk.i18n import N_
from cbodesk.services import cashbook
from cbodesk.services import plans as ps
from cbodesk.storage.database import Cbo

NOT_A_MEMBER = N_("errors", "Choose the member from the list (type a name or a member number).")
NOT_A_NUMBER = N_("errors", "Write a number.")
PROBLEM_FILL = QColor("#ffebee")


class IndicatorColumn:
    NAME, UNIT, BASELINE, TARGET, FREQUENCY, BY_SEX, RECORDED = range(7)


ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TypedIndicator:
    row: int
    id: int | None
    draft: dp.IndicatorDraft


class ActivityDialog(Retranslating, QDialog):
    """A new activity of *plan* (*activity_id* None) or an existing one; ``saved`` after each save."""

    saved = Signal(object)  # dp.ActivityView

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, plan: dp.PlanView,
                 parent: QWidget | None = None, *, activity_id: int | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings, self.plan = cbo, actor, locale, plan
        self.today = today or date.today()
        self.editable = actor.may("plans.edit")
        self.view: dp.ActivityView | None = (ps.get_activity(cbo, actor, activity_id)
                                             if activity_id is not None else None)
        self._indicators: list[dp.IndicatorView] = (ps.indicators(cbo, actor, activity_id)
                                                    if activity_id is not None else [])
        self._removed: list[int] = []
        self._build()
        self._fill_choices()
        if self.view is not None:
            self._show_activity(self.view)
        else:
            self._show_new()
        self._show_indicators()
        self._show_texts()
        self._set_editable()
        self._loaded = self._snapshot()
        width = max(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("M") * 72, 900)
        self.resize(width, max(self.sizeHint().height(), 600))
        self.codeEdit.setFocus()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.headerLabel = heading(QLabel(self), 1.3)
        layout.addWidget(self.headerLabel)
        self.problemsLabel = QLabel(self)
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setObjectName("problemsLabel")
        layout.addWidget(self.problemsLabel)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)

        # The activity: what and why on the left, who, when and money on the right.
        page = QWidget()
        columns = QHBoxLayout(page)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        self.codeEdit = QLineEdit(page)
        self.codeEdit.setMaxLength(dp.MAX_CODE)
        self.codeEdit.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 10)
        self.titleEdit = QLineEdit(page)
        self.chapterCombo = QComboBox(page)
        self.goalCombo = QComboBox(page)
        for combo in (self.chapterCombo, self.goalCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.objectiveEdit = self._text_edit(page, 4)
        self.placeEdit = QLineEdit(page)
        self.inputsEdit = self._text_edit(page, 3)
        self.codeLabel, self.titleLabel, self.chapterLabel, self.goalLabel, self.objectiveLabel, \
            self.placeLabel, self.inputsLabel = (QLabel(page) for _ in range(7))
        for label, field in ((self.codeLabel, self.codeEdit), (self.titleLabel, self.titleEdit),
                             (self.chapterLabel, self.chapterCombo), (self.goalLabel, self.goalCombo),
                             (self.objectiveLabel, self.objectiveEdit), (self.placeLabel, self.placeEdit),
                             (self.inputsLabel, self.inputsEdit)):
            label.setBuddy(field)
            left.addRow(label, field)

        self.responsibleEdit = QLineEdit(page)
        self.responsibleInfo = self._info_label(page)
        self.monitorEdit = QLineEdit(page)
        self.monitorInfo = self._info_label(page)
        self.startCombo = QComboBox(page)
        self.endCombo = QComboBox(page)
        money = QHBoxLayout()
        self.budgetEdit = QLineEdit(page)
        self.budgetEdit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.budgetEdit.setMaximumWidth(self.fontMetrics().horizontalAdvance("000,000,000,000") + 24)
        self.currencyCombo = QComboBox(page)
        money.addWidget(self.budgetEdit)
        money.addWidget(self.currencyCombo)
        money.addStretch(1)
        self.fundCombo = QComboBox(page)
        status_row = QHBoxLayout()
        self.statusValue = QLabel(page)
        self.statusValue.setWordWrap(True)
        self.statusValue.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.changeStatusButton = QPushButton(page)
        status_row.addWidget(self.statusValue, 1)
        status_row.addWidget(self.changeStatusButton)
        self.responsibleLabel, self.monitorLabel, self.startLabel, self.endLabel, self.budgetLabel, \
            self.fundLabel, self.statusLabel = (QLabel(page) for _ in range(7))
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.monitorLabel.setBuddy(self.monitorEdit)
        self.startLabel.setBuddy(self.startCombo)
        self.endLabel.setBuddy(self.endCombo)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.fundLabel.setBuddy(self.fundCombo)
        right.addRow(self.responsibleLabel, self.responsibleEdit)
        right.addRow("", self.responsibleInfo)
        right.addRow(self.monitorLabel, self.monitorEdit)
        right.addRow("", self.monitorInfo)
        right.addRow(self.startLabel, self.startCombo)
        right.addRow(self.endLabel, self.endCombo)
        right.addRow(self.budgetLabel, money)
        right.addRow(self.fundLabel, self.fundCombo)
        right.addRow(self.statusLabel, status_row)
        self.tabs.addTab(page, "")

        # Indicators.
        page = QWidget()
        indicators = QVBoxLayout(page)
        self.indicatorsNote = QLabel(page)
        self.indicatorsNote.setWordWrap(True)
        indicators.addWidget(self.indicatorsNote)
        self.indicatorTable = QTableWidget(0, 7, page)
        self.indicatorTable.setObjectName("indicatorTable")
        self.indicatorTable.verticalHeader().setVisible(False)
        self.indicatorTable.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.2))
        self.indicatorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicatorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.indicatorTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IndicatorColumn.NAME, QHeaderView.ResizeMode.Stretch)
        indicators.addWidget(self.indicatorTable, 1)
        self.addIndicatorButton = QPushButton(page)
        self.removeIndicatorButton = QPushButton(page)
        indicators.addLayout(packed(QHBoxLayout(),
                                    (self.addIndicatorButton, self.removeIndicatorButton)))
        self.tabs.addTab(page, "")

        # The review at the end.
        page = QWidget()
        review = QFormLayout(page)
        review.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reviewNote = QLabel(page)
        self.reviewNote.setWordWrap(True)
        review.addRow(self.reviewNote)
        self.resultsEdit = self._text_edit(page, 4)
        self.difficultiesEdit = self._text_edit(page, 4)
        self.lessonsEdit = self._text_edit(page, 4)
        self.recommendationsEdit = self._text_edit(page, 4)
        self.resultsLabel, self.difficultiesLabel, self.lessonsLabel, self.recommendationsLabel = (
            QLabel(page) for _ in range(4))
        for label, field in ((self.resultsLabel, self.resultsEdit), (self.difficultiesLabel, self.difficultiesEdit),
                             (self.lessonsLabel, self.lessonsEdit),
                             (self.recommendationsLabel, self.recommendationsEdit)):
            label.setBuddy(field)
            review.addRow(label, field)
        self.tabs.addTab(page, "")

        self.recordedLabel = QLabel(self)
        self.recordedLabel.setWordWrap(True)
        self.recordedLabel.setStyleSheet("color: #6d6d6d;")
        layout.addWidget(self.recordedLabel)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttonBox)

        for name in ("codeEdit", "titleEdit", "chapterCombo", "goalCombo", "objectiveEdit", "placeEdit",
                     "inputsEdit", "responsibleEdit", "monitorEdit", "startCombo", "endCombo", "budgetEdit",
                     "currencyCombo", "fundCombo", "resultsEdit", "difficultiesEdit", "lessonsEdit",
                     "recommendationsEdit", "changeStatusButton", "addIndicatorButton", "removeIndicatorButton"):
            getattr(self, name).setObjectName(name)

        language = self.locale_settings.language
        self.responsible_picker = MemberPicker(self.responsibleEdit, self.cbo, self.actor, language,
                                               info=self.responsibleInfo, free_text=False)
        self.monitor_picker = MemberPicker(self.monitorEdit, self.cbo, self.actor, language,
                                           info=self.monitorInfo, free_text=False)
        self.marks = ProblemMarks(self.problemsLabel, {
            "code": self.codeEdit, "title": self.titleEdit, "chapter": self.chapterCombo,
            "goal": self.goalCombo, "goal_id": self.goalCombo, "objective": self.objectiveEdit,
            "place": self.placeEdit, "inputs": self.inputsEdit, "responsible": self.responsibleEdit,
            "responsible_id": self.responsibleEdit, "monitor": self.monitorEdit, "monitor_id": self.monitorEdit,
            "start_month": self.startCombo, "end_month": self.endCombo, "budget": self.budgetEdit,
            "currency": self.currencyCombo, "fund": self.fundCombo, "fund_id": self.fundCombo,
            "results": self.resultsEdit, "difficulties": self.difficultiesEdit, "lessons": self.lessonsEdit,
            "recommendations": self.recommendationsEdit, "indicators": self.indicatorTable})

        save = self.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save_and_close)
        self.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save_and_close)
        self.changeStatusButton.clicked.connect(self.change_status)
        self.addIndicatorButton.clicked.connect(lambda: self.add_indicator_row())
        self.removeIndicatorButton.clicked.connect(self.remove_indicator_row)
        self.currencyCombo.currentIndexChanged.connect(self._show_currency)
        self.startCombo.currentIndexChanged.connect(self._start_chosen)

    def _text_edit(self, parent: QWidget, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().height() * 2 + 12)
        edit.setMaximumHeight(self.fontMetrics().height() * (lines + 1) + 12)
        return edit

    def _info_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    def _fill_choices(self) -> None:
        view, language = self.view, self.locale_settings.language
        chapter = self.chapterCombo.currentData() if self.chapterCombo.count() else (view.chapter if view else None)
        self.chapterCombo.clear()
        self.chapterCombo.addItem(self.tr("(none)"), None)
        for item in CHAPTERS:
            self.chapterCombo.addItem(f"{item.number}. {tr_core('catalogue', item.title)}", item.number)
        choose(self.chapterCombo, chapter)
        goal = self.goalCombo.currentData() if self.goalCombo.count() else (view.goal_id if view else None)
        self.goalCombo.clear()
        self.goalCombo.addItem(self.tr("(none)"), None)
        for g in ps.goals(self.cbo, self.actor, include_retired=True):
            if not g.retired or (view is not None and g.id == view.goal_id):
                self.goalCombo.addItem(g.label(language), g.id)
        choose(self.goalCombo, goal)
        currency = self.currencyCombo.currentData() if self.currencyCombo.count() else (
            view.currency.code if view else None)
        self.currencyCombo.clear()
        currencies = currencies_used(self.cbo)
        if view is not None and view.currency not in currencies:
            currencies.append(view.currency)
        for c in currencies:
            self.currencyCombo.addItem(f"{c.symbol} {c.code}", c.code)
        choose(self.currencyCombo, currency)
        fund = self.fundCombo.currentData() if self.fundCombo.count() else (view.fund_id if view else None)
        self.fundCombo.clear()
        self.fundCombo.addItem(self.tr("(none)"), None)
        for f in cashbook.funds(self.cbo, include_retired=True):
            if not f.retired or (view is not None and f.id == view.fund_id):
                self.fundCombo.addItem(f"{f.name} – {f.donor}" if f.donor else f.name, f.id)
        choose(self.fundCombo, fund)
        for combo in (self.startCombo, self.endCombo):
            fill_months(combo, self.plan.months, self.locale_settings)

    def _show_texts(self) -> None:
        view = self.view
        if view is None:
            self.setWindowTitle(self.tr("New activity – plan %s") % self.plan.fiscal_year)
            self.headerLabel.setText(self.tr("New activity of the plan %s") % self.plan.fiscal_year)
            self.recordedLabel.setText("")
        else:
            self.setWindowTitle(self.tr("Activity %s: %s") % (view.code, view.title))
            self.headerLabel.setText(self.tr("Activity %s of the plan %s") % (view.code, view.fiscal_year))
            recorded = self.tr("Added by %s on %s.") % (view.created_by,
                                                        format_stored_time(view.created_at, self.locale_settings))
            if view.updated_at is not None:
                recorded += " " + self.tr("Last changed by %s on %s.") % (
                    view.updated_by, format_stored_time(view.updated_at, self.locale_settings))
            self.recordedLabel.setText(recorded)
        self.tabs.setTabText(0, self.tr("&Activity"))
        self.tabs.setTabText(1, self.tr("&Indicators (%s)") % self.indicatorTable.rowCount())
        self.tabs.setTabText(2, self.tr("Re&view"))
        self.codeLabel.setText(self.tr("&Code:"))
        self.titleLabel.setText(self.tr("&Title:"))
        self.chapterLabel.setText(self.tr("Guideline c&hapter:"))
        self.goalLabel.setText(self.tr("&Goal:"))
        self.objectiveLabel.setText(self.tr("&Objective or\nexpected result:"))
        self.placeLabel.setText(self.tr("&Place:"))
        self.inputsLabel.setText(self.tr("I&nputs:"))
        self.responsibleLabel.setText(self.tr("&Responsible:"))
        self.monitorLabel.setText(self.tr("&Monitored by:"))
        self.startLabel.setText(self.tr("&Starts in:"))
        self.endLabel.setText(self.tr("&Ends in:"))
        self.budgetLabel.setText(self.tr("&Budget:"))
        self.fundLabel.setText(self.tr("&Funding source:"))
        self.statusLabel.setText(self.tr("Status:"))
        self.changeStatusButton.setText(self.tr("Change s&tatus…"))
        self.codeEdit.setPlaceholderText(self.tr("A1"))
        self.titleEdit.setPlaceholderText(self.tr("Training on home gardening"))
        if view is None:
            self.statusValue.setText(status_label("planned"))
            self.statusValue.setToolTip(self.tr("A new activity starts as planned; change its status once "
                                                "it is saved."))
        else:
            text = status_label(view.status)
            if view.status_reason:
                text += f" – {view.status_reason}"
            self.statusValue.setText(text)
        self.indicatorsNote.setText(self.tr(
            "What the activity measures, with the value before it starts (baseline) and the target. Tick "
            "“By sex” for an indicator that counts people: its values are then recorded for women and men."))
        self.indicatorTable.setHorizontalHeaderLabels([
            self.tr("Indicator"), self.tr("Unit"), self.tr("Baseline"), self.tr("Target"), self.tr("How often"),
            self.tr("By sex"), self.tr("Values recorded")])
        self.addIndicatorButton.setText(self.tr("A&dd indicator"))
        self.removeIndicatorButton.setText(self.tr("Remo&ve indicator"))
        self.reviewNote.setText(self.tr("At the end of the activity: what it achieved, what was hard, what the "
                                        "CBO learned and what it should do next."))
        self.resultsLabel.setText(self.tr("Res&ults:"))
        self.difficultiesLabel.setText(self.tr("Di&fficulties:"))
        self.lessonsLabel.setText(self.tr("&Lessons learned:"))
        self.recommendationsLabel.setText(self.tr("Recommen&dations:"))
        self._show_currency()

    def _set_editable(self) -> None:
        editable = self.editable
        for edit in (self.codeEdit, self.titleEdit, self.placeEdit, self.budgetEdit, self.responsibleEdit,
                     self.monitorEdit):
            edit.setReadOnly(not editable)
        for text in (self.objectiveEdit, self.inputsEdit, self.resultsEdit, self.difficultiesEdit,
                     self.lessonsEdit, self.recommendationsEdit):
            text.setReadOnly(not editable)
        for combo in (self.chapterCombo, self.goalCombo, self.startCombo, self.endCombo, self.currencyCombo,
                      self.fundCombo):
            combo.setEnabled(editable)
        for button in (self.addIndicatorButton, self.removeIndicatorButton, self.changeStatusButton):
            button.setVisible(editable)
        self.changeStatusButton.setEnabled(self.view is not None)
        self.indicatorTable.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        if not editable:
            self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def retranslate(self) -> None:
        self._fill_choices()
        self._show_texts()
        for row in range(self.indicatorTable.rowCount()):
            combo = self.indicatorTable.cellWidget(row, IndicatorColumn.FREQUENCY)
            if isinstance(combo, QComboBox):
                for i in range(combo.count()):
                    combo.setItemText(i, frequency_label(str(combo.itemData(i))))

    def show_tab(self, name: str) -> None:
        index = {"activity": 0, "indicators": 1, "review": 2}.get(name, 0)
        self.tabs.setCurrentIndex(index)
        if name == "review":
            self.resultsEdit.setFocus()

    # -- showing ---------------------------------------------------------------------------------

    def _show_new(self) -> None:
        fill_months(self.startCombo, self.plan.months, self.locale_settings, keep=self.plan.months[0])
        fill_months(self.endCombo, self.plan.months, self.locale_settings, keep=self.plan.months[0])

    def _show_activity(self, view: dp.ActivityView) -> None:
        self.codeEdit.setText(view.code)
        self.titleEdit.setText(view.title)
        choose(self.chapterCombo, view.chapter)
        choose(self.goalCombo, view.goal_id)
        self.objectiveEdit.setPlainText(view.objective)
        self.placeEdit.setText(view.place)
        self.inputsEdit.setPlainText(view.inputs)
        self.responsible_picker.set_member_id(view.responsible_id)
        self.monitor_picker.set_member_id(view.monitor_id)
        fill_months(self.startCombo, self.plan.months, self.locale_settings, keep=view.start_month)
        fill_months(self.endCombo, self.plan.months, self.locale_settings, keep=view.end_month)
        choose(self.currencyCombo, view.currency.code)
        self.budgetEdit.setText(format_money(view.budget, self.locale_settings, with_symbol=False)
                                if not view.budget.is_zero() else "")
        choose(self.fundCombo, view.fund_id)
        self.resultsEdit.setPlainText(view.results)
        self.difficultiesEdit.setPlainText(view.difficulties)
        self.lessonsEdit.setPlainText(view.lessons)
        self.recommendationsEdit.setPlainText(view.recommendations)

    def _show_indicators(self) -> None:
        table = self.indicatorTable
        table.setRowCount(0)
        self._removed = []
        for indicator in self._indicators:
            self.add_indicator_row(indicator)
        self._show_indicator_count()

    def _show_indicator_count(self) -> None:
        self.tabs.setTabText(1, self.tr("&Indicators (%s)") % self.indicatorTable.rowCount())

    def _currency(self) -> Currency:
        code = self.currencyCombo.currentData()
        return Currency[code] if isinstance(code, str) and code in Currency.__members__ else Currency.KHR

    def _show_currency(self) -> None:
        self.budgetEdit.setPlaceholderText(amount_placeholder(self._currency()))

    def _start_chosen(self) -> None:
        """An end before the new start moves with it (most activities last a month)."""
        start, end = chosen_month(self.startCombo), chosen_month(self.endCombo)
        if start is not None and end is not None and end < start:
            choose_month(self.endCombo, start)

    # -- indicators --------------------------------------------------------------------------------

    def add_indicator_row(self, indicator: dp.IndicatorView | None = None) -> int:
        """A row for *indicator*, or an empty one to type a new indicator in (focused)."""
        table = self.indicatorTable
        row = table.rowCount()
        table.insertRow(row)
        locale = self.locale_settings
        values = (indicator.name if indicator else "", indicator.unit if indicator else "",
                  value_text(indicator.baseline, locale) if indicator else "",
                  value_text(indicator.target, locale) if indicator else "")
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column in (IndicatorColumn.BASELINE, IndicatorColumn.TARGET):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        name_item = table.item(row, IndicatorColumn.NAME)
        assert name_item is not None
        name_item.setData(ID_ROLE, indicator.id if indicator else None)
        frequency = QComboBox(table)
        for code in dp.FREQUENCIES:
            frequency.addItem(frequency_label(code), code)
        choose(frequency, indicator.frequency if indicator else "once")
        frequency.setEnabled(self.editable)
        table.setCellWidget(row, IndicatorColumn.FREQUENCY, frequency)
        by_sex = QTableWidgetItem()
        by_sex.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                        if self.editable and not (indicator and indicator.value_count)
                        else Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        by_sex.setCheckState(Qt.CheckState.Checked if indicator and indicator.by_sex else Qt.CheckState.Unchecked)
        if indicator and indicator.value_count:
            by_sex.setToolTip(self.tr("Values are recorded: whether it counts by sex cannot change."))
        table.setItem(row, IndicatorColumn.BY_SEX, by_sex)
        recorded = QTableWidgetItem(str(indicator.value_count) if indicator else "")
        recorded.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        recorded.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, IndicatorColumn.RECORDED, recorded)
        self._show_indicator_count()
        if indicator is None:
            self.tabs.setCurrentIndex(1)
            table.setCurrentCell(row, IndicatorColumn.NAME)
            table.setFocus()
            table.editItem(name_item)
        return row

    def remove_indicator_row(self) -> None:
        table = self.indicatorTable
        row = table.currentRow()
        if row < 0:
            return
        item = table.item(row, IndicatorColumn.NAME)
        indicator_id = item.data(ID_ROLE) if item is not None else None
        if indicator_id is not None:
            stored = next((i for i in self._indicators if i.id == indicator_id), None)
            if stored is not None and stored.value_count:
                QMessageBox.information(self, self.tr("Remove indicator"), self.tr(
                    "Values of “%s” are recorded in monitoring records, so it cannot be removed. Remove "
                    "those values first, or keep the indicator.") % stored.name)
                return
            self._removed.append(int(indicator_id))
        table.removeRow(row)
        self._show_indicator_count()

    def typed_indicators(self, problems: list[str], *, mark: bool = True) -> list[TypedIndicator]:
        """The indicator rows as drafts; a baseline or target that is not a number goes into *problems*
        (and its cell is marked, unless *mark* is False)."""
        table = self.indicatorTable
        found: list[TypedIndicator] = []
        for row in range(table.rowCount()):
            texts = [(table.item(row, c).text() if table.item(row, c) is not None else "")  # type: ignore[union-attr]
                     for c in (IndicatorColumn.NAME, IndicatorColumn.UNIT, IndicatorColumn.BASELINE,
                               IndicatorColumn.TARGET)]
            numbers: list[Decimal] = []
            for column, text in ((IndicatorColumn.BASELINE, texts[2]), (IndicatorColumn.TARGET, texts[3])):
                value = dp.read_value(text) if text.strip() else Decimal(0)
                if value is None:
                    problems.append(self._row_problem(row, texts[0], tr_core("errors", NOT_A_NUMBER)))
                    if mark:
                        self._mark_cell(row, column)
                    value = Decimal(0)
                numbers.append(value)
            combo = table.cellWidget(row, IndicatorColumn.FREQUENCY)
            frequency = str(combo.currentData()) if isinstance(combo, QComboBox) else "once"
            by_sex_item = table.item(row, IndicatorColumn.BY_SEX)
            by_sex = by_sex_item is not None and by_sex_item.checkState() == Qt.CheckState.Checked
            name_item = table.item(row, IndicatorColumn.NAME)
            indicator_id = name_item.data(ID_ROLE) if name_item is not None else None
            found.append(TypedIndicator(row, int(indicator_id) if indicator_id is not None else None,
                                        dp.IndicatorDraft(texts[0], texts[1], numbers[0], numbers[1], frequency,
                                                          by_sex)))
        return found

    def _row_problem(self, row: int, name: str, text: str) -> str:
        label = self.tr("Indicator %s") % (row + 1)
        if name.strip():
            label += f" ({name.strip()})"
        return f"{label}: {text}"

    def _mark_cell(self, row: int, column: int) -> None:
        item = self.indicatorTable.item(row, column)
        if item is not None:
            item.setBackground(PROBLEM_FILL)

    def _clear_cell_marks(self) -> None:
        table = self.indicatorTable
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(Qt.GlobalColor.transparent)

    # -- what is typed ---------------------------------------------------------------------------

    def draft(self, problems: list[Problem]) -> dp.ActivityDraft:
        currency = self._currency()
        budget = (read_amount(self.budgetEdit, currency, "budget", problems) if self.budgetEdit.text().strip()
                  else Money.zero(currency))
        for picker, edit, field in ((self.responsible_picker, self.responsibleEdit, "responsible"),
                                    (self.monitor_picker, self.monitorEdit, "monitor")):
            if picker.member_id is None and edit.text().strip():
                problems.append(Problem(field, NOT_A_MEMBER))
        return dp.ActivityDraft(
            code=self.codeEdit.text(), title=self.titleEdit.text(), chapter=self.chapterCombo.currentData(),
            goal_id=self.goalCombo.currentData(), objective=self.objectiveEdit.toPlainText(),
            responsible_id=self.responsible_picker.member_id, monitor_id=self.monitor_picker.member_id,
            start_month=chosen_month(self.startCombo), end_month=chosen_month(self.endCombo),
            place=self.placeEdit.text(), inputs=self.inputsEdit.toPlainText(), budget=budget,
            fund_id=self.fundCombo.currentData())

    def review(self) -> dp.ReviewDraft:
        return dp.ReviewDraft(self.resultsEdit.toPlainText(), self.difficultiesEdit.toPlainText(),
                              self.lessonsEdit.toPlainText(), self.recommendationsEdit.toPlainText())

    def _snapshot(self) -> tuple[object, ...]:
        drafts = [(t.id, t.draft) for t in self.typed_indicators([], mark=False)]
        return (self.draft([]), self.review(), tuple(drafts), tuple(self._removed), self.budgetEdit.text(),
                self.responsibleEdit.text(), self.monitorEdit.text())

    def has_unsaved_changes(self) -> bool:
        return self.editable and self._snapshot() != self._loaded

    # -- saving --------------------------------------------------------------------------------------

    def _show_problems(self, problems: list[Problem], indicator_lines: list[str], *, focus: bool = True) -> None:
        self.marks.show(problems, focus=focus)
        if indicator_lines:
            lines = [self.problemsLabel.text()] if self.problemsLabel.text() else []
            self.problemsLabel.setText("\n".join(lines + ["• " + line for line in indicator_lines]))
            self.problemsLabel.setVisible(True)
            self.indicatorTable.setStyleSheet(f"QTableWidget {{ border: 2px solid {PROBLEM_COLOUR}; }}")
            if not problems:
                self.tabs.setCurrentIndex(1)
        else:
            self.indicatorTable.setStyleSheet("")
        if problems and focus:
            field = self.marks.widgets.get(problems[0].field)
            if field is not None:
                for index in range(self.tabs.count()):
                    page = self.tabs.widget(index)
                    if page is not None and page.isAncestorOf(field):
                        self.tabs.setCurrentIndex(index)
                        field.setFocus()

    def save(self) -> bool:
        """Save what is typed; False (with every problem marked) when something was not saved."""
        if not self.editable:
            return False
        self._clear_cell_marks()
        typed: list[Problem] = []
        indicator_lines: list[str] = []
        draft = self.draft(typed)
        indicators = self.typed_indicators(indicator_lines)
        for item in indicators:
            for problem in item.draft.cleaned().problems():
                indicator_lines.append(self._row_problem(item.row, item.draft.name, problem.text(tr_core)))
                column = {"name": IndicatorColumn.NAME, "unit": IndicatorColumn.UNIT,
                          "baseline": IndicatorColumn.BASELINE, "target": IndicatorColumn.TARGET}.get(problem.field)
                if column is not None:
                    self._mark_cell(item.row, column)
        if typed or indicator_lines:  # the rest is checked too, so that every wrong field shows at once
            typed_fields = {p.field for p in typed}
            more = [p for p in draft.cleaned().problems(self.plan.months) if p.field not in typed_fields]
            self._show_problems(typed + more, indicator_lines)
            return False
        try:
            if self.view is None:
                self.view = ps.add_activity(self.cbo, self.actor, self.plan.id, draft)
            elif draft.cleaned() != self.view.draft().cleaned():
                self.view = ps.update_activity(self.cbo, self.actor, self.view.id, draft,
                                               row_version=self.view.row_version)
            review = self.review()
            if review.cleaned() != self.view.review().cleaned():
                self.view = ps.save_review(self.cbo, self.actor, self.view.id, review,
                                           row_version=self.view.row_version)
        except InvalidInput as exc:
            self._show_problems(exc.problems, [])
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        saved_indicators = self._save_indicators(self.view.id, indicators)
        self.saved.emit(self.view)
        self._indicators = ps.indicators(self.cbo, self.actor, self.view.id)
        self._show_indicators()
        self._show_texts()
        self._set_editable()
        self._loaded = self._snapshot()
        return saved_indicators

    def _save_indicators(self, activity_id: int, indicators: list[TypedIndicator]) -> bool:
        """Remove, change and add the indicators; False (problems shown) when one was refused."""
        stored = {i.id: i for i in self._indicators}
        lines: list[str] = []
        for indicator_id in self._removed:
            try:
                ps.remove_indicator(self.cbo, self.actor, indicator_id)
            except UserError as exc:
                lines.append(exc.text(tr_core))
        for item in indicators:
            try:
                if item.id is None:
                    ps.add_indicator(self.cbo, self.actor, activity_id, item.draft)
                elif item.id in stored and stored[item.id].draft() != item.draft:
                    ps.update_indicator(self.cbo, self.actor, item.id, item.draft)
            except InvalidInput as exc:
                lines += [self._row_problem(item.row, item.draft.name, p.text(tr_core)) for p in exc.problems]
            except UserError as exc:
                lines.append(self._row_problem(item.row, item.draft.name, exc.text(tr_core)))
        self._show_problems([], lines, focus=False)
        return not lines

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask first when something typed is not saved."""
        if not self.has_unsaved_changes() or may_close_unsaved(
                self, self.tr("Unsaved changes"),
                self.tr("This activity has changes that are not saved yet. "
                        "Save them now?"),
                self.save):
            super().reject()

    # -- status ------------------------------------------------------------------------------------------

    def change_status(self) -> None:
        if self.view is None or not self.editable:
            return
        from cbodesk.gui.plans.status_dialog import ActivityStatusDialog

        dialog = ActivityStatusDialog(self.cbo, self.actor, self.view, self)
        try:
            if dialog.exec() and dialog.result_view is not None:
                # The status was saved on its own: show it and keep what is typed (later saves of
                # this dialog build on the activity's new version).
                self.view = dialog.result_view
                self._show_texts()
                self.saved.emit(self.view)
        finally:
            dialog.deleteLater()
