"""The plan's month grid: one row per activity, the twelve months of the fiscal year, money
and progress, with the delegates that paint the status chip, the months and the bars.

The model holds ready-made display rows (:class:`GridRow`, made by the page from what
the plans service returns); ``data()`` never reads the database. Every painted cell
also has plain text (display and accessible text), so a screen reader and a test read
the same thing the eye sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

MONTHS = 12

# What the delegates read besides the text.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # "planned", "ongoing", …
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 3  # bool: the month is in the planned span
HAPPENED_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: something was recorded or paid that month
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 5  # int percent, or None when there is nothing to measure
SORT_ROLE = Qt.ItemDataRole.UserRole + 6

# Status colours: (chip fill, text on the chip).
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "planned": ("#e0e0e0", "#424242"),
    "ongoing": ("#1565c0", "#ffffff"),
    "done": ("#2e7d32", "#ffffff"),
    "postponed": ("#ffb300", "#3e2723"),
    "cancelled": ("#c62828", "#ffffff"),
}
PLANNED_FILL = "#cfe0f1"  # a planned month
PLANNED_MUTED_FILL = "#ececec"  # a planned month of a cancelled or postponed activity
HAPPENED_COLOUR = "#0d3c6e"  # the mark of a month in which something happened
OVER_BUDGET_COLOUR = "#c62828"
BAR_COLOUR = "#43a047"
BAR_TRACK = "#e8eef3"


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    RESPONSIBLE = 2
    STATUS = 3
    FIRST_MONTH = 4  # … and the eleven months after it
    BUDGET = FIRST_MONTH + MONTHS
    ACTUAL = BUDGET + 1
    USED = ACTUAL + 1
    PROGRESS = USED + 1


COLUMN_COUNT = Column.PROGRESS + 1


def month_column(position: int) -> int:
    """The column of the *position*-th month of the fiscal year (0 = its first month)."""
    return Column.FIRST_MONTH + position


@dataclass(frozen=True)
class GridRow:
    """One activity as the grid shows it (texts already in the person's language)."""

    id: int
    code: str
    title: str
    responsible: str
    status: str  # code
    status_text: str  # "Ongoing"; with the reason in the tooltip
    status_tooltip: str
    planned: tuple[bool, ...]  # twelve, in fiscal-year order
    happened: tuple[str, ...]  # twelve: "" when nothing happened that month, else what happened
    budget_text: str
    budget_sort: int
    actual_text: str  # in the activity's currency
    actual_other: str  # spending in the other currency, shown apart ("" if none)
    actual_sort: int
    used_percent: int | None  # actual against budget; None without a budget
    progress_percent: int | None  # indicators achieved against target; None without indicators
    progress_text: str  # "2 indicators: 65 %"
    progress_tooltip: str = ""
    tooltip: str = ""  # the activity's objective and place


@dataclass
class GridHeaders:
    fixed: dict[Column, str] = field(default_factory=dict)
    months: list[str] = field(default_factory=list)  # "Jan" …
    month_tips: list[str] = field(default_factory=list)  # "January 2026" …


class PlanGridModel(QAbstractTableModel):
    """The activities of one plan; rows are replaced whole with :meth:`set_rows`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GridRow] = []
        self.headers = GridHeaders()

    def set_rows(self, rows: Sequence[GridRow], headers: GridHeaders) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.headers = headers
        self.endResetModel()

    def row(self, row: int) -> GridRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, activity_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == activity_id), None)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        months = self.headers.months
        position = section - Column.FIRST_MONTH
        if role == Qt.ItemDataRole.DisplayRole:
            if 0 <= position < MONTHS:
                return months[position] if position < len(months) else ""
            return self.headers.fixed.get(Column(section), "")
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= position < len(self.headers.month_tips):
            return self.headers.month_tips[position]
        if role == Qt.ItemDataRole.TextAlignmentRole and (0 <= position < MONTHS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        position = column - Column.FIRST_MONTH
        if 0 <= position < MONTHS:
            return self._month_data(row, position, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            return {Column.BUDGET: row.budget_sort, Column.ACTUAL: row.actual_sort,
                    Column.USED: row.used_percent if row.used_percent is not None else -1,
                    Column.PROGRESS: row.progress_percent if row.progress_percent is not None else -1,
                    }.get(Column(column), self._text(row, column))
        if role == PERCENT_ROLE:
            if column == Column.USED:
                return row.used_percent
            if column == Column.PROGRESS:
                return row.progress_percent
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATUS:
                return row.status_tooltip or row.status_text
            if column == Column.PROGRESS:
                return row.progress_tooltip or row.progress_text
            if column == Column.ACTUAL and row.actual_other:
                return QCoreApplication.translate("PlanGrid", "Also spent in the other currency: %s") % row.actual_other
            if column in (Column.CODE, Column.TITLE):
                return row.tooltip or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.BUDGET, Column.ACTUAL, Column.USED, Column.PROGRESS):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == Column.TITLE and row.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled" and column != Column.STATUS:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, row: GridRow, column: int) -> str:
        if column == Column.CODE:
            return row.code
        if column == Column.TITLE:
            return row.title
        if column == Column.RESPONSIBLE:
            return row.responsible
        if column == Column.STATUS:
            return row.status_text
        if column == Column.BUDGET:
            return row.budget_text
        if column == Column.ACTUAL:  # the other currency on its own line, never added
            return row.actual_text if not row.actual_other else f"{row.actual_text}\n+ {row.actual_other}"
        if column == Column.USED:
            return "" if row.used_percent is None else f"{row.used_percent} %"
        if column == Column.PROGRESS:
            return row.progress_text
        return ""

    def _month_data(self, row: GridRow, position: int, role: int) -> Any:
        planned = row.planned[position] if position < len(row.planned) else False
        happened = row.happened[position] if position < len(row.happened) else ""
        if role == PLANNED_ROLE:
            return planned
        if role == HAPPENED_ROLE:
            return bool(happened)
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if happened else ""
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            month = self.headers.month_tips[position] if position < len(self.headers.month_tips) else ""
            parts = [month, QCoreApplication.translate("PlanGrid", "planned") if planned
                     else QCoreApplication.translate("PlanGrid", "not planned")]
            if happened:
                parts.append(happened)
            return " – ".join(p for p in parts if p)
        if role == SORT_ROLE:
            return int(planned) + 2 * bool(happened)
        return None


# --- painting ------------------------------------------------------------------------------


def _cell_without_text(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                       index: QModelIndex | QPersistentModelIndex) -> tuple[QStyleOptionViewItem, str]:
    """Draw the cell as the style does (background, selection, focus) but without its text; the
    style option and the text, for the delegate to draw its own way."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt, text


class StatusDelegate(QStyledItemDelegate):
    """The status as a coloured chip with its word; a cancelled activity's word struck through."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt, text = _cell_without_text(self, painter, option, index)
        status = index.data(STATUS_ROLE) or "planned"
        fill, ink = STATUS_COLOURS.get(status, STATUS_COLOURS["planned"])
        rect: QRect = opt.rect
        font = QFont(opt.font)
        font.setStrikeOut(status == "cancelled")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = min(rect.height() - 6, metrics.height() + 6)
        width = min(rect.width() - 8, metrics.horizontalAdvance(text) + 16)
        chip = QRectF(rect.left() + 4, rect.top() + (rect.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor(ink))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 12)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height() + 6)


class MonthDelegate(QStyledItemDelegate):
    """A planned month shaded; a month in which something happened marked with a dark dot and a
    tick (the dot alone on white when it happened outside the planned months)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt, _text = _cell_without_text(self, painter, option, index)
        rect: QRect = opt.rect
        planned = bool(index.data(PLANNED_ROLE))
        happened = bool(index.data(HAPPENED_ROLE))
        status = index.data(STATUS_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if planned:
            fill = PLANNED_MUTED_FILL if status in ("cancelled", "postponed") else PLANNED_FILL
            band = rect.adjusted(0, 4, 0, -4)
            painter.fillRect(band, QColor(fill))
        if happened:
            diameter = min(rect.width(), rect.height()) - 10
            diameter = max(min(diameter, 18), 8)
            dot = QRectF(rect.center().x() - diameter / 2 + 0.5, rect.center().y() - diameter / 2 + 0.5,
                         diameter, diameter)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(HAPPENED_COLOUR))
            painter.drawEllipse(dot)
            pen = QPen(QColor("#ffffff"))
            pen.setWidthF(max(diameter / 7, 1.5))
            painter.setPen(pen)
            # A tick inside the dot: it reads as "done" without colour too.
            x, y, d = dot.left(), dot.top(), diameter
            painter.drawPolyline([QPointF(x + d * 0.27, y + d * 0.52), QPointF(x + d * 0.44, y + d * 0.70),
                                  QPointF(x + d * 0.75, y + d * 0.33)])
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = option.fontMetrics
        return QSize(metrics.horizontalAdvance("Mmm") + 8, metrics.height() + 8)


class BarDelegate(QStyledItemDelegate):
    """A percent as a bar with its text: budget used (red past 100 %) or indicators achieved."""

    def __init__(self, parent: QObject | None = None, *, over_is_bad: bool = False) -> None:
        super().__init__(parent)
        self.over_is_bad = over_is_bad

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt, text = _cell_without_text(self, painter, option, index)
        rect: QRect = opt.rect
        percent = index.data(PERCENT_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(opt.font)
        metrics = painter.fontMetrics()
        track = QRectF(rect.adjusted(4, 0, -4, 0))
        bar_height = max(6.0, min(10.0, rect.height() / 4))
        track.setTop(rect.bottom() - bar_height - 4)
        track.setHeight(bar_height)
        text_rect = QRect(rect.left() + 4, rect.top() + 1, rect.width() - 8, int(track.top() - rect.top()))
        if percent is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BAR_TRACK))
            painter.drawRoundedRect(track, bar_height / 2, bar_height / 2)
            over = self.over_is_bad and percent > 100
            done = QRectF(track)
            done.setWidth(track.width() * min(max(percent, 0), 100) / 100)
            painter.setBrush(QColor(OVER_BUDGET_COLOUR if over else BAR_COLOUR))
            if done.width() > 0:
                painter.drawRoundedRect(done, bar_height / 2, bar_height / 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                else QPalette.ColorRole.Text)
        if percent is not None and self.over_is_bad and percent > 100 and not selected:
            ink = QColor(OVER_BUDGET_COLOUR)
        painter.setPen(ink)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 16, size.height() + 14)



