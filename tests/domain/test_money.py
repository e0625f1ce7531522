"""Tests for cbodesk.domain.money: exact amounts, currencies kept apart, typed input."""

from __future__ import annotations

import dataclasses
import pickle
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbodesk.domain.errors import CboDeskError, UserError
from cbodesk.domain.money import (
    MAX_INTEGER_DIGITS,
    AmountError,
    Currency,
    CurrencyMismatch,
    Money,
    currency,
    parse_amount,
    sum_money,
)

KHR = Currency.KHR
USD = Currency.USD


def usd(amount: str) -> Money:
    return Money(amount, USD)


def khr(amount: str | int) -> Money:
    return Money(amount, KHR)


# --- Currency ------------------------------------------------------------------


def test_currency_attributes() -> None:
    assert (KHR.code, KHR.minor_digits, KHR.symbol) == ("KHR", 0, "៛")
    assert (USD.code, USD.minor_digits, USD.symbol) == ("USD", 2, "$")
    assert KHR.quantum == Decimal("1")
    assert USD.quantum == Decimal("0.01")
    assert str(USD) == "USD"
    assert list(Currency) == [KHR, USD]


def test_currency_is_frozen() -> None:
    with pytest.raises(AttributeError):
        USD.minor_digits = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    ("code", "expected"), [("KHR", KHR), ("USD", USD), ("usd", USD), (" khr ", KHR)]
)
def test_currency_lookup(code: str, expected: Currency) -> None:
    assert currency(code) is expected


@pytest.mark.parametrize("code", ["EUR", "", "THB", "៛", "KHR USD"])
def test_currency_lookup_unknown(code: str) -> None:
    with pytest.raises(ValueError, match="unknown currency"):
        currency(code)


# --- construction ------------------------------------------------------------


def test_built_from_str_int_and_decimal_alike() -> None:
    assert Money("12", USD) == Money(12, USD) == Money(Decimal("12.0"), USD) == Money("12.00", USD)
    assert Money(12, USD).amount == Decimal("12.00")
    assert str(Money(12, USD).amount) == "12.00"  # quantized to cents
    assert str(Money("1500", KHR).amount) == "1500"


@pytest.mark.parametrize("amount", [0.1, 12.0, float("nan")])
def test_float_is_refused(amount: float) -> None:
    with pytest.raises(TypeError, match="never use floating point for money"):
        Money(amount, USD)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [True, None, [1], b"12"])
def test_other_types_are_refused(amount: object) -> None:
    with pytest.raises(TypeError):
        Money(amount, USD)  # type: ignore[arg-type]


