# Generated from ui/members_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(920, 620)
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLabel = QLabel(MemberDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setText(u"")

        self.headerLayout.addWidget(self.headerLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.currentStatusLabel = QLabel(MemberDialog)
        self.currentStatusLabel.setObjectName(u"currentStatusLabel")
        self.currentStatusLabel.setText(u"")
        self.currentStatusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.currentStatusLabel)


        self.dialogLayout.addLayout(self.headerLayout)

        self.problemsLabel = QLabel(MemberDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.duplicateLabel = QLabel(MemberDialog)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setText(u"")
        self.duplicateLabel.setWordWrap(True)
        self.duplicateLabel.setVisible(False)

        self.dialogLayout.addWidget(self.duplicateLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameKmLabel = QLabel(MemberDialog)
        self.nameKmLabel.setObjectName(u"nameKmLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKmLabel)

        self.nameKmEdit = QLineEdit(MemberDialog)
        self.nameKmEdit.setObjectName(u"nameKmEdit")
        self.nameKmEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameKmEdit)

        self.nameLatinLabel = QLabel(MemberDialog)
        self.nameLatinLabel.setObjectName(u"nameLatinLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLatinLabel)

        self.nameLatinEdit = QLineEdit(MemberDialog)
        self.nameLatinEdit.setObjectName(u"nameLatinEdit")
        self.nameLatinEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameLatinEdit)

        self.sexLabel = QLabel(MemberDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(MemberDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.birthLabel = QLabel(MemberDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthLayout = QHBoxLayout()
        self.birthLayout.setObjectName(u"birthLayout")
        self.birthEdit = QLineEdit(MemberDialog)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setMaxLength(24)

        self.birthLayout.addWidget(self.birthEdit)

        self.ageLabel = QLabel(MemberDialog)
        self.ageLabel.setObjectName(u"ageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ageLabel.sizePolicy().hasHeightForWidth())
        self.ageLabel.setSizePolicy(sizePolicy)
        self.ageLabel.setText(u"")

        self.birthLayout.addWidget(self.ageLabel)


        self.fieldsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.birthLayout)

        self.villageLabel = QLabel(MemberDialog)
        self.villageLabel.setObjectName(u"villageLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.villageLabel)

        self.villageLayout = QHBoxLayout()
        self.villageLayout.setObjectName(u"villageLayout")
        self.villageCombo = QComboBox(MemberDialog)
        self.villageCombo.setObjectName(u"villageCombo")

        self.villageLayout.addWidget(self.villageCombo)

        self.newVillageButton = QPushButton(MemberDialog)
        self.newVillageButton.setObjectName(u"newVillageButton")
        self.newVillageButton.setAutoDefault(False)

        self.villageLayout.addWidget(self.newVillageButton)

        self.villageLayout.setStretch(0, 1)

        self.fieldsLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.villageLayout)

        self.joinedLabel = QLabel(MemberDialog)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedEdit = QDateEdit(MemberDialog)
        self.joinedEdit.setObjectName(u"joinedEdit")
        self.joinedEdit.setCalendarPopup(True)
        self.joinedEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.joinedEdit)

        self.householdLabel = QLabel(MemberDialog)
        self.householdLabel.setObjectName(u"householdLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdCombo = QComboBox(MemberDialog)
        self.householdCombo.setObjectName(u"householdCombo")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.householdCombo)

        self.phoneLabel = QLabel(MemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(MemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(24)

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.idCardLabel = QLabel(MemberDialog)
        self.idCardLabel.setObjectName(u"idCardLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.idCardLabel)

        self.idCardEdit = QLineEdit(MemberDialog)
        self.idCardEdit.setObjectName(u"idCardEdit")
        self.idCardEdit.setMaxLength(24)

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.idCardEdit)

        self.idpoorLabel = QLabel(MemberDialog)
        self.idpoorLabel.setObjectName(u"idpoorLabel")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.idpoorLabel)

        self.idpoorCombo = QComboBox(MemberDialog)
        self.idpoorCombo.setObjectName(u"idpoorCombo")

        self.fieldsLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.idpoorCombo)

        self.notesLabel = QLabel(MemberDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MemberDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 60))

        self.fieldsLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.bodyLayout.addLayout(self.fieldsLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setObjectName(u"sideLayout")
        self.photoGroup = QGroupBox(MemberDialog)
        self.photoGroup.setObjectName(u"photoGroup")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.photoGroup.sizePolicy().hasHeightForWidth())
        self.photoGroup.setSizePolicy(sizePolicy1)
        self.photoLayout = QHBoxLayout(self.photoGroup)
        self.photoLayout.setObjectName(u"photoLayout")
        self.photoLabel = QLabel(self.photoGroup)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(96, 120))
        self.photoLabel.setMaximumSize(QSize(96, 120))
        self.photoLabel.setFrameShape(QFrame.Shape.Box)
        self.photoLabel.setText(u"")
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photoLabel.setWordWrap(True)

        self.photoLayout.addWidget(self.photoLabel)

        self.photoButtonsLayout = QVBoxLayout()
        self.photoButtonsLayout.setObjectName(u"photoButtonsLayout")
        self.choosePhotoButton = QPushButton(self.photoGroup)
        self.choosePhotoButton.setObjectName(u"choosePhotoButton")
        self.choosePhotoButton.setAutoDefault(False)

        self.photoButtonsLayout.addWidget(self.choosePhotoButton)

        self.removePhotoButton = QPushButton(self.photoGroup)
        self.removePhotoButton.setObjectName(u"removePhotoButton")
        self.removePhotoButton.setAutoDefault(False)

        self.photoButtonsLayout.addWidget(self.removePhotoButton)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoButtonsLayout.addItem(self.photoSpacer)


        self.photoLayout.addLayout(self.photoButtonsLayout)


        self.sideLayout.addWidget(self.photoGroup)

        self.statusGroup = QGroupBox(MemberDialog)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusTable = QTableView(self.statusGroup)
        self.statusTable.setObjectName(u"statusTable")
        self.statusTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statusTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.statusTable.setShowGrid(False)
        self.statusTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.statusLayout.addWidget(self.statusTable)

        self.termsLabel = QLabel(self.statusGroup)
        self.termsLabel.setObjectName(u"termsLabel")
        self.termsLabel.setText(u"")
        self.termsLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.termsLabel)

        self.statusButtonsLayout = QHBoxLayout()
        self.statusButtonsLayout.setObjectName(u"statusButtonsLayout")
        self.changeStatusButton = QPushButton(self.statusGroup)
        self.changeStatusButton.setObjectName(u"changeStatusButton")
        self.changeStatusButton.setAutoDefault(False)

        self.statusButtonsLayout.addWidget(self.changeStatusButton)

        self.statementButton = QPushButton(self.statusGroup)
        self.statementButton.setObjectName(u"statementButton")
        self.statementButton.setAutoDefault(False)

        self.statusButtonsLayout.addWidget(self.statementButton)

        self.statusButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtonsLayout.addItem(self.statusButtonsSpacer)


        self.statusLayout.addLayout(self.statusButtonsLayout)


        self.sideLayout.addWidget(self.statusGroup)

        self.sideSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.sideLayout.setStretch(1, 1)

        self.bodyLayout.addLayout(self.sideLayout)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.savedLabel = QLabel(MemberDialog)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")
        self.savedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.savedLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.recordedLabel = QLabel(MemberDialog)
        self.recordedLabel.setObjectName(u"recordedLabel")
        self.recordedLabel.setText(u"")
        self.recordedLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.recordedLabel)

        self.buttonsSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.addAnotherButton = QPushButton(MemberDialog)
        self.addAnotherButton.setObjectName(u"addAnotherButton")
        self.addAnotherButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.addAnotherButton)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)

        self.buttonsLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonsLayout)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.nameKmLabel.setBuddy(self.nameKmEdit)
        self.nameLatinLabel.setBuddy(self.nameLatinEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthLabel.setBuddy(self.birthEdit)
        self.villageLabel.setBuddy(self.villageCombo)
        self.joinedLabel.setBuddy(self.joinedEdit)
        self.householdLabel.setBuddy(self.householdCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idCardLabel.setBuddy(self.idCardEdit)
        self.idpoorLabel.setBuddy(self.idpoorCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameKmEdit, self.nameLatinEdit)
        QWidget.setTabOrder(self.nameLatinEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.newVillageButton)
        QWidget.setTabOrder(self.newVillageButton, self.joinedEdit)
        QWidget.setTabOrder(self.joinedEdit, self.householdCombo)
        QWidget.setTabOrder(self.householdCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.idCardEdit)
        QWidget.setTabOrder(self.idCardEdit, self.idpoorCombo)
        QWidget.setTabOrder(self.idpoorCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.choosePhotoButton)
        QWidget.setTabOrder(self.choosePhotoButton, self.removePhotoButton)
        QWidget.setTabOrder(self.removePhotoButton, self.changeStatusButton)
        QWidget.setTabOrder(self.changeStatusButton, self.statementButton)
        QWidget.setTabOrder(self.statementButton, self.addAnotherButton)
        QWidget.setTabOrder(self.addAnotherButton, self.buttonBox)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.nameKmLabel.setText(QCoreApplication.translate("MemberDialog", u"Name in &Khmer:", None))
        self.nameKmEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"in Khmer script, e.g. \u179f\u17bb\u1781 \u178a\u17b6\u179a\u17c9\u17b6", None))
        self.nameLatinLabel.setText(QCoreApplication.translate("MemberDialog", u"Name in &Latin letters:", None))
        self.nameLatinEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. Sok Dara", None))
        self.sexLabel.setText(QCoreApplication.translate("MemberDialog", u"Se&x:", None))
        self.birthLabel.setText(QCoreApplication.translate("MemberDialog", u"Date or &year of birth:", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"1985 or 14/03/1985", None))
        self.villageLabel.setText(QCoreApplication.translate("MemberDialog", u"&Village:", None))
