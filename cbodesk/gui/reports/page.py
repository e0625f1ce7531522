"""The Reports page (guideline chapter 5, accountability and transparency).

On the left, every report the person may see, grouped under its guideline
chapter; on the right, the choices the chosen report needs and its Show
button. Show makes the report in the background (progress and Cancel) and
opens its preview, from which it is printed or saved.

The main window imports this module at startup: the report registry (and with
it Babel, reportlab and openpyxl) is imported when the page first shows.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import locale_of
from cbodesk.gui.forms.ui_reports_page import Ui_ReportsPage
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.reports.params import ReportParamsPanel
from cbodesk.gui.widgets import heading
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.gui.reports.making import MadeReport
    from cbodesk.gui.reports.preview import ReportPreview
    from cbodesk.gui.reports.report_list import ReportListModel
    from cbodesk.reports.registry import ReportKind

log = logging.getLogger(__name__)


class ReportsPage(Retranslating, Page):
    chapter = 5
    key = "reports"

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        heading(self.ui.titleLabel, 1.5)
        self.panel = ReportParamsPanel(cbo, actor, self.ui.paramsHolder)
        self.ui.paramsLayout.addWidget(self.panel)
        self.panel.show_requested.connect(self.show_report)
        self.model: ReportListModel | None = None
        self.kinds: list[ReportKind] = []
        self.job: threading.Thread | None = None  # the report being made, if any
        self.preview: ReportPreview | None = None  # the preview opened last
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.reportList.setSpacing(3)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("ReportsPage", "Reports")

    # -- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model is None:
            self.load()
        elif not event.spontaneous():  # back from another page: the book may have changed
            self.panel.load(locale_of(self))

    def load(self) -> None:
        from cbodesk.gui.reports.report_list import ReportDelegate, ReportListModel
        from cbodesk.reports import registry

        self.kinds = [k for k in registry.kinds() if self.actor.may(k.action)]
        self.model = ReportListModel(self.kinds, self)
        view = self.ui.reportList
        view.setItemDelegate(ReportDelegate(view))
        view.setModel(self.model)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.activated.connect(lambda _index: self.show_report())
        self.panel.load(locale_of(self))
        codes = self.model.codes()
        if codes:
            self.choose(codes[0])
        width = self.width() or 980
        self.ui.splitter.setSizes([width * 5 // 9, width * 4 // 9])

    def refresh(self) -> None:
        if self.model is not None:
            self.panel.load(locale_of(self))

    # -- choosing ------------------------------------------------------------------------

    def choose(self, code: str) -> None:
        """Choose the report *code* in the list, as a click on it would."""
        if self.model is None:
            return
        row = self.model.row_of(code)
        if row is None:
            raise LookupError(code)
        index = self.model.index(row)
        self.ui.reportList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.ui.reportList.scrollTo(index)

    def current_kind(self) -> ReportKind | None:
        return self.panel.kind

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        if self.model is None:
            return
        kind = self.model.kind(current.row()) if current.isValid() else None
        if kind is not None:
            self.panel.set_kind(kind)

    # -- making --------------------------------------------------------------------------

    def show_report(self) -> None:
        """Make the chosen report with the choices on screen, then show its preview."""
        kind = self.panel.kind
        if kind is None:
            return
        if self.job is not None and self.job.is_alive():
            return  # one at a time: the first is still being made (or is stopping after Cancel)
        params = self.panel.params()
        if params is None:
            return
        from cbodesk.gui.reports.making import make_report

        self.job = make_report(self, self.cbo, self.actor, kind.code, params, self._made)

    def _made(self, made: MadeReport) -> None:
        from cbodesk.gui.reports.preview import show_preview

        preview = show_preview(self, self.cbo, self.actor, made)
        self.preview = preview
        preview.finished.connect(lambda _result: self._preview_closed(preview))

    def _preview_closed(self, preview: ReportPreview) -> None:
        if self.preview is preview:
            self.preview = None

    # -- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.model is not None:
            self.model.retranslate()
            self.ui.reportList.doItemsLayout()  # the cards' heights change with the language
            self.ui.reportList.scrollTo(self.ui.reportList.currentIndex())
            self.panel.set_locale(locale_of(self))
