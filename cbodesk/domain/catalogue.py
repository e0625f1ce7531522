"""Fixed lists the app is organised around: the guideline's chapters, sectors,
Cambodia's provinces and registration authorities.

Labels are English source strings marked for translation in context
``catalogue``; the GUI translates them. Province names come with their Khmer
spelling, which is how they are written on official papers.
"""

from __future__ import annotations

from dataclasses import dataclass

from cbodesk.i18n import N_

CONTEXT = "catalogue"


@dataclass(frozen=True)
class Chapter:
    number: int
    title: str


CHAPTERS: tuple[Chapter, ...] = (
    Chapter(1, N_("catalogue", "Legalization and institutional development")),
    Chapter(2, N_("catalogue", "Communication, cooperation and networking")),
    Chapter(3, N_("catalogue", "Membership and membership management")),
    Chapter(4, N_("catalogue", "Financial management")),
    Chapter(5, N_("catalogue", "Accountability and transparency")),
    Chapter(6, N_("catalogue", "Participatory implementation, monitoring and evaluation")),
    Chapter(7, N_("catalogue", "Strategy and sustainability")),
    Chapter(8, N_("catalogue", "Capacity development")),
)


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


SECTORS: tuple[Choice, ...] = (
    Choice("fishery", N_("catalogue", "Community fishery")),
    Choice("forestry", N_("catalogue", "Community forestry")),
    Choice("agriculture", N_("catalogue", "Agriculture")),
    Choice("savings", N_("catalogue", "Savings group")),
    Choice("water", N_("catalogue", "Water and sanitation")),
    Choice("women", N_("catalogue", "Women")),
    Choice("youth", N_("catalogue", "Youth")),
    Choice("other", N_("catalogue", "Other")),
)

REGISTRATION_AUTHORITIES: tuple[Choice, ...] = (
    Choice("none", N_("catalogue", "Not registered yet")),
    Choice("moi", N_("catalogue", "Ministry of Interior")),
    Choice("line_ministry", N_("catalogue", "A line ministry (e.g. Fisheries Administration, MAFF)")),
    Choice("commune", N_("catalogue", "Commune council")),
)


@dataclass(frozen=True)
class Province:
    code: str  # the official two-digit code
    name_en: str
    name_km: str


PROVINCES: tuple[Province, ...] = (
    Province("01", "Banteay Meanchey", "បន្ទាយមានជ័យ"),
    Province("02", "Battambang", "បាត់ដំបង"),
    Province("03", "Kampong Cham", "កំពង់ចាម"),
    Province("04", "Kampong Chhnang", "កំពង់ឆ្នាំង"),
    Province("05", "Kampong Speu", "កំពង់ស្ពឺ"),
    Province("06", "Kampong Thom", "កំពង់ធំ"),
    Province("07", "Kampot", "កំពត"),
    Province("08", "Kandal", "កណ្ដាល"),
    Province("09", "Koh Kong", "កោះកុង"),
    Province("10", "Kratie", "ក្រចេះ"),
    Province("11", "Mondulkiri", "មណ្ឌលគិរី"),
    Province("12", "Phnom Penh", "ភ្នំពេញ"),
    Province("13", "Preah Vihear", "ព្រះវិហារ"),
    Province("14", "Prey Veng", "ព្រៃវែង"),
    Province("15", "Pursat", "ពោធិ៍សាត់"),
    Province("16", "Ratanakiri", "រតនគិរី"),
    Province("17", "Siem Reap", "សៀមរាប"),
    Province("18", "Preah Sihanouk", "ព្រះសីហនុ"),
    Province("19", "Stung Treng", "ស្ទឹងត្រែង"),
    Province("20", "Svay Rieng", "ស្វាយរៀង"),
    Province("21", "Takeo", "តាកែវ"),
    Province("22", "Oddar Meanchey", "ឧត្ដរមានជ័យ"),
    Province("23", "Kep", "កែប"),
    Province("24", "Pailin", "ប៉ៃលិន"),
    Province("25", "Tbong Khmum", "ត្បូងឃ្មុំ"),
)

PROVINCE_BY_CODE = {p.code: p for p in PROVINCES}
SECTOR_CODES = frozenset(c.code for c in SECTORS)
AUTHORITY_CODES = frozenset(c.code for c in REGISTRATION_AUTHORITIES)

MONTHS: tuple[str, ...] = (
    N_("catalogue", "January"), N_("catalogue", "February"), N_("catalogue", "March"),
    N_("catalogue", "April"), N_("catalogue", "May"), N_("catalogue", "June"),
    N_("catalogue", "July"), N_("catalogue", "August"), N_("catalogue", "September"),
    N_("catalogue", "October"), N_("catalogue", "November"), N_("catalogue", "December"),
)
