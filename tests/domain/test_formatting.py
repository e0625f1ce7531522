"""Tests for cbodesk.domain.formatting: numbers, money and dates in English and Khmer.

The expected strings were checked against Babel 2.19's output for en_GB and km.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cbodesk.domain.errors import UserError
from cbodesk.domain.formatting import (
    LANGUAGES,
    DateError,
    DateStyle,
    LocaleSettings,
    format_date,
    format_datetime,
    format_money,
    format_month,
    format_number,
    from_khmer_digits,
    parse_date,
    to_khmer_digits,
)
from cbodesk.domain.money import MAX_INTEGER_DIGITS, Currency, Money, parse_amount

EN = LocaleSettings("en")
KM = LocaleSettings("km")
EN_KD = LocaleSettings("en", khmer_digits=True)
KM_KD = LocaleSettings("km", khmer_digits=True)
ALL_SETTINGS = [EN, KM, EN_KD, KM_KD]

KHR = Currency.KHR
USD = Currency.USD

all_settings = st.sampled_from(ALL_SETTINGS)


def test_core_modules_import_without_qt_or_peewee() -> None:
    # STYLE.md §1: the domain never pulls in the GUI toolkit or the database layer.
    code = (
        "import sys, cbodesk.domain.money, cbodesk.domain.formatting; "
        "bad = [m for m in ('PySide6', 'peewee') if m in sys.modules]; "
        "sys.exit(repr(bad) if bad else 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- LocaleSettings ----------------------------------------------------------------


def test_settings_defaults_and_languages() -> None:
    assert LocaleSettings() == LocaleSettings(language="en", khmer_digits=False)
    assert LANGUAGES == ("en", "km")


@pytest.mark.parametrize("language", ["fr", "", "KM", "en_US", "km_KH"])
def test_settings_refuse_unknown_language(language: str) -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        LocaleSettings(language)


def test_settings_are_frozen_and_hashable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        KM.language = "en"  # type: ignore[misc]
    assert len({KM, LocaleSettings("km"), EN}) == 2


# --- digits -------------------------------------------------------------------------


def test_khmer_digits_both_ways() -> None:
    assert to_khmer_digits("0123456789") == "០១២៣៤៥៦៧៨៩"
    assert from_khmer_digits("០១២៣៤៥៦៧៨៩") == "0123456789"
    assert [ord(c) for c in to_khmer_digits("0123456789")] == list(range(0x17E0, 0x17EA))


def test_khmer_digit_conversion_leaves_everything_else() -> None:
    assert to_khmer_digits("$1,234.50 on 14 Mar") == "$១,២៣៤.៥០ on ១៤ Mar"
    assert from_khmer_digits("១៤ មីនា ២០២៥") == "14 មីនា 2025"
    assert to_khmer_digits("") == ""
    assert from_khmer_digits("abc") == "abc"


@given(st.text())
def test_khmer_digit_round_trip(text: str) -> None:
    ascii_only = from_khmer_digits(text)
    assert from_khmer_digits(to_khmer_digits(ascii_only)) == ascii_only


# --- format_number -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "en", "km_kd"),
    [
        (0, None, "0", "០"),
        (1234567, None, "1,234,567", "១,២៣៤,៥៦៧"),
        (-1234567, None, "-1,234,567", "-១,២៣៤,៥៦៧"),
        (999, None, "999", "៩៩៩"),
        (Decimal("1234.5"), None, "1,234.5", "១,២៣៤.៥"),
        (Decimal("1234.50"), None, "1,234.50", "១,២៣៤.៥០"),  # keeps its own decimals
        (Decimal("0.125"), None, "0.125", "០.១២៥"),
        (Decimal("1E+3"), None, "1,000", "១,០០០"),
        (1234, 2, "1,234.00", "១,២៣៤.០០"),
        (Decimal("2.345"), 2, "2.35", "២.៣៥"),  # half up, as by hand
        (Decimal("2.5"), 0, "3", "៣"),
        (Decimal("3.5"), 0, "4", "៤"),
        (Decimal("-2.5"), 0, "-3", "-៣"),
        (Decimal("-0.004"), 2, "0.00", "០.០០"),  # no "-0.00"
        (Decimal("1234567.891"), 1, "1,234,567.9", "១,២៣៤,៥៦៧.៩"),
    ],
)
def test_format_number(value: int | Decimal, decimals: int | None, en: str, km_kd: str) -> None:
    assert format_number(value, EN, decimals) == en
    # Babel's km groups and points like English; only the digits differ.
    assert format_number(value, KM, decimals) == en
    assert format_number(value, KM_KD, decimals) == km_kd
    assert format_number(value, EN_KD, decimals) == km_kd


@pytest.mark.parametrize("value", [1.5, True, "12", None])
def test_format_number_refuses_non_numbers_and_floats(value: object) -> None:
    with pytest.raises(TypeError):
        format_number(value, EN)  # type: ignore[arg-type]


def test_format_number_refuses_negative_decimals() -> None:
    with pytest.raises(ValueError):
        format_number(1, EN, decimals=-1)


# --- format_money ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "en", "km_kd"),
    [
        (Money(1234567, KHR), "1,234,567៛", "១,២៣៤,៥៦៧៛"),
        (Money(-1000, KHR), "-1,000៛", "-១,០០០៛"),
        (Money(0, KHR), "0៛", "០៛"),
        (Money(500, KHR), "500៛", "៥០០៛"),
        (Money("12.5", USD), "$12.50", "$១២.៥០"),
        (Money("-12.50", USD), "-$12.50", "-$១២.៥០"),
        (Money(12, USD), "$12.00", "$១២.០០"),
        (Money("0.05", USD), "$0.05", "$០.០៥"),
        (Money("1234567.89", USD), "$1,234,567.89", "$១,២៣៤,៥៦៧.៨៩"),
        (Money(0, USD), "$0.00", "$០.០០"),
    ],
)
def test_format_money(money: Money, en: str, km_kd: str) -> None:
    # The same in both languages: the symbols sit where the notes put them.
    assert format_money(money, EN) == en
    assert format_money(money, KM) == en
    assert format_money(money, KM_KD) == km_kd
    assert format_money(money, EN_KD) == km_kd


@pytest.mark.parametrize(
    ("money", "expected"),
    [
        (Money(1234567, KHR), "1,234,567"),
        (Money(-1000, KHR), "-1,000"),
        (Money("12.5", USD), "12.50"),
        (Money("-0.01", USD), "-0.01"),
    ],
)
def test_format_money_without_symbol(money: Money, expected: str) -> None:
    assert format_money(money, EN, with_symbol=False) == expected
    assert format_money(money, KM_KD, with_symbol=False) == to_khmer_digits(expected)


def test_riel_never_shows_decimals() -> None:
    for s in ALL_SETTINGS:
        text = format_money(Money(1_234_567, KHR), s)
        assert "." not in text
        assert text.endswith("៛")


def test_dollars_always_show_cents() -> None:
    assert format_money(Money(1_000_000, USD), EN) == "$1,000,000.00"


def typable_amounts() -> st.SearchStrategy[Money]:
    """Any amount parse_amount accepts: up to MAX_INTEGER_DIGITS before the point."""

    def in_currency(cur: Currency) -> st.SearchStrategy[Money]:
        limit = 10 ** (MAX_INTEGER_DIGITS + cur.minor_digits) - 1
        return st.integers(min_value=-limit, max_value=limit).map(
            lambda n: Money.from_minor(n, cur)
        )

    return st.sampled_from(list(Currency)).flatmap(in_currency)


@settings(deadline=None)
@given(money=typable_amounts(), s=all_settings, with_symbol=st.booleans())
def test_parse_amount_reads_back_format_money(
    money: Money, s: LocaleSettings, with_symbol: bool
) -> None:
    assert parse_amount(format_money(money, s, with_symbol=with_symbol), money.currency) == money


# --- format_date ----------------------------------------------------------------------

MARCH_14 = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("d", "style", "en", "km"),
    [
        (MARCH_14, "medium", "14 Mar 2025", "14 មីនា 2025"),
        (MARCH_14, "long", "14 March 2025", "14 មីនា 2025"),
        (MARCH_14, "short", "14/03/2025", "14/03/2025"),
        (date(2026, 1, 4), "medium", "4 Jan 2026", "4 មករា 2026"),
        (date(2026, 1, 4), "short", "04/01/2026", "04/01/2026"),
        (date(2026, 9, 30), "medium", "30 Sept 2026", "30 កញ្ញា 2026"),
        (date(2026, 12, 1), "long", "1 December 2026", "1 ធ្នូ 2026"),
    ],
)
def test_format_date(d: date, style: DateStyle, en: str, km: str) -> None:
    assert format_date(d, EN, style) == en
    assert format_date(d, KM, style) == km
    assert format_date(d, KM_KD, style) == to_khmer_digits(km)
    assert format_date(d, EN_KD, style) == to_khmer_digits(en)


def test_format_date_default_style_is_medium() -> None:
    assert format_date(MARCH_14, KM) == "14 មីនា 2025"
    assert format_date(MARCH_14, KM_KD) == "១៤ មីនា ២០២៥"
    assert format_date(MARCH_14, EN) == "14 Mar 2025"


def test_format_date_refuses_unknown_style() -> None:
    with pytest.raises(ValueError):
        format_date(MARCH_14, EN, "full")  # type: ignore[arg-type]


def test_format_datetime() -> None:
    moment = datetime(2025, 3, 14, 15, 4, 5)
    assert format_datetime(moment, EN) == "14 Mar 2025, 15:04"
    assert format_datetime(moment, KM) == "14 មីនា 2025, 3:04 PM"
    assert format_datetime(moment, KM_KD) == "១៤ មីនា ២០២៥, ៣:០៤ PM"
    assert format_datetime(datetime(2025, 3, 14, 9, 0), EN) == "14 Mar 2025, 09:00"


def test_format_datetime_writes_the_wall_clock_time_as_given() -> None:
    # An aware datetime is not converted to UTC or to the machine's zone.
    moment = datetime(2025, 3, 14, 23, 30, tzinfo=timezone(timedelta(hours=7)))
    assert format_datetime(moment, EN) == "14 Mar 2025, 23:30"


@pytest.mark.parametrize(
    ("year", "month", "en", "km"),
    [
        (2026, 3, "March 2026", "មីនា 2026"),
        (2026, 1, "January 2026", "មករា 2026"),
        (2025, 12, "December 2025", "ធ្នូ 2025"),
    ],
)
def test_format_month(year: int, month: int, en: str, km: str) -> None:
    assert format_month(year, month, EN) == en
    assert format_month(year, month, KM) == km
    assert format_month(year, month, KM_KD) == to_khmer_digits(km)


def test_format_month_with_khmer_digits() -> None:
    assert format_month(2026, 3, KM_KD) == "មីនា ២០២៦"


@pytest.mark.parametrize("month", [0, 13])
def test_format_month_refuses_impossible_month(month: int) -> None:
    with pytest.raises(ValueError):
        format_month(2026, month, EN)


# --- parse_date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-14",
        "2026-3-14",
        "14/03/2026",
        "14/3/2026",
        "14-03-2026",
        "14.03.2026",
        " 14 / 03 / 2026 ",
        "១៤/០៣/២០២៦",
        "២០២៦-០៣-១៤",
        "14 Mar 2026",
        "14 mar 2026",
        "14 Mar. 2026",
        "14 March 2026",
        "14-Mar-2026",
        "14 March, 2026",
        "14 មីនា 2026",
        "១៤ មីនា ២០២៦",
    ],
)
@pytest.mark.parametrize("s", ALL_SETTINGS)
def test_parse_date_accepts(text: str, s: LocaleSettings) -> None:
    # Every setting reads every form: a person may type either kind of digit
    # and English month names whatever the interface language.
    assert parse_date(text, s) == date(2026, 3, 14)


def test_parse_date_knows_both_english_spellings_of_september() -> None:
    assert parse_date("1 Sept 2026", EN) == date(2026, 9, 1)
    assert parse_date("1 Sep 2026", EN) == date(2026, 9, 1)
    assert parse_date("1 កញ្ញា 2026", KM) == date(2026, 9, 1)


def test_parse_date_reads_days_first() -> None:
    assert parse_date("03/04/2026", EN) == date(2026, 4, 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", DateError.EMPTY),
        ("   ", DateError.EMPTY),
        ("yesterday", DateError.NOT_A_DATE),
        ("14/03/26", DateError.NOT_A_DATE),  # two-digit year: 1926 or 2026?
        ("2026/03/14", DateError.NOT_A_DATE),
        ("14/03-2026", DateError.NOT_A_DATE),
        ("14032026", DateError.NOT_A_DATE),
        ("14 Foo 2026", DateError.NOT_A_DATE),
        ("Mar 14, 2026", DateError.NOT_A_DATE),  # American order is not guessed at
        ("١٤/٠٣/٢٠٢٦", DateError.NOT_A_DATE),  # Arabic-Indic digits
        ("31/02/2026", DateError.NO_SUCH_DAY),
        ("29/02/2025", DateError.NO_SUCH_DAY),
        ("14/13/2026", DateError.NO_SUCH_DAY),
        ("2026-00-10", DateError.NO_SUCH_DAY),
        ("32 Mar 2026", DateError.NO_SUCH_DAY),
    ],
)
def test_parse_date_refuses(text: str, message: str) -> None:
    with pytest.raises(DateError) as info:
        parse_date(text, KM)
    error = info.value
    assert isinstance(error, UserError)
    assert error.message == message
    assert error.params == {"text": text}
    if message is not DateError.EMPTY:
        assert "{text}" in message
        assert f"“{text}”" in error.text()


def test_parse_date_accepts_a_leap_day() -> None:
    assert parse_date("29/02/2024", EN) == date(2024, 2, 29)


@settings(deadline=None)
@given(
    d=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
    s=all_settings,
    style=st.sampled_from(["short", "medium", "long"]),
)
def test_parse_date_reads_back_format_date(d: date, s: LocaleSettings, style: DateStyle) -> None:
    assert parse_date(format_date(d, s, style), s) == d
