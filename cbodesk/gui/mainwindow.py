"""The main window: areas listed by guideline chapter, menus, status bar."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTreeWidgetItem

from cbodesk.domain.catalogue import CHAPTERS
from cbodesk.domain.roles import ROLES, Actor
from cbodesk.gui.audit.page import AuditPage
from cbodesk.gui.cashbook.page import CashbookPage
from cbodesk.gui.forms.ui_mainwindow import Ui_MainWindow
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.meetings.page import MeetingsPage
from cbodesk.gui.members.committee_page import CommitteePage
from cbodesk.gui.members.contributions_page import ContributionsPage
from cbodesk.gui.members.page import MembersPage
from cbodesk.gui.pages import Page
from cbodesk.gui.plans.page import PlansPage
from cbodesk.gui.profile.page import ProfilePage
from cbodesk.gui.reports.page import ReportsPage
from cbodesk.gui.users.page import UsersPage
from cbodesk.services.profile import load_profile
from cbodesk.services.users import LOGIN_OFF_MARK
from cbodesk.storage.database import Cbo

if TYPE_CHECKING:
    from cbodesk.gui.app import AppController

log = logging.getLogger(__name__)

PageFactory = type[Page]

# Every area that exists, in the order of the guideline. An area appears here
# only once it is built: no empty placeholder pages.
# Ctrl+1… follow this list, so it is in the order of the navigation.
PAGE_FACTORIES: list[PageFactory] = [ProfilePage, CommitteePage, UsersPage, MeetingsPage, MembersPage,
                                     ContributionsPage, CashbookPage, ReportsPage, AuditPage, PlansPage]

PAGE_ROLE = Qt.ItemDataRole.UserRole
NAV_TEXT_WIDTH = 220  # the narrowest the navigation panel gets, less its margins


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, controller: AppController, cbo: Cbo, actor: Actor) -> None:
        super().__init__()
        self.controller = controller
        self.cbo = cbo
        self.actor = actor
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name_font = QFont(self.ui.cboNameLabel.font())
        name_font.setBold(True)
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        self.ui.cboNameLabel.setFont(name_font)
        # Pages are built when first shown, so the start does not grow with every area.
        self.factories: list[PageFactory] = list(PAGE_FACTORIES)
        self._built: dict[int, Page] = {}
        self._page_shortcuts: list[QAction] = []
        self._build_nav()
        self.ui.navList.currentItemChanged.connect(self._on_nav)
        self._cbo_label = QLabel()
        self._user_label = QLabel()
        self.ui.statusBar.addWidget(self._cbo_label, 1)
        self.ui.statusBar.addPermanentWidget(self._user_label)
        self._connect_actions()
        self.show_cbo_name()
        self._restore_geometry()
        self.select_page(0)
        self.close_confirmed = False
        self.keep_cbo_open = False  # closed to let another person log in to the same CBO

    # -- navigation -----------------------------------------------------------

    def _build_nav(self) -> None:
        nav = self.ui.navList
        current = self._current_index()
        nav.blockSignals(True)
        nav.clear()
        for action in self._page_shortcuts:
            self.removeAction(action)
        self._page_shortcuts = []
        heading_font = QFont(nav.font())
        heading_font.setBold(True)
        for chapter in CHAPTERS:
            pages = [i for i, f in enumerate(self.factories) if f.chapter == chapter.number]
            if not pages:
                continue
            text = f"{chapter.number}. {tr_core('catalogue', chapter.title)}"
            heading = QTreeWidgetItem(nav)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setToolTip(0, text)
            # A label, because tree items cut long chapter titles instead of wrapping them.
            label = QLabel(text)
            label.setWordWrap(True)
            label.setFont(heading_font)
            label.setContentsMargins(2, 4, 2, 2)
            # (Asking the viewport its width here would lay the tree out early: ~25 ms at start.)
            width = NAV_TEXT_WIDTH
            heading.setSizeHint(0, QSize(width, label.heightForWidth(width)))
            nav.setItemWidget(heading, 0, label)
            for index in pages:
                item = QTreeWidgetItem(heading, [self.factories[index].nav_title()])
                item.setData(0, PAGE_ROLE, index)
                self._add_page_shortcut(index)
            heading.setExpanded(True)
        nav.blockSignals(False)
        self.select_page(max(current, 0))

    def _add_page_shortcut(self, index: int) -> None:
        if index >= 9:
            return
        action = QAction(self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.select_page(index))
        self.addAction(action)
        self._page_shortcuts.append(action)

    def _nav_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        root = self.ui.navList.invisibleRootItem()
        for i in range(root.childCount()):
            heading = root.child(i)
            assert heading is not None  # i < childCount()
            for j in range(heading.childCount()):
                page_item = heading.child(j)
                assert page_item is not None  # j < childCount()
                items.append(page_item)
        return items

    def select_page(self, index: int) -> None:
        for item in self._nav_items():
            if item.data(0, PAGE_ROLE) == index:
                self.ui.navList.setCurrentItem(item)
                break
        # Also when the item was current already (no currentItemChanged): the page must show.
        self.ui.pages.setCurrentWidget(self.page(index))

    def _on_nav(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        index = item.data(0, PAGE_ROLE)
        if index is None:  # a chapter heading: go to its first page
            if item.childCount():
                first = item.child(0)
                assert first is not None
                self.ui.navList.setCurrentItem(first)
            return
        self.ui.pages.setCurrentWidget(self.page(index))

    def page(self, index: int) -> Page:
        """The page of the index-th area, built on first use."""
        if index not in self._built:
            page = self.factories[index](self.cbo, self.actor, self)
            self._built[index] = page
            self.ui.pages.addWidget(page)
            if isinstance(page, ProfilePage):
                page.saved.connect(self.show_cbo_name)
        return self._built[index]

    @property
    def pages(self) -> list[Page]:
        """Every page, building those not shown yet (the self-test visits them all)."""
        return [self.page(i) for i in range(len(self.factories))]

    def _current_index(self) -> int:
        widget = self.ui.pages.currentWidget()
        return next((i for i, p in self._built.items() if p is widget), 0)

    def current_page(self) -> Page:
        return self.page(self._current_index())

    # -- menus ----------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui, c = self.ui, self.controller
        ui.actionNewCbo.triggered.connect(lambda: c.new_cbo(self))
        ui.actionOpen.triggered.connect(lambda: c.choose_and_open(self))
        # File → Connect to a shared CBO database…, right after Open…
        self.actionConnectShared = QAction(self)
        self.actionConnectShared.setObjectName("actionConnectShared")
        self.actionConnectShared.setText(self.tr("&Connect to a shared CBO database\u2026"))
        self.actionConnectShared.triggered.connect(lambda: c.connect_shared(self))
        file_actions = ui.menuFile.actions()
        after_open = file_actions.index(ui.actionOpen) + 1
        if after_open < len(file_actions):
            ui.menuFile.insertAction(file_actions[after_open], self.actionConnectShared)
        else:
            ui.menuFile.addAction(self.actionConnectShared)
        ui.actionBackupTo.triggered.connect(lambda: c.backup_to(self))
        ui.actionRestore.triggered.connect(lambda: c.restore(self))
        ui.actionQuit.triggered.connect(self.close)
        ui.actionSettings.triggered.connect(lambda: c.show_settings(self))
        ui.actionShowLog.triggered.connect(lambda: c.show_log(self))
        ui.actionAbout.triggered.connect(lambda: c.show_about(self))
        ui.actionRestore.setEnabled(self.actor.may("cbo.restore"))
        ui.actionBackupTo.setEnabled(self.actor.may("cbo.backup"))
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        self._add_user_actions()

    def _add_user_actions(self) -> None:
        """File → Log out / switch user, and Settings → Users and passwords (the users page)."""
        ui = self.ui
        self.actionSwitchUser = QAction(self)
        self.actionSwitchUser.triggered.connect(lambda: self.controller.switch_user(self))
        ui.menuFile.insertAction(ui.actionQuit, self.actionSwitchUser)
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.actionUsers = QAction(self)
        self.actionUsers.triggered.connect(lambda: self.select_page(self.factories.index(UsersPage)))
        ui.menuSettings.addAction(self.actionUsers)
        self._retranslate_user_actions()

    def _retranslate_user_actions(self) -> None:
        from cbodesk.services.users import login_required

        self.actionSwitchUser.setText(self.tr("&Log out / switch user…"))
        self.actionUsers.setText(self.tr("&Users and passwords…"))
        on = not self.cbo.closed and login_required(self.cbo)
        self.actionSwitchUser.setEnabled(on)
        self.actionSwitchUser.setToolTip("" if on else self.tr("Login is off for this CBO."))

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = self.controller.recent()
        for number, location in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {location}" if number < 10 else location)
            action.triggered.connect(lambda _=False, loc=location: self.controller.open_location(loc, self))
        if not recent:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- status ---------------------------------------------------------------

    def show_cbo_name(self) -> None:
        profile = load_profile(self.cbo)
        name = profile.display_name(self.controller.languages.language)
        self.ui.cboNameLabel.setText(name)
        self.setWindowTitle(self.tr("%s – CBO Desk") % name)
        self._cbo_label.setText(self.tr("CBO: %s  ·  %s") % (name, self.cbo.location.display()))
        roles = ", ".join(tr_core("roles", ROLES[r]) for r in sorted(self.actor.roles) if r in ROLES)
        self._user_label.setText(self.tr("User: %s (%s)") % (self.actor.full_name, roles))
        if self.actor.username.endswith(LOGIN_OFF_MARK):
            self._user_label.setText(self._user_label.text() + " · " + self.tr("login off"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if hasattr(self, "actionConnectShared"):
            self.actionConnectShared.setText(self.tr("&Connect to a shared CBO database\u2026"))
        if hasattr(self, "actionSwitchUser"):
            self._retranslate_user_actions()
        self._build_nav()
        self.show_cbo_name()

    # -- geometry and closing -------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainwindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)

    def ask_to_save(self) -> bool:
        """Offer to save unsaved changes; False if the person wants to stay."""
        for page in list(self._built.values()):
            if not page.has_unsaved_changes():
                continue
            self.ui.pages.setCurrentWidget(page)
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The page \u201c%s\u201d has changes that are not saved yet. Save them now?")
                % page.title(),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not page.save_changes():
                return False
            if answer == QMessageBox.StandardButton.Discard:
                page.discard_changes()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_confirmed and not self.ask_to_save():
            event.ignore()
            return
        QSettings().setValue("mainwindow/geometry", self.saveGeometry())
        self.controller.window_closing(self)
        super().closeEvent(event)
