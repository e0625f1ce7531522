# Generated from ui/cashbook_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cashbook_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CashbookPage(object):
    def setupUi(self, CashbookPage):
        if not CashbookPage.objectName():
            CashbookPage.setObjectName(u"CashbookPage")
        CashbookPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(CashbookPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(CashbookPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CashbookPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.accountLabel = QLabel(CashbookPage)
        self.accountLabel.setObjectName(u"accountLabel")

        self.filterLayout.addWidget(self.accountLabel)

        self.accountCombo = QComboBox(CashbookPage)
        self.accountCombo.setObjectName(u"accountCombo")
        self.accountCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.accountCombo)

        self.periodLabel = QLabel(CashbookPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(CashbookPage)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.periodCombo)

        self.fromDate = QDateEdit(CashbookPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd/MM/yyyy")

        self.filterLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(CashbookPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(CashbookPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd/MM/yyyy")

        self.filterLayout.addWidget(self.toDate)

        self.filterSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.searchEdit = QLineEdit(CashbookPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(220, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(CashbookPage)
        self.table.setObjectName(u"table")
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.totalsLabel = QLabel(CashbookPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.footerLayout.addWidget(self.totalsLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.noteLayout = QVBoxLayout()
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLayout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.countLabel = QLabel(CashbookPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.noteLayout.addWidget(self.countLabel)

        self.searchNoteLabel = QLabel(CashbookPage)
        self.searchNoteLabel.setObjectName(u"searchNoteLabel")
        self.searchNoteLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.noteLayout.addWidget(self.searchNoteLabel)


        self.footerLayout.addLayout(self.noteLayout)


        self.pageLayout.addLayout(self.footerLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.receiptButton = QPushButton(CashbookPage)
        self.receiptButton.setObjectName(u"receiptButton")

        self.buttonsLayout.addWidget(self.receiptButton)

        self.paymentButton = QPushButton(CashbookPage)
        self.paymentButton.setObjectName(u"paymentButton")

        self.buttonsLayout.addWidget(self.paymentButton)

        self.transferButton = QPushButton(CashbookPage)
        self.transferButton.setObjectName(u"transferButton")

        self.buttonsLayout.addWidget(self.transferButton)

        self.moreButton = QPushButton(CashbookPage)
        self.moreButton.setObjectName(u"moreButton")

        self.buttonsLayout.addWidget(self.moreButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.detailsButton = QPushButton(CashbookPage)
        self.detailsButton.setObjectName(u"detailsButton")

        self.buttonsLayout.addWidget(self.detailsButton)

        self.reverseButton = QPushButton(CashbookPage)
        self.reverseButton.setObjectName(u"reverseButton")

        self.buttonsLayout.addWidget(self.reverseButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.pageLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.accountLabel.setBuddy(self.accountCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.table)
        QWidget.setTabOrder(self.table, self.receiptButton)
        QWidget.setTabOrder(self.receiptButton, self.paymentButton)
        QWidget.setTabOrder(self.paymentButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.detailsButton)
        QWidget.setTabOrder(self.detailsButton, self.reverseButton)

        self.retranslateUi(CashbookPage)

        QMetaObject.connectSlotsByName(CashbookPage)
    # setupUi

    def retranslateUi(self, CashbookPage):
        self.titleLabel.setText(QCoreApplication.translate("CashbookPage", u"Cash book", None))
        self.introLabel.setText(QCoreApplication.translate("CashbookPage", u"Every riel and dollar that comes in or goes out, in the order it happened (guideline chapter 4). A mistake is corrected by a reversal with its reason; nothing is deleted.", None))
        self.accountLabel.setText(QCoreApplication.translate("CashbookPage", u"&Account:", None))
        self.periodLabel.setText(QCoreApplication.translate("CashbookPage", u"P&eriod:", None))
#if QT_CONFIG(tooltip)
        self.fromDate.setToolTip(QCoreApplication.translate("CashbookPage", u"First day of the period", None))
#endif // QT_CONFIG(tooltip)
        self.toLabel.setText(QCoreApplication.translate("CashbookPage", u"to", None))
#if QT_CONFIG(tooltip)
        self.toDate.setToolTip(QCoreApplication.translate("CashbookPage", u"Last day of the period", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CashbookPage", u"Search number, payer or payee, description", None))
        self.searchNoteLabel.setText(QCoreApplication.translate("CashbookPage", u"Running balance hidden while searching", None))
#if QT_CONFIG(tooltip)
        self.receiptButton.setToolTip(QCoreApplication.translate("CashbookPage", u"Money that came in (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.receiptButton.setText(QCoreApplication.translate("CashbookPage", u"New &receipt", None))
#if QT_CONFIG(tooltip)
        self.paymentButton.setToolTip(QCoreApplication.translate("CashbookPage", u"Money that went out (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.paymentButton.setText(QCoreApplication.translate("CashbookPage", u"New &payment", None))
#if QT_CONFIG(tooltip)
        self.transferButton.setToolTip(QCoreApplication.translate("CashbookPage", u"Money moved between two accounts, or riel exchanged for dollars (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.transferButton.setText(QCoreApplication.translate("CashbookPage", u"&Transfer or exchange", None))
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("CashbookPage", u"Month-end closing, approvals, budget, and the lists of accounts, categories and funds", None))
#endif // QT_CONFIG(tooltip)
        self.moreButton.setText(QCoreApplication.translate("CashbookPage", u"&More", None))
#if QT_CONFIG(tooltip)
        self.detailsButton.setToolTip(QCoreApplication.translate("CashbookPage", u"Everything about the chosen entry (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.detailsButton.setText(QCoreApplication.translate("CashbookPage", u"&Details\u2026", None))
#if QT_CONFIG(tooltip)
        self.reverseButton.setToolTip(QCoreApplication.translate("CashbookPage", u"Correct a mistake: record the opposite of the chosen entry, with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.reverseButton.setText(QCoreApplication.translate("CashbookPage", u"Re&verse\u2026", None))
        pass
    # retranslateUi

