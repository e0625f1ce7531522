# Generated from ui/members_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MembersPage(object):
    def setupUi(self, MembersPage):
        if not MembersPage.objectName():
            MembersPage.setObjectName(u"MembersPage")
        MembersPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(MembersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(MembersPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(MembersPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(MembersPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(MembersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaxLength(120)

        self.searchLayout.addWidget(self.searchEdit)


        self.pageLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.villageLabel = QLabel(MembersPage)
        self.villageLabel.setObjectName(u"villageLabel")

        self.filterLayout.addWidget(self.villageLabel)

        self.villageCombo = QComboBox(MembersPage)
        self.villageCombo.setObjectName(u"villageCombo")
        self.villageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.villageCombo)

        self.statusLabel = QLabel(MembersPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(MembersPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.sexLabel = QLabel(MembersPage)
        self.sexLabel.setObjectName(u"sexLabel")

        self.filterLayout.addWidget(self.sexLabel)

        self.sexCombo = QComboBox(MembersPage)
        self.sexCombo.setObjectName(u"sexCombo")
        self.sexCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.sexCombo)

        self.committeeCheck = QCheckBox(MembersPage)
        self.committeeCheck.setObjectName(u"committeeCheck")

        self.filterLayout.addWidget(self.committeeCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.table = QTableView(MembersPage)
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
        self.countLabel = QLabel(MembersPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.personalNoteLabel = QLabel(MembersPage)
        self.personalNoteLabel.setObjectName(u"personalNoteLabel")
        self.personalNoteLabel.setWordWrap(True)

        self.footerLayout.addWidget(self.personalNoteLabel)


        self.pageLayout.addLayout(self.footerLayout)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(MembersPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.moreButton = QPushButton(MembersPage)
        self.moreButton.setObjectName(u"moreButton")

        self.buttonsLayout.addWidget(self.moreButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.statementButton = QPushButton(MembersPage)
        self.statementButton.setObjectName(u"statementButton")

        self.buttonsLayout.addWidget(self.statementButton)

        self.statusButton = QPushButton(MembersPage)
        self.statusButton.setObjectName(u"statusButton")

        self.buttonsLayout.addWidget(self.statusButton)

        self.openButton = QPushButton(MembersPage)
        self.openButton.setObjectName(u"openButton")

        self.buttonsLayout.addWidget(self.openButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.pageLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.villageLabel.setBuddy(self.villageCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.sexLabel.setBuddy(self.sexCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.committeeCheck)
        QWidget.setTabOrder(self.committeeCheck, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.moreButton)
        QWidget.setTabOrder(self.moreButton, self.statementButton)
        QWidget.setTabOrder(self.statementButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.openButton)

        self.retranslateUi(MembersPage)

        QMetaObject.connectSlotsByName(MembersPage)
    # setupUi

    def retranslateUi(self, MembersPage):
        self.titleLabel.setText(QCoreApplication.translate("MembersPage", u"Members", None))
        self.introLabel.setText(QCoreApplication.translate("MembersPage", u"The member register (guideline chapter 3): every member with their number, status and committee position. Nobody is deleted: a member who leaves keeps their number and history.", None))
        self.searchLabel.setText(QCoreApplication.translate("MembersPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersPage", u"Name in Khmer or Latin letters, or member number", None))
        self.villageLabel.setText(QCoreApplication.translate("MembersPage", u"&Village:", None))
        self.statusLabel.setText(QCoreApplication.translate("MembersPage", u"S&tatus:", None))
        self.sexLabel.setText(QCoreApplication.translate("MembersPage", u"Se&x:", None))
#if QT_CONFIG(tooltip)
        self.committeeCheck.setToolTip(QCoreApplication.translate("MembersPage", u"Only the members who hold a committee position today", None))
#endif // QT_CONFIG(tooltip)
        self.committeeCheck.setText(QCoreApplication.translate("MembersPage", u"&Committee only", None))
        self.personalNoteLabel.setText(QCoreApplication.translate("MembersPage", u"Phone numbers, ID cards and IDPoor status are shown only to the secretary, the chair and the administrator.", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("MembersPage", u"Add a member to the register (Ctrl+M)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("MembersPage", u"&New member\u2026", None))
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("MembersPage", u"Import from Excel, export to Excel, print the member list, villages", None))
#endif // QT_CONFIG(tooltip)
        self.moreButton.setText(QCoreApplication.translate("MembersPage", u"&More", None))
#if QT_CONFIG(tooltip)
        self.statementButton.setToolTip(QCoreApplication.translate("MembersPage", u"Every cash-book entry linked to the chosen member, and their fees", None))
#endif // QT_CONFIG(tooltip)
        self.statementButton.setText(QCoreApplication.translate("MembersPage", u"Stat&ement\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("MembersPage", u"Record that the chosen member became inactive, left, died, or is active again", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("MembersPage", u"Change st&atus\u2026", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("MembersPage", u"Show or change the chosen member (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.openButton.setText(QCoreApplication.translate("MembersPage", u"&Open\u2026", None))
        pass
    # retranslateUi