def test_currency_must_be_a_currency() -> None:
    with pytest.raises(TypeError):
        Money(1, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", ["abc", "", "1,000", "NaN", "Infinity", "-inf", Decimal("NaN")])
def test_not_a_finite_number_is_refused(amount: str | Decimal) -> None:
    with pytest.raises(ValueError):
        Money(amount, USD)


@pytest.mark.parametrize(
    ("amount", "cur"),
    [
        ("10.5", KHR),
        (Decimal("0.1"), KHR),
        ("1.005", USD),
        ("0.001", USD),
        (Decimal("12.345"), USD),
    ],
)
def test_more_precision_than_the_currency_raises_instead_of_rounding(
    amount: str | Decimal, cur: Currency
) -> None:
    with pytest.raises(ValueError, match="more decimals"):
        Money(amount, cur)


def test_trailing_zeros_are_not_extra_precision() -> None:
    assert Money("1.000", USD) == usd("1.00")
    assert Money("1000.0", KHR) == khr(1000)


def test_huge_amount_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        Money("1e40", USD)


def test_negative_zero_is_plain_zero() -> None:
    zero = Money("-0.00", USD)
    assert str(zero.amount) == "0.00"
    assert not zero.amount.is_signed()
    assert (-Money.zero(KHR)).amount.is_signed() is False


def test_money_is_frozen() -> None:
    m = usd("1.00")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.amount = Decimal("2.00")  # type: ignore[misc]


def test_money_is_hashable_and_equal_values_hash_alike() -> None:
    same = {Money("1", USD), Money("1.0", USD), Money(Decimal("1.00"), USD)}
    assert len(same) == 1
    totals = {usd("1.00"): "a", khr(1): "b"}
    assert totals[Money(1, USD)] == "a"
    assert totals[Money(1, KHR)] == "b"


def test_money_pickles() -> None:
    m = khr(-2500)
    assert pickle.loads(pickle.dumps(m)) == m


def test_str_is_for_logs() -> None:
    assert str(usd("12.5")) == "12.50 USD"
    assert str(khr(1000)) == "1000 KHR"


# --- arithmetic ----------------------------------------------------------------


def test_add_and_subtract() -> None:
    assert usd("12.50") + usd("0.75") == usd("13.25")
    assert usd("12.50") - usd("20") == usd("-7.50")
    assert khr(5000) + khr(-1500) == khr(3500)


def test_negate_and_abs() -> None:
    assert -usd("12.50") == usd("-12.50")
    assert abs(usd("-12.50")) == usd("12.50")
    assert abs(khr(100)) == khr(100)


@pytest.mark.parametrize("op", [lambda a, b: a + b, lambda a, b: a - b])
def test_different_currencies_do_not_combine(op: object) -> None:
    with pytest.raises(CurrencyMismatch) as info:
        op(usd("1"), khr(4000))  # type: ignore[operator]
    assert isinstance(info.value, CboDeskError)
    # A bug, not something to show a treasurer as their mistake.
    assert not isinstance(info.value, UserError)
    assert (info.value.left, info.value.right) == (USD, KHR)
    assert "USD" in str(info.value) and "KHR" in str(info.value)


def test_adding_a_bare_number_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        usd("1") + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        Decimal(1) - usd("1")  # type: ignore[operator]


def test_multiply_by_int_and_decimal() -> None:
    assert khr(5000) * 3 == khr(15000)
    assert 3 * khr(5000) == khr(15000)
    assert usd("1.25") * Decimal("2") == usd("2.50")
    assert Decimal("0.5") * usd("3.00") == usd("1.50")
    assert usd("1.25") * -1 == usd("-1.25")


def test_multiplication_that_falls_between_cents_raises() -> None:
    with pytest.raises(ValueError):
        usd("1.25") * Decimal("0.5")
    with pytest.raises(ValueError):
        khr(1001) * Decimal("0.5")


@pytest.mark.parametrize("factor", [1.5, 2.0])
def test_multiply_by_float_is_refused(factor: float) -> None:
    with pytest.raises(TypeError, match="floating point"):
        usd("1.00") * factor  # type: ignore[operator]
    with pytest.raises(TypeError):
        factor * usd("1.00")  # type: ignore[operator]


@pytest.mark.parametrize("factor", [True, "2", usd("1")])
def test_multiply_by_other_things_is_refused(factor: object) -> None:
    with pytest.raises(TypeError):
        usd("1.00") * factor  # type: ignore[operator]


# --- comparison ----------------------------------------------------------------


def test_compare_within_one_currency() -> None:
    assert usd("1.00") < usd("1.01")
    assert usd("1.00") <= usd("1.00")
    assert khr(-100) < khr(0)
    assert khr(2000) > khr(1999)
    assert khr(2000) >= khr(2000)
    assert sorted([usd("3"), usd("-1"), usd("2.5")]) == [usd("-1"), usd("2.5"), usd("3")]
    assert max([khr(1), khr(300), khr(20)]) == khr(300)


@pytest.mark.parametrize(
    "op",
    [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b],
)
def test_ordering_across_currencies_raises(op: object) -> None:
    with pytest.raises(CurrencyMismatch):
        op(usd("1"), khr(1))  # type: ignore[operator]


def test_ordering_against_a_number_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        usd("1") < 2  # type: ignore[operator]  # noqa: B015


def test_equality_needs_same_currency_and_amount() -> None:
    assert usd("1") != khr(1)
    assert usd("1") != Decimal("1.00")
    assert usd("1") != usd("1.01")


def test_zero() -> None:
    assert Money.zero(KHR) == khr(0)
    assert Money.zero(USD).amount == Decimal("0.00")
    assert Money.zero(USD).is_zero()
    assert usd("0.00").is_zero()
    assert not usd("0.01").is_zero()
    assert not khr(-1).is_zero()


# --- integer minor units ---------------------------------------------------------


@pytest.mark.parametrize(
    ("money", "minor"),
    [
        (usd("12.34"), 1234),
        (usd("0.10"), 10),
        (usd("-0.01"), -1),
        (usd("1000000"), 100_000_000),
        (khr(1_234_567), 1_234_567),
        (khr(-500), -500),
        (Money.zero(USD), 0),
    ],
)
def test_minor_units(money: Money, minor: int) -> None:
    assert money.to_minor() == minor
    assert type(money.to_minor()) is int
    assert Money.from_minor(minor, money.currency) == money


@pytest.mark.parametrize("minor", [12.0, Decimal("12"), "12", True])
def test_from_minor_needs_an_int(minor: object) -> None:
    with pytest.raises(TypeError):
        Money.from_minor(minor, USD)  # type: ignore[arg-type]


@given(
    minor=st.integers(min_value=-(2**63), max_value=2**63 - 1),
    cur=st.sampled_from(list(Currency)),
)
def test_minor_units_round_trip(minor: int, cur: Currency) -> None:
    # The full range of a SQLite INTEGER column.
    money = Money.from_minor(minor, cur)
    assert money.to_minor() == minor
    assert Money.from_minor(money.to_minor(), cur) == money


# --- sums -------------------------------------------------------------------------


def test_ten_dimes_make_exactly_one_dollar() -> None:
    # The peewee DecimalField/REAL trap gives 0.9999999999999999 here (NOTES.md).
    total = sum_money([usd("0.10")] * 10, USD)
    assert total == usd("1.00")
    assert total.amount == Decimal("1.00")
    assert total.to_minor() == 100


def test_sum_of_nothing_is_zero_in_the_given_currency() -> None:
    assert sum_money([], KHR) == Money.zero(KHR)
    assert sum_money(iter([]), USD).currency is USD


def test_sum_takes_any_iterable() -> None:
    assert sum_money((khr(n) for n in range(1, 101)), KHR) == khr(5050)


def test_sum_refuses_a_stray_currency() -> None:
    with pytest.raises(CurrencyMismatch):
        sum_money([khr(100), usd("1")], KHR)
    with pytest.raises(CurrencyMismatch):
        sum_money([usd("1")], KHR)


# --- parse_amount ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cur", "expected"),
    [
        ("1,234,500", KHR, "1234500"),
        ("1 234 500", KHR, "1234500"),
        ("1\u00a0234\u00a0500", KHR, "1234500"),  # no-break spaces, as pasted from a spreadsheet
        ("1\u202f234", KHR, "1234"),  # narrow no-break space
        ("1234500", KHR, "1234500"),
        ("  5000  ", KHR, "5000"),
        ("1,234៛", KHR, "1234"),
        ("1,234 ៛", KHR, "1234"),
        ("៛1,234", KHR, "1234"),
        ("១២៣៤", KHR, "1234"),
        ("១,២៣៤,៥០០៛", KHR, "1234500"),
        ("-1,000", KHR, "-1000"),
        ("-1,000៛", KHR, "-1000"),
        ("\u22121,000", KHR, "-1000"),  # MINUS SIGN
        ("0", KHR, "0"),
        ("-0", KHR, "0"),
        ("007", KHR, "7"),
        ("12.50", USD, "12.50"),
        ("12.5", USD, "12.50"),
        ("12", USD, "12.00"),
        (".75", USD, "0.75"),
        ("$12.50", USD, "12.50"),
        ("$ 12.50", USD, "12.50"),
        ("12.50$", USD, "12.50"),
        ("-$12.50", USD, "-12.50"),
        ("$-12.50", USD, "-12.50"),
        ("-12.50$", USD, "-12.50"),
        ("$1,234.56", USD, "1234.56"),
        ("1 234.56", USD, "1234.56"),
        ("១២.៥០", USD, "12.50"),
        ("$១,២៣៤.៥", USD, "1234.50"),
        ("9,999,999,999,999", KHR, "9999999999999"),
    ],
)
def test_parse_amount_accepts_what_treasurers_type(text: str, cur: Currency, expected: str) -> None:
    assert parse_amount(text, cur) == Money(expected, cur)


