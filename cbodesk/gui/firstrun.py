"""The first-run wizard: create my CBO, open the demo CBO, or open a file I have."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cbodesk import paths
from cbodesk.config import LANGUAGES
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.gui.errors import show_error
from cbodesk.gui.forms.ui_keeper_page import Ui_KeeperPage
from cbodesk.gui.forms.ui_welcome_page import Ui_WelcomePage
from cbodesk.gui.i18n import LANGUAGE_NAMES, Retranslating, tr_core
from cbodesk.gui.profile.form import ProfileForm
from cbodesk.storage import fileformat as ff
from cbodesk.storage.backup import safe_file_name
from cbodesk.storage.database import Cbo, Location, open_cbo

if TYPE_CHECKING:
    from cbodesk.gui.app import AppController

DEMO_FILE_NAME = "Demo CBO" + ff.FILE_SUFFIX


class WelcomePage(Retranslating, QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        for code in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.ui.languageCombo.setCurrentIndex(
            self.ui.languageCombo.findData(wizard.controller.languages.language))
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        # The fourth choice, after "open a file I have": a CBO on the office's PostgreSQL server.
        self.connectRadio = QRadioButton(self)
        self.connectRadio.setObjectName("connectRadio")
        self.connectHint = QLabel(self)
        self.connectHint.setWordWrap(True)
        self.connectHint.setIndent(24)
        at = self.ui.welcomeLayout.indexOf(self.ui.openHint) + 1
        self.ui.welcomeLayout.insertWidget(at, self.connectRadio)
        self.ui.welcomeLayout.insertWidget(at + 1, self.connectHint)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setTitle(self.tr("Welcome to CBO Desk"))
        self.connectRadio.setText(self.tr("Connect to a &shared CBO database"))
        self.connectHint.setText(self.tr("Your CBO or your supporting NGO keeps the CBO on an office "
                                         "server (PostgreSQL), used from several computers."))

    def _language_chosen(self) -> None:
        self.wizard_.controller.set_language(self.ui.languageCombo.currentData())

    def validatePage(self) -> bool:
        """Next: go on to the profile, or open the demo or a file and close the wizard.

        (QWizard decides between Next and Finish only when a page is entered, so
        the choice made here is acted on at Next.)
        """
        if self.wizard_.result_cbo is not None:
            return True  # (QWizard.accept() validates the current page once more)
        if self.ui.createRadio.isChecked():
            self.wizard_.target = None
            return True
        if self.connectRadio.isChecked():
            step = self.wizard_.connect_shared()
            if step == "open":
                self.wizard_.accept()
            return step == "create"  # on to the profile, then created in the shared database
        opened = self.wizard_.open_demo() if self.ui.demoRadio.isChecked() else self.wizard_.open_existing()
        if opened:
            self.wizard_.accept()
        return False


class ProfileWizardPage(Retranslating, QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.form = ProfileForm(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your CBO"))
        self.setSubTitle(self.tr("The name in Khmer or in English is enough to start; you can "
                                 "complete the rest later on the profile page."))

    def validatePage(self) -> bool:
        problems = self.form.profile().cleaned().problems()
        self.form.show_problems(problems)
        return not problems


class KeeperPage(Retranslating, QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.ui = Ui_KeeperPage()
        self.ui.setupUi(self)
        self.ui.keeperProblems.setStyleSheet("color: #c62828; font-weight: bold;")
        self.ui.browseButton.clicked.connect(self._browse)
        self._file_chosen = False
        self.ui.fileEdit.textEdited.connect(self._mark_chosen)
        self.retranslate()

    def _mark_chosen(self) -> None:
        self._file_chosen = True

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setTitle(self.tr("Who keeps the file, and where"))

    def initializePage(self) -> None:
        target = self.wizard_.target
        self.ui.fileEdit.setReadOnly(target is not None)
        self.ui.browseButton.setVisible(target is None)
        if target is not None:
            self.ui.fileEdit.setText(target.display())
        elif not self._file_chosen:
            profile = self.wizard_.profile_page.form.profile()
            name = profile.acronym or profile.name_en or profile.name_km or "CBO"
            self.ui.fileEdit.setText(str(free_file(paths.default_cbo_dir(), safe_file_name(name))))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the CBO file as"),
                                              self.ui.fileEdit.text(),
                                              self.tr("CBO files (*%s)") % ff.FILE_SUFFIX)
        if path:
            if not path.endswith(ff.FILE_SUFFIX):
                path += ff.FILE_SUFFIX
            self.ui.fileEdit.setText(path)
            self._file_chosen = True

    def validatePage(self) -> bool:
        if self.wizard_.target is not None:
            return self._create(self.wizard_.target)
        path_text = self.ui.fileEdit.text().strip()
        if path_text and not path_text.startswith("postgresql://") and not path_text.endswith(ff.FILE_SUFFIX):
            path_text += ff.FILE_SUFFIX
        if not path_text:
            self.ui.keeperProblems.setText(self.tr("Choose where to save the CBO file."))
            return False
        return self._create(path_text)

    def _create(self, location: str | Location) -> bool:
        from cbodesk.services.setup import new_cbo

        try:
            cbo, _actor = new_cbo(location, self.wizard_.profile_page.form.profile(),
                                  self.ui.adminNameEdit.text())
        except InvalidInput as exc:
            self.ui.keeperProblems.setText("\n".join(p.text(tr_core) for p in exc.problems))
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self.wizard_.result_cbo = cbo
        return True


def free_file(folder: Path, stem: str) -> Path:
    """``folder/stem.cbodesk``, or ``stem-2.cbodesk``… if that exists already."""
    candidate = folder / f"{stem}{ff.FILE_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{ff.FILE_SUFFIX}"
        number += 1
    return candidate


class FirstRunWizard(Retranslating, QWizard):
    WELCOME, PROFILE, KEEPER = range(3)

    def __init__(self, controller: AppController, parent: QWidget | None = None, *,
                 target: Location | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.result_cbo: Cbo | None = None
        self.target = target  # an empty shared database the new CBO goes into, else a file
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.welcome_page = WelcomePage(self)
        self.profile_page = ProfileWizardPage(self)
        self.keeper_page = KeeperPage(self)
        self.setPage(self.WELCOME, self.welcome_page)
        self.setPage(self.PROFILE, self.profile_page)
        self.setPage(self.KEEPER, self.keeper_page)
        if target is not None:
            self.setStartId(self.PROFILE)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CBO Desk – first start"))

    def open_demo(self) -> bool:
        """Open the demo CBO; the first time, write it in the background (a few seconds)."""
        from cbodesk.gui.jobs import run_job
        from cbodesk.services.demo import write_demo

        path = paths.default_cbo_dir() / DEMO_FILE_NAME
        if not path.exists():
            run_job(self, self.tr("Writing the demo CBO…"), lambda cancel: write_demo(path).close(),
                    lambda _done: self._demo_written())
            return False
        try:
            self.result_cbo = open_cbo(path)
        except UserError as exc:
            show_error(self, exc)
            return False
        return True

    def _demo_written(self) -> None:
        if self.open_demo():
            self.accept()

    def connect_shared(self) -> str | None:
        """The connect dialog: "open" (result_cbo set), "create" (target set), None (cancelled, or a
        copy of a file started: the wizard closes once it is done)."""
        from cbodesk.gui.connect_dialog import ConnectDialog, copy_file_into

        dialog = ConnectDialog(self)
        if not dialog.exec():
            return None
        if dialog.next_step == "open":
            self.result_cbo = dialog.result_cbo
            return "open"
        if dialog.next_step == "create":
            self.target = dialog.location()
            return "create"

        def copied(cbo: Cbo, _result: object) -> None:
            self.result_cbo = cbo
            self.accept()

        copy_file_into(self, dialog.location(), copied)
        return None

    def open_existing(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a CBO"), str(Path.home()),
                                              self.tr("CBO files (*%s)") % ff.FILE_SUFFIX)
        if not path:
            return False
        try:
            self.result_cbo = open_cbo(path)
        except UserError as exc:
            show_error(self, exc)
            return False
        return True

    def reject(self) -> None:
        if self.result_cbo is not None:
            self.result_cbo.close()
            self.result_cbo = None
        super().reject()
