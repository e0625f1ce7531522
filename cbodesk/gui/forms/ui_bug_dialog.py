# Generated from ui/bug_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bug_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_BugDialog(object):
    def setupUi(self, BugDialog):
        if not BugDialog.objectName():
            BugDialog.setObjectName(u"BugDialog")
        BugDialog.resize(640, 420)
        self.bugLayout = QVBoxLayout(BugDialog)
        self.bugLayout.setObjectName(u"bugLayout")
        self.apologyLabel = QLabel(BugDialog)
        self.apologyLabel.setObjectName(u"apologyLabel")
        self.apologyLabel.setWordWrap(True)

        self.bugLayout.addWidget(self.apologyLabel)

        self.detailsText = QPlainTextEdit(BugDialog)
        self.detailsText.setObjectName(u"detailsText")
        self.detailsText.setReadOnly(True)
        self.detailsText.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.bugLayout.addWidget(self.detailsText)

        self.bugButtons = QHBoxLayout()
        self.bugButtons.setObjectName(u"bugButtons")
        self.copyButton = QPushButton(BugDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.bugButtons.addWidget(self.copyButton)

        self.bugSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bugButtons.addItem(self.bugSpacer)

        self.closeButton = QPushButton(BugDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bugButtons.addWidget(self.closeButton)


        self.bugLayout.addLayout(self.bugButtons)


        self.retranslateUi(BugDialog)
        self.closeButton.clicked.connect(BugDialog.accept)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(BugDialog)
    # setupUi

    def retranslateUi(self, BugDialog):
        BugDialog.setWindowTitle(QCoreApplication.translate("BugDialog", u"Sorry, something went wrong", None))
        self.apologyLabel.setText(QCoreApplication.translate("BugDialog", u"Sorry: CBO Desk met a problem it did not expect. What you saved before is safe. If it happens again, press \"Copy details\" and send the text to your supporting NGO or to the makers of CBO Desk.", None))
        self.copyButton.setText(QCoreApplication.translate("BugDialog", u"&Copy details", None))
        self.closeButton.setText(QCoreApplication.translate("BugDialog", u"Close", None))
    # retranslateUi

