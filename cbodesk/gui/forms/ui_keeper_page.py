# Generated from ui/keeper_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keeper_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton)

class Ui_KeeperPage(object):
    def setupUi(self, KeeperPage):
        if not KeeperPage.objectName():
            KeeperPage.setObjectName(u"KeeperPage")
        KeeperPage.resize(600, 300)
        self.keeperLayout = QFormLayout(KeeperPage)
        self.keeperLayout.setObjectName(u"keeperLayout")
        self.keeperLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.keeperIntro = QLabel(KeeperPage)
        self.keeperIntro.setObjectName(u"keeperIntro")
        self.keeperIntro.setWordWrap(True)

        self.keeperLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.keeperIntro)

        self.adminNameLabel = QLabel(KeeperPage)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.keeperLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(KeeperPage)
        self.adminNameEdit.setObjectName(u"adminNameEdit")
        self.adminNameEdit.setMaxLength(120)

        self.keeperLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.fileLabel = QLabel(KeeperPage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.keeperLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(KeeperPage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(KeeperPage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.keeperLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.fileHint = QLabel(KeeperPage)
        self.fileHint.setObjectName(u"fileHint")
        self.fileHint.setWordWrap(True)

        self.keeperLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.fileHint)

        self.keeperProblems = QLabel(KeeperPage)
        self.keeperProblems.setObjectName(u"keeperProblems")
        self.keeperProblems.setText(u"")
        self.keeperProblems.setWordWrap(True)

        self.keeperLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.keeperProblems)

#if QT_CONFIG(shortcut)
        self.adminNameLabel.setBuddy(self.adminNameEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeeperPage)

        QMetaObject.connectSlotsByName(KeeperPage)
    # setupUi

    def retranslateUi(self, KeeperPage):
        self.keeperIntro.setText(QCoreApplication.translate("KeeperPage", u"The person who keeps this CBO's file becomes its administrator. Their name is written in the log of every change.", None))
        self.adminNameLabel.setText(QCoreApplication.translate("KeeperPage", u"Your &name:", None))
        self.fileLabel.setText(QCoreApplication.translate("KeeperPage", u"Save the CBO &file as:", None))
        self.browseButton.setText(QCoreApplication.translate("KeeperPage", u"&Browse\u2026", None))
        self.fileHint.setText(QCoreApplication.translate("KeeperPage", u"Keep it on this computer's own disk, not on a USB stick or a shared folder. Use File \u2192 Back up to\u2026 to copy it to a USB stick.", None))
        pass
    # retranslateUi

