"""What the pages that show a table of records (the cash book, the register, the
contributions, the committee, the audit log) do alike: a lazy table model read in
windows of rows, a debounced search box, a "More" menu of tools, the table's context
menu, one dialog at a time, and columns sized to the room.

Strings stay in each page (its own ``self.tr`` context); these helpers take them ready made.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QMenu, QTableView

Key = TypeVar("Key", bound=int)  # a table's column (an IntEnum)
P = TypeVar("P")  # a lazy table model's window of rows
R = TypeVar("R")  # a lazy table model's row (a service's row record)
F = TypeVar("F")  # a lazy table model's filter

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: a table has rows only under it


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


@dataclass
class RowPage(Generic[R]):
    """A window of rows a :class:`LazyTableModel` read, with each row's texts once formatted."""

    rows: list[R]
    texts: list[tuple[str, ...] | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.texts = [None] * len(self.rows)


RP = TypeVar("RP", bound=RowPage[Any])  # the model's kind of window


class LazyTableModel(QAbstractTableModel, Generic[R, F, RP]):
    """A window over a long list a service reads in SQL: the row count comes from one ``COUNT`` of
    the filter, rows are read *page_size* at a time around the row the view asks for, the *kept*
    most recent windows stay, and each row is formatted once (:meth:`_texts`).

    A subclass reads the count (:meth:`_read_count`) and a window (:meth:`_fetch`), and formats a
    row; a table shown newest first maps rows to places in the list (:meth:`_offset`)."""

    def __init__(self, f: F, columns: int, page_size: int, kept: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = f
        self._columns = columns
        self._page_size = page_size
        self._count = 0
        self._pages: PageCache[RP] = PageCache(kept)

    @property
    def filter(self) -> F:
        return self._filter

    def set_filter(self, f: F) -> None:
        self.beginResetModel()
        self._filter = f
        self._pages.clear()
        self._count = self._read_count()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the list again (a record saved, another computer, a restore)."""
        self.set_filter(self._filter)

    def _forget_texts(self, roles: Sequence[Qt.ItemDataRole] | None) -> None:
        """Format every row again (a new language or number format); *roles* changed (None: all)."""
        for page in self._pages.values():
            page.texts = [None] * len(page.rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)
        if self._count:
            first, last = self.index(0, 0), self.index(self._count - 1, self._columns - 1)
            if roles is None:
                self.dataChanged.emit(first, last)
            else:
                self.dataChanged.emit(first, last, list(roles))

    def _read_count(self) -> int:
        raise NotImplementedError

    def _fetch(self, number: int) -> RP:
        raise NotImplementedError

    def _texts(self, row: R) -> tuple[str, ...]:
        raise NotImplementedError

    def _offset(self, row: int) -> int:
        """The place in the list the service reads of the table's *row*."""
        return row

    def _at(self, row: int) -> tuple[R, RP, int] | None:
        if not 0 <= row < self._count:
            return None
        number, index = divmod(self._offset(row), self._page_size)
        page = self._pages.page(number, self._fetch)
        if index >= len(page.rows):  # the list shrank or moved under us (another computer)
            return None
        return page.rows[index], page, index

    def _text(self, row: R, page: RP, position: int, column: int) -> str:
        """The text of *row*'s *column*, formatted the first time it is asked for."""
        texts = page.texts[position]
        if texts is None:
            texts = page.texts[position] = self._texts(row)
        return texts[column]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._columns


def search_timer(parent: QObject, delay_ms: int, search: Callable[[], object]) -> QTimer:
    """A single-shot timer that calls *search* once typing pauses for *delay_ms* (start it on each key)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    return timer


def search_as_typed(parent: QObject, edit: QLineEdit, delay_ms: int, search: Callable[[], object]) -> QTimer:
    """Call *search* once typing in *edit* pauses for *delay_ms*, or at once on Enter; the timer
    (to stop when the search runs for another reason)."""
    timer = search_timer(parent, delay_ms, search)
    edit.textChanged.connect(timer.start)
    edit.returnPressed.connect(search)
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
