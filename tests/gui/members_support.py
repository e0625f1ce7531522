"""What the member screens' tests (and other screens' tests) share: a small register, the people
who use it, a screen shown for a test, and answering the questions (message boxes, small dialogs)
the screens ask with ``exec()``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cbodesk.domain import members as dm
from cbodesk.domain.roles import Actor
from cbodesk.services import members as ms
from cbodesk.services.demo import DEMO_PROFILE
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo, open_cbo

SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
ME_FOCAL = Actor("kim.vanna", "Kim Vanna", frozenset({"me_focal"}))
TODAY = date.today()
W = TypeVar("W", bound=QWidget)

VILLAGES = (
    ("កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong"),
    ("អូរឫស្សី", "Ou Russei", "អូរឫស្សី", "Ou Russei"),
)
# name in Khmer, in Latin letters, sex, year of birth, village (index), phone
PEOPLE = (
    ("សុខ ដារ៉ា", "Sok Dara", "M", 1984, 0, "016 106 353"),
    ("ចាន់ សុភា", "Chan Sophea", "F", 1965, 1, ""),
    ("ហេង សុខលី", "Heng Sokhly", "F", 1964, 1, "012 331 963"),
    ("គឹម វណ្ណា", "Kim Vanna", "M", 1978, 0, ""),
    ("ស្រី ពៅ", "Srey Pov", "F", 1972, 0, ""),
    ("ឡុង សំណាង", "Long Samnang", "M", 1974, 1, ""),
)


def make_register(path: Path, *, extra: int = 0) -> None:
    """A new CBO with two villages and the six :data:`PEOPLE` (numbers 1–6), joined in 2015;
    *extra* more members ("Member 7" …) after them."""
    cbo, admin = new_cbo(path, DEMO_PROFILE, "Sok Dara")
    try:
        villages = [ms.add_village(cbo, admin, *v) for v in VILLAGES]
        lines = [ms.RegisterLine(dm.MemberDraft(
            name_km=km, name_latin=latin, sex=sex, birth_year=year, village_id=villages[village].id,
            joined_on=date(2015, 3, 1), phone=phone)) for km, latin, sex, year, village, phone in PEOPLE]
        lines += [ms.RegisterLine(dm.MemberDraft(
            name_latin=f"Member {i:06d}", sex="FM"[i % 2], birth_year=1950 + i % 50,
            village_id=villages[i % 2].id, joined_on=date(2016, 1, 1))) for i in range(extra)]
        ms.add_members(cbo, admin, lines, allow_duplicates=True)
    finally:
        cbo.close()


def open_register(path: Path, *, extra: int = 0) -> Cbo:
    """The CBO of :func:`make_register`, made at *path* and opened."""
    make_register(path, extra=extra)
    return open_cbo(path)


def member_id(cbo: Cbo, actor: Actor, latin: str) -> int:
    rows = ms.member_rows(cbo, actor, ms.MemberFilter(search=latin), 0, 5)
    found = [r for r in rows if r.name_latin == latin]
    assert len(found) == 1, f"{latin}: {found}"
    return found[0].id


def on_screen(qtbot: QtBot, widget: W, width: int, height: int) -> W:
    """*widget* closed after the test, *width* × *height*, shown and exposed on the screen."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None], *, tries: int = 200) -> None:
    """Once a modal *kind* (a question, a small dialog opened with ``exec()``) shows, *act* on it."""
    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def click_button(name: str) -> Callable[[QWidget], None]:
    """Act on a question by clicking its button named *name* (objectName)."""
    def act(box: QWidget) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None, f"no button {name}"
        button.click()
    return act


def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        found = box.button(button)
        assert found is not None
        found.click()
    return act
