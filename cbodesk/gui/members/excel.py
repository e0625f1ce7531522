"""The register in and out of Excel, from the Members page: the import template, the
import (all rows or none, every bad row listed with its row number and reason),
and the export of the whole register.

Each runs off the GUI thread with a progress bar and Cancel
(:func:`cbodesk.gui.jobs.run_job`); what the person is told afterwards opens
as the page's dialog, so the page stays usable behind it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.setup_dialogs import Cell, Record, RecordsModel, setup_table
from cbodesk.gui.errors import show_error
from cbodesk.gui.forms.ui_members_import_problems import Ui_ImportProblemsDialog
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.jobs import JobControl, check_cancel, run_job
from cbodesk.services import members_io
from cbodesk.services.cashbook_io import ImportProblem, ImportProblems
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.gui.members.page import MembersPage

# The problems an import leaves to the person's judgement: "import anyway" is offered
# when they are all of this kind.
DUPLICATE_MESSAGES = frozenset({members_io.LIKELY_DUPLICATE, members_io.DUPLICATE_IN_FILE})


def _folder() -> str:
    from cbodesk.gui.reports.making import last_folder

    return last_folder()


def _remember(path: str | Path) -> None:
    from cbodesk.gui.reports.making import remember_folder

    remember_folder(path)


def _file_error(exc: OSError, path: Path) -> BaseException:
    from cbodesk.gui.reports.making import file_error

    return file_error(exc, path) or exc


def _notice(page: MembersPage, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, page)
    box.setObjectName("membersNotice")
    page.open_dialog(box)


# --- import -----------------------------------------------------------------------------------


def import_members(page: MembersPage, path: str | None = None) -> None:
    """Ask for the workbook (unless *path*) and import it."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(page, QCoreApplication.translate("MembersExcel", "Import members from Excel"), _folder(),
                                              QCoreApplication.translate("MembersExcel", "Excel workbooks (*.xlsx)"))
        if not path:
            return
    _remember(path)
    run_import(page, path, allow_duplicates=False)


def run_import(page: MembersPage, path: str, *, allow_duplicates: bool) -> None:
    cbo, actor = page.cbo, page.actor

    def work(job: JobControl) -> members_io.ImportResult:
        def progress(done: int, total: int) -> None:
            check_cancel(job)
            job.report(done, total)

        return members_io.import_members(cbo, actor, path, allow_duplicates=allow_duplicates, progress=progress)

    def done(result: members_io.ImportResult) -> None:
        page.imported()
        text = QCoreApplication.translate("MembersExcel", "Members imported: %n.", "", result.added)
        if result.first_number is not None and result.last_number is not None:
            text += " " + QCoreApplication.translate("MembersExcel", "They have the numbers %s to %s.") % (result.first_number, result.last_number)
        if result.personal_ignored:
            text += "\n\n" + QCoreApplication.translate("MembersExcel", "The file also had phone numbers, ID cards or IDPoor status: they were not "
                                 "imported, because your role does not see them. Ask the secretary to "
                                 "import the file.")
        _notice(page, QCoreApplication.translate("MembersExcel", "Members imported"), text)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ImportProblems):
            dialog = ImportProblemsDialog(exc.problems, page)
            dialog.import_anyway.connect(lambda: run_import(page, path, allow_duplicates=True))
            page.open_dialog(dialog)
        else:
            show_error(page, exc)

    run_job(page, QCoreApplication.translate("MembersExcel", "Checking and importing the members…"), work, done, on_failure=failed)


