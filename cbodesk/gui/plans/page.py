"""The Plans page (guideline chapter 6): a fiscal year's activity plan as a month grid,
with the M&E focal person's actions, the monitoring records of the chosen activity
and a chart of targets against achievements.

The main window imports this module at startup, so it imports only Qt here: the
core, the grid's model and QtCharts come when the page is first shown.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.widgets import heading, packed
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain import plans as dp
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.gui.cashbook.setup_dialogs import RecordsModel
    from cbodesk.gui.plans.chart import TargetsChart
    from cbodesk.gui.plans.grid import Column, GridHeaders, GridRow, PlanGridModel

log = logging.getLogger(__name__)


class PlansPage(Retranslating, Page):
    chapter = 6
    key = "plans"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.today = today or date.today()
        self.may_view = actor.may("plans.view")
        self.may_edit = actor.may("plans.edit")
        self.may_monitor = actor.may("plans.monitor")
        self.model: PlanGridModel | None = None
        self.records_model: RecordsModel | None = None
        self.chart: TargetsChart | None = None
        self.dialog: QDialog | None = None
        self.plan: dp.PlanView | None = None
        self.overview: dp.PlanOverview | None = None
        self.progress: list[dp.IndicatorProgress] = []
        self._records: list[dp.MonitoringView] = []
        self._locale: LocaleSettings | None = None
        self._build()
        self._show_texts()
        self._update_buttons()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("PlansPage", "Activity plans")

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.titleLabel = heading(QLabel(self), 1.5)
        top.addWidget(self.titleLabel)
        top.addSpacing(12)
        self.yearLabel = QLabel(self)
        self.yearCombo = QComboBox(self)
        self.yearCombo.setObjectName("yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.yearLabel.setBuddy(self.yearCombo)
        top.addWidget(self.yearLabel)
        top.addWidget(self.yearCombo)
        self.newPlanButton = QPushButton(self)
        self.copyPlanButton = QPushButton(self)
        self.strategyButton = QPushButton(self)
        for button in (self.newPlanButton, self.copyPlanButton):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.strategyButton)
        layout.addLayout(top)

        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summaryLabel)

        buttons = QHBoxLayout()
        self.newActivityButton = QPushButton(self)
        self.editButton = QPushButton(self)
        self.statusButton = QPushButton(self)
        self.monitorButton = QPushButton(self)
        self.reviewButton = QPushButton(self)
        self.reportsButton = QPushButton(self)
        self.reportsMenu = QMenu(self)
        self.reportsButton.setMenu(self.reportsMenu)
        for button in (self.newActivityButton, self.editButton, self.statusButton, self.monitorButton,
                       self.reviewButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reportsButton)
        layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableView(self.splitter)
        self.table.setObjectName("planTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().setVisible(False)
        self.table.viewport().installEventFilter(self)  # its width changes with the scroll bar too
        self.emptyLabel = QLabel(self)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setStyleSheet("color: #6d6d6d; padding: 24px;")
        layout.addWidget(self.emptyLabel)

        self.tabs = QTabWidget(self.splitter)
        self.chartTab = QWidget()
        chart_layout = QVBoxLayout(self.chartTab)
        chart_top = QHBoxLayout()
        self.chartScopeCombo = QComboBox(self.chartTab)
        self.chartScopeCombo.setObjectName("chartScopeCombo")
        self.chartScopeLabel = QLabel(self.chartTab)
        self.chartScopeLabel.setBuddy(self.chartScopeCombo)
        chart_top.addWidget(self.chartScopeLabel)
        chart_top.addWidget(self.chartScopeCombo)
        chart_top.addStretch(1)
        chart_layout.addLayout(chart_top)
        self.chartHolder = QVBoxLayout()
        chart_layout.addLayout(self.chartHolder, 1)
        self.recordsTab = QWidget()
        records_layout = QVBoxLayout(self.recordsTab)
        self.recordsLabel = QLabel(self.recordsTab)
        self.recordsLabel.setWordWrap(True)
        records_layout.addWidget(self.recordsLabel)
        self.recordsTable = QTableView(self.recordsTab)
        self.recordsTable.setObjectName("recordsTable")
        self.recordsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        records_layout.addWidget(self.recordsTable, 1)
        self.newRecordButton = QPushButton(self.recordsTab)
        self.openRecordButton = QPushButton(self.recordsTab)
        self.removeRecordButton = QPushButton(self.recordsTab)
        records_layout.addLayout(packed(QHBoxLayout(),
                                        (self.newRecordButton, self.openRecordButton, self.removeRecordButton)))
        self.tabs.addTab(self.chartTab, "")
        self.tabs.addTab(self.recordsTab, "")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        for button in (self.newPlanButton, self.copyPlanButton, self.newActivityButton, self.statusButton,
                       self.reviewButton):
            button.setVisible(self.may_edit)
        for button in (self.monitorButton, self.newRecordButton, self.removeRecordButton):
            button.setVisible(self.may_monitor)

        self.yearCombo.currentIndexChanged.connect(self._year_chosen)
        self.newPlanButton.clicked.connect(self.new_plan)
        self.copyPlanButton.clicked.connect(self.copy_last_year)
        self.strategyButton.clicked.connect(self.edit_strategy)
        self.newActivityButton.clicked.connect(self.new_activity)
        self.editButton.clicked.connect(self.open_current)
        self.statusButton.clicked.connect(self.change_status_current)
        self.monitorButton.clicked.connect(self.record_monitoring)
        self.reviewButton.clicked.connect(self.review_current)
        self.newRecordButton.clicked.connect(self.record_monitoring)
        self.openRecordButton.clicked.connect(self.open_record_current)
        self.removeRecordButton.clicked.connect(self.remove_record_current)
        # (activated: a double-click or Enter; doubleClicked as well would open the dialog twice.)
        self.table.activated.connect(lambda index: self.open_activity_at(index.row()))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.recordsTable.activated.connect(lambda _index: self.open_record_current())
        self.reportsMenu.aboutToShow.connect(self._fill_reports_menu)
        self.chartScopeCombo.currentIndexChanged.connect(self._show_chart)

    def _show_texts(self) -> None:
        self.titleLabel.setText(self.tr("Activity plan"))
        self.yearLabel.setText(self.tr("Fiscal &year:"))
        self.newPlanButton.setText(self.tr("New &plan…"))
        self.copyPlanButton.setText(self.tr("&Copy last year's plan…"))
        self.strategyButton.setText(self.tr("&Vision, mission and goals…"))
        self.newActivityButton.setText(self.tr("&New activity…"))
        self.editButton.setText(self.tr("&Edit…") if self.may_edit else self.tr("&Open…"))
        self.statusButton.setText(self.tr("Change &status…"))
        self.monitorButton.setText(self.tr("&Record monitoring…"))
        self.reviewButton.setText(self.tr("Re&view…"))
        self.reportsButton.setText(self.tr("Print / &Reports"))
        self.tabs.setTabText(0, self.tr("Targets and achievements"))
        self.tabs.setTabText(1, self.tr("Monitoring records"))
        self.chartScopeLabel.setText(self.tr("Show:"))
        self.chartScopeCombo.blockSignals(True)
        scope = self.chartScopeCombo.currentData() or "activity"
        self.chartScopeCombo.clear()
        self.chartScopeCombo.addItem(self.tr("The chosen activity"), "activity")
        self.chartScopeCombo.addItem(self.tr("Every activity of the year (percent of target)"), "year")
        self.chartScopeCombo.setCurrentIndex(max(self.chartScopeCombo.findData(scope), 0))
        self.chartScopeCombo.blockSignals(False)
        self.newRecordButton.setText(self.tr("Record &monitoring…"))
        self.openRecordButton.setText(self.tr("Edit record…") if self.may_monitor else self.tr("Open record…"))
        self.removeRecordButton.setText(self.tr("Remove record"))

    def retranslate(self) -> None:
        self._show_texts()
        if self.model is not None and not self.cbo.closed:
            self.refresh()

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():  # back from the cash book: linked spending may have changed
            self.refresh()

    def load(self) -> None:
        from cbodesk.gui.cashbook.fields import locale_of
        from cbodesk.gui.cashbook.setup_dialogs import RecordsModel, setup_table
        from cbodesk.gui.plans.grid import (
            BarDelegate,
            Column,
            MonthDelegate,
            PlanGridModel,
            StatusDelegate,
            TwoLineDelegate,
            month_column,
        )

        self._locale = locale_of(self)
        self.model = PlanGridModel(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.table))
        months = MonthDelegate(self.table)
        for position in range(12):
            self.table.setItemDelegateForColumn(month_column(position), months)
        self.table.setItemDelegateForColumn(Column.ACTUAL, TwoLineDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.USED, BarDelegate(self.table, over_is_bad=True))
        self.table.setItemDelegateForColumn(Column.PROGRESS, BarDelegate(self.table))
        self.table.selectionModel().currentRowChanged.connect(self._activity_chosen)
        self.records_model = RecordsModel(self)
        setup_table(self.recordsTable, self.records_model, stretch=3)
        self.recordsTable.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._size_columns()
        if not self.may_view:
            self._not_for_this_role()
            return
        self._fill_years()
        self._year_chosen()

    def _not_for_this_role(self) -> None:
        for widget in (self.yearCombo, self.table, self.tabs, self.strategyButton, self.editButton,
                       self.reportsButton):
            widget.setEnabled(False)
        self.summaryLabel.setText(self.tr("Your role does not see the activity plans. The M&E focal person, "
                                          "the committee, the treasurer and the secretary do; the plan's "
                                          "reports are on the Reports page."))

    def refresh(self) -> None:
        if self.model is None or self.cbo.closed or not self.may_view:
            return
        from cbodesk.gui.cashbook.fields import locale_of

        self._locale = locale_of(self)
        year = self.yearCombo.currentData()
        self._fill_years(keep=year)
        self._show_plan(keep=self.current_activity_id())

    def _size_columns(self) -> None:
        from cbodesk.gui.plans.grid import Column, month_column

        table = self.table
        metrics = table.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(int(metrics.height() * 2.2))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Mmm") + 6)
        header.setHighlightSections(False)
        advance = metrics.horizontalAdvance
        widths = {
            Column.CODE: advance("A1.10") + 20,
            Column.RESPONSIBLE: advance("Chhorn Sopheak") + 16,
            Column.STATUS: advance("Postponed") + 36,
            Column.BUDGET: advance("00,000,000៛") + 24,
            Column.ACTUAL: advance("00,000,000៛") + 24,
            Column.USED: advance("100 %") + 28,
            Column.PROGRESS: advance("100 %") + 28,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for position in range(12):
            header.setSectionResizeMode(month_column(position), QHeaderView.ResizeMode.Fixed)
            header.resizeSection(month_column(position), max(advance("Mmm") + 8, int(metrics.height() * 1.9)))
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Interactive)
        self._fit_title()

    def _fit_title(self) -> None:
        """The activity's title takes the room the other columns leave, but never less than a
        readable title (then the grid scrolls sideways; Khmer month names are wider)."""
        from cbodesk.gui.plans.grid import COLUMN_COUNT, Column

        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(COLUMN_COUNT) if c != Column.TITLE)
        smallest = self.table.fontMetrics().horizontalAdvance("Training on home gardening")
        header.resizeSection(Column.TITLE, max(self.table.viewport().width() - others - 2, smallest))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.model is not None:
            self._fit_title()
        return super().eventFilter(watched, event)

    # -- years ---------------------------------------------------------------------------------------

    def _fill_years(self, keep: int | None = None) -> None:
        from cbodesk.services import plans as ps

        plans = ps.plans(self.cbo, self.actor)
        years = [p.fiscal_year for p in plans]
        if keep is None:
            current = ps.fiscal_year_of(self.cbo, self.today)
            keep = current if current in years else (years[0] if years else None)
        combo = self.yearCombo
        combo.blockSignals(True)
        combo.clear()
        for plan in plans:
            combo.addItem(self._year_text(plan), plan.fiscal_year)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)
        self.copyPlanButton.setEnabled(bool(plans))

    def _year_text(self, plan: dp.PlanView) -> str:
        from cbodesk.gui.plans.common import month_text

        assert self._locale is not None
        if plan.months[0].month == 1:
            return str(plan.fiscal_year)
        return self.tr("%s (%s – %s)") % (plan.fiscal_year, month_text(plan.months[0], self._locale),
                                          month_text(plan.months[-1], self._locale))

    def chosen_year(self) -> int | None:
        year = self.yearCombo.currentData()
        return int(year) if year is not None else None

    def choose_year(self, year: int) -> None:
        index = self.yearCombo.findData(year)
        if index >= 0:
            self.yearCombo.setCurrentIndex(index)

    def _year_chosen(self) -> None:
        self._show_plan()

    # -- the plan -----------------------------------------------------------------------------------

    def _show_plan(self, keep: int | None = None) -> None:
        from cbodesk.services import plans as ps

        assert self.model is not None
        year = self.chosen_year()
        self.plan = ps.plan_for_year(self.cbo, self.actor, year) if year is not None else None
        if self.plan is None:
            self.overview = None
            self.progress = []
            from cbodesk.gui.plans.grid import GridHeaders

            self.model.set_rows([], GridHeaders())
        else:
            self.overview = ps.plan_overview(self.cbo, self.actor, self.plan.id)
            self.progress = ps.indicator_progress(self.cbo, self.actor, self.plan.id)
            rows, headers = self._grid_rows(self.overview, self.progress)
            self.model.set_rows(rows, headers)
        self._show_summary()
        if self.model.rowCount():
            row = self.model.row_of(keep) if keep is not None else None
            self._select_row(row if row is not None else 0)
        else:
            self._activity_chosen()
        self._update_buttons()

    def _grid_rows(self, overview: dp.PlanOverview, progress: list[dp.IndicatorProgress]
                   ) -> tuple[list[GridRow], GridHeaders]:
        from cbodesk.domain.formatting import format_money
        from cbodesk.gui.plans.common import (
            chapter_label,
            month_text,
            short_month,
            status_label,
            value_text,
        )
        from cbodesk.gui.plans.grid import GridHeaders, GridRow

        locale = self._locale
        assert locale is not None
        months = overview.plan.months
        headers = GridHeaders(
            fixed=self._fixed_headers(),
            months=[short_month(m, locale) for m in months],
            month_tips=[month_text(m, locale) for m in months])
        by_activity: dict[int, list[dp.IndicatorProgress]] = {}
        for indicator in progress:
            by_activity.setdefault(indicator.activity_id, []).append(indicator)
        rows: list[GridRow] = []
        for line in overview.activities:
            planned = set(line.planned_months)
            happened = set(line.actual_months)
            percent = line.spent_percent
            indicators = by_activity.get(line.id, [])
            progress_percent = activity_progress(indicators)
            tips = [self.tr("%s: %s of %s %s") % (i.name, value_text(i.achieved, locale) if i.achieved
                                                  is not None else self.tr("nothing recorded"),
                                                  value_text(i.target, locale), i.unit)
                    for i in indicators]
            progress_text = "" if progress_percent is None else f"{progress_percent} %"
            status_tip = status_label(line.status)
            if line.status_reason:
                status_tip += " – " + line.status_reason
            tooltip = "\n".join(p for p in (line.title, chapter_label(line.chapter)) if p)
            rows.append(GridRow(
                id=line.id, code=line.code, title=line.title, responsible=line.responsible(locale.language),
                status=line.status, status_text=status_label(line.status), status_tooltip=status_tip,
                planned=tuple(m in planned for m in months),
                happened=tuple(self.tr("monitoring or spending recorded") if m in happened else ""
                               for m in months),
                budget_text=format_money(line.budget, locale) if not line.budget.is_zero() else "",
                budget_sort=line.budget.to_minor(),
                actual_text=format_money(line.actual, locale) if not line.actual.is_zero() else "",
                actual_other=format_money(line.other_actual, locale) if line.other_actual is not None else "",
                actual_sort=line.actual.to_minor(),
                used_percent=int(percent.to_integral_value()) if percent is not None else None,
                progress_percent=progress_percent, progress_text=progress_text,
                progress_tooltip="\n".join(tips) if tips else self.tr("No indicators yet."),
                tooltip=tooltip))
        return rows, headers

    def _fixed_headers(self) -> dict[Column, str]:
        from cbodesk.gui.plans.grid import Column

        return {Column.CODE: self.tr("Code"), Column.TITLE: self.tr("Activity"),
                Column.RESPONSIBLE: self.tr("Responsible"), Column.STATUS: self.tr("Status"),
                Column.BUDGET: self.tr("Budget"), Column.ACTUAL: self.tr("Actual cost"),
                Column.USED: self.tr("Used"), Column.PROGRESS: self.tr("Indicators")}

    def _show_summary(self) -> None:
        from cbodesk.domain.formatting import format_money

        locale = self._locale
        assert locale is not None
        has_plans = self.yearCombo.count() > 0
        self.emptyLabel.setVisible(self.plan is None or not self.model or not self.model.rowCount())
        if self.plan is None or self.overview is None:
            self.summaryLabel.setText("")
            self.emptyLabel.setText(
                (self.tr("There is no activity plan yet. Start one with “New plan…”.") if self.may_edit
                 else self.tr("There is no activity plan yet. The M&E focal person or the committee starts "
                              "one.")) if not has_plans else "")
            return
        overview = self.overview
        parts = []
        if overview.plan.title:
            parts.append(overview.plan.title)
        parts.append(self.tr("Activities: %n", "", len(overview.activities)))
        budget = " / ".join(format_money(m, locale) for m in overview.budget_totals.values() if not m.is_zero())
        actual = " / ".join(format_money(m, locale) for m in overview.actual_totals.values() if not m.is_zero())
        if budget:
            parts.append(self.tr("budget %s") % budget)
        if actual:
            parts.append(self.tr("spent %s") % actual)
        self.summaryLabel.setText(" · ".join(parts))
        self.emptyLabel.setText(self.tr("This plan has no activities yet. Add one with “New activity…”.")
                                if self.may_edit else self.tr("This plan has no activities yet."))

    # -- the chosen activity -------------------------------------------------------------------------

    def current_activity_id(self) -> int | None:
        if self.model is None:
            return None
        index = self.table.currentIndex()
        row = self.model.row(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def current_line(self) -> dp.ActivityLine | None:
        activity_id = self.current_activity_id()
        if self.overview is None or activity_id is None:
            return None
        return next((a for a in self.overview.activities if a.id == activity_id), None)

    def select_activity(self, activity_id: int) -> bool:
        row = self.model.row_of(activity_id) if self.model is not None else None
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        assert self.model is not None
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _activity_chosen(self, *_args: object) -> None:
        self._show_records()
        self._show_chart()
        self._update_buttons()

    def _show_records(self) -> None:
        from cbodesk.gui.cashbook.setup_dialogs import Cell, Record
        from cbodesk.gui.members.common import short_date
        from cbodesk.services import plans as ps

        if self.records_model is None:
            return
        locale = self._locale
        assert locale is not None
        line = self.current_line()
        self._records = ps.monitoring_records(self.cbo, self.actor, line.id) if line is not None else []
        records = [Record(r.id, (
            Cell(short_date(r.date, locale), r.date.isoformat()),
            Cell(self.tr("%s F, %s M") % (r.participants_female, r.participants_male), r.participants),
            Cell(r.monitored_by),
            Cell(" ".join(r.progress.split())[:160]),
            Cell(str(len(r.evidence)) if r.evidence else "", len(r.evidence))))
            for r in self._records]
        self.records_model.set_records([self.tr("Date"), self.tr("Participants"), self.tr("Monitored by"),
                                        self.tr("Progress"), self.tr("Files")], records)
        if line is None:
            self.recordsLabel.setText(self.tr("Choose an activity to see its monitoring records."))
        else:
            self.recordsLabel.setText(self.tr("%s – %s: %n monitoring record(s)", "", len(records))
                                      % (line.code, line.title))

    def _show_chart(self, *_args: object) -> None:
        if self.model is None:
            return
        if self.chart is None:
            from cbodesk.gui.plans.chart import TargetsChart

            self.chart = TargetsChart(self.chartTab)
            self.chartHolder.addWidget(self.chart)
        assert self._locale is not None
        line = self.current_line()
        if self.chartScopeCombo.currentData() == "year":
            self.chart.show_year(self.progress, self._locale)
        else:
            indicators = [i for i in self.progress if line is not None and i.activity_id == line.id]
            self.chart.show_activity(line.code if line else "", indicators, self._locale)

    def _update_buttons(self) -> None:
        chosen = self.current_activity_id() is not None
        has_plan = self.plan is not None
        for button in (self.editButton, self.statusButton, self.monitorButton, self.reviewButton,
                       self.newRecordButton):
            button.setEnabled(chosen)
        self.newActivityButton.setEnabled(has_plan)
        self.reportsButton.setEnabled(has_plan)
        record = self.recordsTable.currentIndex().isValid() and chosen
        self.openRecordButton.setEnabled(record)
        self.removeRecordButton.setEnabled(record)

    def _context_menu(self, pos: object) -> None:
        from cbodesk.gui.tables import fill_menu, show_context_menu

        def make(index: object) -> QMenu:
            menu = QMenu(self)
            if self.current_activity_id() is not None:
                fill_menu(menu, [
                    (self.editButton.text(), True, self.open_current),
                    (self.statusButton.text(), self.may_edit, self.change_status_current),
                    (self.monitorButton.text(), self.may_monitor, self.record_monitoring),
                    (self.reviewButton.text(), self.may_edit, self.review_current),
                    None,
                    (self.tr("Print the M&E &form…"), True,
                     lambda: self.print_report("me_form", self.current_activity_id())),
                ])
            return menu

        show_context_menu(self.table, pos, make)  # type: ignore[arg-type]

    # -- plans -----------------------------------------------------------------------------------------

    def new_plan(self) -> None:
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.services import plans as ps

        taken = {self.yearCombo.itemData(i) for i in range(self.yearCombo.count())}
        year = ps.fiscal_year_of(self.cbo, self.today)
        while year in taken:
            year += 1
        chosen, ok = QInputDialog.getInt(self, self.tr("New plan"), self.tr("The plan of the fiscal year:"),
                                         year, 2000, 2100)
        if not ok:
            return
        try:
            ps.create_plan(self.cbo, self.actor, chosen)
        except UserError as exc:
            show_error(self, exc)
            return
        self._fill_years(keep=chosen)
        self._show_plan()

    def copy_last_year(self) -> None:
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.services import plans as ps

        plans = ps.plans(self.cbo, self.actor)
        if not plans:
            return
        source = next((p for p in plans if p.fiscal_year == (self.chosen_year() or 0)), plans[0])
        existing = {p.fiscal_year: p for p in plans}
        target = source.fiscal_year + 1
        if target in existing and existing[target].activity_count:
            source = plans[0]
            target = source.fiscal_year + 1
        answer = QMessageBox.question(
            self, self.tr("Copy last year's plan"),
            self.tr("Copy the plan of %s, with its %n activities and their indicators, into a new plan for "
                    "%s? The months move one year on; every activity starts as planned, without monitoring "
                    "records or spending.", "", source.activity_count) % (source.fiscal_year, target))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            ps.copy_plan(self.cbo, self.actor, source.id, target)
        except UserError as exc:
            show_error(self, exc)
            return
        self._fill_years(keep=target)
        self._show_plan()

    def edit_strategy(self) -> None:
        from cbodesk.gui.plans.strategy_dialog import StrategyDialog
        from cbodesk.gui.tables import open_page_dialog

        assert self._locale is not None
        dialog = StrategyDialog(self.cbo, self.actor, self._locale, self)
        open_page_dialog(self, dialog, lambda _d: self._dialog_closed())

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.refresh()

    # -- activities -------------------------------------------------------------------------------------

    def new_activity(self) -> None:
        if self.plan is None or not self.may_edit:
            return
        self._open_activity(None)

    def open_current(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None:
            self._open_activity(activity_id)

    def open_activity_at(self, row: int) -> None:
        grid_row = self.model.row(row) if self.model is not None else None
        if grid_row is not None:
            self._open_activity(grid_row.id)

    def review_current(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None:
            self._open_activity(activity_id, tab="review")

    def _open_activity(self, activity_id: int | None, tab: str = "") -> None:
        from cbodesk.gui.plans.activity_dialog import ActivityDialog
        from cbodesk.gui.tables import open_page_dialog

        assert self.plan is not None and self._locale is not None
        dialog = ActivityDialog(self.cbo, self.actor, self._locale, self.plan, self, activity_id=activity_id,
                                today=self.today)
        if tab:
            dialog.show_tab(tab)
        dialog.saved.connect(self._activity_saved)
        open_page_dialog(self, dialog, lambda _d: self._dialog_closed())

    def _activity_saved(self, view: dp.ActivityView) -> None:
        self._show_plan(keep=view.id)

    def change_status_current(self) -> None:
        from cbodesk.gui.plans.status_dialog import ActivityStatusDialog
        from cbodesk.gui.tables import open_page_dialog
        from cbodesk.services import plans as ps

        activity_id = self.current_activity_id()
        if activity_id is None or not self.may_edit:
            return
        view = ps.get_activity(self.cbo, self.actor, activity_id)
        dialog = ActivityStatusDialog(self.cbo, self.actor, view, self)
        dialog.saved.connect(self._activity_saved)
        open_page_dialog(self, dialog, lambda _d: self._dialog_closed())

    # -- monitoring --------------------------------------------------------------------------------------

    def record_monitoring(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None and self.may_monitor:
            self._open_record(activity_id, None)

    def open_record_current(self) -> None:
        activity_id = self.current_activity_id()
        record_id = self._current_record_id()
        if activity_id is not None and record_id is not None:
            self._open_record(activity_id, record_id)

    def _current_record_id(self) -> int | None:
        index = self.recordsTable.currentIndex()
        if self.records_model is None or not index.isValid():
            return None
        return self.records_model.record_id(index.row())

    def _open_record(self, activity_id: int, record_id: int | None) -> None:
        from cbodesk.gui.plans.monitoring_dialog import MonitoringDialog
        from cbodesk.gui.tables import open_page_dialog

        assert self._locale is not None
        dialog = MonitoringDialog(self.cbo, self.actor, self._locale, activity_id, self, record_id=record_id,
                                  today=self.today)
        dialog.saved.connect(lambda _view: self._show_plan(keep=activity_id))
        open_page_dialog(self, dialog, lambda _d: self._dialog_closed())

    def remove_record_current(self) -> None:
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.gui.members.common import short_date
        from cbodesk.services import plans as ps

        record_id = self._current_record_id()
        record = next((r for r in self._records if r.id == record_id), None)
        if record is None or self._locale is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the monitoring record"),
            self.tr("Remove the monitoring record of %s, with its indicator values and files?")
            % short_date(record.date, self._locale))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            ps.remove_record(self.cbo, self.actor, record.id)
        except UserError as exc:
            show_error(self, exc)
        self._show_plan(keep=self.current_activity_id())

    # -- reports ---------------------------------------------------------------------------------------

    def _fill_reports_menu(self) -> None:
        """The plan's reports for the year, then those made for the chosen activity alone."""
        from cbodesk.gui.plans.common import PER_ACTIVITY_REPORTS, REPORT_KINDS, report_title

        menu = self.reportsMenu
        menu.clear()
        for code in REPORT_KINDS:
            action = menu.addAction(self.tr("%s (the year)") % report_title(code) if code in PER_ACTIVITY_REPORTS
                                    else report_title(code))
            action.triggered.connect(lambda _=False, c=code: self.print_report(c))
        line = self.current_line()
        if line is not None:
            menu.addSeparator()
            for code in PER_ACTIVITY_REPORTS:
                action = menu.addAction(self.tr("%s – %s only") % (report_title(code), line.code))
                action.triggered.connect(lambda _=False, c=code, a=line.id: self.print_report(c, a))

    def print_report(self, code: str, activity_id: int | None = None) -> None:
        """Make one of the plan's reports of the chosen year (for one activity, or all) and show it."""
        from cbodesk.gui.plans.common import print_plan_report

        year = self.chosen_year()
        if year is None or self._locale is None:
            return
        print_plan_report(self, self.cbo, self.actor, code, self._locale, fiscal_year=year,
                          activity_id=activity_id)

    # -- the main window's questions ------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        checker = getattr(self.dialog, "has_unsaved_changes", None)
        return bool(checker()) if callable(checker) else False

    def save_changes(self) -> bool:
        dialog = self.dialog
        save = getattr(dialog, "save", None)
        if dialog is not None and callable(save):
            if not save():
                return False
            dialog.done(QDialog.DialogCode.Accepted)
        return True

    def discard_changes(self) -> None:
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Rejected)


def activity_progress(indicators: list[dp.IndicatorProgress]) -> int | None:
    """How far an activity's indicators have come, in percent: the mean, over its indicators with
    a target, of achieved ÷ target (each counted up to 100 %, so one surpassed target does not hide
    another missed); None when no indicator has a target."""
    from decimal import ROUND_HALF_UP, Decimal

    shares = [min(i.percent if i.percent is not None else Decimal(0), Decimal(100))
              for i in indicators if i.target]
    if not shares:
        return None
    mean = sum(shares, Decimal(0)) / len(shares)
    return int(mean.quantize(Decimal(1), rounding=ROUND_HALF_UP))