class TwoLineDelegate(QStyledItemDelegate):
    """Right-aligned text of one or two lines (the actual cost, and below it, smaller and greyed,
    what was spent in the other currency): with word wrap off a view would cut the second line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        # From the model: the style option has turned the line break into U+2028.
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")
        opt, _text = _cell_without_text(self, painter, option, index)
        rect: QRect = opt.rect.adjusted(4, 2, -4, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(ink)
        metrics = painter.fontMetrics()
        right = Qt.AlignmentFlag.AlignRight
        if len(lines) == 1:
            painter.drawText(rect, int(right | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(lines[0], Qt.TextElideMode.ElideLeft, rect.width()))
        else:
            top = QRect(rect.left(), rect.top(), rect.width(), rect.height() // 2)
            painter.drawText(top, int(right | Qt.AlignmentFlag.AlignBottom),
                             metrics.elidedText(lines[0], Qt.TextElideMode.ElideLeft, rect.width()))
            small = QFont(opt.font)
            small.setPointSizeF(small.pointSizeF() * 0.85)
            painter.setFont(small)
            if not selected:
                painter.setPen(opt.palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), rect.height() - top.height())
            painter.drawText(bottom, int(right | Qt.AlignmentFlag.AlignTop),
                             painter.fontMetrics().elidedText(lines[1], Qt.TextElideMode.ElideLeft, rect.width()))
        painter.restore()
