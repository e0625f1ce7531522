"""Numbers, money and dates in the language the CBO chose.

Babel provides the locale data (grouping, month names, date patterns); this
module adds what Babel does not do for a Cambodian CBO:

* **Khmer digits.** Babel's ``km`` locale writes ASCII digits and never
  produces ០១២…៩ (NOTES.md, "Khmer text"), so the "Khmer digits" option
  converts digits after Babel has formatted. The option works with English
  too: it is a separate setting, and a CBO may want Khmer numerals on an
  English screen for members who read only those; nothing breaks either way.
* **Money as Cambodians write it.** ``1,234,567៛`` (riel never shows decimals)
  and ``$12.50`` in both languages, rather than Babel's ``KHR1,234,567.00`` /
  ``12.50$``: the symbols' positions follow the notes and banknotes people
  handle, not the language of the screen.
* **Day-first dates in English.** "en" is Babel's ``en_GB``, whose dates read
  ``14 Mar 2025`` and ``14/03/2025``; Babel's plain ``en`` is American
  (``Mar 14, 2025``, ``3/14/25``), and month-first dates are misread in
  Cambodia. A PyInstaller build that trims Babel's data must therefore keep
  ``en_GB`` and its parent ``en_001`` as well as ``root``, ``en`` and ``km``.
* **Reading dates back.** :func:`parse_date` accepts what :func:`format_date`
  writes, ISO dates and day/month/year, with either kind of digit.

All functions take a :class:`LocaleSettings` rather than reading global
configuration (STYLE.md §7), so tests and reports can format for any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Literal

from babel import Locale, dates, numbers

from cbodesk.domain.errors import UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.i18n import N_

__all__ = [
    "LANGUAGES",
    "DateError",
    "DateStyle",
    "LocaleSettings",
    "format_date",
    "format_datetime",
    "format_money",
    "format_month",
    "format_number",
    "from_khmer_digits",
    "parse_date",
    "to_khmer_digits",
]

# The languages of the user interface, and the Babel locale that formats for each.
_BABEL_LOCALES = {"en": "en_GB", "km": "km"}
LANGUAGES = tuple(_BABEL_LOCALES)

DateStyle = Literal["short", "medium", "long"]


@dataclass(frozen=True)
class LocaleSettings:
    """How to write numbers and dates for the person using CBO Desk."""

    language: str = "en"  # "en" or "km"
    khmer_digits: bool = False  # ០១២៣ instead of 0123, in either language

    def __post_init__(self) -> None:
        if self.language not in _BABEL_LOCALES:
            raise ValueError(
                f"unsupported language {self.language!r}; expected one of {', '.join(LANGUAGES)}"
            )


@cache
def _locale(language: str) -> Locale:
    # Locale.parse reads and merges pickled CLDR data; do it once per language.
    return Locale.parse(_BABEL_LOCALES[language])


# --- digits ----------------------------------------------------------------

_ASCII_DIGITS = "0123456789"
_KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"  # U+17E0..U+17E9
_TO_KHMER = str.maketrans(_ASCII_DIGITS, _KHMER_DIGITS)
_FROM_KHMER = str.maketrans(_KHMER_DIGITS, _ASCII_DIGITS)


def to_khmer_digits(text: str) -> str:
    """*text* with every ASCII digit replaced by the Khmer digit of the same value."""
    return text.translate(_TO_KHMER)


def from_khmer_digits(text: str) -> str:
    """*text* with every Khmer digit replaced by the ASCII digit of the same value."""
    return text.translate(_FROM_KHMER)


def _digits(text: str, settings: LocaleSettings) -> str:
    return to_khmer_digits(text) if settings.khmer_digits else text


# --- numbers and money --------------------------------------------------------


def format_number(
    value: int | Decimal, settings: LocaleSettings, decimals: int | None = None
) -> str:
    """*value* grouped by thousands as the language writes it: ``1,234,567.5``.

    With *decimals*, exactly that many decimals, rounding half up (as people
    round by hand, where Babel would round half to even). Without, as many as
    the value carries: ``Decimal("12.50")`` keeps its ``.50``.
    """
    if isinstance(value, (float, bool)) or not isinstance(value, (int, Decimal)):
        raise TypeError(
            f"format_number takes int or Decimal, not {type(value).__name__} "
            "(never use floating point for money)"
        )
    number = Decimal(value)
    if decimals is None:
        exponent = number.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    elif decimals < 0:
        raise ValueError(f"decimals must not be negative, not {decimals}")
    number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if not number:
        number = abs(number)  # Babel would write "-0" for a rounded-away negative
    text = _number_pattern(decimals).apply(number, _locale(settings.language))
    return _digits(text, settings)


@cache
def _number_pattern(decimals: int) -> numbers.NumberPattern:
    # An explicit pattern fixes the decimals; grouping and symbols still come from the
    # locale. Parsed once: Babel's format_decimal parses its pattern at every call, which
    # was half the cost of a number in a ten-thousand-row report.
    return numbers.parse_pattern("#,##0." + "0" * decimals if decimals else "#,##0")


# Currencies whose symbol is written before the amount; the rest follow it.
_SYMBOL_FIRST = frozenset({Currency.USD})


def format_money(m: Money, settings: LocaleSettings, *, with_symbol: bool = True) -> str:
    """*m* as Cambodians write it: ``1,234,567៛``, ``$12.50``, ``-$12.50``, ``-1,000៛``.

    Riel never shows decimals and dollars always show two, whatever the
    language. The minus sign comes first, before a leading symbol, so a
    negative amount is visible at the left edge of a right-aligned column.
    """
    text = format_number(abs(m.amount), settings, decimals=m.currency.minor_digits)
    if with_symbol:
        symbol = m.currency.symbol
        text = symbol + text if m.currency in _SYMBOL_FIRST else text + symbol
    return "-" + text if m.amount < 0 else text


# --- dates -----------------------------------------------------------------

# Babel's km "short" pattern is d/M/yy: a two-digit year is ambiguous and
# cannot be typed back, so "short" is day/month/four-digit year in both
# languages (which is also what en_GB's short pattern is).
_SHORT_DATE = "dd/MM/yyyy"


def format_date(d: date, settings: LocaleSettings, style: DateStyle = "medium") -> str:
    """*d* in the language: medium ``14 Mar 2025`` / ``14 មីនា 2025``;
    long ``14 March 2025`` / ``14 មីនា 2025``; short ``14/03/2025``."""
    if style not in ("short", "medium", "long"):
        raise ValueError(f"unknown date style {style!r}")
    pattern = _SHORT_DATE if style == "short" else style
    return _digits(dates.format_date(d, pattern, locale=_locale(settings.language)), settings)


def format_datetime(dt: datetime, settings: LocaleSettings) -> str:
    """*dt* as a medium date and a short time: ``14 Mar 2025, 15:04``.

    The wall-clock time is written as given, with no conversion between time
    zones: CBO Desk records local times.
    """
    locale = _locale(settings.language)
    # Formatted in two parts because babel.dates.format_datetime would convert
    # an aware datetime to UTC and write seconds nobody needs in a cash book.
    day = dates.format_date(dt.date(), "medium", locale=locale)
    time = dates.format_time(dt.time(), "short", locale=locale)
    # The locale says how a date and a time combine ("{1}, {0}"); quotes in
    # the CLDR pattern escape literal text, as in Babel itself.
    glue = str(dates.get_datetime_format("medium", locale=locale)).replace("'", "")
    return _digits(glue.replace("{1}", day).replace("{0}", time), settings)


def format_stored_time(dt: datetime, settings: LocaleSettings) -> str:
    """A moment the app stored (in UTC, without a zone: ``created_at``, ``updated_at``)
    in this computer's local time, as :func:`format_datetime` writes it."""
    from datetime import timezone

    return format_datetime(dt.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None), settings)


