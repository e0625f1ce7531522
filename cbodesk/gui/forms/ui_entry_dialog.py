# Generated from ui/entry_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(EntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.problemsLabel = QLabel(EntryDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(EntryDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(EntryDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.accountLabel = QLabel(EntryDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.accountCombo = QComboBox(EntryDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.accountCombo)

        self.amountLabel = QLabel(EntryDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(EntryDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.amountEdit.setMaxLength(24)

        self.amountLayout.addWidget(self.amountEdit)

        self.currencyLabel = QLabel(EntryDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")
        self.currencyLabel.setText(u"")
        self.currencyLabel.setMinimumSize(QSize(48, 0))

        self.amountLayout.addWidget(self.currencyLabel)


        self.fieldsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.categoryLabel = QLabel(EntryDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(EntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.partyLabel = QLabel(EntryDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyEdit = QLineEdit(EntryDialog)
        self.partyEdit.setObjectName(u"partyEdit")
        self.partyEdit.setMaxLength(200)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.partyEdit)

        self.fundLabel = QLabel(EntryDialog)
        self.fundLabel.setObjectName(u"fundLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fundLabel)

        self.fundCombo = QComboBox(EntryDialog)
        self.fundCombo.setObjectName(u"fundCombo")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fundCombo)

        self.descriptionLabel = QLabel(EntryDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(EntryDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(500)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.attachmentTitle = QLabel(EntryDialog)
        self.attachmentTitle.setObjectName(u"attachmentTitle")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.attachmentTitle)

        self.attachmentLayout = QHBoxLayout()
        self.attachmentLayout.setObjectName(u"attachmentLayout")
        self.attachmentInfo = QLabel(EntryDialog)
        self.attachmentInfo.setObjectName(u"attachmentInfo")

        self.attachmentLayout.addWidget(self.attachmentInfo)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentLayout.addItem(self.attachmentSpacer)

        self.attachButton = QPushButton(EntryDialog)
        self.attachButton.setObjectName(u"attachButton")
        self.attachButton.setAutoDefault(False)

        self.attachmentLayout.addWidget(self.attachButton)

        self.removeAttachmentButton = QPushButton(EntryDialog)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")
        self.removeAttachmentButton.setAutoDefault(False)

        self.attachmentLayout.addWidget(self.removeAttachmentButton)


        self.fieldsLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.attachmentLayout)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.savedLabel = QLabel(EntryDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")
        self.savedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.savedLabel)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.keysLabel = QLabel(EntryDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.keysLabel)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.accountLabel.setBuddy(self.accountCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.partyLabel.setBuddy(self.partyEdit)
        self.fundLabel.setBuddy(self.fundCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.accountCombo)
        QWidget.setTabOrder(self.accountCombo, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.partyEdit)
        QWidget.setTabOrder(self.partyEdit, self.fundCombo)
        QWidget.setTabOrder(self.fundCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.removeAttachmentButton)

        self.retranslateUi(EntryDialog)
        self.buttonBox.rejected.connect(EntryDialog.reject)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"Receipt or payment", None))
        self.dateLabel.setText(QCoreApplication.translate("EntryDialog", u"&Date:", None))
        self.accountLabel.setText(QCoreApplication.translate("EntryDialog", u"&Account:", None))
        self.amountLabel.setText(QCoreApplication.translate("EntryDialog", u"A&mount:", None))
        self.categoryLabel.setText(QCoreApplication.translate("EntryDialog", u"&Category:", None))
        self.partyLabel.setText(QCoreApplication.translate("EntryDialog", u"Payer or pa&yee:", None))
        self.fundLabel.setText(QCoreApplication.translate("EntryDialog", u"F&und or donor:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EntryDialog", u"Descr&iption:", None))
        self.attachmentTitle.setText(QCoreApplication.translate("EntryDialog", u"Photo of the paper:", None))
        self.attachmentInfo.setText(QCoreApplication.translate("EntryDialog", u"None", None))
        self.attachButton.setText(QCoreApplication.translate("EntryDialog", u"C&hoose a photo\u2026", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("EntryDialog", u"Remo&ve", None))
        self.keysLabel.setText(QCoreApplication.translate("EntryDialog", u"Enter saves and starts the next entry; Esc closes.", None))
    # retranslateUi

