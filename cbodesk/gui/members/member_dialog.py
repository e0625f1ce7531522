"""The member dialog: every field of a member, their status history and committee terms.

A new member gets the next number when saved. Every wrong field is marked at
once with a plain message; a likely duplicate (same name, year of birth and
village) is pointed out while typing and asked about before saving, and the
person goes back or saves anyway. Ctrl+S saves; closing with changes asks
whether to save them. Phone, ID card and IDPoor status are shown only to the
roles that need them (the service leaves them out for the others, and keeps
the stored values when such a person saves).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.formatting import DateError, LocaleSettings, format_stored_time
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks, from_qdate, setup_date_edit, to_qdate
from cbodesk.gui.cashbook.setup_dialogs import Cell, Record, RecordsModel, setup_table
from cbodesk.gui.errors import ask_reload_after_conflict, show_error
from cbodesk.gui.forms.ui_members_dialog import Ui_MemberDialog
from cbodesk.gui.i18n import Retranslating
from cbodesk.gui.members.common import (
    NOTE_COLOUR,
    birth_text,
    fill_villages,
    idpoor_label,
    names,
    number_text,
    photo_jpeg,
    position_label,
    sex_label,
    short_date,
    show_photo,
    status_label,
)
from cbodesk.gui.widgets import choose, fill_combo, heading, may_close_unsaved
from cbodesk.i18n import N_
from cbodesk.services import members as ms
from cbodesk.storage.database import Cbo

NOT_A_PICTURE = N_("errors", "This file is not a picture CBO Desk can read. Choose a JPEG or PNG photo.")
DUPLICATE_CHECK_DELAY_MS = 300
HOUSEHOLD = {"": None, "yes": True, "no": False}


class MemberDialog(Retranslating, QDialog):
    """A new member (*member_id* None) or an existing one; ``saved`` after each save."""

    saved = Signal(object)  # the MemberView just saved

    def __init__(self, cbo: Cbo, actor: Actor, locale: LocaleSettings, parent: QWidget | None = None, *,
                 member_id: int | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo, self.actor, self.locale_settings = cbo, actor, locale
        self.today = today or date.today()
        self.editable = actor.may("members.edit")
        self.view: ms.MemberView | None = ms.get_member(cbo, actor, member_id) if member_id is not None else None
        self.personal = actor.may("members.personal") if self.view is None else not self.view.personal_hidden
        self.last_saved: ms.MemberView | None = None
        self._photo: bytes | None = None
        self._photo_changed = False
        self._duplicates: list[ms.MemberRow] = []
        self._villages = ms.villages(cbo, include_retired=True)
        self.ui = Ui_MemberDialog()
        ui = self.ui
        ui.setupUi(self)
        heading(ui.headerLabel, 1.3)
        ui.duplicateLabel.setStyleSheet(f"color: {NOTE_COLOUR}; font-weight: bold;")
        ui.savedLabel.setStyleSheet("color: #1b5e20; font-weight: bold;")
        setup_date_edit(ui.joinedEdit, self.today, latest=self.today)
        ui.joinedEdit.setMinimumDate(to_qdate(date(dm.EARLIEST_YEAR, 1, 1)))
        self.status_model = RecordsModel(self)
        setup_table(ui.statusTable, self.status_model, stretch=2)
        self.marks = ProblemMarks(ui.problemsLabel, {
            "name_km": ui.nameKmEdit, "name_latin": ui.nameLatinEdit, "sex": ui.sexCombo, "birth": ui.birthEdit,
            "village": ui.villageCombo, "joined_on": ui.joinedEdit, "household_head": ui.householdCombo,
            "phone": ui.phoneEdit, "id_card": ui.idCardEdit, "idpoor": ui.idpoorCombo, "notes": ui.notesEdit,
            "photo": ui.choosePhotoButton})
        for row_widget in (ui.phoneEdit, ui.idCardEdit, ui.idpoorCombo):
            ui.fieldsLayout.setRowVisible(row_widget, self.personal)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        self._connect()
        self._fill_choices()
        if self.view is not None:
            photo = ms.member_photo(cbo, actor, self.view.id) if self.view.has_photo else None
            self._photo = photo[1] if photo else None
            self._show_member(self.view)
        else:
            fill_villages(ui.villageCombo, [v for v in self._villages if not v.retired],
                          locale.language, first=self.tr("(choose)"))
        self._show_texts()
        self._set_editable()
        self._loaded = self._snapshot()
        self.resize(max(self.sizeHint().width(), 900), max(self.sizeHint().height(), 560))
        ui.nameKmEdit.setFocus()

    # -- set-up -----------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.clicked.connect(self.save_and_close)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addAnotherButton.clicked.connect(self.save_and_add_another)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save_and_close)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self).activated.connect(self.save_and_add_another)
        ui.newVillageButton.clicked.connect(self.new_village)
        ui.choosePhotoButton.clicked.connect(self.choose_photo)
        ui.removePhotoButton.clicked.connect(self.remove_photo)
        ui.changeStatusButton.clicked.connect(self.change_status)
        ui.statementButton.clicked.connect(self.show_statement)
        ui.birthEdit.textChanged.connect(self._show_age)
        for edit in (ui.nameKmEdit, ui.nameLatinEdit, ui.birthEdit):
            edit.textEdited.connect(self._duplicate_timer.start)
        ui.villageCombo.currentIndexChanged.connect(self._duplicate_timer.start)

    def _fill_choices(self) -> None:
        ui = self.ui
        fill_combo(ui.sexCombo, [("", self.tr("(choose)"))] + [(code, sex_label(code)) for code in dm.SEXES])
        fill_combo(ui.householdCombo, [("", self.tr("Not known")), ("yes", self.tr("Yes")), ("no", self.tr("No"))])
        fill_combo(ui.idpoorCombo, [(code, idpoor_label(code)) for code in dm.IDPOOR])

    def _show_texts(self) -> None:
        ui, view, locale = self.ui, self.view, self.locale_settings
        if view is None:
            self.setWindowTitle(self.tr("New member"))
            ui.headerLabel.setText(self.tr("New member"))
            ui.currentStatusLabel.setText(self.tr("The number is given when the member is saved."))
            ui.recordedLabel.setText("")
        else:
            number = number_text(view.number, locale)
            self.setWindowTitle(self.tr("Member %s: %s") % (number, view.name(locale.language)))
            ui.headerLabel.setText(self.tr("Member %s") % number)
            ui.currentStatusLabel.setText(self.tr("%s since %s") % (status_label(view.status),
                                                                   short_date(view.status_since, locale)))
            recorded = self.tr("Added by %s on %s.") % (view.created_by, format_stored_time(view.created_at, locale))
            if view.updated_at is not None:
                recorded += " " + self.tr("Last changed by %s on %s.") % (
                    view.updated_by, format_stored_time(view.updated_at, locale))
            ui.recordedLabel.setText(recorded)
        show_photo(ui.photoLabel, self._photo, self.tr("No photo"))
        ui.removePhotoButton.setEnabled(self.editable and self._photo is not None)
        self._show_history()
        self._show_age()

    def _set_editable(self) -> None:
        ui, editable = self.ui, self.editable
        for edit in (ui.nameKmEdit, ui.nameLatinEdit, ui.birthEdit, ui.phoneEdit, ui.idCardEdit):
            edit.setReadOnly(not editable)
        ui.notesEdit.setReadOnly(not editable)
        ui.joinedEdit.setReadOnly(not editable)
        for combo in (ui.sexCombo, ui.villageCombo, ui.householdCombo, ui.idpoorCombo):
            combo.setEnabled(editable)
        for button in (ui.newVillageButton, ui.choosePhotoButton, ui.removePhotoButton):
            button.setVisible(editable)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setVisible(editable)
        if not editable:
            ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        ui.addAnotherButton.setVisible(editable and self.view is None)
        ui.changeStatusButton.setVisible(editable)
        ui.statusGroup.setVisible(self.view is not None)
        ui.changeStatusButton.setEnabled(self.view is not None)
        ui.statementButton.setEnabled(self.view is not None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._show_texts()
        self._set_editable()

    # -- showing a member ---------------------------------------------------------------------

    def _show_member(self, view: ms.MemberView) -> None:
        ui, locale = self.ui, self.locale_settings
        ui.nameKmEdit.setText(view.name_km)
        ui.nameLatinEdit.setText(view.name_latin)
        choose(ui.sexCombo, view.sex)
        ui.birthEdit.setText(birth_text(view.birth_date, view.birth_year, locale))
        usable = [v for v in self._villages if not v.retired or v.id == view.village.id]
        fill_villages(ui.villageCombo, usable, locale.language, first=self.tr("(choose)"), keep=view.village.id)
        ui.joinedEdit.setDate(to_qdate(view.joined_on))
        choose(ui.householdCombo, {None: "", True: "yes", False: "no"}[view.household_head])
        ui.phoneEdit.setText(view.phone or "")
        ui.idCardEdit.setText(view.id_card or "")
        choose(ui.idpoorCombo, view.idpoor or "")
        ui.notesEdit.setPlainText(view.notes)

    def _show_history(self) -> None:
        view, locale = self.view, self.locale_settings
        if view is None:
            self.status_model.set_records([], [])
            self.ui.termsLabel.setText("")
            return
        records = [Record(s.id, (Cell(status_label(s.status)), Cell(short_date(s.since, locale), s.since),
                                 Cell(s.reason or (self.tr("joined") if index == 0 else "")),
                                 Cell(s.recorded_by)))
                   for index, s in enumerate(view.statuses)]
        self.status_model.set_records([self.tr("Status"), self.tr("From"), self.tr("Reason"),
                                       self.tr("Recorded by")], records)
        lines = []
        for term in view.terms:
            end = short_date(term.ended_on, locale) if term.ended_on is not None else self.tr("today")
            lines.append(self.tr("%s: %s – %s") % (position_label(term.position, term.title),
                                                   short_date(term.started_on, locale), end))
        self.ui.termsLabel.setText(self.tr("Committee: %s") % "; ".join(lines) if lines
                                   else self.tr("Has not held a committee position."))

    def _show_age(self) -> None:
        try:
            birth_date, birth_year = dm.read_birth(self.ui.birthEdit.text(), self.locale_settings)
        except DateError:
            self.ui.ageLabel.setText("")
            return
        age = dm.age_on(self.today, birth_date, birth_year)
        self.ui.ageLabel.setText(self.tr("age %s") % number_text(age, self.locale_settings)
                                 if age is not None and age >= 0 else "")

    # -- what is typed ---------------------------------------------------------------------------

    def _snapshot(self) -> tuple[object, ...]:
        ui = self.ui
        return (ui.nameKmEdit.text(), ui.nameLatinEdit.text(), ui.sexCombo.currentData(), ui.birthEdit.text(),
                ui.villageCombo.currentData(), ui.joinedEdit.date(), ui.householdCombo.currentData(),
                ui.phoneEdit.text(), ui.idCardEdit.text(), ui.idpoorCombo.currentData(),
                ui.notesEdit.toPlainText(), self._photo_changed)

    def has_unsaved_changes(self) -> bool:
        return self.editable and self._snapshot() != self._loaded

    def draft(self, problems: list[Problem]) -> dm.MemberDraft:
        """What is typed, as the service takes it; a birth that cannot be read goes into *problems*."""
        ui = self.ui
        try:
            birth_date, birth_year = dm.read_birth(ui.birthEdit.text(), self.locale_settings)
        except DateError as exc:
            problems.append(dm.birth_problem(exc))
            birth_date, birth_year = None, None
        return dm.MemberDraft(
            name_km=ui.nameKmEdit.text(), name_latin=ui.nameLatinEdit.text(), sex=ui.sexCombo.currentData() or "",
            birth_date=birth_date, birth_year=birth_year, village_id=ui.villageCombo.currentData(),
            joined_on=from_qdate(ui.joinedEdit.date()),
            phone=ui.phoneEdit.text() if self.personal else None,
            id_card=ui.idCardEdit.text() if self.personal else None,
            idpoor=(ui.idpoorCombo.currentData() or "") if self.personal else None,
            household_head=HOUSEHOLD[ui.householdCombo.currentData() or ""], notes=ui.notesEdit.toPlainText())

    # -- saving ------------------------------------------------------------------------------------

    def save(self, *, allow_duplicate: bool = False) -> bool:
        """Save what is typed; False (with every problem marked) when it was not saved."""
        if not self.editable:
            return False
        typed: list[Problem] = []
        draft = self.draft(typed)
        if typed:  # the rest is checked too, so that every wrong field shows at once
            self.marks.show(typed + [p for p in draft.cleaned().problems(self.today) if p.field != "birth"])
            return False
        photo = ms.Photo(self._photo) if self._photo_changed else None
        try:
            if self.view is None:
                view = ms.add_member(self.cbo, self.actor, draft, allow_duplicate=allow_duplicate,
                                     today=self.today, photo=photo)
            else:
                view = ms.update_member(self.cbo, self.actor, self.view.id, draft, row_version=self.view.row_version,
                                        allow_duplicate=allow_duplicate, today=self.today, photo=photo)
        except ms.LikelyDuplicate as exc:
            self.marks.show([], focus=False)
            if self.confirm_duplicate(exc.members):
                return self.save(allow_duplicate=True)
            return False
        except InvalidInput as exc:
            self.marks.show(exc.problems)
            return False
        except ms.ChangedMeanwhile as exc:
            self.changed_meanwhile(exc)
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self.marks.show([], focus=False)
        self.view = view
        self.last_saved = view
        self._photo_changed = False
        self._loaded = self._snapshot()
        self.saved.emit(view)
        return True

    def changed_meanwhile(self, exc: UserError) -> None:
        """Someone saved this member on another computer since it was opened here: say who and
        when, and reload theirs or leave what is typed (unsaved) to be copied."""
        assert self.view is not None
        if ask_reload_after_conflict(self, exc):
            self.reload(ms.get_member(self.cbo, self.actor, self.view.id))

    def reload(self, view: ms.MemberView) -> None:
        """Show *view* (the member as saved now), dropping what was typed."""
        self.view = view
        photo = ms.member_photo(self.cbo, self.actor, view.id) if view.has_photo else None
        self._photo = photo[1] if photo else None
        self._photo_changed = False
        self._show_member(view)
        self._show_texts()
        self.marks.show([], focus=False)
        self._loaded = self._snapshot()

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def save_and_add_another(self) -> None:
        """Save a new member and clear the form for the next one; the village and the join
        date stay (members are often typed from one village's paper list)."""
        if self.view is not None or not self.save():
            return
        saved = self.last_saved
        assert saved is not None
        ui = self.ui
        self.view = None
        for edit in (ui.nameKmEdit, ui.nameLatinEdit, ui.birthEdit, ui.phoneEdit, ui.idCardEdit):
            edit.clear()
        ui.notesEdit.clear()
        for combo in (ui.sexCombo, ui.householdCombo, ui.idpoorCombo):
            combo.setCurrentIndex(0)
        self._photo = None
        self._photo_changed = False
        self._show_duplicates([])
        self._show_texts()
        self._set_editable()
        ui.savedLabel.setText(self.tr("Saved member %s: %s. Type the next member.") % (
            number_text(saved.number, self.locale_settings), saved.name(self.locale_settings.language)))
        self._loaded = self._snapshot()
        ui.nameKmEdit.setFocus()

    def confirm_duplicate(self, found: list[ms.MemberRow]) -> bool:
        """Ask whether the member is another person than those *found*: True to save anyway."""
        lines = "\n".join("• " + self._duplicate_line(row) for row in found[:5])
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Is this member in the register already?"),
                          self.tr("The register has a member with the same name, year of birth and village:")
                          + "\n\n" + lines + "\n\n"
                          + self.tr("If this is the same person, go back and open that member instead. If it "
                                    "is another person with the same name, save anyway."), parent=self)
        back = box.addButton(self.tr("Go &back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("goBackButton")
        anyway = box.addButton(self.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        anyway.setObjectName("saveAnywayButton")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        chosen = box.clickedButton()
        box.deleteLater()
        return chosen is anyway

    def _duplicate_line(self, row: ms.MemberRow) -> str:
        locale = self.locale_settings
        parts = [self.tr("member %s") % number_text(row.number, locale),
                 names(locale.language, row.name_km, row.name_latin), row.village(locale.language)]
        year = row.birth_year
        if year is not None:
            parts.append(self.tr("born %s") % number_text(year, locale))
        parts.append(status_label(row.status))
        return ", ".join(parts)

    def check_duplicates(self) -> None:
        """Point out, while typing, members who may be the same person."""
        if not self.editable:
            return
        draft = self.draft([])
        if not (draft.name_km.strip() or draft.name_latin.strip()) or draft.village_id is None:
            self._show_duplicates([])
            return
        try:
            found = ms.likely_duplicates(self.cbo, self.actor, draft,
                                         exclude_id=self.view.id if self.view is not None else None,
                                         today=self.today)
        except UserError:
            found = []
        self._show_duplicates(found)

    def _show_duplicates(self, found: list[ms.MemberRow]) -> None:
        self._duplicates = found
        label = self.ui.duplicateLabel
        if found:
            label.setText(self.tr("Already in the register? %s") % "; ".join(self._duplicate_line(r)
                                                                              for r in found[:3]))
        label.setVisible(bool(found))

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask first when something typed is not saved."""
        if not self.has_unsaved_changes() or may_close_unsaved(
                self, self.tr("Unsaved changes"),
                self.tr("This member has changes that are not saved yet. "
                        "Save them now?"),
                self.save):
            super().reject()

    # -- villages, photo, status, statement ------------------------------------------------------

    def new_village(self) -> None:
        from cbodesk.gui.members.village_dialog import VillageDialog

        dialog = VillageDialog(self.cbo, self.actor, self)
        try:
            if dialog.exec() and dialog.added is not None:
                self._villages = ms.villages(self.cbo, include_retired=True)
                current = self.view.village.id if self.view is not None else None
                usable = [v for v in self._villages if not v.retired or v.id == current]
                fill_villages(self.ui.villageCombo, usable, self.locale_settings.language,
                              first=self.tr("(choose)"), keep=dialog.added.id)
                self._duplicate_timer.start()
        finally:
            dialog.deleteLater()

    def choose_photo(self) -> None:
        formats = " ".join(f"*.{bytes(f.data()).decode()}" for f in QImageReader.supportedImageFormats())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the member's photo"), "",
                                              self.tr("Pictures (%s)") % formats)
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        reader = QImageReader(path)
        reader.setAutoTransform(True)  # phone photos are often stored sideways with an EXIF turn
        image = reader.read()
        if image.isNull():
            self.marks.show([Problem("photo", NOT_A_PICTURE)])
            return False
        self._photo = photo_jpeg(image)
        self._photo_changed = True
        self._show_texts()
        return True

    def remove_photo(self) -> None:
        self._photo = None
        self._photo_changed = True
        self._show_texts()

    def photo(self) -> bytes | None:
        return self._photo

    def change_status(self) -> None:
        if self.view is None or not self.editable:
            return
        from cbodesk.gui.members.status_dialog import StatusDialog

        dialog = StatusDialog(self.cbo, self.actor, self.view, self.locale_settings, self, today=self.today)
        try:
            if dialog.exec() and dialog.result_view is not None:
                self._status_changed(dialog.result_view)
        finally:
            dialog.deleteLater()

    def _status_changed(self, view: ms.MemberView) -> None:
        """The status was saved on its own: show it, keep what is typed (the status change gave
        the member a new version, which later saves of this dialog build on)."""
        self.view = view
        self._show_texts()
        self.saved.emit(view)

    def show_statement(self) -> None:
        if self.view is None:
            return
        from cbodesk.gui.members.statement_dialog import StatementDialog

        dialog = StatementDialog(self.cbo, self.actor, self.view.id, self.locale_settings, self, today=self.today)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
