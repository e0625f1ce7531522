"""The organisation profile (guideline chapter 1) as a plain value, and its checks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from cbodesk.domain.catalogue import AUTHORITY_CODES, PROVINCE_BY_CODE, SECTOR_CODES
from cbodesk.domain.errors import Problem
from cbodesk.i18n import N_

E = "errors"
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class OrganisationProfile:
    name_km: str = ""
    name_en: str = ""
    acronym: str = ""
    logo_png: bytes | None = None
    sector: str = "other"
    province: str = ""
    district: str = ""
    commune: str = ""
    village: str = ""
    registration_authority: str = "none"
    registration_number: str = ""
    registration_date: date | None = None
    founding_date: date | None = None
    fiscal_year_start_month: int = 1
    uses_khr: bool = True
    uses_usd: bool = True
    phone: str = ""
    email: str = ""
    # Which saved version this was read from; 0 for a profile not read from a database.
    row_version: int = 0

    def display_name(self, language: str = "en") -> str:
        first, second = (self.name_km, self.name_en) if language == "km" else (self.name_en, self.name_km)
        return first or second or self.acronym

    def cleaned(self) -> OrganisationProfile:
        """The same profile with surrounding spaces removed from every text."""
        # Any: mypy would check a dict[str, str] against every field of replace(); only str ones are here.
        changes: dict[str, Any] = {
            name: value.strip()
            for name, value in self.__dict__.items()
            if isinstance(value, str)
        }
        return replace(self, **changes)

    def problems(self, today: date | None = None) -> list[Problem]:
        """Everything wrong with this profile, all at once, so a form can mark every field."""
        today = today or date.today()
        found: list[Problem] = []
        if not self.name_km.strip() and not self.name_en.strip():
            found.append(Problem("name_km", N_("errors", "Give the name of the CBO in Khmer, in English, or both.")))
        if len(self.acronym.strip()) > 20:
            found.append(Problem("acronym", N_("errors", "The acronym is too long: at most 20 letters.")))
        if self.sector not in SECTOR_CODES:
            found.append(Problem("sector", N_("errors", "Choose the sector of the CBO from the list.")))
        if self.province and self.province not in PROVINCE_BY_CODE:
            found.append(Problem("province", N_("errors", "Choose the province from the list.")))
        if self.registration_authority not in AUTHORITY_CODES:
            found.append(Problem("registration_authority", N_("errors", "Choose who registered the CBO from the list.")))
        registered = self.registration_authority != "none"
        if registered and not self.registration_number.strip():
            found.append(Problem("registration_number", N_(
                "errors", "Give the registration number written on the registration letter, or choose "
                   "\"Not registered yet\".")))
        for name, value in (("registration_date", self.registration_date), ("founding_date", self.founding_date)):
            if value is not None and value > today:
                found.append(Problem(name, N_("errors", "This date is in the future. Check the year.")))
        if (self.registration_date and self.founding_date
                and self.registration_date < self.founding_date):
            found.append(Problem("registration_date", N_(
                "errors", "The CBO cannot be registered before it was founded. Check both dates.")))
        if not 1 <= self.fiscal_year_start_month <= 12:
            found.append(Problem("fiscal_year_start_month", N_("errors", "Choose the month the fiscal year starts.")))
        if not (self.uses_khr or self.uses_usd):
            found.append(Problem("uses_khr", N_("errors", "Choose at least one currency: riel, dollars or both.")))
        phone = self.phone.replace(" ", "").replace("-", "")
        if phone and not (phone.lstrip("+").isdigit() and 8 <= len(phone.lstrip("+")) <= 15):
            found.append(Problem("phone", N_("errors", "The phone number should have 9 or 10 digits, for example 012 345 678.")))
        if self.email.strip() and ("@" not in self.email or " " in self.email.strip()):
            found.append(Problem("email", N_("errors", "This e-mail address is not complete, for example name@example.org.")))
        if self.logo_png is not None and len(self.logo_png) > MAX_LOGO_BYTES:
            found.append(Problem("logo_png", N_("errors", "The logo picture is too large; choose a smaller picture.")))
        return found
