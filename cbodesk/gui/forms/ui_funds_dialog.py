# Generated from ui/funds_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'funds_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_FundsDialog(object):
    def setupUi(self, FundsDialog):
        if not FundsDialog.objectName():
            FundsDialog.setObjectName(u"FundsDialog")
        FundsDialog.resize(700, 520)
        self.dialogLayout = QVBoxLayout(FundsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(FundsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fundsTable = QTableView(FundsDialog)
        self.fundsTable.setObjectName(u"fundsTable")
        self.fundsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fundsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fundsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialogLayout.addWidget(self.fundsTable)

        self.tableButtonsLayout = QHBoxLayout()
        self.tableButtonsLayout.setObjectName(u"tableButtonsLayout")
        self.showRetiredCheck = QCheckBox(FundsDialog)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.tableButtonsLayout.addWidget(self.showRetiredCheck)

        self.tableButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtonsLayout.addItem(self.tableButtonsSpacer)

        self.retireButton = QPushButton(FundsDialog)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setText(u"")

        self.tableButtonsLayout.addWidget(self.retireButton)


        self.dialogLayout.addLayout(self.tableButtonsLayout)

        self.addGroup = QGroupBox(FundsDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QFormLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.nameLabel = QLabel(self.addGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.addGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.donorLabel = QLabel(self.addGroup)
        self.donorLabel.setObjectName(u"donorLabel")

        self.addLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.donorLabel)

        self.donorEdit = QLineEdit(self.addGroup)
        self.donorEdit.setObjectName(u"donorEdit")

        self.addLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.donorEdit)

        self.addButtonLayout = QHBoxLayout()
        self.addButtonLayout.setObjectName(u"addButtonLayout")
        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addButtonLayout.addItem(self.addSpacer)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addButtonLayout.addWidget(self.addButton)


        self.addLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.addButtonLayout)


        self.dialogLayout.addWidget(self.addGroup)

        self.problemsLabel = QLabel(FundsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(FundsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.donorLabel.setBuddy(self.donorEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FundsDialog)
        self.buttonBox.rejected.connect(FundsDialog.reject)

        QMetaObject.connectSlotsByName(FundsDialog)
    # setupUi

    def retranslateUi(self, FundsDialog):
        FundsDialog.setWindowTitle(QCoreApplication.translate("FundsDialog", u"Funds and donors", None))
        self.introLabel.setText(QCoreApplication.translate("FundsDialog", u"A fund is money given for a purpose, such as a donor's grant. Entries and budgets can name their fund, so the CBO can report to each donor.", None))
        self.showRetiredCheck.setText(QCoreApplication.translate("FundsDialog", u"Show &retired funds", None))
        self.addGroup.setTitle(QCoreApplication.translate("FundsDialog", u"New fund", None))
        self.nameLabel.setText(QCoreApplication.translate("FundsDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FundsDialog", u"For example: the grant's title", None))
        self.donorLabel.setText(QCoreApplication.translate("FundsDialog", u"&Donor:", None))
        self.addButton.setText(QCoreApplication.translate("FundsDialog", u"&Add the fund", None))
    # retranslateUi

