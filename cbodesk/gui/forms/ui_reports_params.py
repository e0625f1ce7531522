# Generated from ui/reports_params.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_params.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReportParamsPanel(object):
    def setupUi(self, ReportParamsPanel):
        if not ReportParamsPanel.objectName():
            ReportParamsPanel.setObjectName(u"ReportParamsPanel")
        ReportParamsPanel.resize(520, 560)
        self.panelLayout = QVBoxLayout(ReportParamsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.chosenTitleLabel = QLabel(ReportParamsPanel)
        self.chosenTitleLabel.setObjectName(u"chosenTitleLabel")
        self.chosenTitleLabel.setText(u"")
        self.chosenTitleLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.chosenTitleLabel)

        self.chosenDescriptionLabel = QLabel(ReportParamsPanel)
        self.chosenDescriptionLabel.setObjectName(u"chosenDescriptionLabel")
        self.chosenDescriptionLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.chosenDescriptionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setVerticalSpacing(10)
        self.periodLabel = QLabel(ReportParamsPanel)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(ReportParamsPanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(ReportParamsPanel)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setSpacing(8)
        self.datesLayout.setObjectName(u"datesLayout")
        self.fromDate = QDateEdit(ReportParamsPanel)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.datesLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(ReportParamsPanel)
        self.toLabel.setObjectName(u"toLabel")

        self.datesLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(ReportParamsPanel)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.datesLayout.addWidget(self.toDate)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.onLabel = QLabel(ReportParamsPanel)
        self.onLabel.setObjectName(u"onLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onDate = QDateEdit(ReportParamsPanel)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)
        self.onDate.setDisplayFormat(u"dd/MM/yyyy")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.onDate)

        self.accountLabel = QLabel(ReportParamsPanel)
        self.accountLabel.setObjectName(u"accountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountCombo = QComboBox(ReportParamsPanel)
        self.accountCombo.setObjectName(u"accountCombo")
        self.accountCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.accountCombo.setMinimumContentsLength(18)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.fundLabel = QLabel(ReportParamsPanel)
        self.fundLabel.setObjectName(u"fundLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fundLabel)

        self.fundCombo = QComboBox(ReportParamsPanel)
        self.fundCombo.setObjectName(u"fundCombo")
        self.fundCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fundCombo.setMinimumContentsLength(18)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fundCombo)

        self.yearLabel = QLabel(ReportParamsPanel)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(ReportParamsPanel)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.yearCombo.setMinimumContentsLength(18)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.closingLabel = QLabel(ReportParamsPanel)
        self.closingLabel.setObjectName(u"closingLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closingLabel)

        self.closingCombo = QComboBox(ReportParamsPanel)
        self.closingCombo.setObjectName(u"closingCombo")
        self.closingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.closingCombo.setMinimumContentsLength(18)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.closingCombo)

        self.entryLabel = QLabel(ReportParamsPanel)
        self.entryLabel.setObjectName(u"entryLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.entryLabel)

        self.entryCombo = QComboBox(ReportParamsPanel)
        self.entryCombo.setObjectName(u"entryCombo")
        self.entryCombo.setEditable(True)
        self.entryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entryCombo.setMinimumContentsLength(18)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.entryCombo)

        self.memberLabel = QLabel(ReportParamsPanel)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(ReportParamsPanel)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)
        self.memberCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.memberCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.memberCombo.setMinimumContentsLength(18)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.rateLabel = QLabel(ReportParamsPanel)
        self.rateLabel.setObjectName(u"rateLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateLayout = QVBoxLayout()
        self.rateLayout.setSpacing(2)
        self.rateLayout.setObjectName(u"rateLayout")
        self.rateEdit = QLineEdit(ReportParamsPanel)
        self.rateEdit.setObjectName(u"rateEdit")

        self.rateLayout.addWidget(self.rateEdit)

        self.rateNoteLabel = QLabel(ReportParamsPanel)
        self.rateNoteLabel.setObjectName(u"rateNoteLabel")
        self.rateNoteLabel.setText(u"")
        self.rateNoteLabel.setWordWrap(True)

        self.rateLayout.addWidget(self.rateNoteLabel)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.rateLayout)

        self.languageLabel = QLabel(ReportParamsPanel)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ReportParamsPanel)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.khmerDigitsCheck = QCheckBox(ReportParamsPanel)
        self.khmerDigitsCheck.setObjectName(u"khmerDigitsCheck")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.khmerDigitsCheck)


        self.panelLayout.addLayout(self.formLayout)

        self.problemsLabel = QLabel(ReportParamsPanel)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.problemsLabel)

        self.showLayout = QHBoxLayout()
        self.showLayout.setObjectName(u"showLayout")
        self.showSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showLayout.addItem(self.showSpacer)

        self.showButton = QPushButton(ReportParamsPanel)
        self.showButton.setObjectName(u"showButton")

        self.showLayout.addWidget(self.showButton)


        self.panelLayout.addLayout(self.showLayout)

        self.panelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.onLabel.setBuddy(self.onDate)
        self.accountLabel.setBuddy(self.accountCombo)
        self.fundLabel.setBuddy(self.fundCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.closingLabel.setBuddy(self.closingCombo)
        self.entryLabel.setBuddy(self.entryCombo)
        self.memberLabel.setBuddy(self.memberCombo)
        self.rateLabel.setBuddy(self.rateEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.onDate)
        QWidget.setTabOrder(self.onDate, self.accountCombo)
        QWidget.setTabOrder(self.accountCombo, self.fundCombo)
        QWidget.setTabOrder(self.fundCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.closingCombo)
        QWidget.setTabOrder(self.closingCombo, self.entryCombo)
        QWidget.setTabOrder(self.entryCombo, self.memberCombo)
        QWidget.setTabOrder(self.memberCombo, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.khmerDigitsCheck)
        QWidget.setTabOrder(self.khmerDigitsCheck, self.showButton)

        self.retranslateUi(ReportParamsPanel)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportParamsPanel)
    # setupUi

    def retranslateUi(self, ReportParamsPanel):
        self.chosenDescriptionLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"Choose a report in the list.", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&Period:", None))
        self.fromLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&From:", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("ReportParamsPanel", u"First day of the period", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"t&o", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("ReportParamsPanel", u"Last day of the period", None))
