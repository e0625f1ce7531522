"""Amounts in words, in Khmer and in English, as written on receipts and vouchers.

A voucher states its amount twice, in figures and in words, so that a figure
changed afterwards (a 1 turned into a 7) no longer matches the words. Cambodian
vouchers carry the words in Khmer and often in English too, whatever language
the rest of the page is in, so both are always available here.

* English: ``1,250,500៛`` → "one million two hundred fifty thousand five
  hundred riel"; ``$12.50`` → "twelve dollars and fifty cents". No "and"
  inside a number (as cheques are written), hyphens from 21 to 99.
* Khmer counts ten-thousands and hundred-thousands with their own words, ម៉ឺន
  (10,000) and សែន (100,000), below លាន (a million): 250,000 is ពីរសែនប្រាំម៉ឺន,
  "two hundred-thousands five ten-thousands", not "two hundred fifty
  thousand". The count of millions (1 to 999) is said with រយ, tens and units
  (ពីររយហាសិបលាន, 250 million); billions are ប៊ីលាន. Khmer writes the words
  of one number without spaces: ``1,250,500៛`` → មួយលានពីរសែនប្រាំម៉ឺនប្រាំរយរៀល;
  dollars and cents are two numbers, so a space separates them:
  ``$12.50`` → ដប់ពីរដុល្លារ ហាសិបសេន.

No rounding happens here: the amount is a :class:`Money`, exact in its currency.
"""

from __future__ import annotations

from cbodesk.domain.money import Currency, Money

__all__ = ["LANGUAGES", "amount_in_words", "number_in_words"]

LANGUAGES = ("en", "km")

# --- English ------------------------------------------------------------------

_EN_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Short scale, largest first: a CBO's amounts stay far below a quadrillion
# (money.MAX_INTEGER_DIGITS is thirteen digits).
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _en_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_EN_UNITS[hundreds], "hundred"]
    if rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else ""))
    elif rest:
        words.append(_EN_UNITS[rest])
    return words


def _english(n: int) -> str:
    if n == 0:
        return _EN_UNITS[0]
    words: list[str] = []
    for scale, name in _EN_SCALES:
        count, n = divmod(n, scale)
        if count:
            # Above a trillion the count itself may pass a thousand: say it whole.
            words += [_english(count) if count >= 1000 else " ".join(_en_below_thousand(count)), name]
    words += _en_below_thousand(n)
    return " ".join(words)


# --- Khmer --------------------------------------------------------------------

_KM_UNITS = ("សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន")
_KM_TENS = ("", "ដប់", "ម្ភៃ", "សាមសិប", "សែសិប", "ហាសិប", "ហុកសិប", "ចិតសិប", "ប៉ែតសិប", "កៅសិប")
_KM_HUNDRED = "រយ"
# Below a million, each place has its own word: សែន 100,000, ម៉ឺន 10,000, ពាន់ 1,000.
_KM_PLACES = ((100_000, "សែន"), (10_000, "ម៉ឺន"), (1_000, "ពាន់"), (100, _KM_HUNDRED))
_KM_MILLION = "លាន"
_KM_BILLION = "ប៊ីលាន"


def _km_below_hundred(n: int) -> str:
    tens, units = divmod(n, 10)
    return _KM_TENS[tens] + (_KM_UNITS[units] if units else "")


def _km_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    return (_KM_UNITS[hundreds] + _KM_HUNDRED if hundreds else "") + _km_below_hundred(rest)


def _km_below_million(n: int) -> str:
    text = ""
    for place, name in _KM_PLACES:
        digit, n = divmod(n, place)
        if digit:
            text += _KM_UNITS[digit] + name
    return text + _km_below_hundred(n)


def _khmer(n: int) -> str:
    if n == 0:
        return _KM_UNITS[0]
    billions, n = divmod(n, 10**9)
    millions, n = divmod(n, 10**6)
    text = _khmer(billions) + _KM_BILLION if billions else ""
    if millions:
        text += _km_below_thousand(millions) + _KM_MILLION
    return text + _km_below_million(n)


# --- the public functions -----------------------------------------------------


def number_in_words(n: int, language: str) -> str:
    """A whole number in words: ``number_in_words(21, "en")`` is "twenty-one"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"number_in_words takes an int, not {type(n).__name__}")
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")
    spell = _khmer if language == "km" else _english
    if n < 0:
        return ("ដក" if language == "km" else "minus ") + spell(-n)
    return spell(n)


def amount_in_words(amount: Money, language: str) -> str:
    """*amount* in words with its currency, as written on a voucher.

    ``Money("1250500", KHR)``: "one million two hundred fifty thousand five
    hundred riel" / "មួយលានពីរសែនប្រាំម៉ឺនប្រាំរយរៀល". ``Money("12.50", USD)``:
    "twelve dollars and fifty cents" / "ដប់ពីរដុល្លារ ហាសិបសេន"; whole dollars
    leave the cents out, less than a dollar leaves the dollars out.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}")
    km = language == "km"
    minor = amount.to_minor()
    sign = ("ដក" if km else "minus ") if minor < 0 else ""
    minor = abs(minor)
    if amount.currency is Currency.KHR:
        whole = number_in_words(minor, language)
        return sign + (whole + "រៀល" if km else whole + " riel")
    if amount.currency is not Currency.USD:  # pragma: no cover - only two currencies exist
        raise ValueError(f"no words for {amount.currency.code}")
    dollars, cents = divmod(minor, 100)
    if km:
        parts = []
        if dollars or not cents:
            parts.append(number_in_words(dollars, "km") + "ដុល្លារ")
        if cents:
            parts.append(number_in_words(cents, "km") + "សេន")
        return sign + " ".join(parts)
    dollar_words = number_in_words(dollars, "en") + (" dollar" if dollars == 1 else " dollars")
    cent_words = number_in_words(cents, "en") + (" cent" if cents == 1 else " cents")
    if not cents:
        return sign + dollar_words
    if not dollars:
        return sign + cent_words
    return f"{sign}{dollar_words} and {cent_words}"
