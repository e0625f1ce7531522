# Generated from ui/mainwindow.ui by pyside6-uic (make forms) — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mainwindow.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMenu, QMenuBar, QSizePolicy, QStackedWidget, QStatusBar, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.actionNewCbo = QAction(MainWindow)
        self.actionNewCbo.setObjectName(u"actionNewCbo")
        self.actionOpen = QAction(MainWindow)
        self.actionOpen.setObjectName(u"actionOpen")
        self.actionBackupTo = QAction(MainWindow)
        self.actionBackupTo.setObjectName(u"actionBackupTo")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionShowLog = QAction(MainWindow)
        self.actionShowLog.setObjectName(u"actionShowLog")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navPanel = QWidget(self.centralWidget)
        self.navPanel.setObjectName(u"navPanel")
        self.navPanel.setMinimumSize(QSize(250, 0))
        self.navPanel.setMaximumSize(QSize(320, 16777215))
        self.navLayout = QVBoxLayout(self.navPanel)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(8, 12, 8, 8)
        self.cboNameLabel = QLabel(self.navPanel)
        self.cboNameLabel.setObjectName(u"cboNameLabel")
        self.cboNameLabel.setText(u"CBO")
        self.cboNameLabel.setWordWrap(True)
        self.cboNameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.navLayout.addWidget(self.cboNameLabel)

        self.navHeading = QLabel(self.navPanel)
        self.navHeading.setObjectName(u"navHeading")

        self.navLayout.addWidget(self.navHeading)

        self.navList = QTreeWidget(self.navPanel)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.navList.setHeaderItem(__qtreewidgetitem)
        self.navList.setObjectName(u"navList")
        self.navList.setHeaderHidden(True)
        self.navList.setRootIsDecorated(False)
        self.navList.setItemsExpandable(False)
        self.navList.setIndentation(12)
        self.navList.setUniformRowHeights(False)
        self.navList.setWordWrap(True)

        self.navLayout.addWidget(self.navList)


        self.centralLayout.addWidget(self.navPanel)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pages.sizePolicy().hasHeightForWidth())
        self.pages.setSizePolicy(sizePolicy)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuSettings = QMenu(self.menuBar)
        self.menuSettings.setObjectName(u"menuSettings")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.navHeading.setBuddy(self.navList)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuSettings.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewCbo)
        self.menuFile.addAction(self.actionOpen)
        self.menuFile.addAction(self.menuRecent.menuAction())
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackupTo)
        self.menuFile.addAction(self.actionRestore)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuSettings.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionShowLog)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CBO Desk", None))
        self.actionNewCbo.setText(QCoreApplication.translate("MainWindow", u"&New CBO\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewCbo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionOpen.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionOpen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.actionBackupTo.setText(QCoreApplication.translate("MainWindow", u"&Back up to\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionBackupTo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"R&estore\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Language and settings\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowLog.setText(QCoreApplication.translate("MainWindow", u"Show &log", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CBO Desk", None))
#if QT_CONFIG(shortcut)
        self.actionAbout.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.navHeading.setText(QCoreApplication.translate("MainWindow", u"&Areas", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &recent", None))
        self.menuSettings.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

