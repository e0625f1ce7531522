# Generated from ui/reports_preview.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QToolButton, QVBoxLayout, QWidget)

class Ui_ReportPreview(object):
    def setupUi(self, ReportPreview):
        if not ReportPreview.objectName():
            ReportPreview.setObjectName(u"ReportPreview")
        ReportPreview.resize(1000, 760)
        self.dialogLayout = QVBoxLayout(ReportPreview)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.printButton = QPushButton(ReportPreview)
        self.printButton.setObjectName(u"printButton")

        self.toolLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(ReportPreview)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.toolLayout.addWidget(self.savePdfButton)

        self.saveExcelButton = QPushButton(ReportPreview)
        self.saveExcelButton.setObjectName(u"saveExcelButton")

        self.toolLayout.addWidget(self.saveExcelButton)

        self.statusLabel = QLabel(ReportPreview)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.toolLayout.addWidget(self.statusLabel)

        self.toolLayout.setStretch(3, 1)

        self.dialogLayout.addLayout(self.toolLayout)

        self.viewHolder = QWidget(ReportPreview)
        self.viewHolder.setObjectName(u"viewHolder")
        self.viewLayout = QVBoxLayout(self.viewHolder)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.viewHolder)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.previousButton = QToolButton(ReportPreview)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")

        self.bottomLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(ReportPreview)
        self.pageLabel.setObjectName(u"pageLabel")

        self.bottomLayout.addWidget(self.pageLabel)

        self.pageSpin = QSpinBox(ReportPreview)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)
        self.pageSpin.setKeyboardTracking(False)

        self.bottomLayout.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(ReportPreview)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"")

        self.bottomLayout.addWidget(self.pageCountLabel)

        self.nextButton = QToolButton(ReportPreview)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")

        self.bottomLayout.addWidget(self.nextButton)

        self.navSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.navSpacer)

        self.zoomLabel = QLabel(ReportPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.bottomLayout.addWidget(self.zoomLabel)

        self.zoomCombo = QComboBox(ReportPreview)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.bottomLayout.addWidget(self.zoomCombo)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ReportPreview)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomLayout)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.pageSpin)
        self.zoomLabel.setBuddy(self.zoomCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportPreview)
        self.buttonBox.rejected.connect(ReportPreview.reject)

        QMetaObject.connectSlotsByName(ReportPreview)
    # setupUi

    def retranslateUi(self, ReportPreview):
        ReportPreview.setWindowTitle(QCoreApplication.translate("ReportPreview", u"Report", None))
        self.printButton.setText(QCoreApplication.translate("ReportPreview", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportPreview", u"Save as P&DF\u2026", None))
        self.saveExcelButton.setText(QCoreApplication.translate("ReportPreview", u"Save as &Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
        self.pageLabel.setText(QCoreApplication.translate("ReportPreview", u"Pa&ge", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("ReportPreview", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.zoomLabel.setText(QCoreApplication.translate("ReportPreview", u"&Zoom:", None))
    # retranslateUi