def format_month(year: int, month: int, settings: LocaleSettings) -> str:
    """The month as a heading: ``March 2026`` / ``មីនា 2026``."""
    first = date(year, month, 1)  # ValueError for month 13, as date() itself
    return _digits(
        dates.format_skeleton("yMMMM", first, locale=_locale(settings.language)), settings
    )


class DateError(UserError):
    """What was typed in a date field is not a date. Carries ``text`` as typed."""

    EMPTY = N_("errors", "Enter a date, for example 14/03/2026.")
    NOT_A_DATE = N_(
        "errors",
        "“{text}” is not a date. Type day/month/year, for example 14/03/2026.",
    )
    NO_SUCH_DAY = N_(
        "errors",
        "“{text}” is not a day of the calendar. Check the day and the month.",
    )

    def __init__(self, message: str, text: str) -> None:
        super().__init__(message, text=text)


# ISO 8601 (what the database, files and spreadsheets use), then day first
# with one kind of separator, then a month name ("14 Mar 2026", "14-Mar-2026",
# "14 March, 2026"): the name leaves no doubt, so the separators may vary.
# [0-9], not \d, which would also let Thai or Arabic digits through to int().
_ISO_DATE = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})")
_DAY_FIRST = re.compile(
    r"(?P<day>[0-9]{1,2})(?P<sep>[/.-])(?P<month>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
)
_NAMED_MONTH = re.compile(
    r"(?P<day>[0-9]{1,2})[\s/.-]*(?P<name>[^\s0-9,./-]+)[\s.,/-]*(?P<year>[0-9]{4})"
)


@cache
def _month_numbers() -> dict[str, int]:
    """Month names, wide and abbreviated, of every interface language → 1..12.

    All languages whatever the setting: a person using the Khmer interface may
    still type "Mar", and one using English may copy "14 មីនា 2026" from a
    Khmer document. The names do not collide. Babel's plain ``en`` is added for
    "Sep" beside en_GB's "Sept".
    """
    names: dict[str, int] = {}
    locales = [_locale(language) for language in LANGUAGES] + [Locale.parse("en")]
    for locale in locales:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in dates.get_month_names(width, context, locale=locale).items():
                    names[name.casefold()] = number
    return names


def parse_date(text: str, settings: LocaleSettings) -> date:
    """Read a typed date: ``2026-03-14``, ``14/03/2026``, ``14-03-2026``,
    ``14.03.2026``, ``14 Mar 2026``, ``14 មីនា 2026``, with ASCII or Khmer digits.

    The day always comes first (as Cambodians write dates) except in ISO's
    year-month-day. Two-digit years are refused: "14/03/26" could be 1926.
    Raises :class:`DateError`.

    Every form is read whatever *settings* say (either digits, English or
    Khmer month names); *settings* is taken so that callers pass the same
    thing to reading as to writing, and a future language can add its forms.
    """
    body = from_khmer_digits(text).strip()
    if not body:
        raise DateError(DateError.EMPTY, text)
    # "14 / 03 / 2026": spaces around separators are harmless.
    body = re.sub(r"\s*([/.-])\s*", r"\1", body)

    match = _ISO_DATE.fullmatch(body) or _DAY_FIRST.fullmatch(body)
    if match is not None:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    else:
        named = _NAMED_MONTH.fullmatch(body)
        if named is None or named["name"].casefold() not in _month_numbers():
            raise DateError(DateError.NOT_A_DATE, text)
        year, day = int(named["year"]), int(named["day"])
        month = _month_numbers()[named["name"].casefold()]
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(DateError.NO_SUCH_DAY, text) from None
