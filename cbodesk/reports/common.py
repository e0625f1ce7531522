"""What every report builder shares: the letterhead, the period as printed, the
signature blocks, the report's language, and the frame of a :class:`Report`.

A builder is written as ``body(ctx, progress) -> Report`` and registered
through :func:`builder`, which opens one read snapshot of the book
(:func:`cbodesk.services.reporting.snapshot`) around it, so the figures and
the book fingerprint printed with them are of the same moment, and hands it a
:class:`ReportContext`: the CBO, the person, the parameters, the profile and
the translate function of the report's language (not the screen's: a notice
board summary is printed in Khmer from an English screen).

Strings are marked where they are written, ``ctx.tr(N_("reports", "Opening
balance"))``: the literal context lets lupdate find them; ``tr`` looks them up
in the report's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from cbodesk.domain.catalogue import PROVINCE_BY_CODE
from cbodesk.domain.errors import InvalidInput, Problem
from cbodesk.domain.formatting import (
    DateStyle,
    LocaleSettings,
    format_date,
    format_money,
    format_month,
    format_number,
)
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_, Translate, catalogue
from cbodesk.reports.model import (
    Column,
    Letterhead,
    Orientation,
    PageSize,
    Report,
    Section,
    Signature,
    Signatures,
)
from cbodesk.reports.registry import (
    Builder,
    Need,
    Progress,
    ReportKind,
    ReportParams,
    kind,
    register,
)
from cbodesk.services import reporting
from cbodesk.services.cashbook import book_fingerprint
from cbodesk.services.profile import load_profile
from cbodesk.storage.database import Cbo

CONTEXT = "reports"

# What a missing parameter is called in a form, by ReportParams field.
_MISSING: dict[str, str] = {
    "date_from": N_("errors", "Choose the first day of the period."),
    "date_to": N_("errors", "Choose the last day of the period."),
    "on": N_("errors", "Choose the day."),
    "account_id": N_("errors", "Choose the account."),
    "fund_id": N_("errors", "Choose the fund."),
    "fiscal_year": N_("errors", "Choose the fiscal year."),
    "closing_id": N_("errors", "Choose the monthly closing."),
    "entry_id": N_("errors", "Choose the entry."),
    "rate_date": N_("errors", "Give the date of the exchange rate."),
}

CURRENCY_NAMES: dict[Currency, str] = {
    Currency.KHR: N_("reports", "Riel"),
    Currency.USD: N_("reports", "Dollars"),
}


@dataclass(frozen=True)
class ReportContext:
    """The report being made: who, for whom, in which language, with which choices."""

    cbo: Cbo
    actor: Actor
    params: ReportParams
    kind: ReportKind
    profile: OrganisationProfile
    settings: LocaleSettings
    translate: Translate
    generated_at: datetime

    @property
    def language(self) -> str:
        return self.settings.language

    def tr(self, source: str, /, **values: Any) -> str:
        """*source* (marked ``N_("reports", …)``) in the report's language, placeholders filled."""
        translated = self.translate(CONTEXT, source)
        if not values:
            return translated
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not stop the report.
            return source.format(**values)

    def day(self, day: date, style: DateStyle = "medium") -> str:
        return format_date(day, self.settings, style)

    def money(self, amount: Money) -> str:
        return format_money(amount, self.settings)

    def number(self, value: int | Decimal, decimals: int | None = None) -> str:
        return format_number(value, self.settings, decimals)

    def currency_name(self, currency: Currency) -> str:
        return self.tr(CURRENCY_NAMES[currency])

    def label(self, context: str, labels: Mapping[str, str], code: str) -> str:
        """The label of *code* in *labels* (sources marked ``N_(context, …)``) in the report's
        language; *code* itself when it has none."""
        source = labels.get(code)
        return self.translate(context, source) if source else code

    def names(self, name_km: str, name_latin: str) -> tuple[str, str]:
        """A person's two names, the report's language first (see :func:`name_columns`)."""
        return (name_km, name_latin) if self.language == "km" else (name_latin, name_km)

    def category(self, name_en: str, name_km: str) -> str:
        """A category's name: the Khmer one in a Khmer report when there is one."""
        if self.language == "km":
            return name_km or name_en
        return name_en or name_km

    def period(self, date_from: date, date_to: date) -> str:
        return period_text(self, date_from, date_to)


def name_columns(ctx: ReportContext) -> tuple[Column, Column]:
    """The columns of a person's two names, in the order of :meth:`ReportContext.names`."""
    km = Column(ctx.tr(N_("reports", "Name in Khmer")), "text", 2.2)
    latin = Column(ctx.tr(N_("reports", "Name in Latin letters")), "text", 2.2)
    return (km, latin) if ctx.language == "km" else (latin, km)


# --- parameters ------------------------------------------------------------------


def require(params: ReportParams, *names: str) -> None:
    """Raise :class:`InvalidInput` naming every parameter among *names* that is not given,
    and a period that ends before it starts."""
    problems = [Problem(name, _MISSING[name]) for name in names if getattr(params, name) is None]
    if (not problems and params.date_from is not None and params.date_to is not None
            and "date_from" in names and params.date_from > params.date_to):
        problems.append(Problem("date_to", N_("errors", "The period ends before it starts. Check both dates.")))
    if problems:
        raise InvalidInput(problems)


