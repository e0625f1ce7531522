# Generated from ui/members_village_dialog.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_village_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_VillageDialog(object):
    def setupUi(self, VillageDialog):
        if not VillageDialog.objectName():
            VillageDialog.setObjectName(u"VillageDialog")
        VillageDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(VillageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(VillageDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.problemsLabel = QLabel(VillageDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setVisible(False)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameKmLabel = QLabel(VillageDialog)
        self.nameKmLabel.setObjectName(u"nameKmLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameKmLabel)

        self.nameKmEdit = QLineEdit(VillageDialog)
        self.nameKmEdit.setObjectName(u"nameKmEdit")
        self.nameKmEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameKmEdit)

        self.nameEnLabel = QLabel(VillageDialog)
        self.nameEnLabel.setObjectName(u"nameEnLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEnLabel)

        self.nameEnEdit = QLineEdit(VillageDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.communeKmLabel = QLabel(VillageDialog)
        self.communeKmLabel.setObjectName(u"communeKmLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.communeKmLabel)

        self.communeKmEdit = QLineEdit(VillageDialog)
        self.communeKmEdit.setObjectName(u"communeKmEdit")
        self.communeKmEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.communeKmEdit)

        self.communeEnLabel = QLabel(VillageDialog)
        self.communeEnLabel.setObjectName(u"communeEnLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.communeEnLabel)

        self.communeEnEdit = QLineEdit(VillageDialog)
        self.communeEnEdit.setObjectName(u"communeEnEdit")
        self.communeEnEdit.setMaxLength(120)

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.communeEnEdit)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(VillageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameKmLabel.setBuddy(self.nameKmEdit)
        self.nameEnLabel.setBuddy(self.nameEnEdit)
        self.communeKmLabel.setBuddy(self.communeKmEdit)
        self.communeEnLabel.setBuddy(self.communeEnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VillageDialog)
        self.buttonBox.rejected.connect(VillageDialog.reject)

        QMetaObject.connectSlotsByName(VillageDialog)
    # setupUi

    def retranslateUi(self, VillageDialog):
        VillageDialog.setWindowTitle(QCoreApplication.translate("VillageDialog", u"New village", None))
        self.introLabel.setText(QCoreApplication.translate("VillageDialog", u"A village the members live in, with its commune, in Khmer, in English, or both.", None))
        self.nameKmLabel.setText(QCoreApplication.translate("VillageDialog", u"Village in &Khmer:", None))
        self.nameEnLabel.setText(QCoreApplication.translate("VillageDialog", u"Village in &English:", None))
        self.communeKmLabel.setText(QCoreApplication.translate("VillageDialog", u"Commune in K&hmer:", None))
        self.communeEnLabel.setText(QCoreApplication.translate("VillageDialog", u"Commune in En&glish:", None))
    # retranslateUi

