"""Recording a change of a member's status: inactive, left (with the reason), deceased, active again.

Changes are kept in the order they happened, each with its day; the register
shows the current one and the member dialog every one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cbodesk.domain import members as dm
from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import LocaleSettings
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import (
    ProblemMarks,
    fit_dialog,
    from_qdate,
    setup_date_edit,
    to_qdate,
)
from cbodesk.gui.forms.ui_members_status_dialog import Ui_StatusDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.members.common import names, number_text, short_date, status_label
from cbodesk.gui.widgets import fill_combo
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo


class StatusDialog(Retranslating, QDialog):
    """One change of status of one member; ``result_view`` is the member after it."""

    def __init__(self, cbo: Cbo, actor: Actor, member: ms.MemberView, locale: LocaleSettings,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.member, self.locale_settings = cbo, actor, member, locale
        self.today = today or date.today()
        self.result_view: ms.MemberView | None = None
        self.ui = Ui_StatusDialog()
        ui = self.ui
        ui.setupUi(self)
        setup_date_edit(ui.onEdit, self.today, latest=self.today)
        ui.onEdit.setMinimumDate(to_qdate(member.joined_on))
        self.marks = ProblemMarks(ui.problemsLabel, {"status": ui.statusCombo, "on": ui.onEdit,
                                                     "reason": ui.reasonEdit})
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        ui.statusCombo.currentIndexChanged.connect(self._show_note)
        self._show_texts()
        fit_dialog(self)
        ui.statusCombo.setFocus()

    def _show_texts(self) -> None:
        ui, member, locale = self.ui, self.member, self.locale_settings
        fill_combo(ui.statusCombo, [("", self.tr("(choose)"))] + [
            (code, status_label(code)) for code in dm.STATUSES if code != member.status])
        ui.memberLabel.setText(self.tr("Member %s: %s. Now: %s since %s.") % (
            number_text(member.number, locale), names(locale.language, member.name_km, member.name_latin),
            status_label(member.status), short_date(member.status_since, locale)))
        self._show_note()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_texts()

    def _show_note(self) -> None:
        chosen = self.ui.statusCombo.currentData() or ""
        notes = []
        if chosen in dm.GONE and any(t.ended_on is None for t in self.member.terms):
            notes.append(self.tr("The member's committee positions end on that day."))
        if chosen == "left":
            notes.append(self.tr("Write why the member left."))
        if self.member.status == "deceased":
            notes.append(self.tr("This member was recorded as deceased. If that was a mistake, write so "
                                 "as the reason."))
        self.ui.noteLabel.setText(" ".join(notes))

    def change(self) -> dm.StatusChange:
        ui = self.ui
        return dm.StatusChange(ui.statusCombo.currentData() or "", from_qdate(ui.onEdit.date()),
                               ui.reasonEdit.text())

    def save(self) -> bool:
        try:
            self.result_view = ms.change_status(self.cbo, self.actor, self.member.id, self.change(),
                                                today=self.today)
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.accept()
        return True
