# Generated from ui/members_import_problems.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_import_problems.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ImportProblemsDialog(object):
    def setupUi(self, ImportProblemsDialog):
        if not ImportProblemsDialog.objectName():
            ImportProblemsDialog.setObjectName(u"ImportProblemsDialog")
        ImportProblemsDialog.resize(820, 480)
        self.dialogLayout = QVBoxLayout(ImportProblemsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headLabel = QLabel(ImportProblemsDialog)
        self.headLabel.setObjectName(u"headLabel")
        self.headLabel.setText(u"")
        self.headLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headLabel)

        self.table = QTableView(ImportProblemsDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)

        self.dialogLayout.addWidget(self.table)

        self.duplicatesLabel = QLabel(ImportProblemsDialog)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.duplicatesLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copyButton = QPushButton(ImportProblemsDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.copyButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.importAnywayButton = QPushButton(ImportProblemsDialog)
        self.importAnywayButton.setObjectName(u"importAnywayButton")
        self.importAnywayButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.importAnywayButton)

        self.buttonBox = QDialogButtonBox(ImportProblemsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

        self.dialogLayout.setStretch(1, 1)

        self.retranslateUi(ImportProblemsDialog)
        self.buttonBox.rejected.connect(ImportProblemsDialog.reject)

        QMetaObject.connectSlotsByName(ImportProblemsDialog)
    # setupUi

    def retranslateUi(self, ImportProblemsDialog):
        ImportProblemsDialog.setWindowTitle(QCoreApplication.translate("ImportProblemsDialog", u"The members were not imported", None))
        self.duplicatesLabel.setText(QCoreApplication.translate("ImportProblemsDialog", u"Every problem is a likely duplicate. If the file holds other people with the same names, import it anyway.", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("ImportProblemsDialog", u"Copy the list, to paste it into a message or a document", None))
#endif // QT_CONFIG(tooltip)
        self.copyButton.setText(QCoreApplication.translate("ImportProblemsDialog", u"&Copy the list", None))
        self.importAnywayButton.setText(QCoreApplication.translate("ImportProblemsDialog", u"&Import anyway: they are other people", None))
    # retranslateUi

