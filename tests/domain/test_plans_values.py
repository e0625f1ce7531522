"""The plain values of activity plans and M&E: numbers in hundredths, months, checks, progress,
and the cash book's hash with and without an activity."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from cbodesk.domain import cashbook as cb
from cbodesk.domain import plans as dp
from cbodesk.domain.money import Currency, Money


def test_values_are_kept_in_hundredths() -> None:
    assert dp.to_x100(Decimal("12.5")) == 1250
    assert dp.to_x100(Decimal("12.345")) == 1235
    assert dp.to_x100(Decimal(40)) == 4000
    assert dp.from_x100(1250) == Decimal("12.50")
    assert dp.from_x100(dp.to_x100(Decimal("0.01"))) == Decimal("0.01")
    with pytest.raises(TypeError):
        dp.to_x100(12.5)  # type: ignore[arg-type]
    assert dp.read_value("១២.៥") == Decimal("12.5")
    assert dp.read_value("1,250") == Decimal(1250)
    assert dp.read_value("twelve") is None and dp.read_value(" ") is None


def test_months() -> None:
    assert dp.fiscal_year_months(2026, 7)[0] == date(2026, 7, 1)
    assert dp.fiscal_year_months(2026, 7)[-1] == date(2027, 6, 1)
    assert dp.months_between(date(2026, 11, 30), date(2027, 2, 1)) == [
        date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    assert dp.months_between(date(2026, 3, 1), date(2026, 2, 1)) == []
    assert dp.shift_year(date(2024, 2, 29)) == date(2025, 2, 1)
    assert dp.shift_year(date(2026, 12, 1), 2) == date(2028, 12, 1)


MONTHS = dp.fiscal_year_months(2026, 1)


def test_an_activity_draft_is_cleaned_and_checked() -> None:
    draft = dp.ActivityDraft(code=" A 1 ", title="  Tree   planting ", chapter=6, start_month=date(2026, 3, 17),
                             end_month=date(2026, 4, 2), budget=Money(0, Currency.USD)).cleaned()
    assert (draft.code, draft.title, draft.start_month, draft.end_month) == (
        "A 1", "Tree planting", date(2026, 3, 1), date(2026, 4, 1))
    assert draft.problems(MONTHS) == []
    bad = replace(draft, code="A" * 17, title="", chapter=0, end_month=date(2027, 1, 1),
                  budget=Money("-0.01", Currency.USD), inputs="x" * (dp.MAX_TEXT + 1))
    assert [p.field for p in bad.problems(MONTHS)] == ["code", "title", "chapter", "end_month", "budget", "inputs"]


def test_status_changes() -> None:
    assert dp.status_problems("done", "", "ongoing") == []
    assert [p.field for p in dp.status_problems("cancelled", " ", "planned")] == ["reason"]
    assert [p.field for p in dp.status_problems("postponed", "Rain", "postponed")] == ["status"]
    assert [p.field for p in dp.status_problems("stopped", "", "planned")] == ["status"]


def indicator(by_sex: bool, target: str = "40") -> dp.IndicatorView:
    return dp.IndicatorView(7, 3, 0, "Trained", "people", Decimal(0), Decimal(target), "monthly", by_sex, 0)


def value(v: str, female: str | None = None, male: str | None = None) -> dp.IndicatorValueView:
    return dp.IndicatorValueView(7, Decimal(v), None if female is None else Decimal(female),
                                 None if male is None else Decimal(male))


def test_progress_sums_people_counted_by_sex_and_takes_the_latest_otherwise() -> None:
    values = [(date(2026, 5, 1), 9, value("10", "6", "4")), (date(2026, 3, 1), 2, value("12", "7", "5"))]
    counted = dp.progress_of(indicator(True), "A1", "Training", values)
    assert (counted.achieved, counted.achieved_female, counted.achieved_male, counted.percent) == (
        Decimal(22), Decimal(13), Decimal(9), Decimal("55.0"))
    latest = dp.progress_of(indicator(False), "A1", "Training", values)
    assert (latest.achieved, latest.last_date, latest.cumulative) == (Decimal(10), date(2026, 5, 1), False)
    # Two records the same day: the one recorded last counts.
    same_day = [(date(2026, 5, 1), 11, value("30")), (date(2026, 5, 1), 10, value("20"))]
    assert dp.progress_of(indicator(False), "A1", "", same_day).achieved == Decimal(30)
    assert dp.progress_of(indicator(False, "0"), "A1", "", same_day).percent is None
    assert dp.progress_of(indicator(True), "A1", "", []).achieved is None


FIELDS = cb.ChainedFields(
    uid="u1", group_uid="u1", kind="payment", number="P-2026-0001", date=date(2026, 3, 2), account_id=1,
    amount_minor=-50_000, currency="KHR", category_id=8, fund_id=None, party="Kratie market",
    description="Seeds", rate="", reverses_uid="", reason="", needs_approval=False, entered_by="Chan Sophea",
    entered_at=datetime(2026, 3, 2, 17, 0, 5), attachment_sha256="", fiscal_year=2026)


def test_the_activity_is_hashed_only_when_set() -> None:
    old = json.loads(FIELDS.canonical())
    assert "activity_id" not in old and "member_id" not in old
    linked = replace(FIELDS, activity_id=4)
    assert json.loads(linked.canonical())["activity_id"] == 4
    assert cb.chain_hash(cb.GENESIS, linked) != cb.chain_hash(cb.GENESIS, FIELDS)
    assert cb.chain_hash(cb.GENESIS, replace(linked, activity_id=5)) != cb.chain_hash(cb.GENESIS, linked)
