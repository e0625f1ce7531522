# Generated from ui/transfer_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(TransferDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TransferDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.problemsLabel = QLabel(TransferDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(TransferDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(TransferDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.fromLabel = QLabel(TransferDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromCombo = QComboBox(TransferDialog)
        self.fromCombo.setObjectName(u"fromCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromCombo)

        self.toAccountLabel = QLabel(TransferDialog)
        self.toAccountLabel.setObjectName(u"toAccountLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toAccountLabel)

        self.toCombo = QComboBox(TransferDialog)
        self.toCombo.setObjectName(u"toCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toCombo)

        self.amountLabel = QLabel(TransferDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(TransferDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.amountEdit.setMaxLength(24)

        self.amountLayout.addWidget(self.amountEdit)

        self.fromCurrencyLabel = QLabel(TransferDialog)
        self.fromCurrencyLabel.setObjectName(u"fromCurrencyLabel")
        self.fromCurrencyLabel.setText(u"")
        self.fromCurrencyLabel.setMinimumSize(QSize(48, 0))

        self.amountLayout.addWidget(self.fromCurrencyLabel)


        self.fieldsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.rateLabel = QLabel(TransferDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateEdit = QLineEdit(TransferDialog)
        self.rateEdit.setObjectName(u"rateEdit")
        self.rateEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.rateEdit.setMaxLength(16)
        self.rateEdit.setPlaceholderText(u"4,100")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.receivedLabel = QLabel(TransferDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedLayout = QHBoxLayout()
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.receivedEdit = QLineEdit(TransferDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.receivedEdit.setMaxLength(24)

        self.receivedLayout.addWidget(self.receivedEdit)

        self.toCurrencyLabel = QLabel(TransferDialog)
        self.toCurrencyLabel.setObjectName(u"toCurrencyLabel")
        self.toCurrencyLabel.setText(u"")
        self.toCurrencyLabel.setMinimumSize(QSize(48, 0))

        self.receivedLayout.addWidget(self.toCurrencyLabel)


        self.fieldsLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.receivedLayout)

        self.descriptionLabel = QLabel(TransferDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(TransferDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(500)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.hintLabel = QLabel(TransferDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(TransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.fromLabel.setBuddy(self.fromCombo)
        self.toAccountLabel.setBuddy(self.toCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.rateLabel.setBuddy(self.rateEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.fromCombo)
        QWidget.setTabOrder(self.fromCombo, self.toCombo)
        QWidget.setTabOrder(self.toCombo, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.descriptionEdit)

        self.retranslateUi(TransferDialog)
        self.buttonBox.rejected.connect(TransferDialog.reject)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"Transfer or exchange", None))
        self.introLabel.setText(QCoreApplication.translate("TransferDialog", u"Money moved from one account to another, such as cash taken to the bank. Between riel and dollars it is an exchange: give the rate used.", None))
        self.dateLabel.setText(QCoreApplication.translate("TransferDialog", u"&Date:", None))
        self.fromLabel.setText(QCoreApplication.translate("TransferDialog", u"&From account:", None))
        self.toAccountLabel.setText(QCoreApplication.translate("TransferDialog", u"&To account:", None))
        self.amountLabel.setText(QCoreApplication.translate("TransferDialog", u"Amount &out:", None))
        self.rateLabel.setText(QCoreApplication.translate("TransferDialog", u"&Rate (riel for 1 dollar):", None))
        self.receivedLabel.setText(QCoreApplication.translate("TransferDialog", u"Amount &in:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TransferDialog", u"Descr&iption:", None))
    # retranslateUi