@pytest.mark.parametrize(
    ("text", "cur", "message"),
    [
        ("", KHR, AmountError.EMPTY),
        ("   ", USD, AmountError.EMPTY),
        ("abc", KHR, AmountError.NOT_A_NUMBER),
        ("12abc", USD, AmountError.NOT_A_NUMBER),
        ("1O0", KHR, AmountError.NOT_A_NUMBER),  # letter O for zero
        ("12e3", USD, AmountError.NOT_A_NUMBER),
        ("NaN", USD, AmountError.NOT_A_NUMBER),
        ("-", KHR, AmountError.NOT_A_NUMBER),
        ("$", USD, AmountError.NOT_A_NUMBER),
        ("--5", KHR, AmountError.NOT_A_NUMBER),
        ("+5", KHR, AmountError.NOT_A_NUMBER),
        ("5-", KHR, AmountError.NOT_A_NUMBER),
        ("(500)", KHR, AmountError.NOT_A_NUMBER),
        ("1.2.3", USD, AmountError.NOT_A_NUMBER),
        ("12.", USD, AmountError.NOT_A_NUMBER),
        ("١٢", KHR, AmountError.NOT_A_NUMBER),  # Arabic-Indic digits are not Khmer digits
        ("12,50", USD, AmountError.BADLY_GROUPED),  # a European decimal comma, not 1250
        ("1,2345", KHR, AmountError.BADLY_GROUPED),
        ("1234,567", KHR, AmountError.BADLY_GROUPED),
        ("1,234 567", KHR, AmountError.BADLY_GROUPED),  # two kinds of grouping
        ("1,,234", KHR, AmountError.BADLY_GROUPED),
        ("10.5", KHR, AmountError.RIEL_DECIMALS),
        ("10.000", KHR, AmountError.RIEL_DECIMALS),  # dot-grouped ten thousand, not ten
        ("1,000.00៛", KHR, AmountError.RIEL_DECIMALS),
        ("1.005", USD, AmountError.TOO_MANY_DECIMALS),
        ("12.500", USD, AmountError.TOO_MANY_DECIMALS),
        ("$12", KHR, AmountError.OTHER_CURRENCY),
        ("12$", KHR, AmountError.OTHER_CURRENCY),
        ("1,234៛", USD, AmountError.OTHER_CURRENCY),
        ("10,000,000,000,000", KHR, AmountError.TOO_LARGE),
        ("1" * (MAX_INTEGER_DIGITS + 1), USD, AmountError.TOO_LARGE),
    ],
)
def test_parse_amount_refuses(text: str, cur: Currency, message: str) -> None:
    with pytest.raises(AmountError) as info:
        parse_amount(text, cur)
    error = info.value
    assert error.message == message
    assert error.params["text"] == text
    assert error.params["currency"] == cur.code
    assert isinstance(error, UserError)
    if message is not AmountError.EMPTY:
        # The person sees what they typed in the message.
        assert f"“{text}”" in error.text()


