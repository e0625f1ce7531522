"""A member picker on a line edit: the cash book's payer or payee, a committee term's member.

As the person types (Khmer or Latin letters, or a member number), the members
found are offered in a list under the field, with their number, both names
and village; choosing one links the member. Where free text is allowed (the
cash book: a payer who is not a member), names used before are offered too,
and whatever is typed stays as it is. A line under the field says which
member is linked, so a namesake is not linked unseen.

Imported when a dialog that uses it opens, never at startup.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit

from cbodesk.domain import members as dm
from cbodesk.domain.errors import UserError
from cbodesk.domain.roles import Actor
from cbodesk.gui.members.common import GONE_COLOUR, status_label
from cbodesk.i18n import by_language
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

CHOICE_ROLE = Qt.ItemDataRole.UserRole  # the MemberChoice of a row; None for a name used before
MEMBERS_OFFERED = 12
NAMES_OFFERED = 6

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class _Offer:
    label: str  # what the list shows
    text: str  # what goes into the field when chosen
    member: ms.MemberChoice | None


class _OffersModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.offers: list[_Offer] = []

    def set_offers(self, offers: Sequence[_Offer]) -> None:
        self.beginResetModel()
        self.offers = list(offers)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.offers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.offers):
            return None
        offer = self.offers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return offer.label
        if role == Qt.ItemDataRole.EditRole:
            return offer.text
        if role == CHOICE_ROLE:
            return offer.member
        if role == Qt.ItemDataRole.ToolTipRole and offer.member is not None:
            return status_label(offer.member.status)
        return None


class MemberPicker(QObject):
    """Makes *edit* pick members; *info* (optional) says which member is linked.

    *names*: names used before, offered too (free text allowed). *include_gone*:
    members who left or died are offered as well (a fee paid late by a family).
    """

    member_changed = Signal(object)  # the MemberChoice now linked, or None

    def __init__(self, edit: QLineEdit, cbo: Cbo, actor: Actor, language: str, *, info: QLabel | None = None,
                 names: Sequence[str] = (), include_gone: bool = False, free_text: bool = True) -> None:
        super().__init__(edit)
        self.edit = edit
        self.cbo = cbo
        self.actor = actor
        self.language = language
        self.info = info
        self.names = list(names)
        self.include_gone = include_gone
        self.free_text = free_text
        self._member: ms.MemberChoice | None = None
        self._offers = _OffersModel(self)
        self.completer = QCompleter(self._offers, self)
        # The service already chose what matches (Khmer or Latin letters, spaces aside):
        # the list shows its answer as it is.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        # activated(QModelIndex), not the default activated(str): two members may share a name.
        cast(Any, self.completer.activated)[QModelIndex].connect(self._chosen)
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self._link_exact_name)
        self._show_info()

    # -- the linked member -------------------------------------------------------------------

    def member(self) -> ms.MemberChoice | None:
        return self._member

    @property
    def member_id(self) -> int | None:
        return self._member.id if self._member is not None else None

    def set_member(self, choice: ms.MemberChoice | None) -> None:
        """Link *choice* (None: none) and write their name in the field."""
        if choice is not None:
            self.edit.setText(choice.name(self.language))
        self._link(choice)

    def set_member_id(self, member_id: int | None) -> None:
        choice = None
        if member_id is not None:
            try:
                choice = ms.member_choice(self.cbo, self.actor, member_id)
            except UserError as exc:
                log.warning("cannot read member %s: %s", member_id, exc)
        self.set_member(choice)

    def remember(self, name: str) -> None:
        """A name just used (saved): offer it first from now on."""
        if name.strip() and self._member is None:
            self.names = [name] + [n for n in self.names if n != name]

    def clear(self) -> None:
        self.edit.clear()
        self._offers.set_offers([])
        self._link(None)

    def _link(self, choice: ms.MemberChoice | None) -> None:
        changed = (choice.id if choice else None) != self.member_id
        self._member = choice
        self._show_info()
        if changed:
            self.member_changed.emit(choice)

    def set_language(self, language: str) -> None:
        self.language = language
        self._show_info()

    def _show_info(self) -> None:
        if self.info is None:
            return
        member = self._member
        if member is not None:
            village = by_language(self.language, member.village_km, member.village_en)
            other = member.name_latin if self.language == "km" else member.name_km
            parts = [QCoreApplication.translate("MemberPicker", "Member %s") % member.number] + [p for p in (other, village) if p]
            if member.status in dm.GONE:
                parts.append(status_label(member.status))
            self.info.setStyleSheet("color: #1b5e20;")
            self.info.setText(" · ".join(parts))
        elif self.edit.text().strip():
            self.info.setStyleSheet(f"color: {GONE_COLOUR};")
            self.info.setText(QCoreApplication.translate("MemberPicker", "Not linked to a member. To link one, choose them from the list.")
                              if self.free_text else QCoreApplication.translate("MemberPicker", "Choose the member from the list."))
        else:
            self.info.setStyleSheet(f"color: {GONE_COLOUR};")
            self.info.setText(QCoreApplication.translate("MemberPicker", "Type a name or a member number to choose a member."))

    # -- typing --------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if self._member is not None and text != self._member.name(self.language):
            self._link(None)
        self._offers.set_offers(self.offers_for(text))
        if self._offers.offers and self.edit.hasFocus():
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()
        self._show_info()

    def offers_for(self, text: str) -> list[_Offer]:
        """The members found for *text*, then names used before that contain it."""
        if not text.strip():
            return []
        try:
            members = ms.member_choices(self.cbo, self.actor, text, limit=MEMBERS_OFFERED,
                                        include_gone=self.include_gone)
        except UserError as exc:  # a role that may not see members, or the database out of reach
            log.info("no members offered: %s", exc)
            members = []
        offers = [_Offer(self._label(m), m.name(self.language), m) for m in members]
        if self.free_text:
            wanted = dm.fold(text)
            taken = {dm.fold(m.name_km) for m in members} | {dm.fold(m.name_latin) for m in members}
            found = [n for n in self.names if wanted in dm.fold(n) and dm.fold(n) not in taken]
            offers += [_Offer(n, n, None) for n in found[:NAMES_OFFERED]]
        return offers

    def _label(self, member: ms.MemberChoice) -> str:
        village = by_language(self.language, member.village_km, member.village_en)
        text = member.label(self.language)
        if village:
            text += f" ({village})"
        if member.status in dm.GONE:
            text += f" – {status_label(member.status)}"
        return text

    def _chosen(self, index: QModelIndex) -> None:
        choice = index.data(CHOICE_ROLE)
        self._link(choice if isinstance(choice, ms.MemberChoice) else None)

    def _link_exact_name(self) -> None:
        """Typed a member's whole name without choosing from the list: link them when exactly one
        member has that name (the line under the field shows who)."""
        text = self.edit.text()
        if self._member is not None or not text.strip():
            self._show_info()
            return
        wanted = dm.fold(text)
        same = [m for m in self._offers.offers if m.member is not None
                and wanted in (dm.fold(m.member.name_km), dm.fold(m.member.name_latin))]
        if len(same) == 1 and same[0].member is not None:
            self._link(same[0].member)
        else:
            self._show_info()
