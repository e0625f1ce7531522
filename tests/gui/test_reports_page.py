"""The Reports page, driven as a treasurer would: choose a report, set what it covers, Show,
read the preview, print it, save it as PDF and as Excel; and Cancel a report being made."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.roles import Actor
from cbodesk.gui.app import AppController
from cbodesk.gui.cashbook.fields import from_qdate
from cbodesk.gui.cashbook.model import Column
from cbodesk.gui.cashbook.page import CashbookPage
from cbodesk.gui.mainwindow import MainWindow
from cbodesk.gui.reports import making, printing
from cbodesk.gui.reports.page import ReportsPage
from cbodesk.gui.reports.params import period_dates
from cbodesk.gui.reports.preview import ReportPreview, pdf_module_available
from cbodesk.gui.reports.report_list import HEADING_ROLE, ReportListModel
from cbodesk.reports import registry
from cbodesk.reports.model import Column as ReportColumn
from cbodesk.reports.model import Letterhead, Report, Section, Table

pypdf = pytest.importorskip("pypdf")
openpyxl = pytest.importorskip("openpyxl")
needs_qtpdf = pytest.mark.skipif(not pdf_module_available(),
                                 reason="the Qt PDF module (PySide6-Pdf) is not installed")

LAST_MONTH_END = date.today().replace(day=1) - timedelta(days=1)


# --- helpers -----------------------------------------------------------------------------


def open_reports(qtbot: QtBot, controller: AppController, path: Path) -> tuple[MainWindow, ReportsPage]:
    """Open the CBO and click "Reports" in the navigation, as a person would."""
    assert controller.open_location(str(path), None)
    window = controller.window
    assert window is not None
    with qtbot.waitActive(window):
        window.activateWindow()
    nav = window.ui.navList
    item = next(i for i in window._nav_items() if i.text(0) == "Reports")
    nav.scrollToItem(item)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.model is not None)
    return window, page


def click_report(qtbot: QtBot, page: ReportsPage, code: str) -> None:
    """Click the report's card in the list."""
    assert page.model is not None
    row = page.model.row_of(code)
    assert row is not None
    view = page.ui.reportList
    index = page.model.index(row)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert page.current_kind() is not None and page.current_kind().code == code  # type: ignore[union-attr]


def choose_text(combo: object, text: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def show_and_wait(qtbot: QtBot, page: ReportsPage) -> ReportPreview:
    before = page.preview
    qtbot.mouseClick(page.panel.ui.showButton, Qt.MouseButton.LeftButton)
    job = page.job
    assert job is not None
    job.join(60)  # made in the background; then its preview opens on the GUI thread
    assert not job.is_alive()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview is not before
                    and page.preview.isVisible())
    preview = page.preview
    assert preview is not None
    return preview


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, asked: list[str] | None = None) -> None:
    def answer(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        if asked is not None:
            asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


class FakePrintDialog:
    """The system print dialog, answered OK with a page range (from, to) or all pages."""

    pages: tuple[int, int] | None = None

    def __init__(self, printer: QPrinter, _parent: QWidget | None = None) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None: ...

    def setOptions(self, _options: object) -> None: ...

    def setMinMax(self, low: int, high: int) -> None:
        self.range = (low, high)

    def exec(self) -> int:
        if self.pages is not None:
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(*self.pages)
        return QDialog.DialogCode.Accepted


def print_to_pdf(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, preview: ReportPreview, path: Path,
                 pages: tuple[int, int] | None = None) -> None:
    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    monkeypatch.setattr(printing, "make_printer", pdf_printer)
    monkeypatch.setattr(FakePrintDialog, "pages", pages)
    monkeypatch.setattr(printing, "QPrintDialog", FakePrintDialog)
    qtbot.mouseClick(preview.ui.printButton, Qt.MouseButton.LeftButton)
    job = preview.print_job
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)


