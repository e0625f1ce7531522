# Generated from ui/closing_wizard.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closing_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget, QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_ClosingWizard(object):
    def setupUi(self, ClosingWizard):
        if not ClosingWizard.objectName():
            ClosingWizard.setObjectName(u"ClosingWizard")
        ClosingWizard.resize(760, 760)
        ClosingWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.monthPage = QWizardPage()
        self.monthPage.setObjectName(u"monthPage")
        self.monthPageLayout = QVBoxLayout(self.monthPage)
        self.monthPageLayout.setObjectName(u"monthPageLayout")
        self.monthForm = QFormLayout()
        self.monthForm.setObjectName(u"monthForm")
        self.accountLabel = QLabel(self.monthPage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.monthForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountCombo = QComboBox(self.monthPage)
        self.accountCombo.setObjectName(u"accountCombo")

        self.monthForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.monthLabel = QLabel(self.monthPage)
        self.monthLabel.setObjectName(u"monthLabel")

        self.monthForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthChoiceLayout = QHBoxLayout()
        self.monthChoiceLayout.setObjectName(u"monthChoiceLayout")
        self.monthCombo = QComboBox(self.monthPage)
        self.monthCombo.setObjectName(u"monthCombo")

        self.monthChoiceLayout.addWidget(self.monthCombo)

        self.yearSpin = QSpinBox(self.monthPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.monthChoiceLayout.addWidget(self.yearSpin)

        self.monthChoiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthChoiceLayout.addItem(self.monthChoiceSpacer)


        self.monthForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.monthChoiceLayout)

        self.bookTitle = QLabel(self.monthPage)
        self.bookTitle.setObjectName(u"bookTitle")

        self.monthForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bookTitle)

        self.bookValue = QLabel(self.monthPage)
        self.bookValue.setObjectName(u"bookValue")
        self.bookValue.setText(u"")

        self.monthForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bookValue)

        self.lastClosedTitle = QLabel(self.monthPage)
        self.lastClosedTitle.setObjectName(u"lastClosedTitle")

        self.monthForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastClosedTitle)

        self.lastClosedValue = QLabel(self.monthPage)
        self.lastClosedValue.setObjectName(u"lastClosedValue")
        self.lastClosedValue.setText(u"")

        self.monthForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastClosedValue)


        self.monthPageLayout.addLayout(self.monthForm)

        self.statusLabel = QLabel(self.monthPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.monthPageLayout.addWidget(self.statusLabel)

        self.monthPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.monthPageLayout.addItem(self.monthPageSpacer)

        ClosingWizard.addPage(self.monthPage)
        self.countPage = QWizardPage()
        self.countPage.setObjectName(u"countPage")
        self.countPage.setSubTitle(u"")
        self.countPageLayout = QVBoxLayout(self.countPage)
        self.countPageLayout.setObjectName(u"countPageLayout")
        self.countRowLayout = QHBoxLayout()
        self.countRowLayout.setObjectName(u"countRowLayout")
        self.countStack = QStackedWidget(self.countPage)
        self.countStack.setObjectName(u"countStack")
        self.cashSheetPage = QWidget()
        self.cashSheetPage.setObjectName(u"cashSheetPage")
        self.cashSheetLayout = QVBoxLayout(self.cashSheetPage)
        self.cashSheetLayout.setObjectName(u"cashSheetLayout")
        self.cashSheetLayout.setContentsMargins(0, 0, 0, 0)
        self.countScroll = QScrollArea(self.cashSheetPage)
        self.countScroll.setObjectName(u"countScroll")
        self.countScroll.setWidgetResizable(True)
        self.countSheet = QWidget()
        self.countSheet.setObjectName(u"countSheet")
        self.countGrid = QGridLayout(self.countSheet)
        self.countGrid.setObjectName(u"countGrid")
        self.countGrid.setHorizontalSpacing(12)
        self.countGrid.setVerticalSpacing(2)
        self.countScroll.setWidget(self.countSheet)

        self.cashSheetLayout.addWidget(self.countScroll)

        self.countStack.addWidget(self.cashSheetPage)
        self.statementPage = QWidget()
        self.statementPage.setObjectName(u"statementPage")
        self.statementLayout = QVBoxLayout(self.statementPage)
        self.statementLayout.setObjectName(u"statementLayout")
        self.statementLabel = QLabel(self.statementPage)
        self.statementLabel.setObjectName(u"statementLabel")

        self.statementLayout.addWidget(self.statementLabel)

        self.statementEdit = QLineEdit(self.statementPage)
        self.statementEdit.setObjectName(u"statementEdit")

        self.statementLayout.addWidget(self.statementEdit)

        self.statementHint = QLabel(self.statementPage)
        self.statementHint.setObjectName(u"statementHint")
        self.statementHint.setWordWrap(True)

        self.statementLayout.addWidget(self.statementHint)

        self.statementSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statementLayout.addItem(self.statementSpacer)

        self.countStack.addWidget(self.statementPage)

        self.countRowLayout.addWidget(self.countStack)

        self.totalsGroup = QGroupBox(self.countPage)
        self.totalsGroup.setObjectName(u"totalsGroup")
        self.totalsLayout = QVBoxLayout(self.totalsGroup)
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.totalsForm = QFormLayout()
        self.totalsForm.setObjectName(u"totalsForm")
        self.countedTitle = QLabel(self.totalsGroup)
        self.countedTitle.setObjectName(u"countedTitle")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countedTitle)

        self.countedValue = QLabel(self.totalsGroup)
        self.countedValue.setObjectName(u"countedValue")
        self.countedValue.setText(u"")
        self.countedValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.countedValue)

        self.countBookTitle = QLabel(self.totalsGroup)
        self.countBookTitle.setObjectName(u"countBookTitle")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countBookTitle)

        self.countBookValue = QLabel(self.totalsGroup)
        self.countBookValue.setObjectName(u"countBookValue")
        self.countBookValue.setText(u"")
        self.countBookValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countBookValue)

        self.differenceTitle = QLabel(self.totalsGroup)
        self.differenceTitle.setObjectName(u"differenceTitle")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.differenceTitle)

        self.differenceValue = QLabel(self.totalsGroup)
        self.differenceValue.setObjectName(u"differenceValue")
        self.differenceValue.setText(u"")
        self.differenceValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.differenceValue)


        self.totalsLayout.addLayout(self.totalsForm)

        self.differenceHint = QLabel(self.totalsGroup)
        self.differenceHint.setObjectName(u"differenceHint")
        self.differenceHint.setWordWrap(True)

        self.totalsLayout.addWidget(self.differenceHint)

        self.totalsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.totalsLayout.addItem(self.totalsSpacer)


        self.countRowLayout.addWidget(self.totalsGroup)

        self.countRowLayout.setStretch(0, 3)
        self.countRowLayout.setStretch(1, 2)

        self.countPageLayout.addLayout(self.countRowLayout)

        self.signForm = QFormLayout()
        self.signForm.setObjectName(u"signForm")
        self.explanationLabel = QLabel(self.countPage)
        self.explanationLabel.setObjectName(u"explanationLabel")

        self.signForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.explanationLabel)

        self.explanationEdit = QPlainTextEdit(self.countPage)
        self.explanationEdit.setObjectName(u"explanationEdit")
        self.explanationEdit.setMaximumSize(QSize(16777215, 56))
        self.explanationEdit.setTabChangesFocus(True)

        self.signForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.explanationEdit)

        self.countedByLabel = QLabel(self.countPage)
        self.countedByLabel.setObjectName(u"countedByLabel")

        self.signForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countedByLabel)

        self.countedByEdit = QLineEdit(self.countPage)
        self.countedByEdit.setObjectName(u"countedByEdit")

        self.signForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countedByEdit)

        self.checkedByLabel = QLabel(self.countPage)
        self.checkedByLabel.setObjectName(u"checkedByLabel")

        self.signForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.checkedByLabel)

        self.checkedByEdit = QLineEdit(self.countPage)
        self.checkedByEdit.setObjectName(u"checkedByEdit")

        self.signForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.checkedByEdit)


        self.countPageLayout.addLayout(self.signForm)

        self.countProblemsLabel = QLabel(self.countPage)
        self.countProblemsLabel.setObjectName(u"countProblemsLabel")
        self.countProblemsLabel.setText(u"")
        self.countProblemsLabel.setWordWrap(True)

        self.countPageLayout.addWidget(self.countProblemsLabel)

        self.countPageLayout.setStretch(0, 1)
        ClosingWizard.addPage(self.countPage)
        self.confirmPage = QWizardPage()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmPageLayout = QVBoxLayout(self.confirmPage)
        self.confirmPageLayout.setObjectName(u"confirmPageLayout")
        self.summaryLabel = QLabel(self.confirmPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)

        self.confirmPageLayout.addWidget(self.summaryLabel)

        self.warningLabel = QLabel(self.confirmPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)

        self.confirmPageLayout.addWidget(self.warningLabel)

        self.confirmProblemsLabel = QLabel(self.confirmPage)
        self.confirmProblemsLabel.setObjectName(u"confirmProblemsLabel")
        self.confirmProblemsLabel.setText(u"")
        self.confirmProblemsLabel.setWordWrap(True)

        self.confirmPageLayout.addWidget(self.confirmProblemsLabel)

        self.confirmPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmPageLayout.addItem(self.confirmPageSpacer)

        ClosingWizard.addPage(self.confirmPage)
