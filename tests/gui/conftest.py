"""GUI test helpers: an app controller on a temporary config, and a demo CBO."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cbodesk import config as cfg
from cbodesk.gui import errors
from cbodesk.gui.app import AppController, make_application
from cbodesk.gui.i18n import Languages
from cbodesk.services.demo import write_demo


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def controller(qapp: QApplication, tmp_path: Path) -> Iterator[AppController]:
    app = make_application()
    config = cfg.Config(tmp_path / "settings.json")
    config.set(cfg.BACKUP_FOLDER, str(tmp_path / "auto-backups"))
    languages = Languages(app)
    languages.set_language("en")
    reporter = errors.install_excepthook()
    reporter.quiet = True
    bugs_before = reporter.count
    c = AppController(app, config, languages)
    yield c
    if c.window is not None:
        c.window.close_confirmed = True
        c.window.close()
    languages.set_language("en")
    assert reporter.count == bugs_before, "an unexpected error reached the bug reporter"


@pytest.fixture(scope="session")
def _demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo CBO written once (its cash book takes seconds); each test gets a copy."""
    path = tmp_path_factory.mktemp("demo-master") / "demo.cbodesk"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, _demo_master: Path) -> Path:
    path = tmp_path / "demo.cbodesk"
    shutil.copyfile(_demo_master, path)
    return path


def send_text(widget: QWidget, text: str) -> None:
    """Type *text* into *widget* as a keyboard would, Khmer included.

    ``QTest.keyClicks`` only knows ASCII keys (it aborts on others), so each
    character goes as a key event carrying that text, as a Khmer keyboard
    layout delivers it.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return send_text
