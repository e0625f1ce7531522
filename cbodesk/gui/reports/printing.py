"""Printing a report's PDF on the system printer.

The person chooses the printer, pages and copies in the system print dialog;
each chosen PDF page is then drawn as an image at the printer's resolution
(at most :data:`MAX_DPI`) onto a printer page of the same paper, keeping its
proportions. Pages are drawn one per turn of the event loop with a progress
dialog and Cancel, so the window stays alive during a long register.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from cbodesk.gui.jobs import SHOW_AFTER_MS

if TYPE_CHECKING:  # PySide6-Pdf: the preview module says what happens without it
    from PySide6.QtPdf import QPdfDocument

log = logging.getLogger(__name__)

# 300 dots per inch is what office printers print text at; an A4 page is then a
# 35 MB image. At a printer's nominal 1200 it would be 550 MB: too much for an old laptop.
MAX_DPI = 300


def make_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def match_paper(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    """Offer the report's own paper (A4 portrait, A5 landscape …) in the print dialog."""
    portrait = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if width_pt > height_pt
                               else QPageLayout.Orientation.Portrait)


def chosen_pages(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the print dialog's choice names: all, a range, or the page in view."""
    every = list(range(page_count))
    match printer.printRange():
        case QPrinter.PrintRange.CurrentPage:
            return [current] if 0 <= current < page_count else every
        case QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if ranges.isEmpty():
                return every
            return [p for p in every if ranges.contains(p + 1)]
        case _:
            return every


def ask_printer(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The system print dialog; False if the person cancelled."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Print the report"))
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(options.PrintPageRange | options.PrintCurrentPage | options.PrintToFile
                      | options.PrintShowPageSize | options.PrintCollateCopies)
    dialog.setMinMax(1, max(page_count, 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


class PrintJob(QObject):
    """Draws the chosen pages of a PDF document onto a printer, one page per event-loop turn.

    ``finished(True)`` when every page went to the printer, ``finished(False)``
    when the person cancelled or the printer failed (the printer's job is
    then aborted, so nothing half printed comes out)."""

    finished = Signal(bool)

    def __init__(self, printer: QPrinter, document: QPdfDocument, pages: list[int],
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.document = document
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        self.pages = pages * copies
        self.done = 0
        self._painter = QPainter()
        self.progress = QProgressDialog(QCoreApplication.translate("ReportPrinting", "Sending the pages to the printer…"),
                                        QCoreApplication.translate("QProgressDialog", "Cancel"),
                                        0, len(self.pages), parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.running = False

    def start(self) -> None:
        self.printer.setFullPage(True)  # the PDF page has its own margins: place it on the whole sheet
        if not self.pages or not self._painter.begin(self.printer):
            log.warning("the printer %r could not start", self.printer.printerName())
            self._end(False)
            return
        self.running = True
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if not self.running:
            return
        if self.progress.wasCanceled():
            self.printer.abort()
            self._end(False)
            return
        if self.done and not self.printer.newPage():
            self._end(False)
            return
        self._draw(self.pages[self.done])
        self.done += 1
        self.progress.setValue(self.done)
        if self.done == len(self.pages):
            self._end(True)
        else:
            QTimer.singleShot(0, self._next)

    def _draw(self, page: int) -> None:
        document = self.document
        points = document.pagePointSize(page)
        dpi = min(self.printer.resolution(), MAX_DPI)
        image = document.render(page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
        paper = QRectF(self.printer.pageLayout().fullRectPixels(self.printer.resolution()))
        scale = min(paper.width() / points.width(), paper.height() / points.height())
        size = QSizeF(points.width() * scale, points.height() * scale)
        target = QRectF(paper.x() + (paper.width() - size.width()) / 2,
                        paper.y() + (paper.height() - size.height()) / 2, size.width(), size.height())
        self._painter.fillRect(target, Qt.GlobalColor.white)
        self._painter.drawImage(target, image)

    def _end(self, ok: bool) -> None:
        self.running = False
        if self._painter.isActive():
            self._painter.end()
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()
        self.finished.emit(ok)
