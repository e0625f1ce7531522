# Generated from ui/categories_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'categories_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_CategoriesDialog(object):
    def setupUi(self, CategoriesDialog):
        if not CategoriesDialog.objectName():
            CategoriesDialog.setObjectName(u"CategoriesDialog")
        CategoriesDialog.resize(900, 620)
        self.dialogLayout = QVBoxLayout(CategoriesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CategoriesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.listsLayout = QHBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.incomeLayout = QVBoxLayout()
        self.incomeLayout.setObjectName(u"incomeLayout")
        self.incomeTitle = QLabel(CategoriesDialog)
        self.incomeTitle.setObjectName(u"incomeTitle")

        self.incomeLayout.addWidget(self.incomeTitle)

        self.incomeTable = QTableView(CategoriesDialog)
        self.incomeTable.setObjectName(u"incomeTable")
        self.incomeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incomeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incomeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.incomeLayout.addWidget(self.incomeTable)


        self.listsLayout.addLayout(self.incomeLayout)

        self.expenseLayout = QVBoxLayout()
        self.expenseLayout.setObjectName(u"expenseLayout")
        self.expenseTitle = QLabel(CategoriesDialog)
        self.expenseTitle.setObjectName(u"expenseTitle")

        self.expenseLayout.addWidget(self.expenseTitle)

        self.expenseTable = QTableView(CategoriesDialog)
        self.expenseTable.setObjectName(u"expenseTable")
        self.expenseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expenseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expenseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.expenseLayout.addWidget(self.expenseTable)


        self.listsLayout.addLayout(self.expenseLayout)


        self.dialogLayout.addLayout(self.listsLayout)

        self.showRetiredCheck = QCheckBox(CategoriesDialog)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.dialogLayout.addWidget(self.showRetiredCheck)

        self.editGroup = QGroupBox(CategoriesDialog)
        self.editGroup.setObjectName(u"editGroup")
        self.editLayout = QFormLayout(self.editGroup)
        self.editLayout.setObjectName(u"editLayout")
        self.nameEnLabel = QLabel(self.editGroup)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.editLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(self.editGroup)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.editLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.nameKmLabel = QLabel(self.editGroup)
        self.nameKmLabel.setObjectName(u"nameKmLabel")

        self.editLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameKmLabel)

        self.nameKmEdit = QLineEdit(self.editGroup)
        self.nameKmEdit.setObjectName(u"nameKmEdit")

        self.editLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameKmEdit)

        self.kindLabel = QLabel(self.editGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.editLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.kindCombo = QComboBox(self.editGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.buttonsLayout.addWidget(self.kindCombo)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.addButton = QPushButton(self.editGroup)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.renameButton = QPushButton(self.editGroup)
        self.renameButton.setObjectName(u"renameButton")

        self.buttonsLayout.addWidget(self.renameButton)

        self.retireButton = QPushButton(self.editGroup)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setText(u"")

        self.buttonsLayout.addWidget(self.retireButton)


        self.editLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.buttonsLayout)


        self.dialogLayout.addWidget(self.editGroup)

        self.problemsLabel = QLabel(CategoriesDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(CategoriesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.nameKmLabel.setBuddy(self.nameKmEdit)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CategoriesDialog)
        self.buttonBox.rejected.connect(CategoriesDialog.reject)

        QMetaObject.connectSlotsByName(CategoriesDialog)
    # setupUi

    def retranslateUi(self, CategoriesDialog):
        CategoriesDialog.setWindowTitle(QCoreApplication.translate("CategoriesDialog", u"Categories", None))
        self.introLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Every receipt has an income category and every payment an expense category. A category that is no longer needed is retired, not deleted: its money stays in the reports.", None))
        self.incomeTitle.setText(QCoreApplication.translate("CategoriesDialog", u"Income", None))
        self.expenseTitle.setText(QCoreApplication.translate("CategoriesDialog", u"Expenses", None))
        self.showRetiredCheck.setText(QCoreApplication.translate("CategoriesDialog", u"Show &retired categories", None))
        self.editGroup.setTitle(QCoreApplication.translate("CategoriesDialog", u"Category", None))
        self.nameEnLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Name in &English:", None))
        self.nameKmLabel.setText(QCoreApplication.translate("CategoriesDialog", u"Name in &Khmer:", None))
        self.kindLabel.setText(QCoreApplication.translate("CategoriesDialog", u"&Kind:", None))
        self.addButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Add as a new category", None))
        self.renameButton.setText(QCoreApplication.translate("CategoriesDialog", u"&Save the names", None))
    # retranslateUi

