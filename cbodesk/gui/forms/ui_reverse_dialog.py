# Generated from ui/reverse_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reverse_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReverseDialog(object):
    def setupUi(self, ReverseDialog):
        if not ReverseDialog.objectName():
            ReverseDialog.setObjectName(u"ReverseDialog")
        ReverseDialog.resize(600, 520)
        self.dialogLayout = QVBoxLayout(ReverseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(ReverseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headingLabel)

        self.detailsLayout = QHBoxLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateTitle = QLabel(ReverseDialog)
        self.dateTitle.setObjectName(u"dateTitle")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateTitle)

        self.dateValue = QLabel(ReverseDialog)
        self.dateValue.setObjectName(u"dateValue")
        self.dateValue.setText(u"")
        self.dateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.amountTitle = QLabel(ReverseDialog)
        self.amountTitle.setObjectName(u"amountTitle")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountTitle)

        self.amountValue = QLabel(ReverseDialog)
        self.amountValue.setObjectName(u"amountValue")
        self.amountValue.setText(u"")
        self.amountValue.setWordWrap(True)
        self.amountValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountValue)

        self.categoryTitle = QLabel(ReverseDialog)
        self.categoryTitle.setObjectName(u"categoryTitle")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryTitle)

        self.categoryValue = QLabel(ReverseDialog)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setText(u"")
        self.categoryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryValue)

        self.partyTitle = QLabel(ReverseDialog)
        self.partyTitle.setObjectName(u"partyTitle")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partyTitle)

        self.partyValue = QLabel(ReverseDialog)
        self.partyValue.setObjectName(u"partyValue")
        self.partyValue.setText(u"")
        self.partyValue.setWordWrap(True)
        self.partyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.partyValue)

        self.fundTitle = QLabel(ReverseDialog)
        self.fundTitle.setObjectName(u"fundTitle")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fundTitle)

        self.fundValue = QLabel(ReverseDialog)
        self.fundValue.setObjectName(u"fundValue")
        self.fundValue.setText(u"")
        self.fundValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fundValue)

        self.descriptionTitle = QLabel(ReverseDialog)
        self.descriptionTitle.setObjectName(u"descriptionTitle")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionTitle)

        self.descriptionValue = QLabel(ReverseDialog)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setText(u"")
        self.descriptionValue.setWordWrap(True)
        self.descriptionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionValue)

        self.enteredTitle = QLabel(ReverseDialog)
        self.enteredTitle.setObjectName(u"enteredTitle")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.enteredTitle)

        self.enteredValue = QLabel(ReverseDialog)
        self.enteredValue.setObjectName(u"enteredValue")
        self.enteredValue.setText(u"")
        self.enteredValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.enteredValue)

        self.stateTitle = QLabel(ReverseDialog)
        self.stateTitle.setObjectName(u"stateTitle")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stateTitle)

        self.stateValue = QLabel(ReverseDialog)
        self.stateValue.setObjectName(u"stateValue")
        self.stateValue.setText(u"")
        self.stateValue.setWordWrap(True)
        self.stateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stateValue)


        self.detailsLayout.addLayout(self.fieldsLayout)

        self.photoLayout = QVBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(ReverseDialog)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setText(u"")
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.photoLayout.addWidget(self.photoLabel)

        self.openPhotoButton = QPushButton(ReverseDialog)
        self.openPhotoButton.setObjectName(u"openPhotoButton")
        self.openPhotoButton.setAutoDefault(False)

        self.photoLayout.addWidget(self.openPhotoButton)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoLayout.addItem(self.photoSpacer)


        self.detailsLayout.addLayout(self.photoLayout)


        self.dialogLayout.addLayout(self.detailsLayout)

        self.reverseGroup = QGroupBox(ReverseDialog)
        self.reverseGroup.setObjectName(u"reverseGroup")
        self.reverseLayout = QVBoxLayout(self.reverseGroup)
        self.reverseLayout.setObjectName(u"reverseLayout")
        self.reverseIntro = QLabel(self.reverseGroup)
        self.reverseIntro.setObjectName(u"reverseIntro")
        self.reverseIntro.setWordWrap(True)

        self.reverseLayout.addWidget(self.reverseIntro)

        self.problemsLabel = QLabel(self.reverseGroup)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.reverseLayout.addWidget(self.problemsLabel)

        self.reverseFields = QFormLayout()
        self.reverseFields.setObjectName(u"reverseFields")
        self.reverseFields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reasonLabel = QLabel(self.reverseGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reverseFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.reverseGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)

        self.reverseFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reverseDateLabel = QLabel(self.reverseGroup)
        self.reverseDateLabel.setObjectName(u"reverseDateLabel")

        self.reverseFields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reverseDateLabel)

        self.reverseDateEdit = QDateEdit(self.reverseGroup)
        self.reverseDateEdit.setObjectName(u"reverseDateEdit")
        self.reverseDateEdit.setCalendarPopup(True)
        self.reverseDateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.reverseFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reverseDateEdit)


        self.reverseLayout.addLayout(self.reverseFields)


        self.dialogLayout.addWidget(self.reverseGroup)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.startReverseButton = QPushButton(ReverseDialog)
        self.startReverseButton.setObjectName(u"startReverseButton")
        self.startReverseButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.startReverseButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.reverseButton = QPushButton(ReverseDialog)
        self.reverseButton.setObjectName(u"reverseButton")

        self.buttonsLayout.addWidget(self.reverseButton)

        self.closeButton = QPushButton(ReverseDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.reverseDateLabel.setBuddy(self.reverseDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.reverseDateEdit)
        QWidget.setTabOrder(self.reverseDateEdit, self.reverseButton)
        QWidget.setTabOrder(self.reverseButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.startReverseButton)
        QWidget.setTabOrder(self.startReverseButton, self.openPhotoButton)

        self.retranslateUi(ReverseDialog)
        self.closeButton.clicked.connect(ReverseDialog.reject)

        QMetaObject.connectSlotsByName(ReverseDialog)
    # setupUi

    def retranslateUi(self, ReverseDialog):
        ReverseDialog.setWindowTitle(QCoreApplication.translate("ReverseDialog", u"Entry in the cash book", None))
        self.dateTitle.setText(QCoreApplication.translate("ReverseDialog", u"Date:", None))
        self.amountTitle.setText(QCoreApplication.translate("ReverseDialog", u"Money:", None))
        self.categoryTitle.setText(QCoreApplication.translate("ReverseDialog", u"Category:", None))
        self.partyTitle.setText(QCoreApplication.translate("ReverseDialog", u"Payer or payee:", None))
        self.fundTitle.setText(QCoreApplication.translate("ReverseDialog", u"Fund or donor:", None))
        self.descriptionTitle.setText(QCoreApplication.translate("ReverseDialog", u"Description:", None))
        self.enteredTitle.setText(QCoreApplication.translate("ReverseDialog", u"Recorded by:", None))
        self.stateTitle.setText(QCoreApplication.translate("ReverseDialog", u"State:", None))
        self.openPhotoButton.setText(QCoreApplication.translate("ReverseDialog", u"&Open the photo", None))
        self.reverseGroup.setTitle(QCoreApplication.translate("ReverseDialog", u"Reverse this entry", None))
        self.reverseIntro.setText(QCoreApplication.translate("ReverseDialog", u"The opposite of this entry is recorded with the reason you give, so the money is as if it had not been recorded. The entry itself stays in the book for members and auditors to see.", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReverseDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReverseDialog", u"For example: the amount was typed wrong, it was 15,000 riel", None))
        self.reverseDateLabel.setText(QCoreApplication.translate("ReverseDialog", u"D&ate of the correction:", None))
        self.startReverseButton.setText(QCoreApplication.translate("ReverseDialog", u"Re&verse this entry\u2026", None))
        self.reverseButton.setText(QCoreApplication.translate("ReverseDialog", u"Record the &reversal", None))
        self.closeButton.setText(QCoreApplication.translate("ReverseDialog", u"&Close", None))
    # retranslateUi

