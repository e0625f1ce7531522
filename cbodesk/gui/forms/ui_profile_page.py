# Generated from ui/profile_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        ProfilePage.resize(760, 700)
        self.pageLayout = QVBoxLayout(ProfilePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ProfilePage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ProfilePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(ProfilePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formHostLayout = QVBoxLayout(self.formHost)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea.setWidget(self.formHost)

        self.pageLayout.addWidget(self.scrollArea)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.savedLabel = QLabel(ProfilePage)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setText(u"")

        self.buttonsLayout.addWidget(self.savedLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.undoButton = QPushButton(ProfilePage)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonsLayout.addWidget(self.undoButton)

        self.saveButton = QPushButton(ProfilePage)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ProfilePage)

        QMetaObject.connectSlotsByName(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        self.titleLabel.setText(QCoreApplication.translate("ProfilePage", u"Organisation profile", None))
        self.introLabel.setText(QCoreApplication.translate("ProfilePage", u"Who the CBO is, where it is and how it is registered (guideline chapter 1). Reports print the names and the logo from here.", None))
        self.undoButton.setText(QCoreApplication.translate("ProfilePage", u"&Undo changes", None))
        self.saveButton.setText(QCoreApplication.translate("ProfilePage", u"&Save", None))
#if QT_CONFIG(shortcut)
        self.saveButton.setShortcut(QCoreApplication.translate("ProfilePage", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        pass
    # retranslateUi

