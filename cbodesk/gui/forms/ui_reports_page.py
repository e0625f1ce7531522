# Generated from ui/reports_page.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QLabel, QListView, QScrollArea, QSplitter, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(980, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ReportsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listHolder = QWidget(self.splitter)
        self.listHolder.setObjectName(u"listHolder")
        self.listLayout = QVBoxLayout(self.listHolder)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listHolder)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.reportList = QListView(self.listHolder)
        self.reportList.setObjectName(u"reportList")
        self.reportList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reportList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.reportList.setResizeMode(QListView.ResizeMode.Adjust)
        self.reportList.setWordWrap(True)

        self.listLayout.addWidget(self.reportList)

        self.splitter.addWidget(self.listHolder)
        self.paramsScroll = QScrollArea(self.splitter)
        self.paramsScroll.setObjectName(u"paramsScroll")
        self.paramsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.paramsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.paramsScroll.setWidgetResizable(True)
        self.paramsHolder = QWidget()
        self.paramsHolder.setObjectName(u"paramsHolder")
        self.paramsLayout = QVBoxLayout(self.paramsHolder)
        self.paramsLayout.setObjectName(u"paramsLayout")
        self.paramsLayout.setContentsMargins(6, 0, 0, 0)
        self.paramsScroll.setWidget(self.paramsHolder)
        self.splitter.addWidget(self.paramsScroll)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.reportList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
        self.introLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports for the members, the committee and donors. Choose a report, say what it should cover, then show it: you can print it, or save it as PDF or Excel.", None))
        self.listLabel.setText(QCoreApplication.translate("ReportsPage", u"&Choose a report:", None))
        pass
    # retranslateUi

