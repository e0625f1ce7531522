"""The member register's plain values (guideline chapter 3, and the committee of chapter 1):
members as typed, their checks, statuses, committee positions, membership fees and
what a member owes, and the keys the register is searched and sorted by.

No database here: :mod:`cbodesk.services.members` stores and reads these.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from cbodesk.domain.errors import Problem
from cbodesk.domain.formatting import DateError, LocaleSettings, from_khmer_digits, parse_date
from cbodesk.domain.money import Currency, Money
from cbodesk.i18n import N_

CONTEXT = "members"

# --- fixed lists -------------------------------------------------------------

SEXES: dict[str, str] = {
    "F": N_("members", "Female"),
    "M": N_("members", "Male"),
}

# A member's status; the register keeps every change with its date.
STATUSES: dict[str, str] = {
    "active": N_("members", "Active"),
    "inactive": N_("members", "Inactive"),
    "left": N_("members", "Left"),
    "deceased": N_("members", "Deceased"),
}
# Statuses after which a member is no longer counted as a member.
GONE = frozenset({"left", "deceased"})

# The Ministry of Planning's identification of poor households (IDPoor). "" is "not known".
IDPOOR: dict[str, str] = {
    "": N_("members", "Not known"),
    "level1": N_("members", "IDPoor level 1"),
    "level2": N_("members", "IDPoor level 2"),
    "not_poor": N_("members", "No IDPoor card"),
}


@dataclass(frozen=True)
class Position:
    code: str
    label: str
    single: bool  # one holder at a time (the chair); else several (committee members)
    savings: bool = False  # a position of savings groups


# In the order a committee list prints them (GUIDELINE.md, Annex 1).
POSITIONS: tuple[Position, ...] = (
    Position("chair", N_("members", "Chair"), True),
    Position("vice_chair", N_("members", "Vice-chair"), False),
    Position("secretary", N_("members", "Secretary"), True),
    Position("treasurer", N_("members", "Treasurer"), True),
    Position("member", N_("members", "Committee member"), False),
    Position("box_keeper", N_("members", "Box keeper"), True, savings=True),
    Position("money_counter", N_("members", "Money counter"), False, savings=True),
    Position("key_holder", N_("members", "Key holder"), False, savings=True),
    Position("other", N_("members", "Other role"), False),
)
POSITION_BY_CODE = {p.code: p for p in POSITIONS}
POSITION_ORDER = {p.code: i for i, p in enumerate(POSITIONS)}

FEE_PERIODS: dict[str, str] = {
    "month": N_("members", "per month"),
    "quarter": N_("members", "per quarter"),
    "year": N_("members", "per year"),
}

# Age groups of the membership statistics: (lowest age, highest age or None, label).
AGE_GROUPS: tuple[tuple[int, int | None, str], ...] = (
    (0, 17, N_("members", "Under 18")),
    (18, 24, N_("members", "18–24")),
    (25, 34, N_("members", "25–34")),
    (35, 44, N_("members", "35–44")),
    (45, 54, N_("members", "45–54")),
    (55, 64, N_("members", "55–64")),
    (65, None, N_("members", "65 and over")),
)
AGE_UNKNOWN = N_("members", "Age not known")

EARLIEST_YEAR = 1900
MAX_NAME = 120
MAX_ID_CARD = 20
MAX_NOTES = 4000
MAX_PHOTO_BYTES = 2_000_000


# --- names: what is searched and how it sorts ----------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def clean_name(text: str) -> str:
    """A name as stored: NFC, without the invisible spaces Khmer keyboards insert, single-spaced."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return " ".join(text.split())


def fold(text: str) -> str:
    """How names compare in a search: Latin case and accents ignored, Khmer digits as 0–9,
    spaces removed (Khmer is often typed without a space between family and given name).

    Only Latin accents are removed: Khmer vowels are combining marks too and must stay.
    """
    text = unicodedata.normalize("NFD", clean_name(text))
    text = _LATIN_MARKS.sub("", text)
    text = unicodedata.normalize("NFC", text).casefold()
    return from_khmer_digits(text).replace(" ", "").replace("|", "")


def search_key(number: int, name_km: str, name_latin: str) -> str:
    """The text a member is found by: number, Khmer name and Latin name, folded.

    Parts are separated by ``|``, which :func:`fold` takes out of a search term,
    so that a term never matches across two parts.
    """
    return f"{number}|{fold(name_km)}|{fold(name_latin)}"


def search_terms(text: str) -> list[str]:
    """The words of a search, folded: a member matches when every word is in their key."""
    return [t for t in (fold(word) for word in clean_name(text).split(" ")) if t]


