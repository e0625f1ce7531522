"""Settings → Language and settings: language, Khmer digits, automatic backups."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

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
        self._enable_backup_folder()
        self._show_sample()
        self._fit()

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
        self._fit()
