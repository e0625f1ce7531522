"""One entry in full, and reversing it: the way a mistake in the cash book is corrected.

Opened with Enter on a row it shows the entry (every line of a transfer, the
photo of the paper, who recorded it, whether it waits for approval or was
reversed). Opened to reverse, it also asks why (required: members and
auditors read it) and on which day; the service then records the opposite of
every line of the entry. The reversal's id is made when the dialog opens, so
saving twice records one reversal.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from cbodesk.domain.cashbook import ENTRY_KINDS
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.formatting import LocaleSettings, format_date, format_money
from cbodesk.domain.roles import Actor
from cbodesk.gui.cashbook.fields import ProblemMarks, from_qdate, setup_date_edit
from cbodesk.gui.errors import show_error
from cbodesk.gui.forms.ui_reverse_dialog import Ui_ReverseDialog
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.services import cashbook
from cbodesk.services.cashbook import EntryView
from cbodesk.services.cashbook_list import EntryRow, attachment, group_rows
from cbodesk.storage.database import Cbo

THUMBNAIL = 180  # pixels


class ReverseDialog(Retranslating, QDialog):
    recorded = Signal(list)  # [EntryView]: the reversal's lines

    def __init__(self, cbo: Cbo, actor: Actor, entry: EntryRow, locale: LocaleSettings,
                 parent: QWidget | None = None, *, reverse: bool = False, today: date | None = None) -> None:
        super().__init__(parent)
        self.cbo = cbo
        self.actor = actor
        self.entry = entry
        self.locale_settings = locale
        self.today = today or date.today()
        self.uid = cashbook.new_uid()
        self.saved: list[EntryView] = []
        self.legs = group_rows(cbo, entry.group_uid)
        found = attachment(cbo, entry.id) if entry.has_attachment else None
        self._photo = QPixmap()
        if found is not None:
            self._photo.loadFromData(found[1])
        self.ui = Ui_ReverseDialog()
        ui = self.ui
        ui.setupUi(self)
        heading = ui.headingLabel.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.3)
        heading.setBold(True)
        ui.headingLabel.setFont(heading)
        setup_date_edit(ui.reverseDateEdit, self.today, latest=self.today)
        self.marks = ProblemMarks(ui.problemsLabel, {
            "reason": ui.reasonEdit, "date": ui.reverseDateEdit, "entry": ui.headingLabel})
        ui.reverseButton.clicked.connect(self.save)
        ui.startReverseButton.clicked.connect(lambda: self.set_reversing(True))
        ui.openPhotoButton.clicked.connect(self.open_photo)
        self._show()
        self.setMinimumWidth(max(self.fontMetrics().horizontalAdvance("M") * 48, 600))
        self.set_reversing(reverse)

    def may_reverse(self) -> bool:
        return (self.actor.may("cashbook.record") and self.entry.kind != "reversal"
                and not self.entry.reversed)

    def set_reversing(self, reversing: bool) -> None:
        ui = self.ui
        reversing = reversing and self.may_reverse()
        ui.reverseGroup.setVisible(reversing)
        ui.reverseButton.setVisible(reversing)
        ui.startReverseButton.setVisible(not reversing and self.may_reverse())
        # Enter records the reversal while reversing, and closes a dialog only looked at.
        (ui.reverseButton if reversing else ui.closeButton).setDefault(True)
        (ui.closeButton if reversing else ui.reverseButton).setDefault(False)
        if reversing:
            self.setWindowTitle(self.tr("Reverse %s") % self.entry.number)
            ui.reasonEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Entry %s") % self.entry.number)
            ui.closeButton.setFocus()
        self.adjustSize()

    def reversing(self) -> bool:
        return self.ui.reverseGroup.isVisibleTo(self)

    def _show(self) -> None:
        ui, entry, locale = self.ui, self.entry, self.locale_settings
        kind = tr_core("cashbook", ENTRY_KINDS.get(entry.kind, entry.kind))
        ui.headingLabel.setText(f"{entry.number} – {kind}")
        ui.dateValue.setText(format_date(entry.date, locale, "long"))
        lines = []
        for leg in self.legs:
            name = leg.account_name
            if leg.amount.amount >= 0:
                lines.append(self.tr("%s: %s in") % (name, format_money(leg.amount, locale)))
            else:
                lines.append(self.tr("%s: %s out") % (name, format_money(-leg.amount, locale)))
        if entry.kind == "exchange" and entry.rate:
            lines.append(self.tr("Rate: %s riel for 1 dollar") % entry.rate)
        ui.amountValue.setText("\n".join(lines))
        if entry.kind in ("transfer", "exchange"):
            ui.categoryValue.setText(kind)
        else:
            ui.categoryValue.setText(entry.category_name(locale.language) or "—")
        ui.partyValue.setText(entry.party or "—")
        ui.fundValue.setText(entry.fund_name or "—")
        ui.descriptionValue.setText(entry.description or "—")
        ui.enteredValue.setText(self.legs[0].entered_by if self.legs else "—")
        ui.stateValue.setText(self._state())
        if self._photo.isNull():
            ui.photoLabel.setText(self.tr("No photo of the paper"))
            ui.openPhotoButton.setVisible(False)
        else:
            ui.photoLabel.setPixmap(self._photo.scaled(
                THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _state(self) -> str:
        entry = self.entry
        if entry.kind == "reversal":
            return self.tr("Correction of %s. Reason: %s") % (entry.reverses_number, entry.reason)
        if entry.reversed:
            return self.tr("Reversed by %s, so it no longer counts. Reason: %s") % (
                entry.reversed_by_number, entry.reason)
        if entry.waiting_for_approval:
            return self.tr("Waits for the committee's approval.")
        if entry.approved == "approved":
            return self.tr("Approved by the committee.")
        if entry.approved == "rejected":
            return self.tr("The committee did not approve this payment. Reverse it if the money "
                           "was not paid.")
        return self.tr("Counts in the book.")

    def save(self) -> bool:
        ui = self.ui
        try:
            self.saved = cashbook.reverse_entry(self.cbo, self.actor, self.entry.id, ui.reasonEdit.text(),
                                                day=from_qdate(ui.reverseDateEdit.date()), uid=self.uid)
        except InvalidInput as exc:
            self.marks.show(exc.problems)
            return False
        except UserError as exc:
            show_error(self, exc)  # the uid is kept: trying again cannot reverse it twice
            return False
        self.recorded.emit(self.saved)
        self.accept()
        return True

    def open_photo(self) -> None:
        viewer = QDialog(self)
        viewer.setWindowTitle(self.tr("Photo of %s") % self.entry.number)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(viewer)
        scroll = QScrollArea(viewer)
        picture = QLabel()
        picture.setPixmap(self._photo)
        scroll.setWidget(picture)
        layout.addWidget(scroll)
        viewer.resize(min(self._photo.width() + 40, 1000), min(self._photo.height() + 40, 800))
        viewer.open()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show()
        self.set_reversing(self.reversing())