def sort_key_latin(name_latin: str) -> str:
    text = unicodedata.normalize("NFD", clean_name(name_latin))
    return unicodedata.normalize("NFC", _LATIN_MARKS.sub("", text)).casefold()


def duplicate_key(name_km: str, name_latin: str) -> tuple[str, str]:
    """The names as compared for a likely duplicate (spaces, case and accents aside)."""
    return fold(name_km), fold(name_latin)


def is_khmer(text: str) -> bool:
    return bool(_KHMER.search(text))


def has_latin(text: str) -> bool:
    return bool(_LATIN_LETTER.search(text))


# --- birth and age ---------------------------------------------------------------


ENGLISH = LocaleSettings("en")


def read_birth(text: str, settings: LocaleSettings = ENGLISH) -> tuple[date | None, int | None]:
    """A date or a year of birth as typed: ``1985``, ``14/03/1985``, ``1985-03-14``, Khmer digits too.

    Returns (date, year); empty text gives (None, None). Raises :class:`DateError`.
    """
    body = from_khmer_digits(text).strip()
    if not body:
        return None, None
    if re.fullmatch("[0-9]{4}", body):
        return None, int(body)
    day = parse_date(text, settings)
    return day, day.year


def birth_year_of(birth_date: date | None, birth_year: int | None) -> int | None:
    return birth_date.year if birth_date is not None else birth_year


def age_on(day: date, birth_date: date | None, birth_year: int | None) -> int | None:
    """Age in whole years on *day*; from a year of birth alone, the age reached that year."""
    if birth_date is not None:
        before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
        return day.year - birth_date.year - int(before_birthday)
    if birth_year is not None:
        return day.year - birth_year
    return None


def age_group(age: int | None) -> int | None:
    """The index in :data:`AGE_GROUPS` of *age*; None when not known."""
    if age is None:
        return None
    for index, (low, high, _label) in enumerate(AGE_GROUPS):
        if age >= low and (high is None or age <= high):
            return index
    return 0  # a negative age cannot pass the checks; count it with the youngest


# --- a member as typed ----------------------------------------------------------


@dataclass(frozen=True)
class MemberDraft:
    """What the secretary typed for a member.

    The personal details (phone, ID card, IDPoor) are None when the person
    typing may not see them: the stored values are then kept as they are.
    """

    name_km: str = ""
    name_latin: str = ""
    sex: str = ""  # F | M
    birth_date: date | None = None
    birth_year: int | None = None  # when only the year is known (set from birth_date otherwise)
    village_id: int | None = None
    joined_on: date | None = None
    phone: str | None = ""
    id_card: str | None = ""
    idpoor: str | None = ""
    household_head: bool | None = None  # not known
    notes: str = ""

    def cleaned(self) -> MemberDraft:
        changes: dict[str, Any] = {
            "name_km": clean_name(self.name_km),
            "name_latin": clean_name(self.name_latin),
            "sex": self.sex.strip().upper(),
            "notes": self.notes.strip(),
            "birth_year": birth_year_of(self.birth_date, self.birth_year),
        }
        if self.phone is not None:
            changes["phone"] = " ".join(self.phone.split())
        if self.id_card is not None:
            changes["id_card"] = "".join(self.id_card.split()).upper()
        if self.idpoor is not None:
            changes["idpoor"] = self.idpoor.strip()
        return replace(self, **changes)

    def problems(self, today: date) -> list[Problem]:
        """Everything wrong with this member, all at once (call on a cleaned draft).

        The village is checked by the service, which knows the villages.
        """
        found: list[Problem] = []
        if not self.name_km and not self.name_latin:
            found.append(Problem("name_km", N_("errors", "Write the member's name in Khmer script, in "
                                                         "Latin letters, or both.")))
        if self.name_km and not is_khmer(self.name_km):
            found.append(Problem("name_km", N_("errors", "Write this name in Khmer script. Put the "
                                                         "name in Latin letters in its own field.")))
        if self.name_latin and is_khmer(self.name_latin):
            found.append(Problem("name_latin", N_("errors", "Write this name in Latin letters, for "
                                                            "example Sok Dara. Put the Khmer name in "
                                                            "its own field.")))
        for name, value in (("name_km", self.name_km), ("name_latin", self.name_latin)):
            if len(value) > MAX_NAME:
                found.append(Problem(name, N_("errors", "This name is too long: at most {limit} letters."),
                                     {"limit": MAX_NAME}))
        if self.sex not in SEXES:
            found.append(Problem("sex", N_("errors", "Choose female or male.")))
        found += _birth_problems(self.birth_date, self.birth_year, self.joined_on, today)
        if self.village_id is None:
            found.append(Problem("village", N_("errors", "Choose the village the member lives in.")))
        if self.joined_on is None:
            found.append(Problem("joined_on", N_("errors", "Write the date the member joined.")))
        elif self.joined_on > today:
            found.append(Problem("joined_on", N_("errors", "This date is in the future. Write the day "
                                                           "the member joined.")))
        elif self.joined_on.year < EARLIEST_YEAR:
            found.append(Problem("joined_on", N_("errors", "This date is too long ago. Check the year.")))
        if self.phone:
            digits = self.phone.replace(" ", "").replace("-", "").lstrip("+")
            if not (digits.isdigit() and digits.isascii() and 8 <= len(digits) <= 15):
                found.append(Problem("phone", N_("errors", "The phone number should have 9 or 10 digits, "
                                                           "for example 012 345 678.")))
        if self.id_card and (len(self.id_card) > MAX_ID_CARD or not self.id_card.isascii()
                             or not self.id_card.replace("-", "").isalnum()):
            found.append(Problem("id_card", N_("errors", "Write the number of the national ID card as "
                                                         "printed on it: digits (and letters), at most "
                                                         "{limit}."), {"limit": MAX_ID_CARD}))
        if self.idpoor is not None and self.idpoor not in IDPOOR:
            found.append(Problem("idpoor", N_("errors", "Choose the IDPoor status from the list.")))
        if len(self.notes) > MAX_NOTES:
            found.append(Problem("notes", N_("errors", "The notes are too long: at most {limit} letters."),
                                 {"limit": MAX_NOTES}))
        return found


