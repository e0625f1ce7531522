"""Help → Show log: the end of the log file, to copy for whoever helps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from cbodesk.gui.forms.ui_log_dialog import Ui_LogDialog

MAX_CHARS = 400_000  # the end of the log; the file itself is rotated at 1 MB


def read_log_tail(path: Path, limit: int = MAX_CHARS) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - limit))
            return handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


class LogDialog(QDialog):
    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LogDialog()
        self.ui.setupUi(self)
        self.log_file = log_file
        self.ui.pathLabel.setText(str(log_file))
        self.ui.logText.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        text = read_log_tail(log_file)
        self.ui.logText.setPlainText(text or self.tr("The log is empty."))
        self.ui.logText.moveCursor(self.ui.logText.textCursor().MoveOperation.End)
        self.ui.copyButton.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.ui.logText.toPlainText()))
        self.ui.openFolderButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