def pdf_pages(path: Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


# --- the list ------------------------------------------------------------------------------


def test_reports_are_listed_by_chapter_with_descriptions(
        qtbot: QtBot, qtmodeltester: ModelTester, controller: AppController, demo_file: Path) -> None:
    window, page = open_reports(qtbot, controller, demo_file)
    current = window.ui.navList.currentItem()
    assert current is not None and current.text(0) == "Reports"
    heading = current.parent()
    assert heading is not None and "5. Accountability and transparency" in heading.toolTip(0)
    model = page.model
    assert model is not None
    qtmodeltester.check(model)
    rows = [(bool(model.data(model.index(r), HEADING_ROLE)), model.data(model.index(r)))
            for r in range(model.rowCount())]
    chapter4 = rows.index((True, "4. Financial management"))
    assert rows[chapter4 + 1] == (False, "Cash book register")
    titles = [text for heading, text in rows if not heading]
    assert "Receipt or payment voucher" in titles
    chapter5 = rows.index((True, "5. Accountability and transparency"))
    assert chapter5 > chapter4 and rows[chapter5 + 1] == (False, "Money summary for the notice board")
    headings = [text for heading, text in rows if heading]
    assert headings == sorted(headings, key=lambda h: int(str(h).split(".")[0]))  # in the guideline's order
    # Headings cannot be chosen; each report says what it is.
    assert not model.flags(model.index(chapter4)) & Qt.ItemFlag.ItemIsSelectable
    register = model.index(model.row_of("register") or 0)
    assert "running balance" in str(model.data(register, Qt.ItemDataRole.ToolTipRole))
    # The first report is chosen, and its card is taller than one line (title and description).
    assert page.current_kind() is not None and page.current_kind().code == model.codes()[0]  # type: ignore[union-attr]
    view = page.ui.reportList
    assert view.visualRect(register).height() > 2 * view.fontMetrics().height()


def test_the_list_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ReportListModel(registry.kinds())
    qtmodeltester.check(model)
    model.set_kinds([k for k in registry.kinds() if k.chapter == 5])
    qtmodeltester.check(model)
    assert model.rowCount() == 1 + len([k for k in registry.kinds() if k.chapter == 5])
    assert model.kind(0) is None
    assert model.data(QModelIndex()) is None


def test_only_the_fields_a_report_needs(qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    _window, page = open_reports(qtbot, controller, demo_file)
    ui = page.panel.ui

    def shown() -> set[str]:
        fields = {"period": ui.periodCombo, "on": ui.onDate, "account": ui.accountCombo, "fund": ui.fundCombo,
                  "year": ui.yearCombo, "closing": ui.closingCombo, "entry": ui.entryCombo,
                  "rate": ui.rateEdit, "language": ui.languageCombo, "member": ui.memberCombo}
        return {name for name, widget in fields.items() if widget.isVisible()}

    click_report(qtbot, page, "register")
    assert ui.chosenTitleLabel.text() == "Cash book register"
    assert shown() == {"period", "account", "language"}
    assert ui.accountCombo.itemText(0) != "All accounts"
    click_report(qtbot, page, "cash_position")
    assert shown() == {"on", "language"}
    click_report(qtbot, page, "budget_actual")
    assert shown() == {"year", "fund", "language"}
    assert ui.fundCombo.itemText(0) == "All funds"
    click_report(qtbot, page, "income_expenditure")
    assert shown() == {"period", "rate", "language"}
    assert ui.rateEdit.text() != ""  # the demo exchanges dollars: its last rate is offered
    assert "last exchange" in ui.rateNoteLabel.text()
    click_report(qtbot, page, "voucher")
    assert shown() == {"entry", "language"}
    assert ui.entryCombo.currentText().startswith(("R-", "P-"))  # the newest receipt or payment
    if page.model is not None and page.model.row_of("member_statement") is not None:
        click_report(qtbot, page, "member_statement")
        assert shown() == {"period", "member", "language"}
        assert ui.memberCombo.currentText() == "All members with entries in the period"
        assert ui.memberCombo.count() > 10  # the demo's members, found by typing part of a name
    click_report(qtbot, page, "cash_count")
    assert shown() == {"closing", "language"}
    assert ui.closingCombo.count() > 0
    # The notice board is printed in Khmer unless the person says otherwise; Khmer digits follow.
    assert ui.languageCombo.currentData() == "en"
    click_report(qtbot, page, "notice_board")
    assert ui.languageCombo.currentText() == "ខ្មែរ"
    assert ui.khmerDigitsCheck.isVisible()


def test_periods_offer_quarters_of_the_fiscal_year() -> None:
    assert period_dates("this_quarter", date(2026, 5, 14), 1) == (date(2026, 4, 1), date(2026, 6, 30))
    assert period_dates("last_quarter", date(2026, 2, 14), 1) == (date(2025, 10, 1), date(2025, 12, 31))
    assert period_dates("this_quarter", date(2026, 8, 1), 7) == (date(2026, 7, 1), date(2026, 9, 30))
    assert period_dates("last_quarter", date(2026, 8, 1), 7) == (date(2026, 4, 1), date(2026, 6, 30))
    assert period_dates("this_quarter", date(2026, 1, 31), 2) == (date(2025, 11, 1), date(2026, 1, 31))
    assert period_dates("last_month", date(2026, 1, 14), 1) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_dates("custom", date(2026, 1, 14), 1) is None


def test_wrong_choices_are_marked_and_nothing_is_made(
        qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    _window, page = open_reports(qtbot, controller, demo_file)
    ui = page.panel.ui
    click_report(qtbot, page, "income_expenditure")
    ui.fromDate.setFocus()
    ui.fromDate.setDate(ui.toDate.date().addDays(1))
    assert ui.periodCombo.currentData() == "custom"
    ui.rateEdit.setText("four thousand")
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    problems = page.panel.problems_text()
    assert "ends before it starts" in problems
    assert "riel for one dollar" in problems
    assert "c62828" in ui.fromDate.styleSheet() and "c62828" in ui.rateEdit.styleSheet()
    assert page.job is None
    click_report(qtbot, page, "voucher")
    ui.entryCombo.setEditText("X-1999-0001")
    qtbot.mouseClick(ui.showButton, Qt.MouseButton.LeftButton)
    assert "no entry numbered “X-1999-0001”" in page.panel.problems_text()
    assert page.job is None


# --- show, save, print --------------------------------------------------------------------


@needs_qtpdf
def test_register_shown_saved_and_printed(
        qtbot: QtBot, controller: AppController, demo_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = open_reports(qtbot, controller, demo_file)
    ui = page.panel.ui
    click_report(qtbot, page, "register")
    choose_text(ui.accountCombo, "Cash – riel (KHR)")
    choose_text(ui.periodCombo, "Last fiscal year")
    assert from_qdate(ui.toDate.date()) <= LAST_MONTH_END
    preview = show_and_wait(qtbot, page)
    made = preview.made
    assert made.code == "register" and made.params.account_id == ui.accountCombo.currentData()
    assert made.pages >= 2
    assert preview.ui.pageCountLabel.text() == f"of {made.pages}"
    assert preview.document is not None and preview.document.pageCount() == made.pages
    assert preview.windowTitle().startswith("Cash book: Cash – riel – 1 ")
    # Page by page.
    qtbot.mouseClick(preview.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.ui.pageSpin.value() == 2)
    assert preview.current_page() == 1 and preview.ui.previousButton.isEnabled()

    # Save as PDF: the bytes previewed, under a name made of the title and period.
    asked: list[str] = []
    pdf_path = tmp_path / "out" / "register"
    pdf_path.parent.mkdir()
    save_as(monkeypatch, pdf_path, asked)
    qtbot.mouseClick(preview.ui.savePdfButton, Qt.MouseButton.LeftButton)
    saved = pdf_path.with_name("register.pdf")
    assert preview.saved_pdf == saved
    assert saved.read_bytes() == made.pdf
    assert pdf_pages(saved) == made.pages
    assert Path(asked[0]).name.startswith("Cash book- Cash – riel 1 ") and asked[0].endswith(".pdf")
    assert "register.pdf" in preview.ui.statusLabel.text()

    # Save as Excel, in the background; the folder chosen last is offered again.
    asked.clear()
    xlsx_path = tmp_path / "out" / "register.xlsx"
    save_as(monkeypatch, xlsx_path, asked)
    qtbot.mouseClick(preview.ui.saveExcelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.saved_excel == xlsx_path, timeout=60_000)
    assert Path(asked[0]).parent == pdf_path.parent
    book = openpyxl.load_workbook(xlsx_path)
    assert book.sheetnames

    # Print: every page, then a range of one page.
    printed = tmp_path / "printed.pdf"
    print_to_pdf(qtbot, monkeypatch, preview, printed)
    assert pdf_pages(printed) == made.pages
    assert "Sent to the printer" in preview.ui.statusLabel.text()
    one = tmp_path / "page2.pdf"
    print_to_pdf(qtbot, monkeypatch, preview, one, pages=(2, 2))
    assert pdf_pages(one) == 1


@needs_qtpdf
def test_a_khmer_notice_board_from_an_english_screen(
        qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    _window, page = open_reports(qtbot, controller, demo_file)
    click_report(qtbot, page, "notice_board")
    page.panel.ui.khmerDigitsCheck.setChecked(True)
    choose_text(page.panel.ui.periodCombo, "Last month")
    preview = show_and_wait(qtbot, page)
    assert preview.made.params.language == "km" and preview.made.params.khmer_digits
    assert preview.made.report.language == "km"
    assert preview.ui.pageCountLabel.text() == f"of {preview.made.pages}"
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.preview is None)


@needs_qtpdf
def test_print_voucher_from_the_cash_book(qtbot: QtBot, controller: AppController, demo_file: Path) -> None:
    assert controller.open_location(str(demo_file), None)
    window = controller.window
    assert window is not None
    window.select_page(window.factories.index(CashbookPage))
    book = window.current_page()
    assert isinstance(book, CashbookPage)
    qtbot.waitUntil(book.totals_shown)
    table = book.ui.table
    model = table.model()
    row = next(r for r in range(model.rowCount() - 1, -1, -1)
               if str(model.data(model.index(r, Column.NUMBER))).startswith("P-"))
    table.setCurrentIndex(model.index(row, 0))
    number = str(model.data(model.index(row, Column.NUMBER)))
    menu = book.context_menu(model.index(row, 0))
    action = next(a for a in menu.actions() if a.text() == "Pr&int voucher…")
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(_previews(book)), timeout=60_000)
    preview = _previews(book)[0]
    assert preview.made.code == "voucher" and preview.made.pages == 1
    entry = book.current_entry()
    assert entry is not None and entry.number == number
    assert preview.made.params.entry_id == entry.id
    assert preview.ui.pageCountLabel.text() == "of 1"
    # A transfer has no voucher: the action is there but cannot be used.
    transfer_rows = [r for r in range(model.rowCount())
                     if str(model.data(model.index(r, Column.NUMBER))).startswith("T-")]
    if transfer_rows:
        menu = book.context_menu(model.index(transfer_rows[0], 0))
        assert not next(a for a in menu.actions() if a.text() == "Pr&int voucher…").isEnabled()


def _previews(parent: QWidget) -> list[ReportPreview]:
    return [w for w in parent.findChildren(ReportPreview) if w.isVisible()]


# --- cancelling ------------------------------------------------------------------------------


def _slow_builder(started: threading.Event) -> registry.Builder:
    def build(_cbo: object, _actor: Actor, params: registry.ReportParams, progress: registry.Progress) -> Report:
        started.set()
        for step in range(600):  # a minute at most; Cancel ends it at the next step
            progress.step(step, 600)
            time.sleep(0.1)
        return Report("slow", "Slow", Letterhead("", ""), LocaleSettings(params.language),
                      generated_at=datetime.now(), generated_by="",
                      sections=[Section("", [Table([ReportColumn("A")], [["x"]])])])
    return build


def _cancel_when_shown(qtbot: QtBot, parent: QWidget) -> QProgressDialog:
    def visible() -> QProgressDialog | None:
        return next((d for d in parent.findChildren(QProgressDialog) if d.isVisible()), None)

    qtbot.waitUntil(lambda: visible() is not None, timeout=10_000)
    dialog = visible()
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    return dialog


def test_cancelling_a_report_being_made_leaves_nothing(
        qtbot: QtBot, controller: AppController, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = threading.Event()
    slow = registry.ReportKind("slow_test", 5, "Slow test report", "Takes its time.", frozenset({"period"}),
                               _slow_builder(started))
    monkeypatch.setitem(registry._KINDS, slow.code, slow)
    shown_errors: list[BaseException] = []
    monkeypatch.setattr("cbodesk.gui.jobs.show_error", lambda _parent, exc: shown_errors.append(exc))
    _window, page = open_reports(qtbot, controller, demo_file)
    click_report(qtbot, page, "slow_test")
    qtbot.mouseClick(page.panel.ui.showButton, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    dialog = _cancel_when_shown(qtbot, page)
    assert dialog.maximum() == 1000  # the bar moved: the job reported how far it got
    job = page.job
    assert job is not None
    job.join(10)
    assert not job.is_alive()
    qtbot.wait(50)  # the job's end reaches the GUI thread
    assert page.preview is None and not _previews(page)
    assert shown_errors == []


@needs_qtpdf
def test_cancelling_the_excel_file_leaves_no_file(
        qtbot: QtBot, controller: AppController, demo_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _window, page = open_reports(qtbot, controller, demo_file)
    click_report(qtbot, page, "cash_position")
    preview = show_and_wait(qtbot, page)
    from cbodesk.reports import xlsx

    real = xlsx.render_xlsx

    def slow_render(report: Report, out: object, progress: registry.Progress) -> None:
        def held(done: int, total: int) -> None:  # each step waits for the Cancel (10 s at most)
            for _ in range(200):
                progress.step(done, total)  # raises UserCancelled once cancelled
                time.sleep(0.05)

        real(report, out, registry.Progress(held))  # type: ignore[arg-type]

    monkeypatch.setattr(xlsx, "render_xlsx", slow_render)
    target = tmp_path / "position.xlsx"
    save_as(monkeypatch, target)
    qtbot.mouseClick(preview.ui.saveExcelButton, Qt.MouseButton.LeftButton)
    _cancel_when_shown(qtbot, preview)
    job = preview.excel_job
    assert job is not None
    job.join(10)
    qtbot.wait(50)
    assert not target.exists() and list(tmp_path.glob("*.xlsx*")) == [] and preview.saved_excel is None
    assert preview.ui.statusLabel.text() == ""


def test_run_job_reports_progress_and_old_callers_still_work(qtbot: QtBot) -> None:
    from cbodesk.gui.jobs import run_job

    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []

    def plain(cancel: threading.Event) -> int:  # a job written before progress existed
        return 7

    run_job(parent, "Working…", plain, results.append)
    qtbot.waitUntil(lambda: results == [7])

    def counting(job: making.JobControl) -> int:
        for i in range(5):
            job.report(i + 1, 5)
        return 5

    run_job(parent, "Counting…", counting, results.append)
    qtbot.waitUntil(lambda: results == [7, 5])



@needs_qtpdf
def test_every_report_can_be_made_with_what_the_page_offers(
        qtbot: QtBot, controller: AppController, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each report, with the choices the page starts with (last month, the first account …):
    a preview whose page count is shown, or a plain message; never a bug."""
    messages: list[str] = []
    monkeypatch.setattr("cbodesk.gui.jobs.show_error", lambda _parent, exc: messages.append(str(exc)))
    _window, page = open_reports(qtbot, controller, demo_file)
    assert page.model is not None
    made: dict[str, int] = {}
    for code in page.model.codes():
        click_report(qtbot, page, code)
        before = page.preview
        qtbot.mouseClick(page.panel.ui.showButton, Qt.MouseButton.LeftButton)
        assert page.panel.problems_text() == "", code
        job = page.job
        assert job is not None
        job.join(60)
        def made_or_refused(before: ReportPreview | None = before) -> bool:
            return page.preview is not before or bool(messages)

        qtbot.waitUntil(made_or_refused)
        assert not messages, (code, messages)
        preview = page.preview
        assert preview is not None
        assert preview.ui.pageCountLabel.text() == f"of {preview.made.pages}"
        made[code] = preview.made.pages
        preview.close()
    assert "register" in made and "voucher" in made and made["voucher"] == 1


def test_a_job_whose_window_closed_meanwhile_ends_quietly(qtbot: QtBot) -> None:
    from cbodesk.gui.jobs import run_job

    parent = QWidget()
    release = threading.Event()
    results: list[int] = []
    def work(job: threading.Event) -> int:
        release.wait(10)
        return 1

    thread = run_job(parent, "Working…", work, results.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(parent))
    release.set()
    thread.join(10)
    qtbot.wait(50)
    assert results == []