def _birth_problems(birth_date: date | None, birth_year: int | None, joined_on: date | None,
                    today: date) -> list[Problem]:
    year = birth_year_of(birth_date, birth_year)
    if year is None:
        return []
    if birth_date is not None and birth_date > today or year > today.year:
        return [Problem("birth", N_("errors", "The date of birth is in the future. Check the year."))]
    if year < EARLIEST_YEAR:
        return [Problem("birth", N_("errors", "The year of birth is too long ago. Check the year."))]
    if joined_on is not None and (birth_date is not None and joined_on < birth_date or joined_on.year < year):
        return [Problem("birth", N_("errors", "The member cannot have joined before being born. Check "
                                              "both dates."))]
    return []


def birth_problem(error: DateError) -> Problem:
    """A date of birth that could not be read, as a problem of the "birth" field."""
    return Problem("birth", error.message, dict(error.params))


# --- status changes -----------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    status: str
    on: date
    reason: str = ""


def status_problems(change: StatusChange, current: str, since: date, joined_on: date,
                    today: date) -> list[Problem]:
    """What is wrong with changing a member's status from *current* (since *since*)."""
    found: list[Problem] = []
    reason = change.reason.strip()
    if change.status not in STATUSES:
        found.append(Problem("status", N_("errors", "Choose the new status from the list.")))
    elif change.status == current:
        found.append(Problem("status", N_("errors", "The member has this status already.")))
    if change.on > today:
        found.append(Problem("on", N_("errors", "This date is in the future. Record a change on or after "
                                                "the day it happened.")))
    elif change.on < joined_on:
        found.append(Problem("on", N_("errors", "This date is before the member joined.")))
    elif change.on < since:
        found.append(Problem("on", N_("errors", "This date is before the member's last change of status "
                                                "({day}). Changes are recorded in the order they "
                                                "happened."), {"day": since.isoformat()}))
    if change.status == "left" and not reason:
        found.append(Problem("reason", N_("errors", "Write why the member left, for example \"moved to "
                                                    "Phnom Penh\".")))
    if current == "deceased" and not reason:
        found.append(Problem("reason", N_("errors", "This member was recorded as deceased. If that was a "
                                                    "mistake, write so as the reason.")))
    if len(reason) > MAX_NOTES:
        found.append(Problem("reason", N_("errors", "The reason is too long: at most {limit} letters."),
                             {"limit": MAX_NOTES}))
    return found


@dataclass(frozen=True)
class StatusPeriod:
    status: str
    start: date
    end: date | None  # the day before the next change; None: up to now


def status_periods(changes: Iterable[tuple[str, date]]) -> list[StatusPeriod]:
    """The member's statuses as periods, from changes (status, from which day) in order."""
    ordered = list(changes)
    periods = []
    for index, (status, start) in enumerate(ordered):
        nxt = ordered[index + 1][1] if index + 1 < len(ordered) else None
        periods.append(StatusPeriod(status, start, nxt - timedelta(days=1) if nxt is not None else None))
    return [p for p in periods if p.end is None or p.end >= p.start]