#endif // QT_CONFIG(tooltip)
        self.onLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&Date:", None))
        self.accountLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&Account:", None))
        self.fundLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"F&und:", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"Fiscal &year:", None))
        self.closingLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&Month closed:", None))
        self.entryLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&Entry:", None))
#if QT_CONFIG(tooltip)
        self.entryCombo.setToolTip(QCoreApplication.translate("ReportParamsPanel", u"Choose a recent receipt or payment, or type its number", None))
#endif // QT_CONFIG(tooltip)
        self.memberLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"Mem&ber:", None))
#if QT_CONFIG(tooltip)
        self.memberCombo.setToolTip(QCoreApplication.translate("ReportParamsPanel", u"Type part of a name or a member number, or choose all members", None))
#endif // QT_CONFIG(tooltip)
        self.rateLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"Exchange &rate:", None))
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("ReportParamsPanel", u"riel per dollar, for example 4,100", None))
#if QT_CONFIG(tooltip)
        self.rateEdit.setToolTip(QCoreApplication.translate("ReportParamsPanel", u"Riel per dollar, to add riel and dollars into one total. Leave it empty to keep the currencies apart.", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("ReportParamsPanel", u"&Language:", None))
        self.khmerDigitsCheck.setText(QCoreApplication.translate("ReportParamsPanel", u"Khmer &digits (\u17e0\u17e1\u17e2\u17e3)", None))
        self.showButton.setText(QCoreApplication.translate("ReportParamsPanel", u"&Show report", None))
        pass
    # retranslateUi

