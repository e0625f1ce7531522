# Generated from ui/log_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_LogDialog(object):
    def setupUi(self, LogDialog):
        if not LogDialog.objectName():
            LogDialog.setObjectName(u"LogDialog")
        LogDialog.resize(820, 520)
        self.logLayout = QVBoxLayout(LogDialog)
        self.logLayout.setObjectName(u"logLayout")
        self.pathLabel = QLabel(LogDialog)
        self.pathLabel.setObjectName(u"pathLabel")
        self.pathLabel.setText(u"")
        self.pathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.logLayout.addWidget(self.pathLabel)

        self.logText = QPlainTextEdit(LogDialog)
        self.logText.setObjectName(u"logText")
        self.logText.setReadOnly(True)
        self.logText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.logLayout.addWidget(self.logText)

        self.logButtons = QHBoxLayout()
        self.logButtons.setObjectName(u"logButtons")
        self.copyButton = QPushButton(LogDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.logButtons.addWidget(self.copyButton)

        self.openFolderButton = QPushButton(LogDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.logButtons.addWidget(self.openFolderButton)

        self.logSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logButtons.addItem(self.logSpacer)

        self.closeButton = QPushButton(LogDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.logButtons.addWidget(self.closeButton)


        self.logLayout.addLayout(self.logButtons)


        self.retranslateUi(LogDialog)
        self.closeButton.clicked.connect(LogDialog.accept)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(LogDialog)
    # setupUi

    def retranslateUi(self, LogDialog):
        LogDialog.setWindowTitle(QCoreApplication.translate("LogDialog", u"Log", None))
        self.copyButton.setText(QCoreApplication.translate("LogDialog", u"&Copy all", None))
        self.openFolderButton.setText(QCoreApplication.translate("LogDialog", u"Open the &folder", None))
        self.closeButton.setText(QCoreApplication.translate("LogDialog", u"Close", None))
    # retranslateUi