def status_on(changes: Sequence[tuple[str, date]], day: date) -> str | None:
    """The status on *day*; None before the member joined."""
    found = None
    for status, start in changes:
        if start <= day:
            found = status
        else:
            break
    return found


# --- committee terms ----------------------------------------------------------


@dataclass(frozen=True)
class TermDraft:
    """A member holding a committee position from one day (to another)."""

    position: str
    member_id: int | None
    started_on: date | None
    ended_on: date | None = None
    title: str = ""  # the CBO's own name of the role; needed for "other"
    note: str = ""  # e.g. "elected at the general assembly of 14 March 2026"


def term_problems(draft: TermDraft, today: date) -> list[Problem]:
    found: list[Problem] = []
    if draft.position not in POSITION_BY_CODE:
        found.append(Problem("position", N_("errors", "Choose the position from the list.")))
    elif draft.position == "other" and not draft.title.strip():
        found.append(Problem("title", N_("errors", "Write the name of this role, for example \"Advisor\".")))
    if draft.member_id is None:
        found.append(Problem("member", N_("errors", "Choose the member who holds the position.")))
    if draft.started_on is None:
        found.append(Problem("started_on", N_("errors", "Write the day the term started.")))
    elif draft.started_on > today:
        found.append(Problem("started_on", N_("errors", "This date is in the future. Record a term once "
                                                        "it has started.")))
    if draft.started_on is not None and draft.ended_on is not None and draft.ended_on < draft.started_on:
        found.append(Problem("ended_on", N_("errors", "A term cannot end before it starts.")))
    return found


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    return (a_end is None or a_end >= b_start) and (b_end is None or b_end >= a_start)


# --- membership fees ----------------------------------------------------------


@dataclass(frozen=True)
class FeeRate:
    """A membership fee: an amount per period, from a day on, until the next rate."""

    id: int
    amount: Money
    period: str  # month | quarter | year
    valid_from: date
    note: str = ""


def fee_rate_problems(amount: Money, period: str, valid_from: date | None) -> list[Problem]:
    found: list[Problem] = []
    if amount.amount <= 0:
        found.append(Problem("amount", N_("errors", "The fee must be more than zero.")))
    if period not in FEE_PERIODS:
        found.append(Problem("period", N_("errors", "Choose the period the fee is for: month, quarter or "
                                                    "year.")))
    if valid_from is None:
        found.append(Problem("valid_from", N_("errors", "Write the day from which this fee applies.")))
    return found


def period_start(day: date, period: str) -> date:
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if period == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown fee period {period!r}")


def next_period(start: date, period: str) -> date:
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    n = start.year * 12 + start.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def dues(rates: Sequence[FeeRate], active: Sequence[tuple[date, date | None]], until: date,
         since: date | None = None) -> dict[Currency, int]:
    """What a member owes in fees (minor units per currency), for the periods charged in
    [*since*, *until*].

    A period (calendar month, quarter or year) is charged once when the member
    was active on at least one of its days; it is charged on its first day, or
    on the day the member became active if later, at the rate in force that
    day (the last with ``valid_from`` on or before it). Nothing is due before
    the first rate. *rates* are in ``valid_from`` order; *active* are the
    periods the member was active (end None: still active).
    """
    owed: dict[Currency, int] = {}
    if not rates:
        return owed
    first_rate = rates[0].valid_from
    charged: set[tuple[date, str]] = set()
    for start, end in active:
        last = until if end is None else min(end, until)
        if last < start:
            continue
        day = max(start, first_rate)
        while day <= last:
            rate = _rate_on(rates, day)
            assert rate is not None
            begin = period_start(day, rate.period)
            following = next_period(begin, rate.period)
            if (begin, rate.period) not in charged:
                charged.add((begin, rate.period))
                if since is None or day >= since:
                    currency = rate.amount.currency
                    owed[currency] = owed.get(currency, 0) + rate.amount.to_minor()
            # A rate that starts inside a period applies from the next period on.
            day = following
    return owed


def _rate_on(rates: Sequence[FeeRate], day: date) -> FeeRate | None:
    found = None
    for rate in rates:
        if rate.valid_from <= day:
            found = rate
        else:
            break
    return found


def active_periods(changes: Sequence[tuple[str, date]]) -> list[tuple[date, date | None]]:
    """The periods a member was active, from their status changes in order."""
    return [(p.start, p.end) for p in status_periods(changes) if p.status == "active"]
