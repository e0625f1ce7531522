"""Committee terms: a member takes a position (or a term recorded wrongly is corrected), and a
term ends.

A one-person position (the chair, the secretary, the treasurer) is handed
over: when someone else holds it, the dialog asks whether their term ends the
day before the new one starts.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

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
from cbodesk.gui.forms.ui_members_end_term_dialog import Ui_EndTermDialog
from cbodesk.gui.forms.ui_members_term_dialog import Ui_TermDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.members.common import names, position_label, short_date
from cbodesk.gui.members.picker import MemberPicker
from cbodesk.gui.widgets import choose, fill_combo
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo


class TermDialog(Retranslating, QDialog):
    """A new term (*term* None) or the correction of one; ``saved_term`` once saved."""

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None, *,
                 term: ms.TermView | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings, self.term = cbo, actor, locale, term
        self.today = today or date.today()
        self.saved_term: ms.TermView | None = None
        self.ui = Ui_TermDialog()
        ui = self.ui
        ui.setupUi(self)
        setup_date_edit(ui.startedEdit, self.today, latest=self.today)
        setup_date_edit(ui.endedEdit, self.today)
        ui.endedEdit.setMaximumDate(to_qdate(self.today + timedelta(days=366 * 5)))
        self.picker = MemberPicker(ui.memberEdit, cbo, actor, locale.language, info=ui.memberInfoLabel,
                                   free_text=False)
        self.marks = ProblemMarks(ui.problemsLabel, {
            "position": ui.positionCombo, "title": ui.titleEdit, "member": ui.memberEdit,
            "started_on": ui.startedEdit, "ended_on": ui.endedEdit})
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        ui.endedCheck.toggled.connect(ui.endedEdit.setEnabled)
        self._fill_choices()
        if term is not None:
            choose(ui.positionCombo, term.position)
            ui.titleEdit.setText(term.title)
            self.picker.set_member_id(term.member_id)
            ui.startedEdit.setDate(to_qdate(term.started_on))
            ui.endedCheck.setChecked(term.ended_on is not None)
            if term.ended_on is not None:
                ui.endedEdit.setDate(to_qdate(term.ended_on))
            ui.noteEdit.setText(term.note)
        ui.endedEdit.setEnabled(ui.endedCheck.isChecked())
        self._show_texts()
        fit_dialog(self)
        ui.positionCombo.setFocus()

    def _fill_choices(self) -> None:
        fill_combo(self.ui.positionCombo, [("", self.tr("(choose)"))] + [
            (p.code, position_label(p.code)) for p in dm.POSITIONS])

    def _show_texts(self) -> None:
        self.setWindowTitle(self.tr("New committee term") if self.term is None
                            else self.tr("Correct a committee term"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._show_texts()
        self.picker.set_language(self.locale_settings.language)

    def draft(self) -> dm.TermDraft:
        ui = self.ui
        return dm.TermDraft(position=ui.positionCombo.currentData() or "", member_id=self.picker.member_id,
                            started_on=from_qdate(ui.startedEdit.date()),
                            ended_on=from_qdate(ui.endedEdit.date()) if ui.endedCheck.isChecked() else None,
                            title=ui.titleEdit.text(), note=ui.noteEdit.text())

    def save(self) -> bool:
        draft = self.draft()
        try:
            if self.term is not None:
                self.saved_term = ms.update_term(self.cbo, self.actor, self.term.id, draft, today=self.today)
            else:
                handing_over = self._holder_to_replace(draft)
                if handing_over is not None and not self.confirm_handover(handing_over, draft):
                    return False
                self.saved_term = ms.start_term(self.cbo, self.actor, draft,
                                                replace_current=handing_over is not None, today=self.today)
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.accept()
        return True

    def _holder_to_replace(self, draft: dm.TermDraft) -> ms.TermView | None:
        """The current holder of a one-person position, who hands it over to the new member."""
        position = dm.POSITION_BY_CODE.get(draft.position)
        if position is None or not position.single or draft.started_on is None or draft.member_id is None:
            return None
        for held in ms.committee_terms(self.cbo, self.actor):
            if (held.position == draft.position and held.ended_on is None and held.member_id != draft.member_id
                    and held.started_on < draft.started_on):
                return held
        return None

    def confirm_handover(self, held: ms.TermView, draft: dm.TermDraft) -> bool:
        assert draft.started_on is not None
        locale = self.locale_settings
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hand the position over?"),
                          self.tr("%s is %s since %s. Hand the position over? Their term will end on %s.") % (
                              held.name(locale.language), position_label(held.position, held.title),
                              short_date(held.started_on, locale),
                              short_date(draft.started_on - timedelta(days=1), locale)), parent=self)
        hand_over = box.addButton(self.tr("&Hand over"), QMessageBox.ButtonRole.AcceptRole)
        hand_over.setObjectName("handOverButton")
        back = box.addButton(self.tr("Go &back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(hand_over)
        box.setEscapeButton(back)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return chosen is hand_over


class EndTermDialog(Retranslating, QDialog):
    """The last day of a term, and why it ended; ``saved_term`` once saved."""

    def __init__(self, cbo: Cbo, actor: Actor, term: ms.TermView, locale: LocaleSettings,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.term, self.locale_settings = cbo, actor, term, locale
        self.today = today or date.today()
        self.saved_term: ms.TermView | None = None
        self.ui = Ui_EndTermDialog()
        ui = self.ui
        ui.setupUi(self)
        setup_date_edit(ui.endedEdit, self.today)
        ui.endedEdit.setMinimumDate(to_qdate(term.started_on))
        self.marks = ProblemMarks(ui.problemsLabel, {"ended_on": ui.endedEdit, "reason": ui.reasonEdit})
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        self._show_texts()
        fit_dialog(self)
        ui.endedEdit.setFocus()

    def _show_texts(self) -> None:
        term, locale = self.term, self.locale_settings
        self.ui.termLabel.setText(self.tr("%s: %s, since %s.") % (
            position_label(term.position, term.title), names(locale.language, term.name_km, term.name_latin),
            short_date(term.started_on, locale)))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_texts()

    def save(self) -> bool:
        try:
            self.saved_term = ms.end_term(self.cbo, self.actor, self.term.id, from_qdate(self.ui.endedEdit.date()),
                                          self.ui.reasonEdit.text(), today=self.today)
        except UserError as exc:
            self.marks.show_refusal(self, exc)
            return False
        self.accept()
        return True
