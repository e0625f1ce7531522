"""What the main window needs of each area's page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cbodesk.domain.roles import Actor
from cbodesk.storage.database import Cbo


class Page(QWidget):
    """An area of the app, shown in the main window and listed under its guideline chapter."""

    chapter: int = 0
    key: str = ""

    def __init__(self, cbo: Cbo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor

    @classmethod
    def nav_title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        raise NotImplementedError

    def title(self) -> str:
        return type(self).nav_title()

    def refresh(self) -> None:
        """Read the page's data again (another computer or a restore may have changed it)."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save what the person typed; False if it could not be saved."""
        return True

    def discard_changes(self) -> None:
        self.refresh()
