# Generated from ui/members_fee_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_fee_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_FeeDialog(object):
    def setupUi(self, FeeDialog):
        if not FeeDialog.objectName():
            FeeDialog.setObjectName(u"FeeDialog")
        FeeDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(FeeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.ratesLabel = QLabel(FeeDialog)
        self.ratesLabel.setObjectName(u"ratesLabel")
        self.ratesLabel.setText(u"")
        self.ratesLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ratesLabel)

        self.problemsLabel = QLabel(FeeDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.amountLabel = QLabel(FeeDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(FeeDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.amountEdit.setMaxLength(24)

        self.amountLayout.addWidget(self.amountEdit)

        self.currencyCombo = QComboBox(FeeDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")

        self.amountLayout.addWidget(self.currencyCombo)


        self.fieldsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.periodLabel = QLabel(FeeDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(FeeDialog)
        self.periodCombo.setObjectName(u"periodCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.fromLabel = QLabel(FeeDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(FeeDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)
        self.fromEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.noteLabel = QLabel(FeeDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(FeeDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(400)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(FeeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amountEdit)
        self.periodLabel.setBuddy(self.periodCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeeDialog)
        self.buttonBox.rejected.connect(FeeDialog.reject)

        QMetaObject.connectSlotsByName(FeeDialog)
    # setupUi

    def retranslateUi(self, FeeDialog):
        FeeDialog.setWindowTitle(QCoreApplication.translate("FeeDialog", u"Membership fee", None))
        self.amountLabel.setText(QCoreApplication.translate("FeeDialog", u"&Amount:", None))
        self.periodLabel.setText(QCoreApplication.translate("FeeDialog", u"&Per:", None))
        self.fromLabel.setText(QCoreApplication.translate("FeeDialog", u"&From:", None))
        self.noteLabel.setText(QCoreApplication.translate("FeeDialog", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FeeDialog", u"e.g. decided at the general assembly of 14 March 2026", None))
    # retranslateUi

