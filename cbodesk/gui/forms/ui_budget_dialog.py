# Generated from ui/budget_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'budget_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QVBoxLayout)

class Ui_BudgetDialog(object):
    def setupUi(self, BudgetDialog):
        if not BudgetDialog.objectName():
            BudgetDialog.setObjectName(u"BudgetDialog")
        BudgetDialog.resize(980, 680)
        self.dialogLayout = QVBoxLayout(BudgetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.yearLabel = QLabel(BudgetDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.choiceLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(BudgetDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.choiceLayout.addWidget(self.yearSpin)

        self.periodLabel = QLabel(BudgetDialog)
        self.periodLabel.setObjectName(u"periodLabel")
        self.periodLabel.setText(u"")

        self.choiceLayout.addWidget(self.periodLabel)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)

        self.fundLabel = QLabel(BudgetDialog)
        self.fundLabel.setObjectName(u"fundLabel")

        self.choiceLayout.addWidget(self.fundLabel)

        self.fundCombo = QComboBox(BudgetDialog)
        self.fundCombo.setObjectName(u"fundCombo")

        self.choiceLayout.addWidget(self.fundCombo)


        self.dialogLayout.addLayout(self.choiceLayout)

        self.hintLabel = QLabel(BudgetDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.budgetTable = QTableView(BudgetDialog)
        self.budgetTable.setObjectName(u"budgetTable")
        self.budgetTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.budgetTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.budgetTable)

        self.problemsLabel = QLabel(BudgetDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(BudgetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.fundLabel.setBuddy(self.fundCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BudgetDialog)
        self.buttonBox.rejected.connect(BudgetDialog.reject)

        QMetaObject.connectSlotsByName(BudgetDialog)
    # setupUi

    def retranslateUi(self, BudgetDialog):
        BudgetDialog.setWindowTitle(QCoreApplication.translate("BudgetDialog", u"Budget", None))
        self.yearLabel.setText(QCoreApplication.translate("BudgetDialog", u"Fiscal &year:", None))
        self.fundLabel.setText(QCoreApplication.translate("BudgetDialog", u"&Fund:", None))
        self.hintLabel.setText(QCoreApplication.translate("BudgetDialog", u"Type the amount planned for a category in its Budget column: it is saved at once. Actual amounts come from the cash book (receipts for income, payments for expenses, corrections included).", None))
    # retranslateUi