#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountCombo)
        self.monthLabel.setBuddy(self.monthCombo)
        self.statementLabel.setBuddy(self.statementEdit)
        self.explanationLabel.setBuddy(self.explanationEdit)
        self.countedByLabel.setBuddy(self.countedByEdit)
        self.checkedByLabel.setBuddy(self.checkedByEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClosingWizard)

        QMetaObject.connectSlotsByName(ClosingWizard)
    # setupUi

    def retranslateUi(self, ClosingWizard):
        ClosingWizard.setWindowTitle(QCoreApplication.translate("ClosingWizard", u"Close a month", None))
        self.monthPage.setTitle(QCoreApplication.translate("ClosingWizard", u"Which account and which month?", None))
        self.monthPage.setSubTitle(QCoreApplication.translate("ClosingWizard", u"At the end of each month two people count the cash (or read the bank statement) and sign. After closing, nothing more can be recorded in that month.", None))
        self.accountLabel.setText(QCoreApplication.translate("ClosingWizard", u"&Account:", None))
        self.monthLabel.setText(QCoreApplication.translate("ClosingWizard", u"&Month:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ClosingWizard", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.bookTitle.setText(QCoreApplication.translate("ClosingWizard", u"Book balance at the end of the month:", None))
        self.lastClosedTitle.setText(QCoreApplication.translate("ClosingWizard", u"Last closed month:", None))
        self.countPage.setTitle(QCoreApplication.translate("ClosingWizard", u"Count the money", None))
        self.statementLabel.setText(QCoreApplication.translate("ClosingWizard", u"Balance on the &statement:", None))
        self.statementHint.setText(QCoreApplication.translate("ClosingWizard", u"The balance printed on the bank or mobile-money statement for the last day of the month.", None))
        self.totalsGroup.setTitle(QCoreApplication.translate("ClosingWizard", u"Against the book", None))
        self.countedTitle.setText(QCoreApplication.translate("ClosingWizard", u"Total counted:", None))
        self.countBookTitle.setText(QCoreApplication.translate("ClosingWizard", u"Book balance:", None))
        self.differenceTitle.setText(QCoreApplication.translate("ClosingWizard", u"Difference:", None))
        self.differenceHint.setText(QCoreApplication.translate("ClosingWizard", u"The difference is what was counted minus what the book says. Below zero, money is missing.", None))
        self.explanationLabel.setText(QCoreApplication.translate("ClosingWizard", u"&Explanation:", None))
        self.explanationEdit.setPlaceholderText(QCoreApplication.translate("ClosingWizard", u"Needed when the count and the book differ", None))
        self.countedByLabel.setText(QCoreApplication.translate("ClosingWizard", u"Counted &by:", None))
        self.checkedByLabel.setText(QCoreApplication.translate("ClosingWizard", u"Checked b&y:", None))
        self.checkedByEdit.setPlaceholderText(QCoreApplication.translate("ClosingWizard", u"A second person, who signs too", None))
        self.confirmPage.setTitle(QCoreApplication.translate("ClosingWizard", u"Sign and close", None))
        self.confirmPage.setSubTitle(QCoreApplication.translate("ClosingWizard", u"Check the figures with both signers. Print the count sheet for their signatures from the reports.", None))
    # retranslateUi

