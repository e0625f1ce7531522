"""The list of reports: grouped under their guideline chapter, each with its description.

A list view over :class:`ReportListModel` (headings and reports, one row
each) drawn by :class:`ReportDelegate`: the title in bold and the description
wrapped beneath it, as big as the text needs (Khmer takes more height).
Headings cannot be chosen; the arrow keys step over them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cbodesk.domain.catalogue import CHAPTERS
from cbodesk.gui.i18n import tr_core

if TYPE_CHECKING:
    from cbodesk.reports.registry import ReportKind

ModelIndex = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2
PAD = 10  # around the text of a report, inside its frame
FRAME_COLOUR = "#c9ced6"
_ROOT = QModelIndex()  # the invisible root: a list has rows only under it


@dataclass(frozen=True)
class _Row:
    chapter: int
    kind: ReportKind | None  # None: the chapter's heading


class ReportListModel(QAbstractListModel):
    """Chapter headings and the reports under each, in the order of the guideline."""

    def __init__(self, kinds: Sequence[ReportKind], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self.set_kinds(kinds)

    def set_kinds(self, kinds: Sequence[ReportKind]) -> None:
        self.beginResetModel()
        self._rows = []
        for chapter in sorted({k.chapter for k in kinds}):
            self._rows.append(_Row(chapter, None))
            self._rows.extend(_Row(chapter, k) for k in kinds if k.chapter == chapter)
        self.endResetModel()

    def retranslate(self) -> None:
        """Titles and descriptions are translated when asked for: tell the view they changed."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def kind(self, row: int) -> ReportKind | None:
        return self._rows[row].kind if 0 <= row < len(self._rows) else None

    def row_of(self, code: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.kind is not None and r.kind.code == code), None)

    def codes(self) -> list[str]:
        return [r.kind.code for r in self._rows if r.kind is not None]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind is None:  # a heading: shown, never chosen
            return Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == HEADING_ROLE:
            return row.kind is None
        if row.kind is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                chapter = next((c for c in CHAPTERS if c.number == row.chapter), None)
                title = tr_core("catalogue", chapter.title) if chapter is not None else ""
                return f"{row.chapter}. {title}"
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr_core("reports", row.kind.title)
        if role in (DESCRIPTION_ROLE, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole):
            return tr_core("reports", row.kind.description)
        if role == CODE_ROLE:
            return row.kind.code
        return None


class ReportDelegate(QStyledItemDelegate):
    """Draws a report as a framed card (bold title, wrapped description), a heading as bold text."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        heading = QFont(base)
        heading.setBold(True)
        heading.setPointSizeF(base.pointSizeF() * 1.1)
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.08)
        return heading, title

    def _text_width(self) -> int:
        return max(self.view.viewport().width() - 2 * self.view.spacing() - 2 * PAD - 4, 120)

    def _heights(self, base: QFont, index: ModelIndex) -> tuple[int, int]:
        """Height of the first line (heading or title) and of the description, wrapped."""
        heading_font, title_font = self._fonts(base)
        width = self._text_width()
        flags = int(Qt.TextFlag.TextWordWrap)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if index.data(HEADING_ROLE):
            return QFontMetrics(heading_font).boundingRect(QRect(0, 0, width, 100000), flags, text).height(), 0
        title = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 100000), flags, text).height()
        description = str(index.data(DESCRIPTION_ROLE) or "")
        below = QFontMetrics(base).boundingRect(QRect(0, 0, width, 100000), flags, description).height()
        return title, below

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        first, below = self._heights(self.view.font(), index)
        if index.data(HEADING_ROLE):
            top = 0 if index.row() == 0 else PAD
            return QSize(self._text_width(), top + first + PAD // 2)
        return QSize(self._text_width(), PAD + first + 4 + below + PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        base = self.view.font()
        heading_font, title_font = self._fonts(base)
        rect = QRect(option.rect)
        palette: QPalette = option.palette
        state = option.state
        flags = int(Qt.TextFlag.TextWordWrap)
        painter.save()
        if index.data(HEADING_ROLE):
            painter.setFont(heading_font)
            # Headings are not enabled (they cannot be chosen), but must not look greyed out.
            painter.setPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText))
            text_rect = rect.adjusted(2, 0 if index.row() == 0 else PAD, -2, 0)
            painter.drawText(text_rect, flags | int(Qt.AlignmentFlag.AlignBottom), str(index.data() or ""))
            painter.restore()
            return
        selected = bool(state & QStyle.StateFlag.State_Selected)
        card = rect.adjusted(1, 1, -1, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
        else:
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            hovered = bool(state & QStyle.StateFlag.State_MouseOver)
            painter.setPen(QPen(QColor("#7d8590" if hovered else FRAME_COLOUR), 1))
        painter.drawRoundedRect(card, 6, 6)
        if state & QStyle.StateFlag.State_HasFocus and self.view.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), 4, 4)
        colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(colour)
        first, below = self._heights(base, index)
        text_rect = card.adjusted(PAD, PAD, -PAD, -PAD)
        painter.setFont(title_font)
        painter.drawText(QRect(text_rect.x(), text_rect.y(), text_rect.width(), first), flags,
                         str(index.data() or ""))
        painter.setFont(base)
        painter.drawText(QRect(text_rect.x(), text_rect.y() + first + 4, text_rect.width(), below), flags,
                         str(index.data(DESCRIPTION_ROLE) or ""))
        painter.restore()
