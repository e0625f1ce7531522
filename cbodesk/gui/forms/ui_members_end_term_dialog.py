# Generated from ui/members_end_term_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_end_term_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_EndTermDialog(object):
    def setupUi(self, EndTermDialog):
        if not EndTermDialog.objectName():
            EndTermDialog.setObjectName(u"EndTermDialog")
        EndTermDialog.resize(480, 220)
        self.dialogLayout = QVBoxLayout(EndTermDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.termLabel = QLabel(EndTermDialog)
        self.termLabel.setObjectName(u"termLabel")
        self.termLabel.setText(u"")
        self.termLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.termLabel)

        self.problemsLabel = QLabel(EndTermDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.endedLabel = QLabel(EndTermDialog)
        self.endedLabel.setObjectName(u"endedLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.endedEdit = QDateEdit(EndTermDialog)
        self.endedEdit.setObjectName(u"endedEdit")
        self.endedEdit.setCalendarPopup(True)
        self.endedEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.endedEdit)

        self.reasonLabel = QLabel(EndTermDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(EndTermDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(400)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(EndTermDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endedLabel.setBuddy(self.endedEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EndTermDialog)
        self.buttonBox.rejected.connect(EndTermDialog.reject)

        QMetaObject.connectSlotsByName(EndTermDialog)
    # setupUi

    def retranslateUi(self, EndTermDialog):
        EndTermDialog.setWindowTitle(QCoreApplication.translate("EndTermDialog", u"End a committee term", None))
        self.endedLabel.setText(QCoreApplication.translate("EndTermDialog", u"&Last day:", None))
        self.reasonLabel.setText(QCoreApplication.translate("EndTermDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("EndTermDialog", u"e.g. end of the mandate, resigned", None))
    # retranslateUi

