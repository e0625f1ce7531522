# Generated from ui/members_contributions_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_contributions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_ContributionsPage(object):
    def setupUi(self, ContributionsPage):
        if not ContributionsPage.objectName():
            ContributionsPage.setObjectName(u"ContributionsPage")
        ContributionsPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(ContributionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ContributionsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ContributionsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.feeLayout = QHBoxLayout()
        self.feeLayout.setObjectName(u"feeLayout")
        self.feeLabel = QLabel(ContributionsPage)
        self.feeLabel.setObjectName(u"feeLabel")
        self.feeLabel.setText(u"")
        self.feeLabel.setWordWrap(True)
        self.feeLabel.setTextFormat(Qt.TextFormat.RichText)

        self.feeLayout.addWidget(self.feeLabel)

        self.feeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feeLayout.addItem(self.feeSpacer)

        self.feeButton = QPushButton(ContributionsPage)
        self.feeButton.setObjectName(u"feeButton")

        self.feeLayout.addWidget(self.feeButton)

        self.feeLayout.setStretch(0, 1)

        self.pageLayout.addLayout(self.feeLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.showLabel = QLabel(ContributionsPage)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(ContributionsPage)
        self.showCombo.setObjectName(u"showCombo")
        self.showCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.showCombo)

        self.statusLabel = QLabel(ContributionsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ContributionsPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.searchEdit = QLineEdit(ContributionsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(ContributionsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.totalsLabel = QLabel(ContributionsPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.totalsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.recordButton = QPushButton(ContributionsPage)
        self.recordButton.setObjectName(u"recordButton")

        self.buttonsLayout.addWidget(self.recordButton)

        self.printButton = QPushButton(ContributionsPage)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.statementButton = QPushButton(ContributionsPage)
        self.statementButton.setObjectName(u"statementButton")

        self.buttonsLayout.addWidget(self.statementButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.showCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContributionsPage)

        QMetaObject.connectSlotsByName(ContributionsPage)
    # setupUi

    def retranslateUi(self, ContributionsPage):
        self.titleLabel.setText(QCoreApplication.translate("ContributionsPage", u"Contributions", None))
        self.introLabel.setText(QCoreApplication.translate("ContributionsPage", u"Membership fees: who has paid, who owes and how much (guideline chapter 3). A payment is a cash-book receipt of the membership-fee category linked to the member.", None))
#if QT_CONFIG(tooltip)
        self.feeButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"The membership fee: an amount per month, quarter or year, from a day on", None))
#endif // QT_CONFIG(tooltip)
        self.feeButton.setText(QCoreApplication.translate("ContributionsPage", u"Change the &fee\u2026", None))
        self.showLabel.setText(QCoreApplication.translate("ContributionsPage", u"S&how:", None))
        self.statusLabel.setText(QCoreApplication.translate("ContributionsPage", u"S&tatus:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ContributionsPage", u"Search name or member number", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"A receipt in the cash book for the chosen member's fee", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("ContributionsPage", u"&Record a fee payment\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"Contributions paid and due this year, as a report to print or save", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ContributionsPage", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.statementButton.setToolTip(QCoreApplication.translate("ContributionsPage", u"Every cash-book entry linked to the chosen member, and their fees (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.statementButton.setText(QCoreApplication.translate("ContributionsPage", u"Stat&ement\u2026", None))
        pass
    # retranslateUi

