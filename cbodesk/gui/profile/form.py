"""The profile form: every field of the organisation profile, and its problems marked."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFileDialog, QWidget

from cbodesk.domain.catalogue import MONTHS, PROVINCES, REGISTRATION_AUTHORITIES, SECTORS
from cbodesk.domain.errors import Problem
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.gui.forms.ui_profile_form import Ui_ProfileForm
from cbodesk.gui.i18n import Retranslating, tr_core
from cbodesk.gui.widgets import choose, fill_combo

LOGO_SIZE = 512  # pixels; a logo prints at most a few centimetres wide
PROBLEM_STYLE = "border: 2px solid #c62828;"


class ProfileForm(Retranslating, QWidget):
    """Edits an :class:`OrganisationProfile`; knows nothing of databases."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileForm()
        self.ui.setupUi(self)
        self._logo: bytes | None = None
        self._row_version = 0
        self.ui.problemsLabel.setStyleSheet("color: #c62828; font-weight: bold;")
        self._fill_choices()
        for edit in (self.ui.nameKmEdit, self.ui.nameEnEdit, self.ui.acronymEdit, self.ui.districtEdit,
                     self.ui.communeEdit, self.ui.villageEdit, self.ui.phoneEdit, self.ui.emailEdit,
                     self.ui.registrationNumberEdit):
            edit.textEdited.connect(self.changed)
        for combo in (self.ui.sectorCombo, self.ui.provinceCombo, self.ui.authorityCombo,
                      self.ui.fiscalYearCombo):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.ui.khrCheck, self.ui.usdCheck, self.ui.registrationDateKnown,
                      self.ui.foundingDateKnown):
            check.toggled.connect(self.changed)
        for date_edit in (self.ui.registrationDate, self.ui.foundingDate):
            date_edit.setDisplayFormat("dd/MM/yyyy")
            date_edit.setMaximumDate(QDate.currentDate())
            date_edit.setMinimumDate(QDate(1950, 1, 1))
            date_edit.dateChanged.connect(self.changed)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self.set_profile(OrganisationProfile())

    # -- language -------------------------------------------------------------

    def _fill_choices(self) -> None:
        fill_combo(self.ui.sectorCombo, [(c.code, tr_core("catalogue", c.label)) for c in SECTORS])
        fill_combo(self.ui.authorityCombo,
                    [(c.code, tr_core("catalogue", c.label)) for c in REGISTRATION_AUTHORITIES])
        khmer_first = QLocale().language() == QLocale.Language.Khmer
        fill_combo(self.ui.provinceCombo, [("", self.tr("(choose)"))] + [
            (p.code, f"{p.name_km} – {p.name_en}" if khmer_first else f"{p.name_en} – {p.name_km}")
            for p in PROVINCES])
        fill_combo(self.ui.fiscalYearCombo,
                    [(i + 1, tr_core("catalogue", m)) for i, m in enumerate(MONTHS)])

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_choices()
        self._show_logo()

    # -- values ---------------------------------------------------------------

    def set_profile(self, profile: OrganisationProfile) -> None:
        ui = self.ui
        self.blockSignals(True)
        ui.nameKmEdit.setText(profile.name_km)
        ui.nameEnEdit.setText(profile.name_en)
        ui.acronymEdit.setText(profile.acronym)
        choose(ui.sectorCombo, profile.sector)
        choose(ui.provinceCombo, profile.province)
        ui.districtEdit.setText(profile.district)
        ui.communeEdit.setText(profile.commune)
        ui.villageEdit.setText(profile.village)
        ui.phoneEdit.setText(profile.phone)
        ui.emailEdit.setText(profile.email)
        choose(ui.authorityCombo, profile.registration_authority)
        ui.registrationNumberEdit.setText(profile.registration_number)
        self._set_date(ui.registrationDateKnown, ui.registrationDate, profile.registration_date)
        self._set_date(ui.foundingDateKnown, ui.foundingDate, profile.founding_date)
        choose(ui.fiscalYearCombo, profile.fiscal_year_start_month)
        ui.khrCheck.setChecked(profile.uses_khr)
        ui.usdCheck.setChecked(profile.uses_usd)
        self._logo = profile.logo_png
        self._row_version = profile.row_version
        self._show_logo()
        self.show_problems([])
        self.blockSignals(False)

    @staticmethod
    def _set_date(known: QCheckBox, edit: QDateEdit, value: date | None) -> None:
        known.setChecked(value is not None)
        edit.setEnabled(value is not None)
        edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())

    @staticmethod
    def _get_date(known: QCheckBox, edit: QDateEdit) -> date | None:
        if not known.isChecked():
            return None
        return cast(date, edit.date().toPython())  # QDate.toPython() is typed object

    def profile(self) -> OrganisationProfile:
        ui = self.ui
        return OrganisationProfile(
            name_km=ui.nameKmEdit.text(),
            name_en=ui.nameEnEdit.text(),
            acronym=ui.acronymEdit.text(),
            logo_png=self._logo,
            sector=ui.sectorCombo.currentData(),
            province=ui.provinceCombo.currentData() or "",
            district=ui.districtEdit.text(),
            commune=ui.communeEdit.text(),
            village=ui.villageEdit.text(),
            registration_authority=ui.authorityCombo.currentData(),
            registration_number=ui.registrationNumberEdit.text(),
            registration_date=self._get_date(ui.registrationDateKnown, ui.registrationDate),
            founding_date=self._get_date(ui.foundingDateKnown, ui.foundingDate),
            fiscal_year_start_month=int(ui.fiscalYearCombo.currentData()),
            uses_khr=ui.khrCheck.isChecked(),
            uses_usd=ui.usdCheck.isChecked(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            row_version=self._row_version,
        )

    # -- problems -------------------------------------------------------------

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "name_km": ui.nameKmEdit, "name_en": ui.nameEnEdit, "acronym": ui.acronymEdit,
            "sector": ui.sectorCombo, "province": ui.provinceCombo,
            "registration_authority": ui.authorityCombo,
            "registration_number": ui.registrationNumberEdit,
            "registration_date": ui.registrationDate, "founding_date": ui.foundingDate,
            "fiscal_year_start_month": ui.fiscalYearCombo, "uses_khr": ui.khrCheck,
            "phone": ui.phoneEdit, "email": ui.emailEdit, "logo_png": ui.logoLabel,
        }

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark every field with a problem and list the problems above the form."""
        widgets = self._field_widgets()
        for widget in widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        for problem in problems:
            marked = widgets.get(problem.field)
            if marked is not None:
                marked.setStyleSheet(PROBLEM_STYLE)
                marked.setToolTip(problem.text(tr_core))
        self.ui.problemsLabel.setText("\n".join("• " + p.text(tr_core) for p in problems))
        self.ui.problemsLabel.setVisible(bool(problems))
        if problems and problems[0].field in widgets:
            widgets[problems[0].field].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- logo -----------------------------------------------------------------

    def _show_logo(self) -> None:
        label = self.ui.logoLabel
        if self._logo:
            pixmap = QPixmap()
            pixmap.loadFromData(self._logo)
            label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        else:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No logo"))
        self.ui.removeLogoButton.setEnabled(bool(self._logo))

    def choose_logo(self) -> None:
        formats = " ".join(f"*.{bytes(f.data()).decode()}" for f in QImageReader.supportedImageFormats())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Pictures (%s)") % formats)
        if path:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.ui.problemsLabel.setText(self.tr("This file is not a picture CBO Desk can read. "
                                                  "Choose a PNG or JPEG picture."))
            self.ui.problemsLabel.setVisible(True)
            return False
        self._logo = logo_png(image)
        self._show_logo()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self._logo = None
        self._show_logo()
        self.changed.emit()


def logo_png(image: QImage) -> bytes:
    """The logo as PNG, no larger than LOGO_SIZE pixels on its longer side."""
    if max(image.width(), image.height()) > LOGO_SIZE:
        image = image.scaled(LOGO_SIZE, LOGO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 stub gap: it types format as bytes, but at run time only str is accepted (6.12).
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())
