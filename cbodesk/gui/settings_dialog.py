"""Settings → Language and settings: language, Khmer digits, automatic backups."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QGroupBox, QLabel, QVBoxLayout, QWidget

from cbodesk import config as cfg
from cbodesk.domain.formatting import LocaleSettings, format_date, format_money
from cbodesk.domain.money import Currency, Money
from cbodesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from cbodesk.gui.i18n import LANGUAGE_NAMES, Retranslating

if TYPE_CHECKING:
    from cbodesk.gui.app import AppController


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        config = controller.config
        for code in cfg.LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(controller.languages.language))
        self.ui.khmerDigitsCheck.setChecked(config.get(cfg.KHMER_DIGITS))
        self.ui.autoBackupCheck.setChecked(config.get(cfg.AUTO_BACKUP))
        self.ui.backupFolderEdit.setText(str(config.backup_folder()))
        self.ui.languageCombo.currentIndexChanged.connect(self._show_sample)
        self.ui.khmerDigitsCheck.toggled.connect(self._show_sample)
        self.ui.autoBackupCheck.toggled.connect(self._enable_backup_folder)
        self.ui.backupFolderButton.clicked.connect(self._browse)
        self._add_login_setting()
        self._enable_backup_folder()
        self._show_sample()
        self._fit()

    def _add_login_setting(self) -> None:
        """Login on or off, a setting of the CBO itself: shown to those who may change it."""
        from cbodesk.services.users import login_required

        window = self.controller.window
        self.loginGroup = QGroupBox()
        self.loginCheck = QCheckBox()
        self.loginNote = QLabel()
        self.loginNote.setWordWrap(True)
        layout = QVBoxLayout(self.loginGroup)
        layout.addWidget(self.loginCheck)
        layout.addWidget(self.loginNote)
        self.ui.dialogLayout.insertWidget(self.ui.dialogLayout.indexOf(self.ui.buttonBox), self.loginGroup)
        shown = window is not None and not window.cbo.closed and window.actor.may("cbo.settings")
        self.loginGroup.setVisible(shown)
        self._login_was = shown and window is not None and login_required(window.cbo)
        self.loginCheck.setChecked(self._login_was)
        self._retranslate_login()

    def _retranslate_login(self) -> None:
        self.loginGroup.setTitle(self.tr("Login (this CBO)"))
        self.loginCheck.setText(self.tr("Everyone logs in with a user name and password"))
        self.loginNote.setText(self.tr("Off: whoever opens this CBO works as its administrator, and the audit "
                                       "log says so. Fine for a one-person CBO on a laptop nobody else uses. "
                                       "Before turning login on, set your own password (Settings → Users and "
                                       "passwords)."))

    def _save_login(self) -> bool:
        """Switch login on or off; False when it cannot be (the administrator has no password yet)."""
        from cbodesk.domain.errors import UserError
        from cbodesk.gui.errors import show_error
        from cbodesk.services.users import NoPasswordYet, set_login_required

        window = self.controller.window
        wanted = self.loginCheck.isChecked()
        if window is None or not self.loginGroup.isVisible() or wanted == self._login_was:
            return True
        try:
            set_login_required(window.cbo, window.actor, wanted)
        except NoPasswordYet:
            from cbodesk.gui.users.dialogs import OwnPasswordDialog

            # Offer to set it now, then switch login on.
            if OwnPasswordDialog(window.cbo, window.actor, self).exec() != QDialog.DialogCode.Accepted:
                return False
            return self._save_login()
        except UserError as exc:
            show_error(self, exc)
            return False
        self._login_was = wanted
        window.retranslate()  # the "switch user" action follows the setting
        return True

    def _fit(self) -> None:
        # Wrapped labels (Khmer wraps to more lines) need the height for the width.
        self.setMinimumWidth(560)
        self.adjustSize()

    def chosen_locale(self) -> LocaleSettings:
        return LocaleSettings(language=self.ui.languageCombo.currentData(),
                              khmer_digits=self.ui.khmerDigitsCheck.isChecked())

    def _show_sample(self) -> None:
        settings = self.chosen_locale()
        sample = "   ".join([
            format_date(date(2026, 3, 14), settings),
            format_money(Money("1234500", Currency.KHR), settings),
            format_money(Money("1250.50", Currency.USD), settings),
        ])
        self.ui.sampleLabel.setText(sample)

    def _enable_backup_folder(self) -> None:
        on = self.ui.autoBackupCheck.isChecked()
        self.ui.backupFolderEdit.setEnabled(on)
        self.ui.backupFolderButton.setEnabled(on)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for automatic backups"),
                                                  self.ui.backupFolderEdit.text())
        if folder:
            self.ui.backupFolderEdit.setText(folder)

    def accept(self) -> None:
        if not self._save_login():
            return
        config = self.controller.config
        config.set(cfg.KHMER_DIGITS, self.ui.khmerDigitsCheck.isChecked())
        config.set(cfg.AUTO_BACKUP, self.ui.autoBackupCheck.isChecked())
        folder = self.ui.backupFolderEdit.text().strip()
        default = str(config.backup_folder()) if not config.get(cfg.BACKUP_FOLDER) else ""
        config.set(cfg.BACKUP_FOLDER, "" if folder == default else folder)
        language = self.ui.languageCombo.currentData()
        if language != self.controller.languages.language:
            self.controller.set_language(language)
        super().accept()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_login()
        self._fit()
