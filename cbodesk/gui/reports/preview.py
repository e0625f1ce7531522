"""The preview of a report: its real PDF pages, with Print, Save as PDF and Save as Excel.

The pages are drawn by Qt's PDF module (``QPdfDocument`` and ``QPdfView``, the
PySide6-Pdf wheel from PySide6 6.12 on, PySide6-Addons before). Without it
the dialog says so and still saves the PDF and the Excel file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.errors import show_error
from cbodesk.gui.forms.ui_reports_preview import Ui_ReportPreview
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.jobs import JobControl, run_job
from cbodesk.gui.reports import making, printing
from cbodesk.gui.reports.making import MadeReport
from cbodesk.gui.widgets import fill_combo
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    import threading

    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

log = logging.getLogger(__name__)

ZOOMS: tuple[str | float, ...] = ("width", "page", 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def pdf_module_available() -> bool:
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class ReportPreview(Retranslating, QDialog):
    """One made report on screen. Closing it forgets the report (nothing is kept on disk)."""

    def __init__(self, cbo: Cbo, actor: Actor, made: MadeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor
        self.made = made
        self.ui = Ui_ReportPreview()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.document: QPdfDocument | None = None
        self.view: QPdfView | None = None
        self.print_job: printing.PrintJob | None = None
        self.excel_job: threading.Thread | None = None
        self.saved_pdf: Path | None = None
        self.saved_excel: Path | None = None
        ui = self.ui
        for button in (ui.printButton, ui.savePdfButton, ui.saveExcelButton):
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.2))
        if pdf_module_available():
            self._show_pages()
        else:
            self.unavailable = QLabel(ui.viewHolder)
            self.unavailable.setWordWrap(True)
            self.unavailable.setAlignment(Qt.AlignmentFlag.AlignCenter)
            ui.viewLayout.addWidget(self.unavailable)
        ui.pageSpin.setMaximum(max(self.page_count(), 1))
        ui.pageSpin.valueChanged.connect(self.go_to_page)
        ui.previousButton.clicked.connect(lambda: self.go_to_page(self.current_page()))
        ui.nextButton.clicked.connect(lambda: self.go_to_page(self.current_page() + 2))
        ui.zoomCombo.currentIndexChanged.connect(self._zoom_chosen)
        ui.printButton.clicked.connect(self.print_report)
        ui.savePdfButton.clicked.connect(self.save_pdf)
        ui.saveExcelButton.clicked.connect(self.save_excel)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_report),
                           (QKeySequence.StandardKey.Save, self.save_pdf)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.retranslate()
        self._size_to_screen()
        self._update_page()

    def _show_pages(self) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._bytes = QByteArray(self.made.pdf)  # the document reads from these while it lives
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            log.error("the PDF of %s could not be read back: %s", self.made.code, self.document.error())
        view = QPdfView(self.ui.viewHolder)
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        view.pageNavigator().currentPageChanged.connect(self._update_page)
        self.ui.viewLayout.addWidget(view)
        self.view = view
        view.setFocus()

    def _size_to_screen(self) -> None:
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(room.width() - 40, max(900, room.width() * 3 // 4)), room.height() - 60)

    # -- pages -----------------------------------------------------------------------

    def page_count(self) -> int:
        if self.document is not None and self.document.pageCount() > 0:
            return self.document.pageCount()
        return self.made.pages

    def current_page(self) -> int:
        """The page in view, from 0."""
        return self.view.pageNavigator().currentPage() if self.view is not None else 0

    def go_to_page(self, number: int) -> None:
        """Show page *number* (from 1)."""
        if self.view is None:
            return
        page = max(0, min(number - 1, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        if page != navigator.currentPage():
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def _update_page(self) -> None:
        current, count = self.current_page(), self.page_count()
        spin = self.ui.pageSpin
        spin.blockSignals(True)
        spin.setValue(current + 1)
        spin.blockSignals(False)
        self.ui.previousButton.setEnabled(current > 0)
        self.ui.nextButton.setEnabled(current + 1 < count)

    def _zoom_chosen(self) -> None:
        if self.view is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        zoom = self.ui.zoomCombo.currentData()
        if zoom == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif isinstance(zoom, float):
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(zoom)

    # -- print and save ----------------------------------------------------------------

    def print_report(self) -> None:
        if self.document is None or (self.print_job is not None and self.print_job.running):
            return
        printer = printing.make_printer()
        printer.setDocName(self.made.report.title)
        size = self.document.pagePointSize(0)
        printing.match_paper(printer, size.width(), size.height())
        if not printing.ask_printer(self, printer, self.page_count()):
            return
        pages = printing.chosen_pages(printer, self.page_count(), self.current_page())
        job = printing.PrintJob(printer, self.document, pages, self)
        job.finished.connect(self._printed)
        self.print_job = job
        self.ui.printButton.setEnabled(False)
        job.start()

    def _printed(self, ok: bool) -> None:
        self.ui.printButton.setEnabled(True)
        if ok:
            self.ui.statusLabel.setText(self.tr("Sent to the printer: %n page(s).", "",
                                                len(self.print_job.pages) if self.print_job else 0))

    def _ask_file(self, title: str, file_filter: str, suffix: str) -> Path | None:
        start = str(Path(making.last_folder()) / making.default_file_name(self.made.report, suffix))
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, file_filter)
        if not chosen:
            return None
        making.remember_folder(chosen)
        return making.with_suffix(chosen, suffix)

    def save_pdf(self) -> None:
        path = self._ask_file(self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)"), ".pdf")
        if path is None:
            return
        try:
            making.write_pdf(self.made.pdf, path)
        except UserError as exc:  # anything else is a bug: the excepthook reports it
            show_error(self, exc)
            return
        self.saved_pdf = path
        self.ui.statusLabel.setText(self.tr("Saved as %s") % path)

    def save_excel(self) -> None:
        if self.excel_job is not None and self.excel_job.is_alive():
            return
        path = self._ask_file(self.tr("Save the report as Excel"), self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if path is None:
            return
        report = self.made.report

        def work(job: JobControl) -> Path:
            making.write_excel(report, path, making.job_progress(job))
            return path

        def done(written: Path) -> None:
            self.saved_excel = written
            self.ui.statusLabel.setText(self.tr("Saved as %s") % written)

        self.excel_job = run_job(self, self.tr("Writing the Excel file…"), work, done)

    # -- language ----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        report = self.made.report
        self.setWindowTitle(f"{report.title} – {report.period}" if report.period else report.title)
        self.ui.pageCountLabel.setText(self.tr("of %n", "", self.page_count()))
        zooms = {"width": self.tr("Page width"), "page": self.tr("Whole page")}
        fill_combo(self.ui.zoomCombo, [(z, zooms[z] if isinstance(z, str) else f"{round(z * 100)} %")
                                       for z in ZOOMS])
        if self.view is None:
            self.unavailable.setText(self.tr(
                "The pages cannot be shown on this computer: the Qt PDF module (PySide6-Pdf) is "
                "missing. Save the report as PDF and open the file, or save it as Excel."))
            self.ui.printButton.setEnabled(False)
            self.ui.printButton.setToolTip(self.unavailable.text())


def show_preview(parent: QWidget | None, cbo: Cbo, actor: Actor, made: MadeReport) -> ReportPreview:
    preview = ReportPreview(cbo, actor, made, parent)
    preview.setWindowModality(Qt.WindowModality.NonModal)
    preview.show()
    preview.raise_()
    preview.activateWindow()
    return preview

