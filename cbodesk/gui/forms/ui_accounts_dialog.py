# Generated from ui/accounts_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(860, 560)
        self.dialogLayout = QVBoxLayout(AccountsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(AccountsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.accountsTable = QTableView(AccountsDialog)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialogLayout.addWidget(self.accountsTable)

        self.tableButtonsLayout = QHBoxLayout()
        self.tableButtonsLayout.setObjectName(u"tableButtonsLayout")
        self.tableButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableButtonsLayout.addItem(self.tableButtonsSpacer)

        self.closeAccountButton = QPushButton(AccountsDialog)
        self.closeAccountButton.setObjectName(u"closeAccountButton")

        self.tableButtonsLayout.addWidget(self.closeAccountButton)


        self.dialogLayout.addLayout(self.tableButtonsLayout)

        self.addGroup = QGroupBox(AccountsDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QFormLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.nameLabel = QLabel(self.addGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.addGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.addLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.addGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.addLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(self.addGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.currencyLabel = QLabel(self.addGroup)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.kindLayout.addWidget(self.currencyLabel)

        self.currencyCombo = QComboBox(self.addGroup)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.kindLayout.addWidget(self.currencyCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindLayout.addItem(self.kindSpacer)


        self.addLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.openingLabel = QLabel(self.addGroup)
        self.openingLabel.setObjectName(u"openingLabel")

        self.addLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openingLabel)

        self.openingLayout = QHBoxLayout()
        self.openingLayout.setObjectName(u"openingLayout")
        self.openingEdit = QLineEdit(self.addGroup)
        self.openingEdit.setObjectName(u"openingEdit")

        self.openingLayout.addWidget(self.openingEdit)

        self.openingDateLabel = QLabel(self.addGroup)
        self.openingDateLabel.setObjectName(u"openingDateLabel")

        self.openingLayout.addWidget(self.openingDateLabel)

        self.openingDateEdit = QDateEdit(self.addGroup)
        self.openingDateEdit.setObjectName(u"openingDateEdit")
        self.openingDateEdit.setCalendarPopup(True)

        self.openingLayout.addWidget(self.openingDateEdit)

        self.openingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openingLayout.addItem(self.openingSpacer)


        self.addLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.openingLayout)

        self.addButtonLayout = QHBoxLayout()
        self.addButtonLayout.setObjectName(u"addButtonLayout")
        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addButtonLayout.addItem(self.addSpacer)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")

        self.addButtonLayout.addWidget(self.addButton)


        self.addLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.addButtonLayout)


        self.dialogLayout.addWidget(self.addGroup)

        self.problemsLabel = QLabel(AccountsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(AccountsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.currencyLabel.setBuddy(self.currencyCombo)
        self.openingLabel.setBuddy(self.openingEdit)
        self.openingDateLabel.setBuddy(self.openingDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountsDialog)
        self.buttonBox.rejected.connect(AccountsDialog.reject)

        QMetaObject.connectSlotsByName(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"Accounts", None))
        self.introLabel.setText(QCoreApplication.translate("AccountsDialog", u"Each cash box, bank account or mobile-money wallet holds one currency. Keep cash and bank apart: the financial policy asks for it.", None))
        self.closeAccountButton.setText(QCoreApplication.translate("AccountsDialog", u"C&lose the account\u2026", None))
        self.addGroup.setTitle(QCoreApplication.translate("AccountsDialog", u"New account", None))
        self.nameLabel.setText(QCoreApplication.translate("AccountsDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AccountsDialog", u"For example: ACLEDA \u2013 dollars", None))
        self.kindLabel.setText(QCoreApplication.translate("AccountsDialog", u"&Kind:", None))
        self.currencyLabel.setText(QCoreApplication.translate("AccountsDialog", u"&Currency:", None))
        self.openingLabel.setText(QCoreApplication.translate("AccountsDialog", u"&Opening balance:", None))
        self.openingDateLabel.setText(QCoreApplication.translate("AccountsDialog", u"on &date:", None))
        self.addButton.setText(QCoreApplication.translate("AccountsDialog", u"&Add the account", None))
    # retranslateUi

