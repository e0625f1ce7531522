"""What the pages that show a table of records (the cash book, the register, the
contributions, the committee) do alike: a debounced search box, a "More" menu of
tools, the table's context menu, one dialog at a time, and columns sized to the room.

Strings stay in each page (its own ``self.tr`` context); these helpers take them ready made.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QTableView

Key = TypeVar("Key", bound=int)  # a table's column (an IntEnum)
P = TypeVar("P")  # a lazy table model's window of rows


class PageCache(OrderedDict[int, P]):
    """The windows of rows a lazy table model has read, by window number: the *kept*
    most recently used stay, so scrolling back is free and memory stays flat."""

    def __init__(self, kept: int) -> None:
        super().__init__()
        self.kept = kept

    def page(self, number: int, fetch: Callable[[int], P]) -> P:
        """Window *number*, read with *fetch* when it is not kept."""
        page = self.get(number)
        if page is None:
            page = self[number] = fetch(number)
            while len(self) > self.kept:
                self.popitem(last=False)
        else:
            self.move_to_end(number)
        return page


def search_timer(parent: QObject, delay_ms: int, search: Callable[[], object]) -> QTimer:
    """A single-shot timer that calls *search* once typing pauses for *delay_ms* (start it on each key)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    return timer


# (text, allowed, slot); None draws a separator.
MenuItem = tuple[str, bool, Callable[[], object]] | None


def fill_menu(menu: QMenu, items: Sequence[MenuItem]) -> None:
    """Fill *menu* anew; an item the person may not use is shown disabled, not hidden."""
    menu.clear()
    for item in items:
        if item is None:
            menu.addSeparator()
            continue
        text, allowed, slot = item
        action = menu.addAction(text)
        action.setEnabled(allowed)
        action.triggered.connect(lambda _=False, s=slot: s())


def show_context_menu(table: QTableView, pos: QPoint, make_menu: Callable[[QModelIndex], QMenu]) -> None:
    """The row under *pos* becomes current, then the menu *make_menu* builds for it is shown."""
    index = table.indexAt(pos)
    if index.isValid():
        table.setCurrentIndex(index)
    menu = make_menu(index)
    if not menu.isEmpty():
        menu.exec(table.viewport().mapToGlobal(pos))
    menu.deleteLater()


class DialogOwner(Protocol):
    dialog: QDialog | None


def open_page_dialog(page: DialogOwner, dialog: QDialog, closed: Callable[[QDialog], object]) -> None:
    """Show *dialog* as the page's one dialog (window-modal; deleted once closed), closing the one before."""
    if page.dialog is not None:
        page.dialog.close()
    page.dialog = dialog
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: closed(dialog))
    dialog.open()


def fit_columns(header: QHeaderView, shown: Sequence[Key], fixed: Mapping[Key, int],
                wanted: Mapping[Key, int], room: int, smallest: int, stretch: Sequence[Key]) -> None:
    """Size the *shown* columns: the *fixed* ones get what they need; the text columns (*wanted*)
    what they ask when there is *room* (the viewport's width less the fixed columns), the
    *stretch* ones sharing what is left over; else each gives up the same share, none below
    *smallest* (then the table scrolls)."""
    texts = [c for c in shown if c in wanted]
    asked = sum(wanted[c] for c in texts)
    sizes: dict[Key, int] = dict(fixed)
    if room >= asked:  # enough: each what it wants, the stretching ones the rest too
        sizes.update({c: wanted[c] for c in texts})
        growing = [c for c in stretch if c in texts]
        for column in growing:
            sizes[column] += (room - asked) // len(growing)
    else:  # too little: all give up the same share, none below the smallest (then it scrolls)
        sharing = list(texts)
        while sharing:
            share = sum(wanted[c] for c in sharing)
            too_small = [c for c in sharing if wanted[c] * room // share < smallest]
            if not too_small:
                sizes.update({c: wanted[c] * room // share for c in sharing})
                break
            for narrow in too_small:
                sizes[narrow] = smallest
                room -= smallest
                sharing.remove(narrow)
    header.setMinimumSectionSize(smallest)
    for column in shown:
        header.resizeSection(column, sizes[column])
