# Generated from ui/members_committee_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_committee_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_CommitteePage(object):
    def setupUi(self, CommitteePage):
        if not CommitteePage.objectName():
            CommitteePage.setObjectName(u"CommitteePage")
        CommitteePage.resize(980, 640)
        self.pageLayout = QVBoxLayout(CommitteePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(CommitteePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CommitteePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.currentHeadingLayout = QHBoxLayout()
        self.currentHeadingLayout.setObjectName(u"currentHeadingLayout")
        self.currentHeading = QLabel(CommitteePage)
        self.currentHeading.setObjectName(u"currentHeading")

        self.currentHeadingLayout.addWidget(self.currentHeading)

        self.currentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currentHeadingLayout.addItem(self.currentSpacer)

        self.summaryLabel = QLabel(CommitteePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.currentHeadingLayout.addWidget(self.summaryLabel)


        self.pageLayout.addLayout(self.currentHeadingLayout)

        self.currentTable = QTableView(CommitteePage)
        self.currentTable.setObjectName(u"currentTable")
        self.currentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.currentTable.setAlternatingRowColors(True)
        self.currentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.currentTable.setShowGrid(False)
        self.currentTable.setWordWrap(False)

        self.pageLayout.addWidget(self.currentTable)

        self.historyHeading = QLabel(CommitteePage)
        self.historyHeading.setObjectName(u"historyHeading")

        self.pageLayout.addWidget(self.historyHeading)

        self.historyTable = QTableView(CommitteePage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setShowGrid(False)
        self.historyTable.setWordWrap(False)
        self.historyTable.setSortingEnabled(True)

        self.pageLayout.addWidget(self.historyTable)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newTermButton = QPushButton(CommitteePage)
        self.newTermButton.setObjectName(u"newTermButton")

        self.buttonsLayout.addWidget(self.newTermButton)

        self.printButton = QPushButton(CommitteePage)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.endTermButton = QPushButton(CommitteePage)
        self.endTermButton.setObjectName(u"endTermButton")

        self.buttonsLayout.addWidget(self.endTermButton)

        self.correctButton = QPushButton(CommitteePage)
        self.correctButton.setObjectName(u"correctButton")

        self.buttonsLayout.addWidget(self.correctButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.pageLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.currentHeading.setBuddy(self.currentTable)
        self.historyHeading.setBuddy(self.historyTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitteePage)

        QMetaObject.connectSlotsByName(CommitteePage)
    # setupUi

    def retranslateUi(self, CommitteePage):
        self.titleLabel.setText(QCoreApplication.translate("CommitteePage", u"Committee", None))
        self.introLabel.setText(QCoreApplication.translate("CommitteePage", u"Who holds each committee position, from when to when (guideline chapters 1 and 3). The committee today is at the top; below, every term since the CBO began.", None))
        self.currentHeading.setText(QCoreApplication.translate("CommitteePage", u"Committee today", None))
        self.historyHeading.setText(QCoreApplication.translate("CommitteePage", u"Every term", None))
#if QT_CONFIG(tooltip)
        self.newTermButton.setToolTip(QCoreApplication.translate("CommitteePage", u"A member takes a committee position, for example after an election", None))
#endif // QT_CONFIG(tooltip)
        self.newTermButton.setText(QCoreApplication.translate("CommitteePage", u"&New term\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CommitteePage", u"The committee list as a report, to print or save", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("CommitteePage", u"&Print the committee list\u2026", None))
#if QT_CONFIG(tooltip)
        self.endTermButton.setToolTip(QCoreApplication.translate("CommitteePage", u"The chosen term ends: end of the mandate, resignation", None))
#endif // QT_CONFIG(tooltip)
        self.endTermButton.setText(QCoreApplication.translate("CommitteePage", u"&End term\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("CommitteePage", u"Correct the chosen term if it was recorded wrongly", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("CommitteePage", u"&Correct\u2026", None))
        pass
    # retranslateUi

