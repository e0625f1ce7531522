"""Two computers connected to one CBO: a member or the profile saved on the other computer after it
was opened here. Saving here says who saved it and when, and the person reloads theirs or keeps what
they typed to copy it; nothing is ever written over the other's save."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timezone
from pathlib import Path

import pytest
from members_support import SECRETARY, make_register, member_id
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from cbodesk.domain.formatting import LocaleSettings, format_datetime
from cbodesk.domain.roles import Actor
from cbodesk.gui.members.member_dialog import MemberDialog
from cbodesk.gui.profile.page import ProfilePage
from cbodesk.services import members as ms
from cbodesk.services import profile as profile_service
from cbodesk.storage.database import Cbo, open_cbo

ENGLISH = LocaleSettings("en")
OTHER = Actor("keo.dara", "Keo Dara", frozenset({"secretary", "administrator"}))


@pytest.fixture
def computers(tmp_path: Path) -> Iterator[tuple[Cbo, Cbo]]:
    """The CBO open here, and on the other computer (a second connection)."""
    path = tmp_path / "register.cbodesk"
    make_register(path)
    with open_cbo(path) as here, open_cbo(path, lock=False) as there:
        yield here, there


def on_conflict_box(choice: str) -> list[tuple[str, str]]:
    """When the "changed on another computer" box shows, note its texts and click *choice*."""
    seen: list[tuple[str, str]] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "changedMeanwhileBox":
            QTimer.singleShot(20, poll)
            return
        seen.append((box.text(), box.informativeText()))
        button = box.findChild(QPushButton, choice)
        assert button is not None
        button.click()

    QTimer.singleShot(0, poll)
    return seen


def test_the_member_dialog_says_who_and_when_then_keeps_or_reloads(qtbot: QtBot,
                                                                   computers: tuple[Cbo, Cbo]) -> None:
    here, there = computers
    sok = member_id(here, SECRETARY, "Sok Dara")
    dialog = MemberDialog(here, SECRETARY, ENGLISH, member_id=sok)
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile, on the other computer:
    other = ms.get_member(there, OTHER, sok)
    theirs = ms.update_member(there, OTHER, sok, replace(other.draft(), notes="Moved to Kampi", phone="097 555 1234"),
                              row_version=other.row_version)
    assert theirs.updated_at is not None

    dialog.ui.notesEdit.setPlainText("Has a new boat")
    seen = on_conflict_box("keepButton")
    assert not dialog.save()
    text, informative = seen[0]
    assert text.startswith("Keo Dara changed this member after you opened them.")
    local = theirs.updated_at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)  # stored in UTC
    assert informative.startswith(f"Saved by Keo Dara on {format_datetime(local, ENGLISH)}.")
    # Kept: what was typed is still there, not saved; theirs is untouched.
    assert dialog.ui.notesEdit.toPlainText() == "Has a new boat"
    assert dialog.has_unsaved_changes()
    assert ms.get_member(here, SECRETARY, sok).notes == "Moved to Kampi"

    seen = on_conflict_box("reloadButton")
    assert not dialog.save()
    assert seen
    # Reloaded: their version shows, and saving now builds on it.
    assert dialog.ui.notesEdit.toPlainText() == "Moved to Kampi"
    assert dialog.ui.phoneEdit.text() == "097 555 1234"
    assert not dialog.has_unsaved_changes()
    dialog.ui.notesEdit.setPlainText("Moved to Kampi; has a new boat")
    assert dialog.save()
    saved = ms.get_member(there, OTHER, sok)
    assert (saved.notes, saved.phone) == ("Moved to Kampi; has a new boat", "097 555 1234")


def test_the_profile_page_keeps_or_reloads(qtbot: QtBot, computers: tuple[Cbo, Cbo]) -> None:
    here, there = computers
    admin = Actor("sok.dara", "Sok Dara", frozenset({"administrator"}))
    page = ProfilePage(here, admin)
    qtbot.addWidget(page)
    page.show()
    opened = profile_service.load_profile(there)
    profile_service.save_profile(there, OTHER, replace(opened, phone="012 999 888"))

    page.form.ui.emailEdit.setText("cbo@example.org")
    page.form.changed.emit()
    seen = on_conflict_box("keepButton")
    assert not page.save_changes()
    assert seen[0][0].startswith("Keo Dara changed the profile after you opened it.")
    assert seen[0][1].startswith("Saved by Keo Dara on ")
    assert page.form.ui.emailEdit.text() == "cbo@example.org" and page.has_unsaved_changes()

    seen = on_conflict_box("reloadButton")
    assert not page.save_changes()
    assert seen
    assert page.form.ui.phoneEdit.text() == "012 999 888" and page.form.ui.emailEdit.text() == ""
    page.form.ui.emailEdit.setText("cbo@example.org")
    page.form.changed.emit()
    assert page.save_changes()
    saved = profile_service.load_profile(there)
    assert (saved.phone, saved.email) == ("012 999 888", "cbo@example.org")

