# Generated from ui/members_term_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_term_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_TermDialog(object):
    def setupUi(self, TermDialog):
        if not TermDialog.objectName():
            TermDialog.setObjectName(u"TermDialog")
        TermDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(TermDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.problemsLabel = QLabel(TermDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.positionLabel = QLabel(TermDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionCombo = QComboBox(TermDialog)
        self.positionCombo.setObjectName(u"positionCombo")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.positionCombo)

        self.titleLabel = QLabel(TermDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TermDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.memberLabel = QLabel(TermDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberEdit = QLineEdit(TermDialog)
        self.memberEdit.setObjectName(u"memberEdit")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.memberInfoLabel = QLabel(TermDialog)
        self.memberInfoLabel.setObjectName(u"memberInfoLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.memberInfoLabel.sizePolicy().hasHeightForWidth())
        self.memberInfoLabel.setSizePolicy(sizePolicy)
        self.memberInfoLabel.setText(u"")
        self.memberInfoLabel.setWordWrap(True)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.memberInfoLabel)

        self.startedLabel = QLabel(TermDialog)
        self.startedLabel.setObjectName(u"startedLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = QDateEdit(TermDialog)
        self.startedEdit.setObjectName(u"startedEdit")
        self.startedEdit.setCalendarPopup(True)
        self.startedEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.startedEdit)

        self.endedCheck = QCheckBox(TermDialog)
        self.endedCheck.setObjectName(u"endedCheck")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.endedCheck)

        self.endedEdit = QDateEdit(TermDialog)
        self.endedEdit.setObjectName(u"endedEdit")
        self.endedEdit.setCalendarPopup(True)
        self.endedEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endedEdit)

        self.noteLabel = QLabel(TermDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(TermDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(400)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(TermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.positionLabel.setBuddy(self.positionCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.memberLabel.setBuddy(self.memberEdit)
        self.startedLabel.setBuddy(self.startedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TermDialog)
        self.buttonBox.rejected.connect(TermDialog.reject)

        QMetaObject.connectSlotsByName(TermDialog)
    # setupUi

    def retranslateUi(self, TermDialog):
        TermDialog.setWindowTitle(QCoreApplication.translate("TermDialog", u"Committee term", None))
        self.positionLabel.setText(QCoreApplication.translate("TermDialog", u"&Position:", None))
        self.titleLabel.setText(QCoreApplication.translate("TermDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TermDialog", u"the CBO's own name of the role, e.g. Advisor (needed for \u201cOther role\u201d)", None))
        self.memberLabel.setText(QCoreApplication.translate("TermDialog", u"&Member:", None))
        self.memberEdit.setPlaceholderText(QCoreApplication.translate("TermDialog", u"type a name or a member number, then choose", None))
        self.startedLabel.setText(QCoreApplication.translate("TermDialog", u"&From:", None))
        self.endedCheck.setText(QCoreApplication.translate("TermDialog", u"Ended &on:", None))
        self.noteLabel.setText(QCoreApplication.translate("TermDialog", u"No&te:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("TermDialog", u"e.g. elected at the general assembly of 14 March 2026", None))
    # retranslateUi