#if QT_CONFIG(tooltip)
        self.newVillageButton.setToolTip(QCoreApplication.translate("MemberDialog", u"Add a village (and its commune) to the list", None))
#endif // QT_CONFIG(tooltip)
        self.newVillageButton.setText(QCoreApplication.translate("MemberDialog", u"Ne&w village\u2026", None))
        self.joinedLabel.setText(QCoreApplication.translate("MemberDialog", u"&Joined on:", None))
        self.householdLabel.setText(QCoreApplication.translate("MemberDialog", u"&Household head:", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"Pho&ne:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. 012 345 678", None))
        self.idCardLabel.setText(QCoreApplication.translate("MemberDialog", u"National &ID card:", None))
        self.idCardEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"optional", None))
        self.idpoorLabel.setText(QCoreApplication.translate("MemberDialog", u"ID&Poor:", None))
        self.notesLabel.setText(QCoreApplication.translate("MemberDialog", u"No&tes:", None))
        self.photoGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Photo", None))
        self.choosePhotoButton.setText(QCoreApplication.translate("MemberDialog", u"Ch&oose photo\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("MemberDialog", u"Re&move", None))
        self.statusGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Status and committee", None))
#if QT_CONFIG(tooltip)
        self.changeStatusButton.setToolTip(QCoreApplication.translate("MemberDialog", u"Record that the member became inactive, left, died, or is active again", None))
#endif // QT_CONFIG(tooltip)
        self.changeStatusButton.setText(QCoreApplication.translate("MemberDialog", u"Change &status\u2026", None))
#if QT_CONFIG(tooltip)
        self.statementButton.setToolTip(QCoreApplication.translate("MemberDialog", u"Every cash-book entry linked to the member, and their fees", None))
#endif // QT_CONFIG(tooltip)
        self.statementButton.setText(QCoreApplication.translate("MemberDialog", u"Statemen&t\u2026", None))
#if QT_CONFIG(tooltip)
        self.addAnotherButton.setToolTip(QCoreApplication.translate("MemberDialog", u"Save this member and start the next one (Ctrl+Shift+S)", None))
#endif // QT_CONFIG(tooltip)
        self.addAnotherButton.setText(QCoreApplication.translate("MemberDialog", u"Save and &add another", None))
    # retranslateUi

