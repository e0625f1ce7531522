# Generated from ui/profile_form.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProfileForm(object):
    def setupUi(self, ProfileForm):
        if not ProfileForm.objectName():
            ProfileForm.setObjectName(u"ProfileForm")
        ProfileForm.resize(640, 900)
        self.formLayout = QVBoxLayout(ProfileForm)
        self.formLayout.setObjectName(u"formLayout")
        self.problemsLabel = QLabel(ProfileForm)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.formLayout.addWidget(self.problemsLabel)

        self.namesGroup = QGroupBox(ProfileForm)
        self.namesGroup.setObjectName(u"namesGroup")
        self.namesGroupLayout = QFormLayout(self.namesGroup)
        self.namesGroupLayout.setObjectName(u"namesGroupLayout")
        self.namesGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameKmEditLabel = QLabel(self.namesGroup)
        self.nameKmEditLabel.setObjectName(u"nameKmEditLabel")

        self.namesGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKmEditLabel)

        self.nameKmEdit = QLineEdit(self.namesGroup)
        self.nameKmEdit.setObjectName(u"nameKmEdit")
        self.nameKmEdit.setMaxLength(200)

        self.namesGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameKmEdit)

        self.nameEnEditLabel = QLabel(self.namesGroup)
        self.nameEnEditLabel.setObjectName(u"nameEnEditLabel")

        self.namesGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEnEditLabel)

        self.nameEnEdit = QLineEdit(self.namesGroup)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(200)

        self.namesGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.acronymEditLabel = QLabel(self.namesGroup)
        self.acronymEditLabel.setObjectName(u"acronymEditLabel")

        self.namesGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.acronymEditLabel)

        self.acronymEdit = QLineEdit(self.namesGroup)
        self.acronymEdit.setObjectName(u"acronymEdit")
        self.acronymEdit.setMaxLength(20)

        self.namesGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.acronymEdit)

        self.sectorComboLabel = QLabel(self.namesGroup)
        self.sectorComboLabel.setObjectName(u"sectorComboLabel")

        self.namesGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sectorComboLabel)

        self.sectorCombo = QComboBox(self.namesGroup)
        self.sectorCombo.setObjectName(u"sectorCombo")

        self.namesGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sectorCombo)

        self.logoTitleLabel = QLabel(self.namesGroup)
        self.logoTitleLabel.setObjectName(u"logoTitleLabel")

        self.namesGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.logoTitleLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoLabel = QLabel(self.namesGroup)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(96, 96))
        self.logoLabel.setMaximumSize(QSize(96, 96))
        self.logoLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoLabel.setWordWrap(True)

        self.logoLayout.addWidget(self.logoLabel)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.namesGroup)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.namesGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoButtonsSpacer)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.namesGroupLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.formLayout.addWidget(self.namesGroup)

        self.addressGroup = QGroupBox(ProfileForm)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressGroupLayout = QFormLayout(self.addressGroup)
        self.addressGroupLayout.setObjectName(u"addressGroupLayout")
        self.addressGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.provinceComboLabel = QLabel(self.addressGroup)
        self.provinceComboLabel.setObjectName(u"provinceComboLabel")

        self.addressGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.provinceComboLabel)

        self.provinceCombo = QComboBox(self.addressGroup)
        self.provinceCombo.setObjectName(u"provinceCombo")

        self.addressGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.districtEditLabel = QLabel(self.addressGroup)
        self.districtEditLabel.setObjectName(u"districtEditLabel")

        self.addressGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.districtEditLabel)

        self.districtEdit = QLineEdit(self.addressGroup)
        self.districtEdit.setObjectName(u"districtEdit")
        self.districtEdit.setMaxLength(200)

        self.addressGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.districtEdit)

        self.communeEditLabel = QLabel(self.addressGroup)
        self.communeEditLabel.setObjectName(u"communeEditLabel")

        self.addressGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.communeEditLabel)

        self.communeEdit = QLineEdit(self.addressGroup)
        self.communeEdit.setObjectName(u"communeEdit")
        self.communeEdit.setMaxLength(200)

        self.addressGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.communeEdit)

        self.villageEditLabel = QLabel(self.addressGroup)
        self.villageEditLabel.setObjectName(u"villageEditLabel")

        self.addressGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.villageEditLabel)

        self.villageEdit = QLineEdit(self.addressGroup)
        self.villageEdit.setObjectName(u"villageEdit")
        self.villageEdit.setMaxLength(200)

        self.addressGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.villageEdit)

        self.phoneEditLabel = QLabel(self.addressGroup)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.addressGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(self.addressGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.addressGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailEditLabel = QLabel(self.addressGroup)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.addressGroupLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(self.addressGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(120)

        self.addressGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.formLayout.addWidget(self.addressGroup)

        self.registrationGroup = QGroupBox(ProfileForm)
        self.registrationGroup.setObjectName(u"registrationGroup")
        self.registrationGroupLayout = QFormLayout(self.registrationGroup)
        self.registrationGroupLayout.setObjectName(u"registrationGroupLayout")
        self.registrationGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.authorityComboLabel = QLabel(self.registrationGroup)
        self.authorityComboLabel.setObjectName(u"authorityComboLabel")

        self.registrationGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityComboLabel)

        self.authorityCombo = QComboBox(self.registrationGroup)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.registrationGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.registrationNumberEditLabel = QLabel(self.registrationGroup)
        self.registrationNumberEditLabel.setObjectName(u"registrationNumberEditLabel")

        self.registrationGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.registrationNumberEditLabel)

        self.registrationNumberEdit = QLineEdit(self.registrationGroup)
        self.registrationNumberEdit.setObjectName(u"registrationNumberEdit")
        self.registrationNumberEdit.setMaxLength(60)

        self.registrationGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.registrationNumberEdit)

        self.registrationDateLabel = QLabel(self.registrationGroup)
        self.registrationDateLabel.setObjectName(u"registrationDateLabel")

        self.registrationGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registrationDateLabel)

        self.registrationDateLayout = QHBoxLayout()
        self.registrationDateLayout.setObjectName(u"registrationDateLayout")
        self.registrationDateKnown = QCheckBox(self.registrationGroup)
        self.registrationDateKnown.setObjectName(u"registrationDateKnown")

        self.registrationDateLayout.addWidget(self.registrationDateKnown)

        self.registrationDate = QDateEdit(self.registrationGroup)
        self.registrationDate.setObjectName(u"registrationDate")
        self.registrationDate.setCalendarPopup(True)
        self.registrationDate.setEnabled(False)

        self.registrationDateLayout.addWidget(self.registrationDate)

        self.registrationDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registrationDateLayout.addItem(self.registrationDateSpacer)


        self.registrationGroupLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.registrationDateLayout)

        self.foundingDateLabel = QLabel(self.registrationGroup)
        self.foundingDateLabel.setObjectName(u"foundingDateLabel")

        self.registrationGroupLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.foundingDateLabel)

        self.foundingDateLayout = QHBoxLayout()
        self.foundingDateLayout.setObjectName(u"foundingDateLayout")
        self.foundingDateKnown = QCheckBox(self.registrationGroup)
        self.foundingDateKnown.setObjectName(u"foundingDateKnown")

        self.foundingDateLayout.addWidget(self.foundingDateKnown)

        self.foundingDate = QDateEdit(self.registrationGroup)
        self.foundingDate.setObjectName(u"foundingDate")
        self.foundingDate.setCalendarPopup(True)
        self.foundingDate.setEnabled(False)

        self.foundingDateLayout.addWidget(self.foundingDate)

        self.foundingDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.foundingDateLayout.addItem(self.foundingDateSpacer)


        self.registrationGroupLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.foundingDateLayout)


        self.formLayout.addWidget(self.registrationGroup)

        self.moneyGroup = QGroupBox(ProfileForm)
        self.moneyGroup.setObjectName(u"moneyGroup")
        self.moneyGroupLayout = QFormLayout(self.moneyGroup)
        self.moneyGroupLayout.setObjectName(u"moneyGroupLayout")
        self.moneyGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fiscalYearComboLabel = QLabel(self.moneyGroup)
        self.fiscalYearComboLabel.setObjectName(u"fiscalYearComboLabel")

        self.moneyGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fiscalYearComboLabel)

        self.fiscalYearCombo = QComboBox(self.moneyGroup)
        self.fiscalYearCombo.setObjectName(u"fiscalYearCombo")

        self.moneyGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fiscalYearCombo)

        self.currenciesLabel = QLabel(self.moneyGroup)
        self.currenciesLabel.setObjectName(u"currenciesLabel")

        self.moneyGroupLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currenciesLabel)

        self.currenciesLayout = QHBoxLayout()
        self.currenciesLayout.setObjectName(u"currenciesLayout")
        self.khrCheck = QCheckBox(self.moneyGroup)
        self.khrCheck.setObjectName(u"khrCheck")

        self.currenciesLayout.addWidget(self.khrCheck)

        self.usdCheck = QCheckBox(self.moneyGroup)
        self.usdCheck.setObjectName(u"usdCheck")

        self.currenciesLayout.addWidget(self.usdCheck)

        self.currenciesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.currenciesLayout.addItem(self.currenciesSpacer)


        self.moneyGroupLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.currenciesLayout)


        self.formLayout.addWidget(self.moneyGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.nameKmEditLabel.setBuddy(self.nameKmEdit)
        self.nameEnEditLabel.setBuddy(self.nameEnEdit)
        self.acronymEditLabel.setBuddy(self.acronymEdit)
        self.sectorComboLabel.setBuddy(self.sectorCombo)
        self.provinceComboLabel.setBuddy(self.provinceCombo)
        self.districtEditLabel.setBuddy(self.districtEdit)
        self.communeEditLabel.setBuddy(self.communeEdit)
        self.villageEditLabel.setBuddy(self.villageEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.authorityComboLabel.setBuddy(self.authorityCombo)
        self.registrationNumberEditLabel.setBuddy(self.registrationNumberEdit)
        self.registrationDateLabel.setBuddy(self.registrationDate)
        self.foundingDateLabel.setBuddy(self.foundingDate)
        self.fiscalYearComboLabel.setBuddy(self.fiscalYearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameKmEdit, self.nameEnEdit)
        QWidget.setTabOrder(self.nameEnEdit, self.acronymEdit)
        QWidget.setTabOrder(self.acronymEdit, self.sectorCombo)
        QWidget.setTabOrder(self.sectorCombo, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.districtEdit)
        QWidget.setTabOrder(self.districtEdit, self.communeEdit)
        QWidget.setTabOrder(self.communeEdit, self.villageEdit)
        QWidget.setTabOrder(self.villageEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.registrationNumberEdit)
        QWidget.setTabOrder(self.registrationNumberEdit, self.registrationDateKnown)
        QWidget.setTabOrder(self.registrationDateKnown, self.registrationDate)
        QWidget.setTabOrder(self.registrationDate, self.foundingDateKnown)
        QWidget.setTabOrder(self.foundingDateKnown, self.foundingDate)
        QWidget.setTabOrder(self.foundingDate, self.fiscalYearCombo)
        QWidget.setTabOrder(self.fiscalYearCombo, self.khrCheck)
        QWidget.setTabOrder(self.khrCheck, self.usdCheck)

        self.retranslateUi(ProfileForm)
        self.registrationDateKnown.toggled.connect(self.registrationDate.setEnabled)
        self.foundingDateKnown.toggled.connect(self.foundingDate.setEnabled)

        QMetaObject.connectSlotsByName(ProfileForm)
    # setupUi

    def retranslateUi(self, ProfileForm):
        self.namesGroup.setTitle(QCoreApplication.translate("ProfileForm", u"Name of the CBO", None))
        self.nameKmEditLabel.setText(QCoreApplication.translate("ProfileForm", u"Name in &Khmer:", None))
        self.nameEnEditLabel.setText(QCoreApplication.translate("ProfileForm", u"Name in &English:", None))
        self.acronymEditLabel.setText(QCoreApplication.translate("ProfileForm", u"&Acronym:", None))
        self.sectorComboLabel.setText(QCoreApplication.translate("ProfileForm", u"&Sector:", None))
        self.logoTitleLabel.setText(QCoreApplication.translate("ProfileForm", u"Logo:", None))
        self.logoLabel.setText(QCoreApplication.translate("ProfileForm", u"No logo", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("ProfileForm", u"Choose &picture\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("ProfileForm", u"Remove", None))
        self.addressGroup.setTitle(QCoreApplication.translate("ProfileForm", u"Address", None))
        self.provinceComboLabel.setText(QCoreApplication.translate("ProfileForm", u"&Province:", None))
        self.districtEditLabel.setText(QCoreApplication.translate("ProfileForm", u"&District:", None))
        self.communeEditLabel.setText(QCoreApplication.translate("ProfileForm", u"&Commune:", None))
        self.villageEditLabel.setText(QCoreApplication.translate("ProfileForm", u"&Village:", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("ProfileForm", u"P&hone:", None))
        self.emailEditLabel.setText(QCoreApplication.translate("ProfileForm", u"E-&mail:", None))
        self.registrationGroup.setTitle(QCoreApplication.translate("ProfileForm", u"Registration", None))
        self.authorityComboLabel.setText(QCoreApplication.translate("ProfileForm", u"Registered &with:", None))
        self.registrationNumberEditLabel.setText(QCoreApplication.translate("ProfileForm", u"Registration &number:", None))
        self.registrationDateLabel.setText(QCoreApplication.translate("ProfileForm", u"Registration &date:", None))
        self.registrationDateKnown.setText(QCoreApplication.translate("ProfileForm", u"Known", None))
        self.foundingDateLabel.setText(QCoreApplication.translate("ProfileForm", u"&Founded on:", None))
        self.foundingDateKnown.setText(QCoreApplication.translate("ProfileForm", u"Known", None))
        self.moneyGroup.setTitle(QCoreApplication.translate("ProfileForm", u"Money", None))
        self.fiscalYearComboLabel.setText(QCoreApplication.translate("ProfileForm", u"Fiscal &year starts in:", None))
        self.currenciesLabel.setText(QCoreApplication.translate("ProfileForm", u"Currencies used:", None))
        self.khrCheck.setText(QCoreApplication.translate("ProfileForm", u"&Riel (\u17db)", None))
        self.usdCheck.setText(QCoreApplication.translate("ProfileForm", u"&US dollars ($)", None))
        pass
    # retranslateUi

