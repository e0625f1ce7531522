"""Making a report in the background, and writing it to the files the person chooses.

A report is built and rendered to PDF in one job (:func:`make_report`), with a
progress bar and Cancel; the preview shows those PDF bytes, and "Save as PDF"
writes the same bytes, so what was looked at is what is kept. Excel is
rendered from the same :class:`~cbodesk.reports.model.Report` when asked for.
"""

from __future__ import annotations

import errno
import io
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from cbodesk.domain.errors import DiskFull, UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.jobs import JobControl, run_job
from cbodesk.i18n import N_
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.domain.formatting import LocaleSettings
    from cbodesk.reports.model import Report
    from cbodesk.reports.registry import Progress, ReportParams

log = logging.getLogger(__name__)

FOLDER_KEY = "reports/last_folder"  # window state, like geometry: where files were saved last

FILE_IN_USE = N_("errors", "The file {path} could not be written: it is open in another program "
                 "(close it in Excel or the PDF reader), or the folder may not be changed. "
                 "Close it, or choose another place, then try again.")
NO_VOUCHER = N_("errors", "Vouchers cannot be printed yet: this CBO Desk has no voucher report.")
NO_REPORT = N_("errors", "This report cannot be made yet: this CBO Desk has no “{code}” report.")


@dataclass(frozen=True)
class MadeReport:
    """A report made and rendered: what the preview shows and the files are written from."""

    code: str
    params: ReportParams
    report: Report
    pdf: bytes
    pages: int


def halves(job: JobControl, second: bool) -> Callable[[int, int], None]:
    """Progress of one of two equal steps (building, then drawing the pages) on one bar."""
    def report(done: int, total: int) -> None:
        if total > 0:
            job.report(total * second + done, 2 * total)
    return report


def job_progress(job: JobControl, callback: Callable[[int, int], None] | None = None) -> Progress:
    from cbodesk.reports.registry import Progress

    return Progress(callback or job.report, job.is_set)


def make_report(parent: QWidget | None, cbo: Cbo, actor: Actor, code: str, params: ReportParams,
                on_made: Callable[[MadeReport], Any]) -> threading.Thread:
    """Build the report *code* and draw its PDF in the background; *on_made* gets the result
    (not called when the person cancels; an error is shown)."""
    def work(job: JobControl) -> MadeReport:
        from cbodesk.reports import registry
        from cbodesk.reports.pdf import render_pdf

        report = registry.build(cbo, actor, code, params, job_progress(job, halves(job, False)))
        buffer = io.BytesIO()
        pages = render_pdf(report, buffer, job_progress(job, halves(job, True)))
        return MadeReport(code, params, report, buffer.getvalue(), pages)

    return run_job(parent, QCoreApplication.translate("ReportMaking", "Making the report…"), work, on_made)


def preview_report(parent: QWidget, cbo: Cbo, actor: Actor, code: str, locale: LocaleSettings, *,
                   missing: str = NO_REPORT, **params: Any) -> bool:
    """Make the report *code* in the background and open its preview (print, PDF, Excel), in
    the report's own language when it has one, else the screen's. False, after saying *missing*
    (a message that may name the ``{code}``), when this CBO Desk has no such report."""
    from cbodesk.gui.errors import show_error
    from cbodesk.reports import registry

    try:
        kind = registry.kind(code)
    except registry.UnknownReport:
        show_error(parent, UserError(missing, code=code))
        return False
    language = kind.default_language or locale.language

    def made(result: MadeReport) -> None:
        from cbodesk.gui.reports.preview import show_preview

        show_preview(parent, cbo, actor, result)

    make_report(parent, cbo, actor, kind.code,
                registry.ReportParams(language=language, khmer_digits=locale.khmer_digits, **params), made)
    return True


def open_voucher(parent: QWidget, cbo: Cbo, actor: Actor, entry_id: int, locale: LocaleSettings) -> None:
    """Make the voucher of one receipt or payment and show its preview (the cash book's
    "Print voucher…")."""
    preview_report(parent, cbo, actor, "voucher", locale, missing=NO_VOUCHER, entry_id=entry_id)


# --- files ----------------------------------------------------------------------------


def default_file_name(report: Report, suffix: str) -> str:
    """The report's title and period, as a name every system accepts: "Cash book – March 2026.pdf"."""
    name = report.title if not report.period else f"{report.title} {report.period}"
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name)
    name = re.sub(r"\s+", " ", name).strip(" .-")
    return (name or "report")[:150] + suffix


def last_folder() -> str:
    folder = QSettings().value(FOLDER_KEY)
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember_folder(path: str | Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(Path(path).absolute().parent))


def with_suffix(path: str, suffix: str) -> Path:
    """What was typed in a save dialog, with the file type's ending if it was left out."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


def file_error(exc: OSError, path: Path) -> UserError | None:
    """The problem a person can act on, for a file that could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(str(path))
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return UserError(FILE_IN_USE, path=str(path))
    return None


def write_pdf(pdf: bytes, path: Path) -> None:
    """Write the PDF whole or not at all (the bytes the preview shows)."""
    from cbodesk.files import written_atomically

    try:
        with written_atomically(path) as temporary:
            temporary.write_bytes(pdf)
    except OSError as exc:
        error = file_error(exc, path)
        if error is None:
            raise
        raise error from exc


def write_excel(report: Report, path: Path, progress: Progress) -> None:
    """Render the report as an Excel workbook at *path*, whole or not at all (the renderer
    writes beside it and renames; a cancel leaves nothing)."""
    from cbodesk.files import check_folder
    from cbodesk.reports.xlsx import render_xlsx

    check_folder(path)
    try:
        render_xlsx(report, path, progress)
    except OSError as exc:
        error = file_error(exc, path)
        if error is None:
            raise
        raise error from exc
