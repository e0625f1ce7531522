"""The demo CBO's year of meetings: kinds, attendance from the register, Markdown results, votes,
action items reviewed at the next committee meeting, minutes mostly approved and in Khmer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cbodesk.domain.roles import Actor
from cbodesk.services import meetings as mt
from cbodesk.services.demo import DemoOptions, write_demo
from cbodesk.storage.database import Cbo

UNTIL = date(2026, 6, 30)
OPTIONS = DemoOptions(entries=0, until=UNTIL)  # the register and the meetings, no cash book
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


@pytest.fixture
def demo(cbo_location: str) -> Iterator[Cbo]:
    with write_demo(cbo_location, OPTIONS) as cbo:
        yield cbo


def test_the_demo_has_a_year_of_meetings(demo: Cbo) -> None:
    rows = mt.list_meetings(demo, CHAIR)
    kinds = Counter(r.kind for r in rows)
    assert kinds == {"committee": 12, "general_assembly": 1, "regular": 2, "networking": 1}
    assert min(r.date for r in rows) >= date(2025, 7, 1)
    planned = [r for r in rows if r.date > UNTIL]
    assert [(r.kind, r.status, r.counts.expected) for r in planned] == [("committee", "draft", 0)]
    statuses = Counter(r.status for r in rows)
    assert statuses["approved"] + statuses["locked"] >= 12 and statuses["locked"] >= 5
    assert statuses["draft"] == 2  # the last meeting's minutes and the planned meeting
    languages = Counter(r.language for r in rows)
    assert languages["km"] > 2 * languages["en"] > 0

    # The committee met every month but one, as the frequency check shows.
    frequency = mt.committee_frequency(demo, CHAIR, 2026, today=date(2026, 7, 1))
    assert (frequency.every, frequency.periods_due, frequency.periods_met) == ("monthly", 6, 5)
    assert [p.number for p in frequency.periods if p.due and not p.met] == [2]
    last_year = mt.committee_frequency(demo, CHAIR, 2025, today=date(2026, 7, 1))
    assert [p.meetings for p in last_year.periods] == [0] * 6 + [1] * 6  # the demo's year began in July

    # The general assembly: most active members, guests from the commune and the FiA, its quorum met.
    assembly = next(r for r in rows if r.kind == "general_assembly")
    assert assembly.counts.present > 150 and assembly.counts.guests_total == 4
    result = mt.quorum(demo, CHAIR, assembly.id)
    assert result.applies and result.met and result.active_members > 200
    assert result.required == result.active_members // 2 + 1

    network = mt.get_meeting(demo, CHAIR, next(r.id for r in rows if r.kind == "networking"))
    assert network.language == "en" and network.counts.guests_total >= 41
    assert [a.title for a in network.annexes] == ["Concept note"]
    assert len(network.groups) == 2 and "**" in network.groups[1].answer


def test_the_minutes_read_like_minutes(demo: Cbo) -> None:
    rows = [r for r in mt.list_meetings(demo, CHAIR) if r.date <= UNTIL]
    views = [mt.get_meeting(demo, CHAIR, r.id) for r in rows]
    committee = next(v for v in views if v.kind == "committee" and v.language == "km")
    assert is_khmer(committee.title) and committee.attendance and committee.facilitator
    assert all(is_khmer(a.title) for a in committee.agenda)
    results = "\n".join(a.result for v in views for a in v.agenda)
    assert "**" in results and "\n  - " in results and "\n1. " in results
    assert all(v.objective_list for v in views)
    votes = [d for v in views for d in v.decisions]
    assert any(d.counted for d in votes) and any(not d.counted for d in votes)
    approved = [v for v in views if v.status != "draft"]
    assert all(v.approved_at_id is not None and v.approved_on == v.approved_at_date for v in approved)
    assert any(v.amendments for v in views)


def test_action_items_are_followed_up(demo: Cbo) -> None:
    rows = mt.list_meetings(demo, CHAIR)
    actions = [a for r in rows for a in mt.get_meeting(demo, CHAIR, r.id).actions]
    statuses = Counter(a.status for a in actions)
    assert statuses["done"] > statuses["open"] > 0 and statuses["dropped"] > 0
    assert all(a.reviewed_at_id is not None for a in actions if a.status != "open")
    assert all(a.done_on is not None and a.meeting_date <= a.done_on <= UNTIL
               for a in actions if a.status == "done")
    overdue = mt.overdue_actions(demo, CHAIR, today=UNTIL)
    assert overdue and all(a.status == "open" and a.due_on is not None and a.due_on < UNTIL for a in overdue)
    # The planned meeting lists the open actions of the committee for review.
    planned = next(r for r in rows if r.date > UNTIL)
    review = mt.actions_for_review(demo, CHAIR, planned.id)
    assert {a.id for a in review} == {a.id for a in actions if a.status == "open" and a.meeting_kind == "committee"}


def test_attendance_figures_of_the_demo(demo: Cbo) -> None:
    rows = mt.attendance_by_member(demo, CHAIR, date(2025, 7, 1), UNTIL, kind="committee")
    assert 6 <= len(rows) <= 10  # the committee sitting (and nobody else)
    assert all(r.expected >= r.present and r.expected == r.present + r.excused + r.absent for r in rows)
    assert sum(r.present for r in rows) > 0.7 * sum(r.expected for r in rows)


def test_the_same_seed_gives_the_same_meetings(tmp_path: Path) -> None:
    with write_demo(tmp_path / "one.cbodesk", OPTIONS) as one, write_demo(tmp_path / "two.cbodesk", OPTIONS) as two:
        first = [mt.get_meeting(one, CHAIR, r.id).to_draft() for r in mt.list_meetings(one, CHAIR)]
        second = [mt.get_meeting(two, CHAIR, r.id).to_draft() for r in mt.list_meetings(two, CHAIR)]
        assert first == second
