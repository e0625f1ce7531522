"""The Plans page, the activity dialog and the monitoring form, driven as the M&E focal person
would: type an activity and its indicator, record a visit, read the progress back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from members_support import (
    ME_FOCAL,
    SECRETARY,
    TREASURER,
    answer,
    on_screen,
    open_register,
    when_shown,
)
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cbodesk.domain import plans as dp
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.entry_dialog import EntryDialog
from cbodesk.gui.plans.activity_dialog import ActivityDialog, IndicatorColumn
from cbodesk.gui.plans.common import choose_month
from cbodesk.gui.plans.grid import HAPPENED_ROLE, PLANNED_ROLE, Column, month_column
from cbodesk.gui.plans.monitoring_dialog import MonitoringDialog, ValueColumn
from cbodesk.gui.plans.page import PlansPage
from cbodesk.services import cashbook
from cbodesk.services import plans as ps
from cbodesk.storage.database import Cbo

TypeText = Callable[[QWidget, str], None]
TODAY = date(2026, 6, 15)
EN = LocaleSettings()
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))


@pytest.fixture
def cbo(tmp_path: Path) -> Iterator[Cbo]:
    """The small register (Kim Vanna is member 4), a riel cash box, and an empty plan for 2026."""
    with open_register(tmp_path / "plans.cbodesk") as opened:
        cashbook.add_account(opened, TREASURER, "Cash box – riel", "cash", Currency.KHR,
                             Money("500000", Currency.KHR), date(2026, 1, 1))
        ps.create_plan(opened, ME_FOCAL, 2026, "Plan 2026")
        yield opened


def open_page(qtbot: QtBot, cbo: Cbo, actor: Actor = ME_FOCAL) -> PlansPage:
    page = on_screen(qtbot, PlansPage(cbo, actor, today=TODAY), 1300, 800)
    assert page.model is not None
    return page


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(box: QDialogButtonBox) -> QWidget:
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None and button.isVisible()
    return button


def type_cell(qtbot: QtBot, type_text: TypeText, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Type *text* into a cell of *table* as a person would: open its editor, type, press Enter."""
    item = table.item(row, column)
    assert item is not None
    table.setCurrentCell(row, column)
    table.editItem(item)
    QApplication.processEvents()  # the editor of the cell before is closed, deleted later
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "the cell's editor did not open"
    editors[0].selectAll()
    type_text(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    QApplication.processEvents()
    assert item.text() == text

def choose_member(qtbot: QtBot, type_text: TypeText, edit: QLineEdit, typed: str) -> None:
    """Type part of a name and choose the first member offered, with the keyboard."""
    edit.setFocus()
    type_text(edit, typed)
    popup = edit.completer().popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(edit.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def grid_text(page: PlansPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    assert page.model is not None
    return page.model.index(row, column).data(role)


def test_an_activity_typed_monitored_and_its_progress_read_back(
        qtbot: QtBot, cbo: Cbo, type_text: TypeText, tmp_path: Path) -> None:
    page = open_page(qtbot, cbo)
    assert page.chosen_year() == 2026
    assert "no activities yet" in page.emptyLabel.text()
    click(qtbot, page.newActivityButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)

    type_text(dialog.codeEdit, "A1")
    type_text(dialog.titleEdit, "Training on home gardening")
    dialog.chapterCombo.setCurrentIndex(dialog.chapterCombo.findData(6))
    type_text(dialog.objectiveEdit, "Forty farmers grow vegetables at home")
    choose_member(qtbot, type_text, dialog.responsibleEdit, "Kim")
    assert dialog.responsible_picker.member_id is not None
    assert "Member 4" in dialog.responsibleInfo.text()
    choose_month(dialog.startCombo, date(2026, 3, 1))
    choose_month(dialog.endCombo, date(2026, 5, 1))
    type_text(dialog.budgetEdit, "300000")
    type_text(dialog.placeEdit, "Koh Trong pagoda")

    click(qtbot, dialog.addIndicatorButton)
    table = dialog.indicatorTable
    assert table.rowCount() == 1 and dialog.tabs.currentIndex() == 1
    type_cell(qtbot, type_text, table, 0, IndicatorColumn.NAME, "Farmers trained")
    type_cell(qtbot, type_text, table, 0, IndicatorColumn.UNIT, "people")
    type_cell(qtbot, type_text, table, 0, IndicatorColumn.TARGET, "40")
    by_sex = table.item(0, IndicatorColumn.BY_SEX)
    assert by_sex is not None
    by_sex.setCheckState(Qt.CheckState.Checked)
    assert dialog.has_unsaved_changes()
    click(qtbot, save_button(dialog.buttonBox))
    assert not dialog.isVisible(), dialog.problemsLabel.text()

    assert page.model.rowCount() == 1
    assert grid_text(page, 0, Column.CODE) == "A1"
    assert grid_text(page, 0, Column.STATUS) == "Planned"
    assert grid_text(page, 0, Column.RESPONSIBLE) == "Kim Vanna"
    assert grid_text(page, 0, Column.BUDGET) == "300,000៛"
    planned = [grid_text(page, 0, month_column(i), PLANNED_ROLE) for i in range(12)]
    assert planned == [False, False, True, True, True] + [False] * 7
    activity = ps.activities(cbo, ME_FOCAL, page.plan.id)[0]  # type: ignore[union-attr]
    assert (activity.title, activity.chapter, activity.budget) == ("Training on home gardening", 6,
                                                                   Money("300000", Currency.KHR))
    [indicator] = ps.indicators(cbo, ME_FOCAL, activity.id)
    assert (indicator.name, indicator.unit, indicator.target, indicator.by_sex) == (
        "Farmers trained", "people", Decimal(40), True)
    assert grid_text(page, 0, Column.PROGRESS) == "0 %"

    # The visit of 20 April: 12 women and 9 men trained, with a photo.
    click(qtbot, page.monitorButton)
    form = page.dialog
    assert isinstance(form, MonitoringDialog)
    form.dateEdit.setDate(form.dateEdit.date().fromString("20/04/2026", "dd/MM/yyyy"))
    for spin, count in ((form.femaleSpin, "14"), (form.maleSpin, "9")):
        assert isinstance(spin, QSpinBox)
        spin.lineEdit().selectAll()
        type_text(spin.lineEdit(), count)
    assert form.totalLabel.text() == "Total: 23"
    values = form.valuesTable
    type_cell(qtbot, type_text, values, 0, ValueColumn.FEMALE, "12")
    type_cell(qtbot, type_text, values, 0, ValueColumn.MALE, "9")
    total = values.item(0, ValueColumn.VALUE)
    assert total is not None and total.text() == "21"
    type_text(form.progressEdit, "Two days of training at the pagoda")
    photo = tmp_path / "training.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    assert form.add_file(photo, "Farmers in the garden")
    assert form.evidenceTable.rowCount() == 1
    with qtbot.waitSignal(form.finished):
        click(qtbot, save_button(form.buttonBox))

    # 21 of 40 farmers: 52.5 %, shown rounded; April is marked as a month something happened.
    assert grid_text(page, 0, Column.PROGRESS) == "53 %"
    assert "Farmers trained: 21 of 40 people" in str(grid_text(page, 0, Column.PROGRESS,
                                                               Qt.ItemDataRole.ToolTipRole))
    happened = [grid_text(page, 0, month_column(i), HAPPENED_ROLE) for i in range(12)]
    assert happened == [False, False, False, True] + [False] * 8
    assert grid_text(page, 0, month_column(3)) == "✓"
    [progress] = ps.indicator_progress(cbo, ME_FOCAL, activity.plan_id)
    assert (progress.achieved, progress.achieved_female, progress.achieved_male) == (21, 12, 9)
    [record] = ps.monitoring_records(cbo, ME_FOCAL, activity.id)
    assert (record.date, record.participants_female, record.participants_male) == (date(2026, 4, 20), 14, 9)
    assert [e.title for e in record.evidence] == ["Farmers in the garden"]
    assert page.records_model is not None and page.records_model.rowCount() == 1
    assert page.chart is not None and page.chart.achieved == [52.5]
    assert page.chart.categories == ["Farmers trained: 21 of 40 people"]

    # A second visit, typed over the first's values, edits nothing of the first.
    page.recordsTable.selectRow(0)
    click(qtbot, page.openRecordButton)
    edit = page.dialog
    assert isinstance(edit, MonitoringDialog) and edit.view is not None
    assert edit.femaleSpin.value() == 14
    edit.reject()


def test_every_wrong_field_is_marked_and_a_change_meanwhile_is_refused(
        qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    page = open_page(qtbot, cbo)
    click(qtbot, page.newActivityButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    choose_month(dialog.startCombo, date(2026, 6, 1))
    choose_month(dialog.endCombo, date(2026, 2, 1))
    type_text(dialog.budgetEdit, "12,5x")
    type_text(dialog.responsibleEdit, "Nobody")
    click(qtbot, dialog.addIndicatorButton)
    type_cell(qtbot, type_text, dialog.indicatorTable, 0, IndicatorColumn.TARGET, "forty")
    assert not dialog.save()
    text = dialog.problemsLabel.text()
    assert "Give the activity a short code" in text
    assert "Write what the activity is" in text
    assert "The activity cannot end before it starts." in text
    assert "Choose the member from the list" in text
    assert "Indicator 1: Write a number." in text
    assert "Indicator 1: Write what the indicator measures" in text
    for field in (dialog.codeEdit, dialog.titleEdit, dialog.endCombo, dialog.budgetEdit, dialog.responsibleEdit):
        assert "border" in field.styleSheet(), field.objectName()
    assert "border" in dialog.indicatorTable.styleSheet()
    assert ps.activities(cbo, ME_FOCAL, page.plan.id) == []  # type: ignore[union-attr]
    dialog.done(0)

    plan = page.plan
    assert plan is not None
    view = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A2", title="Clean the pond", start_month=date(2026, 3, 1), end_month=date(2026, 3, 1)))
    page.refresh()
    assert page.select_activity(view.id)
    click(qtbot, page.editButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    # The chair changes the title while the dialog is open.
    chair = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
    ps.update_activity(cbo, chair, view.id, dp.ActivityDraft(
        code="A2", title="Clean the village pond", start_month=date(2026, 3, 1), end_month=date(2026, 3, 1)),
        row_version=view.row_version)
    dialog.placeEdit.setText("The pond")
    shown: list[str] = []
    when_shown(QMessageBox, lambda box: (shown.append(box.text()), answer(QMessageBox.StandardButton.Ok)(box)))
    assert not dialog.save()
    assert shown and "Sok Dara changed this" in shown[0]
    assert ps.get_activity(cbo, ME_FOCAL, view.id).place == ""
    dialog.done(0)


def test_a_payment_linked_in_the_entry_dialog_is_the_activity_actual_cost(
        qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    plan = ps.plan_for_year(cbo, ME_FOCAL, 2026)
    assert plan is not None
    view = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A1", title="Training on home gardening", start_month=date(2026, 3, 1),
        end_month=date(2026, 4, 1), budget=Money("300000", Currency.KHR)))
    cancelled = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A9", title="Study tour", start_month=date(2026, 3, 1), end_month=date(2026, 3, 1)))
    ps.change_status(cbo, ME_FOCAL, cancelled.id, "cancelled", "No money for the bus")

    [box] = [a.id for a in cashbook.accounts(cbo) if a.name == "Cash box – riel"]
    dialog = EntryDialog(cbo, TREASURER, "payment", EN, account_id=box, today=date(2026, 4, 2))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.activityCombo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["(none)", "A1 – Training on home gardening"]
    combo.setCurrentIndex(combo.findData(view.id))
    type_text(dialog.ui.amountEdit, "75000")
    dialog.ui.categoryCombo.setCurrentIndex(1)
    type_text(dialog.ui.partyEdit, "Seed shop")
    type_text(dialog.ui.descriptionEdit, "Seeds for the training")
    assert dialog.save(), dialog.ui.problemsLabel.text()
    assert dialog.last_saved is not None and dialog.last_saved.activity_id == view.id
    assert combo.currentIndex() == 0  # cleared for the next entry

    page = open_page(qtbot, cbo, ME_FOCAL)
    row = page.model.row_of(view.id)  # type: ignore[union-attr]
    assert row is not None
    assert grid_text(page, row, Column.ACTUAL) == "75,000៛"
    assert grid_text(page, row, Column.USED) == "25 %"
    assert grid_text(page, row, month_column(3), HAPPENED_ROLE)  # April: the payment
    [line] = [a for a in ps.plan_overview(cbo, ME_FOCAL, plan.id).activities if a.id == view.id]
    assert line.actual == Money("75000", Currency.KHR)
    cancelled_row = page.model.row_of(cancelled.id)  # type: ignore[union-attr]
    assert cancelled_row is not None
    assert grid_text(page, cancelled_row, Column.STATUS) == "Cancelled"
    assert "No money for the bus" in str(grid_text(page, cancelled_row, Column.STATUS,
                                                   Qt.ItemDataRole.ToolTipRole))


def test_the_secretary_reads_the_plan_but_changes_nothing(qtbot: QtBot, cbo: Cbo) -> None:
    plan = ps.plan_for_year(cbo, ME_FOCAL, 2026)
    assert plan is not None
    view = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A1", title="Training", start_month=date(2026, 3, 1), end_month=date(2026, 3, 1)))
    page = open_page(qtbot, cbo, SECRETARY)
    assert page.model is not None and page.model.rowCount() == 1
    for hidden in (page.newPlanButton, page.copyPlanButton, page.newActivityButton, page.statusButton,
                   page.monitorButton, page.reviewButton, page.newRecordButton, page.removeRecordButton):
        assert not hidden.isVisible(), hidden.text()
    assert page.editButton.text() == "&Open…"
    page.open_activity_at(0)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.codeEdit.isReadOnly() and not dialog.chapterCombo.isEnabled()
    assert dialog.buttonBox.button(QDialogButtonBox.StandardButton.Save) is None
    assert not dialog.addIndicatorButton.isVisible()
    assert not dialog.save()
    dialog.done(0)
    assert ps.get_activity(cbo, SECRETARY, view.id).row_version == view.row_version

    viewer = open_page(qtbot, cbo, VIEWER)
    assert "does not see the activity plans" in viewer.summaryLabel.text()
    assert not viewer.table.isEnabled()


def test_the_grid_model_passes_qt_checks(qtbot: QtBot, qtmodeltester: object, cbo: Cbo) -> None:
    plan = ps.plan_for_year(cbo, ME_FOCAL, 2026)
    assert plan is not None
    ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A1", title="Training", start_month=date(2026, 3, 1), end_month=date(2026, 3, 1)))
    page = open_page(qtbot, cbo)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.model is not None
    assert page.model.headerData(month_column(0), Qt.Orientation.Horizontal) == "Jan"
    assert page.model.headerData(month_column(0), Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole) == "January 2026"
    assert page.model.index(0, month_column(2)).data(Qt.ItemDataRole.AccessibleTextRole) == "March 2026 – planned"
    assert not page.model.index(0, 0).parent().isValid()
    assert page.model.rowCount(page.model.index(0, 0)) == 0
    assert QModelIndex().isValid() is False


def test_the_m_and_e_form_of_the_chosen_activity_opens_in_the_preview(qtbot: QtBot, cbo: Cbo) -> None:
    from cbodesk.gui.reports.preview import ReportPreview

    plan = ps.plan_for_year(cbo, ME_FOCAL, 2026)
    assert plan is not None
    ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A1", title="Training", start_month=date(2026, 3, 1), end_month=date(2026, 3, 1)))
    second = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A2", title="Clean the pond", start_month=date(2026, 4, 1), end_month=date(2026, 4, 1)))
    page = open_page(qtbot, cbo)
    assert page.select_activity(second.id)
    page.reportsMenu.aboutToShow.emit()
    texts = [a.text() for a in page.reportsMenu.actions() if a.text()]
    assert texts[-2:] == ["M&E form on the activity plan – A2 only", "Indicators: targets and achievements – A2 only"]
    assert "Activity plan" in texts
    next(a for a in page.reportsMenu.actions() if a.text().endswith("A2 only")).trigger()
    qtbot.waitUntil(lambda: any(p.isVisible() for p in page.findChildren(ReportPreview)), timeout=60_000)
    preview = next(p for p in page.findChildren(ReportPreview) if p.isVisible())
    made = preview.made
    assert (made.code, made.params.fiscal_year, made.params.activity_id) == ("me_form", 2026, second.id)
    preview.close()


def test_status_review_strategy_and_copying_the_plan(qtbot: QtBot, cbo: Cbo, type_text: TypeText) -> None:
    from cbodesk.gui.plans.status_dialog import ActivityStatusDialog
    from cbodesk.gui.plans.strategy_dialog import StrategyDialog

    plan = ps.plan_for_year(cbo, ME_FOCAL, 2026)
    assert plan is not None
    view = ps.add_activity(cbo, ME_FOCAL, plan.id, dp.ActivityDraft(
        code="A1", title="Training", start_month=date(2026, 3, 1), end_month=date(2026, 4, 1)))
    ps.add_indicator(cbo, ME_FOCAL, view.id, dp.IndicatorDraft("Farmers trained", "people", target=Decimal(40),
                                                               by_sex=True))
    page = open_page(qtbot, cbo)

    # Postponed needs a reason: refused without, saved with.
    click(qtbot, page.statusButton)
    status = page.dialog
    assert isinstance(status, ActivityStatusDialog)
    status.statusCombo.setCurrentIndex(status.statusCombo.findData("postponed"))
    assert not status.save()
    assert "Write why the activity is postponed or cancelled." in status.problemsLabel.text()
    assert "border" in status.reasonEdit.styleSheet()
    type_text(status.reasonEdit, "The trainer is ill")
    with qtbot.waitSignal(status.finished):
        click(qtbot, save_button(status.buttonBox))
    assert grid_text(page, 0, Column.STATUS) == "Postponed"
    assert "The trainer is ill" in str(grid_text(page, 0, Column.STATUS, Qt.ItemDataRole.ToolTipRole))

    # The review, from its own button.
    click(qtbot, page.reviewButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog) and dialog.tabs.currentIndex() == 2
    type_text(dialog.resultsEdit, "Thirty farmers trained")
    type_text(dialog.lessonsEdit, "Train before the rainy season")
    with qtbot.waitSignal(dialog.finished):
        click(qtbot, save_button(dialog.buttonBox))
    stored = ps.get_activity(cbo, ME_FOCAL, view.id)
    assert (stored.results, stored.lessons, stored.status) == ("Thirty farmers trained",
                                                              "Train before the rainy season", "postponed")

    # Vision and a goal, which the activity dialog then offers.
    click(qtbot, page.strategyButton)
    strategy = page.dialog
    assert isinstance(strategy, StrategyDialog)
    type_text(strategy.visionEnEdit, "Enough fish for every family")
    type_text(strategy.goalCodeEdit, "G1")
    type_text(strategy.goalEnEdit, "Protect the fish sanctuary")
    click(qtbot, strategy.addGoalButton)
    assert strategy.goals_model.rowCount() == 1
    with qtbot.waitSignal(strategy.finished):
        click(qtbot, save_button(strategy.buttonBox))
    assert ps.strategy(cbo, ME_FOCAL).vision_en == "Enough fish for every family"
    click(qtbot, page.editButton)
    dialog = page.dialog
    assert isinstance(dialog, ActivityDialog)
    assert dialog.goalCombo.itemText(1) == "G1 – Protect the fish sanctuary"
    dialog.done(0)

    # Copy the plan into 2027: the months move a year on, the status is planned again.
    when_shown(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    click(qtbot, page.copyPlanButton)
    assert page.chosen_year() == 2027
    assert page.model is not None and page.model.rowCount() == 1
    assert grid_text(page, 0, Column.STATUS) == "Planned"
    assert grid_text(page, 0, month_column(2), PLANNED_ROLE) and grid_text(page, 0, month_column(3), PLANNED_ROLE)
    copied = ps.activities(cbo, ME_FOCAL, page.plan.id)[0]  # type: ignore[union-attr]
    assert (copied.start_month, copied.end_month) == (date(2027, 3, 1), date(2027, 4, 1))
    assert [i.name for i in ps.indicators(cbo, ME_FOCAL, copied.id)] == ["Farmers trained"]
