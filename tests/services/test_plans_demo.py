"""The demo CBO's activity plans (guideline chapters 6 and 7), on SQLite and PostgreSQL: two years of
plans with goals, indicators, monitoring records, evidence, every status, and the cash book's
payments linked to the activities with the chain intact."""

from __future__ import annotations

from collections import Counter
from datetime import date

from cbodesk.domain.money import Currency
from cbodesk.services import cashbook
from cbodesk.services import plans as ps
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.services.demo_cashbook import FUND_NAME
from cbodesk.services.demo_plans import me_focal_actor
from cbodesk.storage.models import Activity, Entry, MonitoringEvidence

OPTIONS = DemoOptions(seed=5, entries=300, until=date(2025, 9, 30), members=80)


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def test_demo_plans(cbo_location: str) -> None:
    me = me_focal_actor()
    with write_demo(cbo_location, OPTIONS) as cbo:
        strategy = ps.strategy(cbo, me)
        assert is_khmer(strategy.vision("km")) and not is_khmer(strategy.vision("en"))
        assert is_khmer(strategy.mission("km")) and strategy.mission("en")
        goals = ps.goals(cbo, me)
        assert [g.code for g in goals] == ["G1", "G2", "G3"]

        plans = ps.plans(cbo, me)
        assert [p.fiscal_year for p in plans] == [2025, 2024]
        statuses: Counter[str] = Counter()
        by_sex = 0
        evidence = 0
        for plan in plans:
            overview = ps.plan_overview(cbo, me, plan.id)
            lines = overview.activities
            assert 8 <= len(lines) <= 12
            assert len({line.chapter for line in lines}) >= 6
            assert all(line.goal_id in {g.id for g in goals} for line in lines)
            statuses.update(line.status for line in lines)
            for line in lines:
                indicators = ps.indicators(cbo, me, line.id)
                assert indicators
                by_sex += sum(i.by_sex for i in indicators)
                records = ps.monitoring_records(cbo, me, line.id)
                assert len(records) == line.record_count
                if line.status in ("done", "ongoing"):
                    assert records and all(r.participants > 0 and r.values for r in records)
                    assert set(line.actual_months) >= {r.date.replace(day=1) for r in records}
                else:
                    assert records == []
                if line.status in ("postponed", "cancelled"):
                    assert line.status_reason
                evidence += sum(len(r.evidence) for r in records)
            progress = ps.indicator_progress(cbo, me, plan.id)
            assert any(p.percent is not None and p.percent > 50 for p in progress)
        assert {"done", "ongoing", "planned", "postponed", "cancelled"} <= set(statuses)
        assert statuses["cancelled"] == statuses["postponed"] == 1
        assert by_sex >= 8
        assert evidence >= 5

        # Reviews at the end of last year's activities.
        last_year = ps.activities(cbo, me, plans[1].id)
        assert sum(bool(a.results and a.lessons) for a in last_year) >= 6
        # The second year was copied from the first: the same codes, and one more.
        this_year = ps.activities(cbo, me, plans[0].id)
        assert [a.code for a in this_year][:len(last_year)] == [a.code for a in last_year]
        assert len(this_year) == len(last_year) + 1
        assert all(a.fund_name == FUND_NAME for a in this_year if a.currency is Currency.USD
                   and a.code in ("A2", "A3", "A4", "A5"))

        # The cash book's payments for activities, riel and dollars apart; the chain holds.
        overview = ps.plan_overview(cbo, me, plans[1].id)
        assert sum(not line.actual.is_zero() for line in overview.activities) >= 3
        assert any(line.other_actual is not None for line in overview.activities)
        with cbo.reading():
            linked = list(Entry.select(Entry.kind, Activity.status).join(Activity)
                          .where(Entry.activity.is_null(False)).tuples())
            photos = [bytes(d) for (d,) in MonitoringEvidence.select(MonitoringEvidence.data)
                      .where(MonitoringEvidence.media_type == "image/png").tuples()]
        assert len(linked) >= 30
        assert {kind for kind, _status in linked} <= {"payment", "reversal"}
        assert "cancelled" not in {status for _kind, status in linked}
        assert photos and all(p.startswith(b"\x89PNG\r\n\x1a\n") for p in photos)
        result = cashbook.verify_book(cbo)
        assert result.ok, result
        assert result.entries == OPTIONS.entries