class ImportProblemsDialog(Retranslating, QDialog):
    """Every problem of the file, with its row and column; nothing was imported."""

    import_anyway = Signal()

    def __init__(self, problems: list[ImportProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = problems
        self.ui = Ui_ImportProblemsDialog()
        self.ui.setupUi(self)
        self.model = RecordsModel(self)
        setup_table(self.ui.table, self.model, stretch=3)
        only_duplicates = bool(problems) and all(p.message in DUPLICATE_MESSAGES for p in problems)
        self.ui.importAnywayButton.setVisible(only_duplicates)
        self.ui.duplicatesLabel.setVisible(only_duplicates)
        self.ui.importAnywayButton.clicked.connect(self._import_anyway)
        self.ui.copyButton.clicked.connect(self.copy_list)
        self._show()
        self.resize(860, 480)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show()

    def _show(self) -> None:
        count = len(self.problems)
        self.ui.headLabel.setText(self.tr("Nothing was imported. Problems found in the file: %n. Correct "
                                          "them in the file, save it, and import it again.", "", count))
        self.model.set_records(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("What to correct")],
            [Record(i, (Cell(p.sheet), Cell(str(p.row) if p.row is not None else "", p.row or 0),
                        Cell(p.column), Cell(p.problem_text(tr_core))))
             for i, p in enumerate(self.problems)])

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(p.text(tr_core) for p in self.problems))

    def _import_anyway(self) -> None:
        self.accept()
        self.import_anyway.emit()


# --- template and export -------------------------------------------------------------------------


def save_template(page: MembersPage, path: str | None = None) -> None:
    """Write the Excel template to fill in, with the CBO's villages in its lists."""
    if path is None:
        suggested = str(Path(_folder()) / (QCoreApplication.translate("MembersExcel", "Member import template") + ".xlsx"))
        path, _ = QFileDialog.getSaveFileName(page, QCoreApplication.translate("MembersExcel", "Save the member template"), suggested,
                                              QCoreApplication.translate("MembersExcel", "Excel workbooks (*.xlsx)"))
        if not path:
            return
    target = _with_suffix(path)
    _remember(target)
    cbo, language = page.cbo, page.locale_settings().language

    def work(_job: JobControl) -> Path:
        try:
            members_io.write_import_template(target, language, cbo)
        except OSError as exc:
            raise _file_error(exc, target) from exc
        return target

    def done(written: Path) -> None:
        _notice(page, QCoreApplication.translate("MembersExcel", "Template saved"),
                QCoreApplication.translate("MembersExcel", "The template is saved as %s. Fill in one row per member on the sheet \u201cMembers\u201d "
                    "(the sheet \u201cRead me\u201d says how), then choose More \u2192 Import members from "
                    "Excel.") % written)

    run_job(page, QCoreApplication.translate("MembersExcel", "Writing the template…"), work, done)


def export_register(page: MembersPage, path: str | None = None) -> None:
    """Write the whole register to an Excel workbook."""
    if path is None:
        suggested = str(Path(_folder()) / (QCoreApplication.translate("MembersExcel", "Members %s") % date.today().isoformat() + ".xlsx"))
        path, _ = QFileDialog.getSaveFileName(page, QCoreApplication.translate("MembersExcel", "Export the register to Excel"), suggested,
                                              QCoreApplication.translate("MembersExcel", "Excel workbooks (*.xlsx)"))
        if not path:
            return
    target = _with_suffix(path)
    _remember(target)
    run_export(page, page.cbo, page.actor, target, page.locale_settings().language)


def run_export(page: MembersPage, cbo: Cbo, actor: Actor, target: Path, language: str) -> None:
    def work(job: JobControl) -> members_io.ExportResult:
        def progress(done: int, total: int) -> None:
            check_cancel(job)
            job.report(done, total)

        try:
            return members_io.export_register(cbo, actor, target, language, progress=progress)
        except OSError as exc:
            raise _file_error(exc, target) from exc

    def done(result: members_io.ExportResult) -> None:
        text = QCoreApplication.translate("MembersExcel", "Members written: %n, to %1.", "", result.members)
        text = text.replace("%1", str(result.path))
        if not result.personal:
            text += " " + QCoreApplication.translate("MembersExcel", "Phone numbers, ID cards and IDPoor status are left out: your role does not "
                              "see them.")
        _notice(page, QCoreApplication.translate("MembersExcel", "Register exported"), text)

    run_job(page, QCoreApplication.translate("MembersExcel", "Writing the register to Excel…"), work, done)


def _with_suffix(path: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".xlsx")

