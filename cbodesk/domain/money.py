"""Amounts of money in riel and US dollars.

A CBO's cash book holds riel (KHR) and dollars (USD) side by side, so every
amount carries its currency and two currencies never add up silently
(beancount ``core/amount.py``). Amounts are :class:`~decimal.Decimal`, never
``float``: ten payments of USD 0.10 must total exactly USD 1.00
(beancount ``core/number.py``: "never use floating-point in an accounting
system"). The database stores integer minor units (riel, cents) through
:meth:`Money.to_minor` and :meth:`Money.from_minor`, because peewee's
``DecimalField`` is a REAL on SQLite (NOTES.md, "peewee 4").

Nothing here rounds behind the treasurer's back: an amount with more decimals
than its currency has (riel 10.5, USD 1.005) is an error, not a rounding.

:func:`parse_amount` reads what a treasurer types in a form; showing amounts
in the chosen language is :func:`cbodesk.domain.formatting.format_money`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from typing import Any

from cbodesk.domain.errors import CboDeskError, UserError
from cbodesk.i18n import N_

__all__ = [
    "MAX_INTEGER_DIGITS",
    "AmountError",
    "Currency",
    "CurrencyMismatch",
    "Money",
    "currency",
    "parse_amount",
    "percent_of",
    "sum_money",
]


class Currency(Enum):
    """A currency a CBO keeps its books in.

    An enum, so members are singletons: compared by identity, hashable,
    picklable and listable (``list(Currency)``) for a currency chooser.
    """

    # Riel coins are long gone and the smallest note is 50 or 100 riel, so riel
    # has no minor unit in practice (NOTES.md, "Khmer text").
    KHR = ("KHR", 0, "\u17db")  # ៛ KHMER CURRENCY SYMBOL RIEL
    USD = ("USD", 2, "$")

    # Read-only properties over the member's value: attributes set in an enum's
    # __init__ could be reassigned, changing USD for the whole program.

    @property
    def code(self) -> str:
        """The ISO 4217 code, as stored in files: ``"KHR"``, ``"USD"``."""
        return self.value[0]

    @property
    def minor_digits(self) -> int:
        """How many decimals an amount has: 0 for riel, 2 for dollars."""
        return self.value[1]

    @property
    def symbol(self) -> str:
        return self.value[2]

    @property
    def quantum(self) -> Decimal:
        """The smallest amount of this currency: ``1`` riel, ``0.01`` dollar."""
        return Decimal(1).scaleb(-self.minor_digits)

    def __str__(self) -> str:
        return self.code


def currency(code: str) -> Currency:
    """The currency with ISO 4217 *code* (``"KHR"``, ``"usd"``).

    Raises :class:`ValueError` for a code CBO Desk does not keep books in,
    for example one read from a damaged or foreign file.
    """
    try:
        return Currency[code.strip().upper()]
    except KeyError:
        raise ValueError(f"unknown currency code {code!r}") from None


class CurrencyMismatch(CboDeskError):
    """Two amounts in different currencies were added, subtracted or compared.

    A bug, not a user error: the services keep riel and dollars apart, so this
    reaching a person means the code mixed them.
    """

    def __init__(self, left: Currency, right: Currency) -> None:
        self.left = left
        self.right = right
        super().__init__(f"cannot combine {left.code} with {right.code}")


def _check_number(value: object, what: str) -> None:
    # bool is an int subclass; Money(True, USD) is always a mistake.
    if isinstance(value, (float, bool)) or not isinstance(value, (int, str, Decimal)):
        raise TypeError(
            f"{what} must be str, int or Decimal, not {type(value).__name__} "
            "(never use floating point for money)"
        )


@dataclass(frozen=True, init=False)
class Money:
    """An exact amount in one currency, such as ``Money("12.50", Currency.USD)``.

    *amount* may be given as ``str``, ``int`` or ``Decimal``; it is stored as a
    Decimal with exactly the currency's minor digits, so equal amounts are equal
    and hash alike whatever form they were built from.
    """

    amount: Decimal
    currency: Currency

    def __init__(self, amount: str | int | Decimal, currency: Currency) -> None:
        _check_number(amount, "amount")
        if not isinstance(currency, Currency):
            raise TypeError(f"currency must be a Currency, not {type(currency).__name__}")
        try:
            value = amount if isinstance(amount, Decimal) else Decimal(amount)
        except InvalidOperation:
            raise ValueError(f"not a number: {amount!r}") from None
        if not value.is_finite():
            raise ValueError(f"an amount must be finite, not {amount!r}")
        try:
            exact = value.quantize(currency.quantum)
        except InvalidOperation:
            # More digits than the decimal context can hold: far beyond any real amount.
            raise ValueError(f"amount too large: {amount!r}") from None
        if exact != value:
            raise ValueError(
                f"{amount!r} has more decimals than {currency.code} allows "
                f"({currency.minor_digits}); round it explicitly first"
            )
        if not exact:
            exact = abs(exact)  # no "-0.00" to show or store
        # frozen=True blocks normal assignment; this is the dataclass-sanctioned way.
        object.__setattr__(self, "amount", exact)
        object.__setattr__(self, "currency", currency)

    # --- construction -----------------------------------------------------

    @classmethod
    def zero(cls, currency: Currency) -> Money:
        return cls(0, currency)

    @classmethod
    def from_minor(cls, minor: int, currency: Currency) -> Money:
        """The amount stored as *minor* units (riel, or cents for dollars)."""
        if isinstance(minor, bool) or not isinstance(minor, int):
            raise TypeError(f"minor units must be an int, not {type(minor).__name__}")
        return cls(Decimal(minor).scaleb(-currency.minor_digits), currency)

    def to_minor(self) -> int:
        """This amount as a whole number of minor units, for the database."""
        # Exact: the amount has exactly minor_digits decimals.
        return int(self.amount.scaleb(self.currency.minor_digits))

    # --- queries ----------------------------------------------------------

    def is_zero(self) -> bool:
        return not self.amount

    def __str__(self) -> str:
        # For logs and debugging; people see format_money() in their language.
        return f"{self.amount} {self.currency.code}"

    # --- arithmetic -------------------------------------------------------
    # Operands are typed precisely so mypy catches "money + 1"; the run-time
    # checks stay for untyped callers.

    def _same_currency(self, other: Money) -> None:
        if self.currency is not other.currency:
            raise CurrencyMismatch(self.currency, other.currency)

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        # For "3 members at 5,000៛ each"; a share like half of USD 1.25 that falls
        # between cents raises ValueError, and the caller decides how to round.
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            if isinstance(factor, float):
                raise TypeError("never use floating point for money")
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    # --- ordering (within one currency) ----------------------------------
    # Written out rather than dataclass(order=True), which would compare the
    # amounts of two currencies as if they were one.

    def __lt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other)
        return self.amount >= other.amount


def sum_money(amounts: Iterable[Money], currency: Currency) -> Money:
    """The total of *amounts*, all in *currency*; zero for none.

    The currency is given rather than taken from the first amount so that an
    empty month totals ``0៛`` and a stray dollar amount raises
    :class:`CurrencyMismatch` instead of deciding the total's currency.
    """
    total = Money.zero(currency)
    for amount in amounts:
        total = total + amount
    return total


def percent_of(part: Decimal | None, whole: Decimal) -> Decimal | None:
    """*part* as a percentage of *whole* (45.5 for 45.5 %), one decimal rounded half up; None
    when *whole* is zero or *part* is None (nothing to measure yet)."""
    if part is None or not whole:
        return None
    return (part * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


# --- reading what a treasurer types -----------------------------------------

# Thirteen digits (ten trillion riel, a few billion dollars) is far beyond a
# CBO's cash, so more is a stuck key; it also keeps minor units well inside
# SQLite's 64-bit integers.
MAX_INTEGER_DIGITS = 13

# The same table as formatting.from_khmer_digits, repeated because formatting
# imports this module (for Money) and importing it back would be circular.
_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
# U+2212 MINUS SIGN, and the hyphen-minus everyone types.
_MINUS_SIGNS = ("-", "\u2212")
# Babel and spreadsheets group with a plain, no-break, narrow no-break or thin space.
_SPACES = " \u00a0\u202f\u2009"

# Digits in groups of three separated by one kind of mark ("1,234,500",
# "1 234 500"), or ungrouped ("1234500"); then an optional fraction after a
# point. [0-9], not \d, which would also accept Arabic or Thai digits.
_AMOUNT = re.compile(
    rf"""
    (?P<int>
        [0-9]{{1,3}} (?P<sep>[,{_SPACES}]) [0-9]{{3}} (?: (?P=sep) [0-9]{{3}} )*
      | [0-9]*
    )
    (?: \. (?P<frac>[0-9]+) )?
    """,
    re.VERBOSE,
)
# Only digits, separators and at most one point, yet not _AMOUNT: the grouping is wrong.
_BADLY_GROUPED = re.compile(rf"[0-9,{_SPACES}]*[0-9](?:\.[0-9]+)?")


class AmountError(UserError):
    """What the treasurer typed in an amount field is not an amount.

    Carries ``text`` (as typed), ``currency`` (its code) and ``example`` (a
    well-formed amount in that currency) for the message placeholders.
    """

    EMPTY = N_("errors", "Enter an amount, for example {example}.")
    NOT_A_NUMBER = N_(
        "errors",
        "“{text}” is not an amount. Type only digits, for example {example}.",
    )
    BADLY_GROUPED = N_(
        "errors",
        "“{text}” has a comma or space in the wrong place. Group digits by three "
        "(1,234,500) and use a point for cents (12.50).",
    )
    RIEL_DECIMALS = N_(
        "errors",
        "“{text}” has decimals, but riel amounts are whole numbers. Type it without "
        "a decimal point, for example {example}.",
    )
    TOO_MANY_DECIMALS = N_(
        "errors",
        "“{text}” has too many digits after the point: {currency} amounts have at "
        "most {digits}, for example {example}.",
    )
    OTHER_CURRENCY = N_(
        "errors",
        "“{text}” is in another currency. Type the amount in {currency}, for example {example}.",
    )
    TOO_LARGE = N_("errors", "“{text}” is too large for an amount. Check the number of digits.")

    def __init__(self, message: str, text: str, currency: Currency, **params: Any) -> None:
        example = "12,500" if currency is Currency.KHR else "12.50"
        super().__init__(
            message,
            text=text,
            currency=currency.code,
            digits=currency.minor_digits,
            example=example,
            **params,
        )


def parse_amount(text: str, currency: Currency) -> Money:
    """Read an amount as a treasurer types it.

    Accepts grouping by commas or spaces (``"1,234,500"``, ``"1 234 500"``),
    a point before cents (``"12.50"``), the currency's symbol before or after
    (``"$12.50"``, ``"12.50$"``, ``"1,234៛"``), a leading minus, and Khmer
    digits (``"១២៣៤"``). Raises :class:`AmountError` for anything else.

    Deliberately strict, because a wrong guess is worse than asking again:

    * More decimals than the currency has is refused even when they are
      zeros: "10.000" in a riel field is far more likely ten thousand with a
      dot for grouping than ten riel.
    * Commas must group by three, so the European "12,50" is refused rather
      than read as twelve hundred and fifty.
    * The other currency's symbol is refused: "$12" in a riel field is a
      mistake, not a conversion.
    """
    body = text.translate(_KHMER_DIGITS).strip()
    if not body:
        raise AmountError(AmountError.EMPTY, text, currency)

    negative = False
    if body.startswith(_MINUS_SIGNS):
        negative, body = True, body[1:].lstrip()
    if body.startswith(currency.symbol):
        body = body[len(currency.symbol) :].strip()
    elif body.endswith(currency.symbol):
        body = body[: -len(currency.symbol)].strip()
    if not negative and body.startswith(_MINUS_SIGNS):  # "$-12.50"
        negative, body = True, body[1:].lstrip()

    others = [c.symbol for c in Currency if c is not currency]
    if any(symbol in body for symbol in others):
        raise AmountError(AmountError.OTHER_CURRENCY, text, currency)

    match = _AMOUNT.fullmatch(body)
    if match is None or not (match["int"] or match["frac"]):
        if _BADLY_GROUPED.fullmatch(body):
            raise AmountError(AmountError.BADLY_GROUPED, text, currency)
        raise AmountError(AmountError.NOT_A_NUMBER, text, currency)

    whole = re.sub(rf"[,{_SPACES}]", "", match["int"]) or "0"
    fraction = match["frac"] or ""
    if len(fraction) > currency.minor_digits:
        message = (
            AmountError.RIEL_DECIMALS
            if currency.minor_digits == 0
            else AmountError.TOO_MANY_DECIMALS
        )
        raise AmountError(message, text, currency)
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise AmountError(AmountError.TOO_LARGE, text, currency)

    value = Decimal(f"{whole}.{fraction}" if fraction else whole)
    return Money(-value if negative else value, currency)