# --- the frame ----------------------------------------------------------------------


def letterhead(profile: OrganisationProfile, language: str) -> Letterhead:
    """The CBO's names, logo and address (village, commune, district, province) in *language*."""
    tr = catalogue(language)

    def place(template: str, name: str) -> str:
        text = tr(CONTEXT, template)
        # Khmer writes "ភូមិ{name}" run together; a name kept in Latin letters needs a space.
        if language == "km" and name[:1].isascii():
            text = text.replace("{name}", " {name} ").strip()
        return text.format(name=name)

    parts = []
    if profile.village:
        parts.append(place(N_("reports", "{name} village"), profile.village))
    if profile.commune:
        parts.append(place(N_("reports", "{name} commune"), profile.commune))
    if profile.district:
        parts.append(place(N_("reports", "{name} district"), profile.district))
    province = PROVINCE_BY_CODE.get(profile.province)
    if province is not None:
        name = province.name_km if language == "km" else province.name_en
        if province.code == "12":  # Phnom Penh is the capital, not a province
            parts.append(place(N_("reports", "{name} capital"), name))
        else:
            parts.append(place(N_("reports", "{name} province"), name))
    # Khmer addresses run on with spaces; English ones take commas.
    address = (" " if language == "km" else ", ").join(parts)
    return Letterhead(profile.name_km, profile.name_en, profile.logo_png, address)


def period_text(ctx: ReportContext, date_from: date, date_to: date) -> str:
    """"March 2026" for a whole month, else "1 Jan 2026 – 31 Mar 2026"."""
    whole_month = (date_from.day == 1 and date_from.year == date_to.year and date_from.month == date_to.month
                   and (date_to + timedelta(days=1)).day == 1)
    if whole_month:
        return format_month(date_from.year, date_from.month, ctx.settings)
    return ctx.tr(N_("reports", "{start} – {end}"), start=ctx.day(date_from), end=ctx.day(date_to))


def on_text(ctx: ReportContext, day: date) -> str:
    return ctx.tr(N_("reports", "On {date}"), date=ctx.day(day))


def standard_signatures(ctx: ReportContext) -> Signatures:
    """Prepared by (the person making the report), checked by, approved by."""
    return Signatures((
        Signature(ctx.tr(N_("reports", "Prepared by")), ctx.actor.full_name, ctx.generated_at.date()),
        Signature(ctx.tr(N_("reports", "Checked by"))),
        Signature(ctx.tr(N_("reports", "Approved by"))),
    ))


def make_report(ctx: ReportContext, sections: Sequence[Section], *, period: str = "",
                title: str | None = None, orientation: Orientation = "portrait",
                page_size: PageSize = "A4", signatures: Signatures | None = None) -> Report:
    """The report of *ctx*'s kind: letterhead, settings, when and by whom; for a financial
    kind also the book fingerprint and (unless *signatures* are given) the standard
    signature blocks."""
    financial = ctx.kind.financial
    if signatures is None and financial:
        signatures = standard_signatures(ctx)
    return Report(
        kind=ctx.kind.code,
        title=title if title is not None else ctx.tr(ctx.kind.title),
        letterhead=letterhead(ctx.profile, ctx.language),
        settings=ctx.settings,
        generated_at=ctx.generated_at,
        generated_by=ctx.actor.full_name,
        sections=list(sections),
        period=period,
        orientation=orientation,
        page_size=page_size,
        fingerprint=book_fingerprint(ctx.cbo) if financial else "",
        signatures=signatures,
        subject=ctx.tr(ctx.kind.description),
    )


Body = Callable[[ReportContext, Progress], Report]


def builder(code: str, body: Body) -> Builder:
    """The registry's builder for the report *code* written as *body*: one read snapshot of
    the book around it, and its :class:`ReportContext`."""

    def build(cbo: Cbo, actor: Actor, params: ReportParams, progress: Progress) -> Report:
        settings = LocaleSettings(params.language, params.khmer_digits)
        with reporting.snapshot(cbo):
            ctx = ReportContext(cbo=cbo, actor=actor, params=params, kind=kind(code),
                                profile=load_profile(cbo), settings=settings,
                                translate=catalogue(params.language),
                                generated_at=datetime.now().replace(microsecond=0))
            return body(ctx, progress)

    build.__name__ = build.__qualname__ = f"build_{code}"
    return build


def report_kind(code: str, chapter: int, title: str, description: str, needs: Iterable[Need], body: Body,
                *, financial: bool = False, action: str = "reports.view",
                default_language: str | None = None) -> ReportKind:
    """Register the report *code*, written as *body*, under guideline *chapter*."""
    return register(ReportKind(code=code, chapter=chapter, title=title, description=description,
                               needs=frozenset(needs), builder=builder(code, body), financial=financial,
                               action=action, default_language=default_language))
