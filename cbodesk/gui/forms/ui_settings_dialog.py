# Generated from ui/settings_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageLayout = QFormLayout(self.languageGroup)
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.khmerDigitsCheck = QCheckBox(self.languageGroup)
        self.khmerDigitsCheck.setObjectName(u"khmerDigitsCheck")

        self.languageLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.khmerDigitsCheck)

        self.sampleTitle = QLabel(self.languageGroup)
        self.sampleTitle.setObjectName(u"sampleTitle")

        self.languageLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sampleTitle)

        self.sampleLabel = QLabel(self.languageGroup)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setText(u"")

        self.languageLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sampleLabel)


        self.dialogLayout.addWidget(self.languageGroup)

        self.backupGroup = QGroupBox(SettingsDialog)
        self.backupGroup.setObjectName(u"backupGroup")
        self.backupLayout = QFormLayout(self.backupGroup)
        self.backupLayout.setObjectName(u"backupLayout")
        self.autoBackupCheck = QCheckBox(self.backupGroup)
        self.autoBackupCheck.setObjectName(u"autoBackupCheck")

        self.backupLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.autoBackupCheck)

        self.backupFolderLabel = QLabel(self.backupGroup)
        self.backupFolderLabel.setObjectName(u"backupFolderLabel")

        self.backupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupFolderLabel)

        self.backupFolderLayout = QHBoxLayout()
        self.backupFolderLayout.setObjectName(u"backupFolderLayout")
        self.backupFolderEdit = QLineEdit(self.backupGroup)
        self.backupFolderEdit.setObjectName(u"backupFolderEdit")

        self.backupFolderLayout.addWidget(self.backupFolderEdit)

        self.backupFolderButton = QPushButton(self.backupGroup)
        self.backupFolderButton.setObjectName(u"backupFolderButton")

        self.backupFolderLayout.addWidget(self.backupFolderButton)


        self.backupLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backupFolderLayout)

        self.backupHint = QLabel(self.backupGroup)
        self.backupHint.setObjectName(u"backupHint")
        self.backupHint.setWordWrap(True)

        self.backupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupHint)


        self.dialogLayout.addWidget(self.backupGroup)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.backupFolderLabel.setBuddy(self.backupFolderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Language and settings", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the app:", None))
        self.khmerDigitsCheck.setText(QCoreApplication.translate("SettingsDialog", u"Write numbers with &Khmer digits (\u17e1\u17e2\u17e3)", None))
        self.sampleTitle.setText(QCoreApplication.translate("SettingsDialog", u"Example:", None))
        self.backupGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Automatic backups", None))
        self.autoBackupCheck.setText(QCoreApplication.translate("SettingsDialog", u"Back up the CBO when it is closed and once a &day", None))
        self.backupFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Backup &folder:", None))
        self.backupFolderButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.backupHint.setText(QCoreApplication.translate("SettingsDialog", u"Kept: one a day for 7 days, one a week for 4 weeks, one a month for 12 months.", None))
    # retranslateUi

