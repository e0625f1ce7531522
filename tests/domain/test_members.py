"""The register's plain values: names as searched, birth and age, a member's checks, status
changes, committee terms and what a member owes in fees."""

from __future__ import annotations

from datetime import date

import pytest

from cbodesk.domain import members as dm
from cbodesk.domain.formatting import DateError
from cbodesk.domain.money import Currency, Money

TODAY = date(2026, 6, 15)
KHR, USD = Currency.KHR, Currency.USD


def good(**changes: object) -> dm.MemberDraft:
    values: dict[str, object] = {"name_km": "សុខ ចាន់", "name_latin": "Sok Chan", "sex": "M", "birth_year": 1980,
                                 "village_id": 1, "joined_on": date(2020, 1, 5)}
    values.update(changes)
    return dm.MemberDraft(**values).cleaned()  # type: ignore[arg-type]


# --- names --------------------------------------------------------------------------------------


def test_fold_ignores_case_accents_spaces_and_invisible_marks() -> None:
    assert dm.fold("Sok  DARA") == dm.fold("sokdara") == "sokdara"
    assert dm.fold("Trần Thị") == "tranthi"
    # A Khmer keyboard's zero-width space between words, and typing without a space.
    assert dm.fold("សុខ\u200bចាន់") == dm.fold("សុខ ចាន់") == dm.fold("សុខចាន់")
    # Khmer vowels and subscripts are combining marks: they must survive.
    assert dm.fold("ស្រី ពៅ") == "ស្រីពៅ"
    assert dm.fold("១២៣") == "123"


def test_search_terms_and_key() -> None:
    key = dm.search_key(42, "សុខ ចាន់", "Sok Chan")
    assert key == "42|សុខចាន់|sokchan"
    for typed in ("សុខ", "ចាន់", "សុខចាន់", "sok", "CHAN", "chan sok", "៤២"):
        assert all(term in key for term in dm.search_terms(typed)), typed
    assert dm.search_terms("  ") == []
    # "|" separates the parts of the key: a term never matches across two of them.
    assert dm.search_terms("42|សុខ") == ["42សុខ"]


def test_clean_name() -> None:
    assert dm.clean_name("  Sok \t Dara ") == "Sok Dara"
    assert dm.clean_name("សុខ\u200b ដារ៉ា") == "សុខ ដារ៉ា"
    assert dm.is_khmer("ដារ៉ា") and not dm.is_khmer("Dara")
    assert dm.sort_key_latin("Élise Sok") == "elise sok"


# --- birth and age --------------------------------------------------------------------------------


def test_read_birth_takes_a_year_or_a_date() -> None:
    assert dm.read_birth("1985") == (None, 1985)
    assert dm.read_birth("១៩៨៥") == (None, 1985)
    assert dm.read_birth("14/03/1985") == (date(1985, 3, 14), 1985)
    assert dm.read_birth("") == (None, None)
    with pytest.raises(DateError):
        dm.read_birth("85")


def test_age_and_age_group() -> None:
    assert dm.age_on(date(2026, 3, 13), date(1985, 3, 14), None) == 40
    assert dm.age_on(date(2026, 3, 14), date(1985, 3, 14), None) == 41
    assert dm.age_on(date(2026, 1, 1), None, 1985) == 41
    assert dm.age_on(TODAY, None, None) is None
    assert [dm.age_group(a) for a in (0, 17, 18, 24, 25, 64, 65, 99, None)] == [0, 0, 1, 1, 2, 5, 6, 6, None]


# --- a member's checks ------------------------------------------------------------------------------


def test_a_good_member_has_no_problems() -> None:
    assert good().problems(TODAY) == []
    assert good(name_km="").problems(TODAY) == []
    assert good(name_latin="").problems(TODAY) == []
    # The year follows the date of birth.
    assert good(birth_date=date(1980, 2, 2), birth_year=None).birth_year == 1980


def test_every_problem_is_reported_at_once() -> None:
    draft = good(name_km="Sok", name_latin="សុខ", sex="X", birth_year=2030, village_id=None,
                 joined_on=date(2027, 1, 1), phone="12ab", id_card="ID card!", idpoor="maybe")
    fields = [p.field for p in draft.problems(TODAY)]
    assert sorted(fields) == sorted(["name_km", "name_latin", "sex", "birth", "village", "joined_on", "phone",
                                     "id_card", "idpoor"])
    for problem in draft.problems(TODAY):
        assert problem.text()  # placeholders filled


def test_name_and_dates_problems() -> None:
    assert [p.field for p in good(name_km="", name_latin="").problems(TODAY)] == ["name_km"]
    assert [p.field for p in good(joined_on=None).problems(TODAY)] == ["joined_on"]
    assert [p.field for p in good(birth_year=1990, joined_on=date(1989, 5, 1)).problems(TODAY)] == ["birth"]
    assert [p.field for p in good(birth_year=1850).problems(TODAY)] == ["birth"]
    assert good(phone="012 345 678").problems(TODAY) == []
    assert good(phone="+855 12 345 678").problems(TODAY) == []
    # Hidden personal details (None) are not checked: they are kept as stored.
    assert good(phone=None, id_card=None, idpoor=None).problems(TODAY) == []


# --- statuses ----------------------------------------------------------------------------------------


