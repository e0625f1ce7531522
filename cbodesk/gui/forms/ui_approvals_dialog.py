# Generated from ui/approvals_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approvals_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

class Ui_ApprovalsDialog(object):
    def setupUi(self, ApprovalsDialog):
        if not ApprovalsDialog.objectName():
            ApprovalsDialog.setObjectName(u"ApprovalsDialog")
        ApprovalsDialog.resize(860, 640)
        self.dialogLayout = QVBoxLayout(ApprovalsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ApprovalsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.pendingTable = QTableView(ApprovalsDialog)
        self.pendingTable.setObjectName(u"pendingTable")
        self.pendingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pendingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pendingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pendingTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.pendingTable)

        self.decisionLayout = QHBoxLayout()
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.noteLabel = QLabel(ApprovalsDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.decisionLayout.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(ApprovalsDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.decisionLayout.addWidget(self.noteEdit)

        self.approveButton = QPushButton(ApprovalsDialog)
        self.approveButton.setObjectName(u"approveButton")

        self.decisionLayout.addWidget(self.approveButton)

        self.rejectButton = QPushButton(ApprovalsDialog)
        self.rejectButton.setObjectName(u"rejectButton")

        self.decisionLayout.addWidget(self.rejectButton)


        self.dialogLayout.addLayout(self.decisionLayout)

        self.problemsLabel = QLabel(ApprovalsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.rejectedGroup = QGroupBox(ApprovalsDialog)
        self.rejectedGroup.setObjectName(u"rejectedGroup")
        self.rejectedLayout = QVBoxLayout(self.rejectedGroup)
        self.rejectedLayout.setObjectName(u"rejectedLayout")
        self.rejectedTable = QTableView(self.rejectedGroup)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejectedTable.setMaximumSize(QSize(16777215, 140))

        self.rejectedLayout.addWidget(self.rejectedTable)


        self.dialogLayout.addWidget(self.rejectedGroup)

        self.limitsGroup = QGroupBox(ApprovalsDialog)
        self.limitsGroup.setObjectName(u"limitsGroup")
        self.limitsLayout = QHBoxLayout(self.limitsGroup)
        self.limitsLayout.setObjectName(u"limitsLayout")
        self.khrLimitLabel = QLabel(self.limitsGroup)
        self.khrLimitLabel.setObjectName(u"khrLimitLabel")

        self.limitsLayout.addWidget(self.khrLimitLabel)

        self.khrLimitEdit = QLineEdit(self.limitsGroup)
        self.khrLimitEdit.setObjectName(u"khrLimitEdit")

        self.limitsLayout.addWidget(self.khrLimitEdit)

        self.usdLimitLabel = QLabel(self.limitsGroup)
        self.usdLimitLabel.setObjectName(u"usdLimitLabel")

        self.limitsLayout.addWidget(self.usdLimitLabel)

        self.usdLimitEdit = QLineEdit(self.limitsGroup)
        self.usdLimitEdit.setObjectName(u"usdLimitEdit")

        self.limitsLayout.addWidget(self.usdLimitEdit)

        self.saveLimitsButton = QPushButton(self.limitsGroup)
        self.saveLimitsButton.setObjectName(u"saveLimitsButton")

        self.limitsLayout.addWidget(self.saveLimitsButton)


        self.dialogLayout.addWidget(self.limitsGroup)

        self.buttonBox = QDialogButtonBox(ApprovalsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.khrLimitLabel.setBuddy(self.khrLimitEdit)
        self.usdLimitLabel.setBuddy(self.usdLimitEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApprovalsDialog)
        self.buttonBox.rejected.connect(ApprovalsDialog.reject)

        QMetaObject.connectSlotsByName(ApprovalsDialog)
    # setupUi

    def retranslateUi(self, ApprovalsDialog):
        ApprovalsDialog.setWindowTitle(QCoreApplication.translate("ApprovalsDialog", u"Payments waiting for approval", None))
        self.introLabel.setText(QCoreApplication.translate("ApprovalsDialog", u"Payments above the limit of the financial policy need the committee's approval. A committee member who neither entered nor received the payment decides on it.", None))
        self.noteLabel.setText(QCoreApplication.translate("ApprovalsDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ApprovalsDialog", u"Why it is rejected (needed), or a remark", None))
        self.approveButton.setText(QCoreApplication.translate("ApprovalsDialog", u"&Approve", None))
        self.rejectButton.setText(QCoreApplication.translate("ApprovalsDialog", u"&Reject", None))
        self.rejectedGroup.setTitle(QCoreApplication.translate("ApprovalsDialog", u"Rejected, waiting for the treasurer to reverse them", None))
        self.limitsGroup.setTitle(QCoreApplication.translate("ApprovalsDialog", u"Approval limits of the financial policy", None))
        self.khrLimitLabel.setText(QCoreApplication.translate("ApprovalsDialog", u"Payments above (riel):", None))
        self.usdLimitLabel.setText(QCoreApplication.translate("ApprovalsDialog", u"Payments above (dollars):", None))
        self.saveLimitsButton.setText(QCoreApplication.translate("ApprovalsDialog", u"&Save the limits", None))
    # retranslateUi

