"""The report panel's activity chooser: the activities of the chosen year's plan, "All
activities" first, and the choice reaching the report's parameters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cbodesk.domain.formatting import LocaleSettings
from cbodesk.gui.reports.params import ReportParamsPanel
from cbodesk.reports import registry
from tests.reports.test_plans_reports import VIEWER, Book, book  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui


def items(panel: ReportParamsPanel) -> list[str]:
    combo = panel.activityCombo
    return [combo.itemText(i) for i in range(combo.count())]


def choose_year(qtbot: QtBot, panel: ReportParamsPanel, year: int) -> None:
    combo = panel.ui.yearCombo
    combo.setFocus()
    while combo.currentData() != year:  # the arrow keys, as a person steps through the years
        key = Qt.Key.Key_Down if combo.currentData() > year else Qt.Key.Key_Up
        before = combo.currentIndex()
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() != before, f"no year {year} in the list"


def test_the_activities_of_the_chosen_year(qtbot: QtBot, book: Book) -> None:  # noqa: F811
    panel = ReportParamsPanel(book.cbo, VIEWER)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(LocaleSettings())
    panel.set_kind(registry.kind("me_form"))
    assert panel.activityCombo.isVisibleTo(panel)
    choose_year(qtbot, panel, 2026)
    assert items(panel) == ["All activities", "1.1 — General assembly", "2.1 — Fish conservation patrols",
                            "3.1 — Savings training"]
    params = panel.params()
    assert params is not None and (params.fiscal_year, params.activity_id) == (2026, None)
    panel.activityCombo.setFocus()
    qtbot.keyClick(panel.activityCombo, Qt.Key.Key_Down)
    qtbot.keyClick(panel.activityCombo, Qt.Key.Key_Down)
    params = panel.params()
    assert params is not None and params.activity_id == book.patrols
    choose_year(qtbot, panel, 2025)
    assert items(panel) == ["All activities", "1.1 — General assembly 2025"]
    params = panel.params()
    assert params is not None and (params.fiscal_year, params.activity_id) == (2025, None)
    # The month grid is of the whole plan: no activity to choose.
    panel.set_kind(registry.kind("activity_plan"))
    assert not panel.activityCombo.isVisibleTo(panel)
    params = panel.params()
    assert params is not None and params.activity_id is None
