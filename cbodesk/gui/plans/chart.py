"""The chart of targets against achievements, per indicator (QtCharts).

Imported when the Plans page first shows its chart: QtCharts costs a few tenths of a
second to load (NOTES.md), which the start of the app should not pay.
For one activity the bars are in each indicator's own unit (target beside achieved);
for the whole year, units differ, so each indicator shows its achieved share of the
target in percent against the 100 % line.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedLayout, QWidget

from cbodesk.domain import plans as dp
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.gui.plans.common import value_text

TARGET_COLOUR = "#90a4ae"
ACHIEVED_COLOUR = "#2e7d32"
MIN_HEIGHT = 180
LONGEST_LABEL = 38  # letters of an indicator's name on the axis; the tooltip has it whole


def _short(text: str) -> str:
    return text if len(text) <= LONGEST_LABEL else text[:LONGEST_LABEL - 1] + "…"


class TargetsChart(QWidget):
    """Horizontal bars: the target and what was achieved, one pair per indicator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = self._new_chart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_HEIGHT)
        # Many indicators need more height than the tab has: the chart grows and scrolls.
        self.scrollArea = QScrollArea(self)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scrollArea.setWidget(self.view)
        self.emptyLabel = QLabel(self)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet("color: #6d6d6d;")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.scrollArea)
        self.stack.addWidget(self.emptyLabel)
        self.categories: list[str] = []  # what the test and the screen reader read
        self.targets: list[float] = []
        self.achieved: list[float] = []

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def show_activity(self, code: str, indicators: Sequence[dp.IndicatorProgress], locale: LocaleSettings) -> None:
        """One activity's indicators: each label says achieved and target in its own unit."""
        if not code:
            self._empty(self.tr("Choose an activity to see its targets and achievements."))
            return
        measured = [i for i in indicators if i.target]
        if not measured:
            self._empty(self.tr("%s has no indicators with a target yet.") % code)
            return
        self._draw([((self.tr("%s: %s of %s %s") % (_short(i.name), value_text(i.achieved or Decimal(0), locale),
                                                    value_text(i.target, locale), i.unit)).strip(),
                     i.percent or Decimal(0)) for i in measured],
                   self.tr("%s: achieved, in percent of each target") % code)

    def show_year(self, indicators: Sequence[dp.IndicatorProgress], locale: LocaleSettings) -> None:
        """Every indicator of the year, as the share of its target achieved."""
        measured = [i for i in indicators if i.target]
        if not measured:
            self._empty(self.tr("No indicator of this plan has a target yet."))
            return
        self._draw([(f"{i.activity_code} · {_short(i.name)}", i.percent or Decimal(0)) for i in measured],
                   self.tr("The year: achieved, in percent of each target"))

    def _empty(self, text: str) -> None:
        self.categories, self.targets, self.achieved = [], [], []
        self.emptyLabel.setText(text)
        self.stack.setCurrentWidget(self.emptyLabel)

    def _draw(self, bars: Sequence[tuple[str, Decimal]], title: str) -> None:
        """One pair of bars per indicator: the target (100 %) and the percent achieved.

        Indicators count different things (people, meetings, kilograms), so they share one
        axis only as percentages of their own targets; the labels carry the figures."""
        # A new chart each time: axes removed from a chart in use leave their labels behind.
        old, chart = self.chart, self._new_chart()
        self.chart = chart
        self.view.setChart(chart)
        old.deleteLater()
        # Bars go from the bottom up: reversed, so the first indicator is on top, as in the grid.
        ordered = list(reversed(bars))
        self.categories = [label for label, _p in bars]
        # Float only for drawing: the figures themselves stay Decimal in the core.
        self.achieved = [float(p) for _l, p in bars]
        self.targets = [100.0] * len(bars)
        target_set = QBarSet(self.tr("Target"))
        achieved_set = QBarSet(self.tr("Achieved"))
        target_set.setColor(QColor(TARGET_COLOUR))
        achieved_set.setColor(QColor(ACHIEVED_COLOUR))
        for _label, percent in ordered:
            target_set.append(100.0)
            achieved_set.append(float(percent))
        series = QHorizontalBarSeries()
        # A horizontal series draws its first set lowest: achieved first puts each target above.
        series.append(achieved_set)
        series.append(target_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _p in ordered])
        values = QValueAxis()
        top = max([float(p) for _l, p in bars] + [100.0])
        values.setRange(0, top * 1.1)
        values.setLabelFormat("%.0f %%")
        values.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.setTitle(title)
        line = self.fontMetrics().height()
        self.view.setMinimumHeight(max(MIN_HEIGHT, int(len(bars) * line * 2.6) + 6 * line))
        self.view.setToolTip("\n".join(f"{label}: {a:g} %" for label, a in zip(self.categories, self.achieved,
                                                                                  strict=True)))
        self.stack.setCurrentWidget(self.scrollArea)