def test_amount_error_messages_name_what_was_typed() -> None:
    messages = [
        AmountError.NOT_A_NUMBER,
        AmountError.BADLY_GROUPED,
        AmountError.RIEL_DECIMALS,
        AmountError.TOO_MANY_DECIMALS,
        AmountError.OTHER_CURRENCY,
        AmountError.TOO_LARGE,
    ]
    assert all("{text}" in m for m in messages)


def test_amount_error_examples_fit_the_currency() -> None:
    with pytest.raises(AmountError) as riel:
        parse_amount("abc", KHR)
    assert "12,500" in riel.value.text()
    with pytest.raises(AmountError) as dollars:
        parse_amount("1.005", USD)
    assert dollars.value.text() == (
        "“1.005” has too many digits after the point: USD amounts have at most 2, "
        "for example 12.50."
    )


def test_amount_error_is_translated_before_filling_placeholders() -> None:
    with pytest.raises(AmountError) as info:
        parse_amount("xyz", KHR)

    def translate(context: str, text: str) -> str:
        assert context == "errors"
        return "«{text}» មិនមែនជាចំនួនទឹកប្រាក់ទេ"

    assert info.value.text(translate) == "«xyz» មិនមែនជាចំនួនទឹកប្រាក់ទេ"


def typable_amounts() -> st.SearchStrategy[Money]:
    """Any amount parse_amount accepts: up to MAX_INTEGER_DIGITS before the point."""

    def in_currency(cur: Currency) -> st.SearchStrategy[Money]:
        limit = 10 ** (MAX_INTEGER_DIGITS + cur.minor_digits) - 1
        return st.integers(min_value=-limit, max_value=limit).map(
            lambda n: Money.from_minor(n, cur)
        )

    return st.sampled_from(list(Currency)).flatmap(in_currency)


@given(typable_amounts())
def test_parse_plain_amount_text_round_trip(money: Money) -> None:
    assert parse_amount(str(money.amount), money.currency) == money
