"""Amounts in words on vouchers, in English and in Khmer."""

from __future__ import annotations

import pytest

from cbodesk.domain.money import Currency, Money
from cbodesk.domain.words import amount_in_words, number_in_words

KHR, USD = Currency.KHR, Currency.USD

# (number, English, Khmer): Khmer counts ten-thousands (ម៉ឺន) and hundred-thousands (សែន)
# with their own words below a million, and writes one number without spaces.
NUMBERS = [
    (0, "zero", "សូន្យ"),
    (1, "one", "មួយ"),
    (5, "five", "ប្រាំ"),
    (6, "six", "ប្រាំមួយ"),
    (9, "nine", "ប្រាំបួន"),
    (10, "ten", "ដប់"),
    (11, "eleven", "ដប់មួយ"),
    (15, "fifteen", "ដប់ប្រាំ"),
    (19, "nineteen", "ដប់ប្រាំបួន"),
    (20, "twenty", "ម្ភៃ"),
    (21, "twenty-one", "ម្ភៃមួយ"),
    (30, "thirty", "សាមសិប"),
    (40, "forty", "សែសិប"),
    (54, "fifty-four", "ហាសិបបួន"),
    (60, "sixty", "ហុកសិប"),
    (77, "seventy-seven", "ចិតសិបប្រាំពីរ"),
    (80, "eighty", "ប៉ែតសិប"),
    (99, "ninety-nine", "កៅសិបប្រាំបួន"),
    (100, "one hundred", "មួយរយ"),
    (101, "one hundred one", "មួយរយមួយ"),
    (110, "one hundred ten", "មួយរយដប់"),
    (999, "nine hundred ninety-nine", "ប្រាំបួនរយកៅសិបប្រាំបួន"),
    (1_000, "one thousand", "មួយពាន់"),
    (1_001, "one thousand one", "មួយពាន់មួយ"),
    (2_500, "two thousand five hundred", "ពីរពាន់ប្រាំរយ"),
    (10_000, "ten thousand", "មួយម៉ឺន"),
    (15_300, "fifteen thousand three hundred", "មួយម៉ឺនប្រាំពាន់បីរយ"),
    (20_000, "twenty thousand", "ពីរម៉ឺន"),
    (75_000, "seventy-five thousand", "ប្រាំពីរម៉ឺនប្រាំពាន់"),
    (100_000, "one hundred thousand", "មួយសែន"),
    (250_000, "two hundred fifty thousand", "ពីរសែនប្រាំម៉ឺន"),
    (400_100, "four hundred thousand one hundred", "បួនសែនមួយរយ"),
    (999_999, "nine hundred ninety-nine thousand nine hundred ninety-nine",
     "ប្រាំបួនសែនប្រាំបួនម៉ឺនប្រាំបួនពាន់ប្រាំបួនរយកៅសិបប្រាំបួន"),
    (1_000_000, "one million", "មួយលាន"),
    (1_250_500, "one million two hundred fifty thousand five hundred", "មួយលានពីរសែនប្រាំម៉ឺនប្រាំរយ"),
    (10_000_000, "ten million", "ដប់លាន"),
    (25_000_000, "twenty-five million", "ម្ភៃប្រាំលាន"),
    (250_000_000, "two hundred fifty million", "ពីររយហាសិបលាន"),
    (1_000_000_000, "one billion", "មួយប៊ីលាន"),
    (3_000_040_000, "three billion forty thousand", "បីប៊ីលានបួនម៉ឺន"),
    (2_000_000_000_000, "two trillion", "ពីរពាន់ប៊ីលាន"),
]


@pytest.mark.parametrize(("number", "english", "khmer"), NUMBERS)
def test_numbers_in_words(number: int, english: str, khmer: str) -> None:
    assert number_in_words(number, "en") == english
    assert number_in_words(number, "km") == khmer


@pytest.mark.parametrize(("number", "english", "khmer"), NUMBERS)
def test_riel_in_words(number: int, english: str, khmer: str) -> None:
    amount = Money(number, KHR)
    assert amount_in_words(amount, "en") == f"{english} riel"
    assert amount_in_words(amount, "km") == f"{khmer}រៀល"


def test_the_voucher_examples() -> None:
    assert amount_in_words(Money("1250500", KHR), "en") == \
        "one million two hundred fifty thousand five hundred riel"
    assert amount_in_words(Money("1250500", KHR), "km") == "មួយលានពីរសែនប្រាំម៉ឺនប្រាំរយរៀល"
    assert amount_in_words(Money("12.50", USD), "en") == "twelve dollars and fifty cents"
    assert amount_in_words(Money("12.50", USD), "km") == "ដប់ពីរដុល្លារ ហាសិបសេន"


@pytest.mark.parametrize(("amount", "english", "khmer"), [
    ("0", "zero dollars", "សូន្យដុល្លារ"),
    ("0.01", "one cent", "មួយសេន"),
    ("0.50", "fifty cents", "ហាសិបសេន"),
    ("1", "one dollar", "មួយដុល្លារ"),
    ("1.01", "one dollar and one cent", "មួយដុល្លារ មួយសេន"),
    ("2.99", "two dollars and ninety-nine cents", "ពីរដុល្លារ កៅសិបប្រាំបួនសេន"),
    ("100", "one hundred dollars", "មួយរយដុល្លារ"),
    ("1250.05", "one thousand two hundred fifty dollars and five cents", "មួយពាន់ពីររយហាសិបដុល្លារ ប្រាំសេន"),
    ("15300.20", "fifteen thousand three hundred dollars and twenty cents",
     "មួយម៉ឺនប្រាំពាន់បីរយដុល្លារ ម្ភៃសេន"),
])
def test_dollars_and_cents_in_words(amount: str, english: str, khmer: str) -> None:
    assert amount_in_words(Money(amount, USD), "en") == english
    assert amount_in_words(Money(amount, USD), "km") == khmer


def test_negative_amounts_say_so() -> None:
    assert amount_in_words(Money("-5000", KHR), "en") == "minus five thousand riel"
    assert amount_in_words(Money("-5000", KHR), "km") == "ដកប្រាំពាន់រៀល"
    assert amount_in_words(Money("-0.25", USD), "en") == "minus twenty-five cents"


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        number_in_words(5, "fr")
    with pytest.raises(ValueError):
        amount_in_words(Money("5", KHR), "th")
    with pytest.raises(TypeError):
        number_in_words(True, "en")
    with pytest.raises(TypeError):
        number_in_words(1.5, "en")  # type: ignore[arg-type]
