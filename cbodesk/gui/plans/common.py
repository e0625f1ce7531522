"""What the plan screens share: the words of the fixed lists in the person's language,
months of the fiscal year in a combo box, indicator values typed and shown, and
making one of the plan's reports.

Imported when a plan screen is first used, never at startup (it reads Babel).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from cbodesk.domain import plans as dp
from cbodesk.domain.catalogue import CHAPTERS
from cbodesk.domain.formatting import LocaleSettings, format_month, format_number
from cbodesk.domain.money import Currency
from cbodesk.domain.roles import Actor
from cbodesk.gui.i18n import tr_core
from cbodesk.i18n import N_
from cbodesk.storage.database import Cbo

# The plan's reports, in the order the Print menu lists them (cbodesk/reports/plans.py).
REPORT_KINDS = ("activity_plan", "me_form", "indicators", "participation_by_sex", "activity_budget")
PER_ACTIVITY_REPORTS = ("me_form", "indicators")  # also offered for the chosen activity alone

NO_REPORT = N_("errors", "This report cannot be made yet: this CBO Desk does not have it.")


def status_label(code: str) -> str:
    return tr_core("plans", dp.STATUSES[code]) if code in dp.STATUSES else code


def frequency_label(code: str) -> str:
    return tr_core("plans", dp.FREQUENCIES[code]) if code in dp.FREQUENCIES else code


def chapter_label(number: int | None) -> str:
    for chapter in CHAPTERS:
        if chapter.number == number:
            return f"{chapter.number}. {tr_core('catalogue', chapter.title)}"
    return ""


def month_text(month: date, locale: LocaleSettings) -> str:
    return format_month(month.year, month.month, locale)


def short_month(month: date, locale: LocaleSettings) -> str:
    """"Jan", "Feb" … (Khmer month names are short already)."""
    from babel.dates import get_month_names

    names = get_month_names("abbreviated", locale=locale.language if locale.language != "en" else "en_GB")
    return str(names[month.month])


def fill_months(combo: QComboBox, months: Sequence[date], locale: LocaleSettings, keep: date | None = None) -> None:
    """The months of the fiscal year ("March 2026"), the chosen one (or *keep*) staying chosen.

    Each item holds its month as ISO text (Qt would hand a ``date`` back as a QDate)."""
    current = keep.isoformat() if keep is not None else combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for month in months:
        combo.addItem(month_text(month, locale), month.isoformat())
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def chosen_month(combo: QComboBox) -> date | None:
    data = combo.currentData()
    return date.fromisoformat(data) if isinstance(data, str) and data else None


def choose_month(combo: QComboBox, month: date) -> None:
    index = combo.findData(month.isoformat())
    if index >= 0:
        combo.setCurrentIndex(index)


def value_text(value: Decimal | None, locale: LocaleSettings) -> str:
    """An indicator value without trailing zeros: 12, 12.5, 1,250."""
    if value is None:
        return ""
    normal = value.normalize()
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return format_number(normal, locale)


def percent_text(percent: Decimal | None, locale: LocaleSettings) -> str:
    if percent is None:
        return ""
    return f"{format_number(percent.quantize(Decimal(1)), locale)} %"


def currencies_used(cbo: Cbo) -> list[Currency]:
    """The currencies of the CBO's open accounts (riel first); riel when it has none yet."""
    from cbodesk.services import cashbook

    used = {a.currency for a in cashbook.accounts(cbo, include_closed=False)}
    return [c for c in Currency if c in used] or [Currency.KHR]


def print_plan_report(parent: QWidget, cbo: Cbo, actor: Actor, code: str, locale: LocaleSettings,
                      **params: Any) -> None:
    """Make one of the plan's reports in the background and open its preview (print, PDF, Excel);
    a report this CBO Desk does not have is said plainly."""
    from cbodesk.gui.reports.making import preview_report

    preview_report(parent, cbo, actor, code, locale, missing=NO_REPORT, **params)


def report_title(code: str) -> str:
    """The report's name as the Reports page shows it; the code when it is not registered."""
    from cbodesk.reports import registry

    try:
        return tr_core("reports", registry.kind(code).title)
    except registry.UnknownReport:
        return code

