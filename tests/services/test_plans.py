"""Activity plans and M&E (guideline chapter 6, Annex 6), on SQLite and PostgreSQL: goals, plans per
fiscal year, activities and their checks, indicators, monitoring records with evidence, copying a
plan, indicator progress, participation and roles."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from cbodesk.domain import members as dm
from cbodesk.domain import plans as dp
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.money import Currency, Money
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import cashbook
from cbodesk.services import members as ms
from cbodesk.services import plans as ps
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Activity, AuditEntry, IndicatorValue, MonitoringRecord, Setting

KHR, USD = Currency.KHR, Currency.USD
PROFILE = OrganisationProfile(name_en="Prey Veng Women Farmers", sector="agriculture", province="14",
                              fiscal_year_start_month=7)
ME = Actor("keo.malis", "Keo Malis", frozenset({"me_focal"}))
OTHER_ME = Actor("srey.neang", "Srey Neang", frozenset({"me_focal"}))
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
ADMIN = Actor("admin", "Long Samnang", frozenset({"administrator"}))
TODAY = date(2026, 11, 20)


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    created, _admin = new_cbo(cbo_location, PROFILE, "Long Samnang")
    with created:
        yield created


def members(cbo: Cbo) -> tuple[int, int]:
    village = ms.add_village(cbo, ADMIN, "ព្រៃវែង", "Prey Veng").id
    ids = []
    for km, latin, sex in (("កែវ ម៉ាលីស", "Keo Malis", "F"), ("សុខ ដារ៉ា", "Sok Dara", "M")):
        draft = dm.MemberDraft(name_km=km, name_latin=latin, sex=sex, birth_year=1980, village_id=village,
                               joined_on=date(2020, 1, 5))
        ids.append(ms.add_member(cbo, ADMIN, draft, today=TODAY).id)
    return ids[0], ids[1]


def training(**changes: object) -> dp.ActivityDraft:
    draft = dp.ActivityDraft(code="A1", title="Training on home gardening", chapter=6,
                             objective="Forty women grow vegetables at home", start_month=date(2026, 8, 1),
                             end_month=date(2026, 10, 1), place="Pagoda hall", inputs="Seeds, trainer",
                             budget=Money(400_000, KHR))
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


# --- fiscal years and plans ----------------------------------------------------------


def test_plan_months_follow_the_fiscal_year_of_the_profile(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026, "Plan 2026–27")
    assert plan.months[0] == date(2026, 7, 1)
    assert plan.months[-1] == date(2027, 6, 1)
    assert plan.last_day == date(2027, 6, 30)
    assert ps.fiscal_year_of(cbo, date(2027, 3, 9)) == 2026
    assert ps.fiscal_year_of(cbo, date(2027, 7, 1)) == 2027
    with pytest.raises(InvalidInput) as error:
        ps.create_plan(cbo, ME, 2026)
    assert [p.field for p in error.value.problems] == ["fiscal_year"]
    assert [p.fiscal_year for p in ps.plans(cbo, SECRETARY)] == [2026]
    assert ps.plan_for_year(cbo, ME, 2025) is None


def test_strategy_and_goals(cbo: Cbo) -> None:
    assert ps.strategy(cbo, ME) == dp.Strategy()
    ps.set_strategy(cbo, ME, dp.Strategy(vision_km="សហគមន៍រឹងមាំ", vision_en="A strong community",
                                         mission_en="  Women farmers   earn more  "))
    saved = ps.strategy(cbo, SECRETARY)
    assert saved.vision("km") == "សហគមន៍រឹងមាំ"
    assert saved.vision("en") == "A strong community"
    assert saved.mission("km") == "Women farmers earn more"  # the only text there is
    with cbo.reading():
        stored = json.loads(Setting.get_by_id("plans.vision").value)
    assert stored == {"km": "សហគមន៍រឹងមាំ", "en": "A strong community"}
    first = ps.add_goal(cbo, ME, dp.GoalDraft("G1", "", "Better livelihoods"))
    second = ps.add_goal(cbo, ME, dp.GoalDraft("G2", "ការអប់រំ", ""))
    with pytest.raises(InvalidInput):
        ps.add_goal(cbo, ME, dp.GoalDraft("G3", " ", ""))
    ps.rename_goal(cbo, ME, first.id, dp.GoalDraft("G1", "ជីវភាព", "Better livelihoods"))
    ps.retire_goal(cbo, ME, second.id)
    assert [(g.code, g.text("km")) for g in ps.goals(cbo, ME)] == [("G1", "ជីវភាព")]
    assert len(ps.goals(cbo, ME, include_retired=True)) == 2
    with pytest.raises(NotAllowed):
        ps.add_goal(cbo, SECRETARY, dp.GoalDraft("G9", "", "Not theirs to add"))
    with cbo.reading():
        actions = [a for (a,) in AuditEntry.select(AuditEntry.action).where(AuditEntry.area == "plans").tuples()]
    assert actions == ["strategy.update", "goal.add", "goal.add", "goal.update", "goal.retire"]


# --- activities ------------------------------------------------------------------------


def test_activity_is_added_with_its_names(cbo: Cbo) -> None:
    keo, sok = members(cbo)
    fund = cashbook.add_fund(cbo, ADMIN, "Oxfam small grant", "Oxfam").id
    goal = ps.add_goal(cbo, ME, dp.GoalDraft("G1", "", "Better livelihoods")).id
    plan = ps.create_plan(cbo, ME, 2026)
    added = ps.add_activity(cbo, ME, plan.id, training(responsible_id=keo, monitor_id=sok, fund_id=fund,
                                                       goal_id=goal, end_month=date(2026, 10, 17),
                                                       title="  Training on   home gardening "))
    assert added.title == "Training on home gardening"
    assert added.end_month == date(2026, 10, 1)
    assert added.planned_months == (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1))
    assert (added.responsible("km"), added.monitor("en")) == ("កែវ ម៉ាលីស", "Sok Dara")
    assert (added.fund_name, added.goal_code, added.status, added.fiscal_year) == (
        "Oxfam small grant", "G1", "planned", 2026)
    assert added.budget == Money(400_000, KHR)
    assert added.draft().code == "A1"
    assert ps.get_plan(cbo, ME, plan.id).activity_count == 1


def test_activity_problems_are_reported_together(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    ps.add_activity(cbo, ME, plan.id, training())
    bad = training(code="a1", title=" ", chapter=9, start_month=date(2026, 5, 1), end_month=date(2027, 7, 1),
                   budget=Money(-5, KHR), fund_id=999, responsible_id=998, monitor_id=997, goal_id=996)
    with pytest.raises(InvalidInput) as error:
        ps.add_activity(cbo, ME, plan.id, bad)
    assert sorted(p.field for p in error.value.problems) == sorted(
        ["code", "title", "chapter", "start_month", "end_month", "budget", "fund", "responsible", "monitor",
         "goal"])
    with pytest.raises(InvalidInput) as error:
        ps.add_activity(cbo, ME, plan.id, training(code="A2", start_month=date(2026, 12, 1),
                                                   end_month=date(2026, 9, 1)))
    assert [(p.field, p.message) for p in error.value.problems] == [
        ("end_month", "The activity cannot end before it starts.")]
    with pytest.raises(InvalidInput) as error:
        ps.add_activity(cbo, ME, plan.id, training(code="", start_month=None, end_month=None))
    assert [p.field for p in error.value.problems] == ["code", "start_month", "end_month"]
    assert len(ps.activities(cbo, ME, plan.id)) == 1


def test_a_change_made_meanwhile_is_not_overwritten(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    opened = ps.add_activity(cbo, ME, plan.id, training())
    # Another computer saves first.
    saved = ps.update_activity(cbo, OTHER_ME, opened.id, training(place="Commune hall"),
                               row_version=opened.row_version)
    assert saved.row_version == opened.row_version + 1
    with pytest.raises(ps.ChangedMeanwhile) as error:
        ps.update_activity(cbo, ME, opened.id, training(place="School"), row_version=opened.row_version)
    assert "Srey Neang" in error.value.text()
    assert error.value.who == "Srey Neang" and error.value.when == saved.updated_at
    with pytest.raises(ps.ChangedMeanwhile):
        ps.save_review(cbo, ME, opened.id, dp.ReviewDraft(results="Done"), row_version=opened.row_version)
    assert ps.get_activity(cbo, ME, opened.id).place == "Commune hall"


def test_status_needs_a_reason_to_postpone_or_cancel(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    activity = ps.add_activity(cbo, ME, plan.id, training())
    with pytest.raises(InvalidInput) as error:
        ps.change_status(cbo, ME, activity.id, "postponed", "  ")
    assert [p.field for p in error.value.problems] == ["reason"]
    with pytest.raises(InvalidInput):
        ps.change_status(cbo, ME, activity.id, "finished")
    ongoing = ps.change_status(cbo, ME, activity.id, "ongoing")
    postponed = ps.change_status(cbo, ME, activity.id, "postponed", "Flooding in October",
                                 row_version=ongoing.row_version)
    assert (postponed.status, postponed.status_reason) == ("postponed", "Flooding in October")
    reviewed = ps.save_review(cbo, ME, activity.id, dp.ReviewDraft(
        results="20 women trained", difficulties="Floods", lessons="Plan before the rains",
        recommendations="Repeat in March"), row_version=postponed.row_version)
    assert reviewed.review().lessons == "Plan before the rains"
    with cbo.reading():
        last = AuditEntry.select().where(AuditEntry.action == "activity.status").order_by(AuditEntry.id.desc()).get()
    assert json.loads(last.after) == {"status": "postponed", "reason": "Flooding in October"}


def test_reorder_and_remove(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    a1 = ps.add_activity(cbo, ME, plan.id, training())
    a2 = ps.add_activity(cbo, ME, plan.id, training(code="A2", title="Savings group meeting"))
    a3 = ps.add_activity(cbo, ME, plan.id, training(code="A3", title="Field visit"))
    ps.reorder_activities(cbo, ME, plan.id, [a3.id, a1.id, a2.id])
    assert [a.code for a in ps.activities(cbo, ME, plan.id)] == ["A3", "A1", "A2"]
    with pytest.raises(UserError):
        ps.reorder_activities(cbo, ME, plan.id, [a3.id, a1.id])
    ps.add_indicator(cbo, ME, a2.id, dp.IndicatorDraft("Members attending", "people", target=Decimal(30)))
    ps.remove_activity(cbo, ME, a2.id, row_version=a2.row_version)
    ps.add_record(cbo, ME, a1.id, dp.MonitoringDraft(date(2026, 8, 20), 10, 2), today=TODAY)
    with pytest.raises(UserError):
        ps.remove_activity(cbo, ME, a1.id, row_version=a1.row_version)
    assert [a.code for a in ps.activities(cbo, ME, plan.id)] == ["A3", "A1"]


# --- indicators and monitoring ----------------------------------------------------------------


def test_indicators_and_monitoring_records(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    activity = ps.add_activity(cbo, ME, plan.id, training())
    women = ps.add_indicator(cbo, ME, activity.id, dp.IndicatorDraft(
        "Farmers trained", "people", Decimal(0), Decimal(40), "monthly", by_sex=True))
    gardens = ps.add_indicator(cbo, ME, activity.id, dp.IndicatorDraft(
        "Households with a garden", "%", Decimal("12.5"), Decimal(60), "quarterly"))
    assert (gardens.baseline, gardens.position) == (Decimal("12.50"), 1)
    with pytest.raises(InvalidInput) as error:
        ps.add_indicator(cbo, ME, activity.id, dp.IndicatorDraft("", target=Decimal(-1), frequency="daily"))
    assert [p.field for p in error.value.problems] == ["name", "target", "frequency"]

    first = ps.add_record(cbo, ME, activity.id, dp.MonitoringDraft(
        date(2026, 8, 14), 18, 3, "First session held", "Seeds arrived late", "Keo Malis, Sok Dara",
        (dp.IndicatorValueDraft(women.id, female=Decimal(18), male=Decimal(3)),
         dp.IndicatorValueDraft(gardens.id, Decimal(20)))), today=TODAY)
    assert first.participants == 21
    assert first.value_of(women.id) == dp.IndicatorValueView(women.id, Decimal("21.00"), Decimal("18.00"),
                                                             Decimal("3.00"))
    with cbo.reading():
        stored = IndicatorValue.get((IndicatorValue.record == first.id) & (IndicatorValue.indicator == gardens.id))
    assert (stored.value_x100, stored.female_x100) == (2000, None)

    problems = dp.MonitoringDraft(date(2026, 12, 1), -1, 0, values=(
        dp.IndicatorValueDraft(women.id, value=Decimal(5)),
        dp.IndicatorValueDraft(gardens.id, female=Decimal(1), male=Decimal(1)),
        dp.IndicatorValueDraft(999, Decimal(1))))
    with pytest.raises(InvalidInput) as error:
        ps.add_record(cbo, ME, activity.id, problems, today=TODAY)
    assert [p.field for p in error.value.problems] == [
        "date", "participants_female", f"value_{women.id}", f"value_{gardens.id}", "value_999"]
    with pytest.raises(InvalidInput) as error:
        ps.add_record(cbo, ME, activity.id, dp.MonitoringDraft(date(2026, 9, 1), values=(
            dp.IndicatorValueDraft(women.id, Decimal(10), Decimal(4), Decimal(5)),)), today=TODAY)
    assert error.value.problems[0].message.startswith("The total must be")

    # An indicator with values can neither be removed nor stop counting by sex.
    with pytest.raises(UserError):
        ps.remove_indicator(cbo, ME, women.id)
    with pytest.raises(InvalidInput):
        ps.update_indicator(cbo, ME, women.id, dataclasses.replace(women.draft(), by_sex=False))
    renamed = ps.update_indicator(cbo, ME, women.id, dataclasses.replace(women.draft(), name="Women and men trained"))
    assert renamed.value_count == 1

    edited = ps.update_record(cbo, ME, first.id, dataclasses.replace(
        first.draft(), values=(dp.IndicatorValueDraft(women.id, female=Decimal(19), male=Decimal(3)),)),
        row_version=first.row_version, today=TODAY)
    assert [v.indicator_id for v in edited.values] == [women.id]
    with pytest.raises(ps.ChangedMeanwhile) as conflict:
        ps.update_record(cbo, OTHER_ME, first.id, first.draft(), row_version=first.row_version, today=TODAY)
    assert "keo.malis" in conflict.value.text()
    ps.remove_record(cbo, ME, first.id)
    with cbo.reading():
        assert MonitoringRecord.select().count() == 0
        assert IndicatorValue.select().count() == 0
    ps.remove_indicator(cbo, ME, gardens.id)
    assert [i.name for i in ps.indicators(cbo, SECRETARY, activity.id)] == ["Women and men trained"]


def test_evidence_is_kept_read_and_removed(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    activity = ps.add_activity(cbo, ME, plan.id, training())
    record = ps.add_record(cbo, ME, activity.id, dp.MonitoringDraft(date(2026, 8, 14), 5, 5), today=TODAY)
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    info = ps.add_evidence(cbo, ME, record.id, "Women in the garden", "C:\\Photos\\garden.png", photo)
    assert (info.file_name, info.media_type, info.size, info.is_image) == ("garden.png", "image/png", len(photo), True)
    again, data = ps.evidence_bytes(cbo, SECRETARY, info.id)
    assert (again, data) == (info, photo)
    assert ps.get_record(cbo, ME, record.id).evidence == (info,)
    too_big = bytes(dp.MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(InvalidInput) as error:
        ps.add_evidence(cbo, ME, record.id, "Video", "visit.mp4", too_big)
    assert "at most 20 MB" in error.value.text()
    with pytest.raises(NotAllowed):
        ps.add_evidence(cbo, SECRETARY, record.id, "", "list.pdf", b"%PDF")
    ps.remove_evidence(cbo, ME, info.id)
    assert ps.get_record(cbo, ME, record.id).evidence == ()


def test_indicator_progress_sums_people_and_takes_the_latest_of_others(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, ME, 2026)
    activity = ps.add_activity(cbo, ME, plan.id, training())
    people = ps.add_indicator(cbo, ME, activity.id, dp.IndicatorDraft(
        "Farmers trained", "people", Decimal(0), Decimal(40), "monthly", by_sex=True))
    share = ps.add_indicator(cbo, ME, activity.id, dp.IndicatorDraft(
        "Households with a garden", "%", Decimal(10), Decimal(60), "quarterly"))
    untouched = ps.add_indicator(cbo, ME, activity.id, dp.IndicatorDraft("Seed banks", "", target=Decimal(2)))
    # Recorded out of order: the September visit is typed before the August one.
    for day, female, male, garden in ((date(2026, 9, 10), 12, 2, "35.5"), (date(2026, 8, 10), 15, 1, "20"),
                                      (date(2026, 10, 10), 0, 0, None)):
        values = [dp.IndicatorValueDraft(people.id, female=Decimal(female), male=Decimal(male))]
        if garden is not None:
            values.append(dp.IndicatorValueDraft(share.id, Decimal(garden)))
        ps.add_record(cbo, ME, activity.id, dp.MonitoringDraft(day, female, male, values=tuple(values)),
                      today=TODAY)
    progress = {p.name: p for p in ps.indicator_progress(cbo, SECRETARY, plan.id)}
    counted = progress["Farmers trained"]
    assert (counted.cumulative, counted.achieved, counted.achieved_female, counted.achieved_male) == (
        True, Decimal(30), Decimal(27), Decimal(3))
    assert counted.percent == Decimal("75.0")
    assert (counted.value_count, counted.last_date) == (3, date(2026, 10, 10))
    latest = progress["Households with a garden"]
    assert (latest.cumulative, latest.achieved, latest.last_date) == (False, Decimal("35.50"), date(2026, 9, 10))
    assert latest.percent == Decimal("59.2")
    nothing = progress["Seed banks"]
    assert (nothing.achieved, nothing.percent, nothing.value_count) == (None, None, 0)
    assert [p.indicator_id for p in ps.indicator_progress(cbo, ME, plan.id, activity_id=activity.id)] == [
        people.id, share.id, untouched.id]
    (line,) = ps.participation(cbo, ME, plan.id)
    assert (line.record_count, line.female, line.male, line.total) == (3, 27, 3, 30)
    sheet = ps.activity_sheet(cbo, ME, activity.id)
    assert [r.date for r in sheet.records] == [date(2026, 8, 10), date(2026, 9, 10), date(2026, 10, 10)]
    assert sheet.line.actual_months == (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1))
    assert sheet.line.first_record == date(2026, 8, 10)


# --- copying a plan -------------------------------------------------------------------------------


def test_copy_last_years_plan(cbo: Cbo) -> None:
    keo, _sok = members(cbo)
    plan = ps.create_plan(cbo, ME, 2025, "Plan 2025")
    a1 = ps.add_activity(cbo, ME, plan.id, training(start_month=date(2025, 7, 1), end_month=date(2026, 6, 1),
                                                    responsible_id=keo, budget=Money("120.50", USD)))
    a2 = ps.add_activity(cbo, ME, plan.id, training(code="A2", title="Savings meeting",
                                                    start_month=date(2026, 2, 1), end_month=date(2026, 2, 1)))
    ps.reorder_activities(cbo, ME, plan.id, [a2.id, a1.id])
    ps.add_indicator(cbo, ME, a1.id, dp.IndicatorDraft("Farmers trained", "people", Decimal(3), Decimal(40),
                                                       "monthly", True))
    ps.add_record(cbo, ME, a1.id, dp.MonitoringDraft(date(2025, 8, 1), 4, 4), today=TODAY)
    ps.change_status(cbo, ME, a2.id, "cancelled", "No money")
    ps.save_review(cbo, ME, a1.id, dp.ReviewDraft(results="Good"), row_version=ps.get_activity(cbo, ME, a1.id).row_version)

    copy = ps.copy_plan(cbo, ME, plan.id, 2026)
    assert (copy.fiscal_year, copy.title, copy.activity_count) == (2026, "Plan 2026", 2)
    copied = ps.activities(cbo, ME, copy.id)
    assert [(a.code, a.status, a.status_reason, a.start_month, a.end_month) for a in copied] == [
        ("A2", "planned", "", date(2027, 2, 1), date(2027, 2, 1)),
        ("A1", "planned", "", date(2026, 7, 1), date(2027, 6, 1))]
    assert (copied[1].budget, copied[1].responsible_id, copied[1].results) == (Money("120.50", USD), keo, "")
    (indicator,) = ps.indicators(cbo, ME, copied[1].id)
    assert (indicator.baseline, indicator.target, indicator.by_sex, indicator.value_count) == (
        Decimal(3), Decimal(40), True, 0)
    assert ps.monitoring_records(cbo, ME, copied[1].id) == []
    # Only into an empty plan, and not onto itself.
    with pytest.raises(InvalidInput):
        ps.copy_plan(cbo, ME, plan.id, 2026)
    with pytest.raises(InvalidInput):
        ps.copy_plan(cbo, ME, plan.id, 2025)
    empty = ps.create_plan(cbo, ME, 2027)
    assert ps.copy_plan(cbo, ME, copy.id, 2027, "Third year").id == empty.id
    assert ps.get_plan(cbo, ME, empty.id).title == "Third year"


def test_copy_is_one_transaction(cbo: Cbo, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = ps.create_plan(cbo, ME, 2025)
    a1 = ps.add_activity(cbo, ME, plan.id, training(start_month=date(2025, 8, 1), end_month=date(2025, 9, 1)))
    ps.add_indicator(cbo, ME, a1.id, dp.IndicatorDraft("Trained", target=Decimal(1)))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(ps, "record_change", broken)
    with pytest.raises(RuntimeError):
        ps.copy_plan(cbo, ME, plan.id, 2026)
    assert [p.fiscal_year for p in ps.plans(cbo, ME)] == [2025]
    with cbo.reading():
        assert Activity.select().count() == 1


# --- roles -------------------------------------------------------------------------------------


def test_roles(cbo: Cbo) -> None:
    plan = ps.create_plan(cbo, CHAIR, 2026)
    activity = ps.add_activity(cbo, CHAIR, plan.id, training())
    for reader in (SECRETARY, TREASURER, CHAIR, ME):
        assert ps.plan_overview(cbo, reader, plan.id).activities[0].code == "A1"
    with pytest.raises(NotAllowed):
        ps.plan_overview(cbo, VIEWER, plan.id)
    with pytest.raises(NotAllowed):
        ps.add_activity(cbo, SECRETARY, plan.id, training(code="A2"))
    with pytest.raises(NotAllowed):
        ps.update_activity(cbo, TREASURER, activity.id, training(), row_version=activity.row_version)
    with pytest.raises(NotAllowed):
        ps.create_plan(cbo, SECRETARY, 2027)
    with pytest.raises(NotAllowed):
        ps.add_record(cbo, SECRETARY, activity.id, dp.MonitoringDraft(date(2026, 8, 1)), today=TODAY)
    # The chair plans; recording monitoring visits is the M&E focal person's.
    with pytest.raises(NotAllowed):
        ps.add_record(cbo, CHAIR, activity.id, dp.MonitoringDraft(date(2026, 8, 1)), today=TODAY)
    ps.add_record(cbo, ME, activity.id, dp.MonitoringDraft(date(2026, 8, 1)), today=TODAY)
    assert [c.code for c in ps.activities_for_entry(cbo, TREASURER, date(2026, 9, 1))] == ["A1"]
    with pytest.raises(NotAllowed):
        ps.activities_for_entry(cbo, VIEWER, date(2026, 9, 1))
