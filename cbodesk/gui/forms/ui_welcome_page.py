# Generated from ui/welcome_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(600, 400)
        self.welcomeLayout = QVBoxLayout(WelcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageLabel = QLabel(WelcomePage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(WelcomePage)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageLayout.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.welcomeLayout.addLayout(self.languageLayout)

        self.introLabel = QLabel(WelcomePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.welcomeLayout.addWidget(self.introLabel)

        self.createRadio = QRadioButton(WelcomePage)
        self.createRadio.setObjectName(u"createRadio")
        self.createRadio.setChecked(True)

        self.welcomeLayout.addWidget(self.createRadio)

        self.createHint = QLabel(WelcomePage)
        self.createHint.setObjectName(u"createHint")
        self.createHint.setWordWrap(True)
        self.createHint.setIndent(24)

        self.welcomeLayout.addWidget(self.createHint)

        self.demoRadio = QRadioButton(WelcomePage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.welcomeLayout.addWidget(self.demoRadio)

        self.demoHint = QLabel(WelcomePage)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setIndent(24)

        self.welcomeLayout.addWidget(self.demoHint)

        self.openRadio = QRadioButton(WelcomePage)
        self.openRadio.setObjectName(u"openRadio")

        self.welcomeLayout.addWidget(self.openRadio)

        self.openHint = QLabel(WelcomePage)
        self.openHint.setObjectName(u"openHint")
        self.openHint.setWordWrap(True)
        self.openHint.setIndent(24)

        self.welcomeLayout.addWidget(self.openHint)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.languageLabel.setText(QCoreApplication.translate("WelcomePage", u"&Language:", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"CBO Desk keeps your CBO's members, meetings, money and plans in one file on this computer, in line with the Guideline of Good Practices of CBOs. What would you like to do?", None))
        self.createRadio.setText(QCoreApplication.translate("WelcomePage", u"&Create my CBO", None))
        self.createHint.setText(QCoreApplication.translate("WelcomePage", u"Enter your CBO's name and address; this takes two minutes. You can change everything later.", None))
        self.demoRadio.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo CBO", None))
        self.demoHint.setText(QCoreApplication.translate("WelcomePage", u"A made-up community fishery to try the app and learn, without touching real data.", None))
        self.openRadio.setText(QCoreApplication.translate("WelcomePage", u"&Open a CBO file I already have", None))
        self.openHint.setText(QCoreApplication.translate("WelcomePage", u"For example a file copied from another computer or a USB stick (it ends in .cbodesk).", None))
        pass
    # retranslateUi

