# Generated from ui/members_status_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_status_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(StatusDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.memberLabel = QLabel(StatusDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setText(u"")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.problemsLabel = QLabel(StatusDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusLabel = QLabel(StatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(StatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.onLabel = QLabel(StatusDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.onLabel)

        self.onEdit = QDateEdit(StatusDialog)
        self.onEdit.setObjectName(u"onEdit")
        self.onEdit.setCalendarPopup(True)
        self.onEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.onEdit)

        self.reasonLabel = QLabel(StatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(StatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(400)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.noteLabel = QLabel(StatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.onLabel.setBuddy(self.onEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusDialog)
        self.buttonBox.rejected.connect(StatusDialog.reject)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Change of status", None))
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"&New status:", None))
        self.onLabel.setText(QCoreApplication.translate("StatusDialog", u"&From:", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"e.g. moved to Phnom Penh for work", None))
    # retranslateUi

