"""The organisation profile page (guideline chapter 1)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.errors import ask_reload_after_conflict, show_error
from cbodesk.gui.forms.ui_profile_page import Ui_ProfilePage
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.pages import Page
from cbodesk.gui.profile.form import ProfileForm
from cbodesk.gui.widgets import heading
from cbodesk.services import profile as profile_service
from cbodesk.storage.database import Cbo


class ProfilePage(Retranslating, Page):
    chapter = 1
    key = "profile"
    saved = Signal()

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(cbo, actor, parent)
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        heading(self.ui.titleLabel, 1.5)
        self.form = ProfileForm(self)
        self.ui.formHostLayout.addWidget(self.form)
        self._dirty = False
        self._saved_at: datetime | None = None
        self.form.changed.connect(self._on_changed)
        self.ui.saveButton.clicked.connect(self.save_changes)
        self.ui.undoButton.clicked.connect(self.discard_changes)
        editable = actor.may("profile.edit")
        self.form.setEnabled(editable)
        self.ui.saveButton.setVisible(editable)
        self.ui.undoButton.setVisible(editable)
        self.refresh()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("ProfilePage", "Organisation profile")

    def refresh(self) -> None:
        self.form.set_profile(profile_service.load_profile(self.cbo))
        self._set_dirty(False)

    def _on_changed(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.ui.saveButton.setEnabled(dirty)
        self.ui.undoButton.setEnabled(dirty)
        self._show_state()

    def _show_state(self) -> None:
        if self._dirty:
            text = self.tr("Changes not saved yet")
        elif self._saved_at is not None:
            text = self.tr("Saved at %s") % self._saved_at.strftime("%H:%M")
        else:
            text = ""
        self.ui.savedLabel.setText(text)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_changes(self) -> bool:
        try:
            saved = profile_service.save_profile(self.cbo, self.actor, self.form.profile())
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return False
        except profile_service.ChangedMeanwhile as exc:
            # Saved on another computer since this page loaded: reload theirs, or keep what is
            # typed (unsaved) to copy it.
            if ask_reload_after_conflict(self, exc):
                self.refresh()
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self.form.set_profile(saved)
        self._saved_at = datetime.now()
        self._set_dirty(False)
        self.saved.emit()
        return True

    def discard_changes(self) -> None:
        self.refresh()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_state()