def test_status_changes_are_checked() -> None:
    joined = date(2020, 1, 5)
    ok = dm.StatusChange("left", date(2024, 1, 1), "Moved to Phnom Penh")
    assert dm.status_problems(ok, "active", joined, joined, TODAY) == []
    fields = [p.field for p in dm.status_problems(dm.StatusChange("left", date(2027, 1, 1)), "active", joined,
                                                  joined, TODAY)]
    assert fields == ["on", "reason"]
    assert [p.field for p in dm.status_problems(dm.StatusChange("active", TODAY), "active", joined, joined,
                                                TODAY)] == ["status"]
    assert [p.field for p in dm.status_problems(dm.StatusChange("inactive", date(2022, 1, 1)), "left",
                                                date(2023, 1, 1), joined, TODAY)] == ["on"]
    # Back from the dead only as a correction, with a reason.
    assert [p.field for p in dm.status_problems(dm.StatusChange("active", TODAY), "deceased", joined, joined,
                                                TODAY)] == ["reason"]


def test_status_periods_and_status_on() -> None:
    changes = [("active", date(2020, 1, 5)), ("inactive", date(2022, 1, 1)), ("active", date(2023, 1, 1)),
               ("left", date(2024, 7, 1))]
    assert dm.active_periods(changes) == [(date(2020, 1, 5), date(2021, 12, 31)),
                                          (date(2023, 1, 1), date(2024, 6, 30))]
    assert dm.status_on(changes, date(2020, 1, 4)) is None
    assert dm.status_on(changes, date(2022, 6, 1)) == "inactive"
    assert dm.status_on(changes, TODAY) == "left"


# --- committee terms ------------------------------------------------------------------------------------


def test_term_problems() -> None:
    assert dm.term_problems(dm.TermDraft("chair", 1, date(2023, 3, 11)), TODAY) == []
    fields = [p.field for p in dm.term_problems(dm.TermDraft("king", None, None), TODAY)]
    assert fields == ["position", "member", "started_on"]
    assert [p.field for p in dm.term_problems(dm.TermDraft("other", 1, date(2023, 1, 1)), TODAY)] == ["title"]
    assert [p.field for p in dm.term_problems(dm.TermDraft("chair", 1, date(2023, 1, 1), date(2022, 1, 1)),
                                              TODAY)] == ["ended_on"]
    assert dm.overlaps(date(2020, 1, 1), None, date(2025, 1, 1), date(2025, 2, 1))
    assert not dm.overlaps(date(2020, 1, 1), date(2020, 12, 31), date(2021, 1, 1), None)


def test_positions_catalogue() -> None:
    codes = [p.code for p in dm.POSITIONS]
    assert codes[:4] == ["chair", "vice_chair", "secretary", "treasurer"]
    assert {"box_keeper", "money_counter", "key_holder"} <= {p.code for p in dm.POSITIONS if p.savings}
    assert dm.POSITION_BY_CODE["chair"].single and not dm.POSITION_BY_CODE["key_holder"].single


# --- fees ------------------------------------------------------------------------------------------------


def rate(amount: str, period: str, valid_from: date, currency: Currency = KHR) -> dm.FeeRate:
    return dm.FeeRate(0, Money(amount, currency), period, valid_from)


def test_monthly_dues_from_joining_while_active() -> None:
    rates = [rate("5000", "month", date(2026, 1, 1))]
    # Joined mid-March: March counts; January to June 2026 is six months for a founding member.
    assert dm.dues(rates, [(date(2026, 3, 20), None)], TODAY) == {KHR: 4 * 5000}
    assert dm.dues(rates, [(date(2009, 3, 2), None)], TODAY) == {KHR: 6 * 5000}
    # Nothing before the first fee, nothing while not active, each month once.
    assert dm.dues(rates, [(date(2020, 1, 1), date(2025, 12, 31))], TODAY) == {}
    assert dm.dues(rates, [(date(2026, 1, 10), date(2026, 1, 12)), (date(2026, 1, 20), date(2026, 2, 3))],
                   TODAY) == {KHR: 2 * 5000}
    assert dm.dues([], [(date(2020, 1, 1), None)], TODAY) == {}


def test_dues_follow_the_rate_in_force_and_the_window() -> None:
    rates = [rate("10000", "year", date(2024, 1, 1)), rate("2", "quarter", date(2026, 1, 1), USD)]
    active = [(date(2020, 1, 1), None)]
    assert dm.dues(rates, active, TODAY) == {KHR: 2 * 10000, USD: 2 * 200}
    # Only the periods charged from *since* on.
    assert dm.dues(rates, active, TODAY, since=date(2025, 6, 1)) == {USD: 2 * 200}
    assert dm.period_start(date(2026, 5, 17), "quarter") == date(2026, 4, 1)
    assert dm.next_period(date(2026, 10, 1), "quarter") == date(2027, 1, 1)
    assert dm.next_period(date(2026, 12, 1), "month") == date(2027, 1, 1)


def test_fee_rate_problems() -> None:
    assert dm.fee_rate_problems(Money("5000", KHR), "year", date(2026, 1, 1)) == []
    assert [p.field for p in dm.fee_rate_problems(Money("0", KHR), "week", None)] == [
        "amount", "period", "valid_from"]
