"""Meetings as plain values: the quorum rule, a draft's cleaning and checks, attendance counts and
participation rates."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from cbodesk.domain import meetings as dmt

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(("rule", "active", "required"), [
    ("1/2", 10, 6), ("1/2", 11, 6), ("1/2", 0, 0), ("1/2", 1, 1), (">=1/2", 10, 5), ("2/3", 9, 7),
    (">=2/3", 9, 6), ("60%", 10, 6), ("60 %", 11, 7), (">50%", 10, 6), ("100%", 7, 7), ("1/1", 7, 7),
])
def test_the_quorum_rule(rule: str, active: int, required: int) -> None:
    parsed = dmt.parse_quorum(rule)
    assert parsed.required(active) == required
    assert dmt.parse_quorum(parsed.text()) == parsed


@pytest.mark.parametrize("rule", ["", "half", "0/2", "3/2", "120%", "1/0", ">"])
def test_a_wrong_quorum_rule_is_refused(rule: str) -> None:
    with pytest.raises(dmt.QuorumRuleError):
        dmt.parse_quorum(rule)
    assert [p.field for p in dmt.quorum_problems(rule)] == ["quorum"]


def test_a_draft_is_cleaned() -> None:
    draft = dmt.MeetingDraft(
        kind=" committee ", title="  Committee   meeting ", date=TODAY, start_time=" 08:00", place=" Hall ",
        objectives="\n  Review the book \n\nPlan   patrols\n", conclusion="**Done.**\n\n",
        guests=(dmt.GuestsDraft("  NGOs ", 1, 1, 2), dmt.GuestsDraft("")),
        agenda=(dmt.AgendaItemDraft(" Cash "), dmt.AgendaItemDraft("", "", "  \n")),
        groups=(dmt.GroupWorkDraft(""),),
        decisions=(dmt.DecisionDraft(" Buy rope "), dmt.DecisionDraft("")),
        actions=(dmt.ActionItemDraft(""), dmt.ActionItemDraft(" Buy rope ", " Sok  Dara ")))
    cleaned = draft.cleaned()
    assert (cleaned.kind, cleaned.title, cleaned.start_time, cleaned.place) == (
        "committee", "Committee meeting", "08:00", "Hall")
    assert cleaned.objectives == "Review the book\nPlan patrols"
    assert cleaned.objective_list == ["Review the book", "Plan patrols"]
    assert cleaned.conclusion == "**Done.**"
    assert [g.category for g in cleaned.guests] == ["NGOs"]
    assert [a.title for a in cleaned.agenda] == ["Cash"]
    assert cleaned.groups == ()
    assert [d.text for d in cleaned.decisions] == ["Buy rope"]
    assert [(a.what, a.who) for a in cleaned.actions] == [("Buy rope", "Sok Dara")]
    assert cleaned.problems(TODAY) == []


@pytest.mark.parametrize(("start", "end", "fields"), [
    ("08:00", "11:30", []), ("", "", []), ("8:00", "", ["start_time"]), ("08:00", "24:00", ["end_time"]),
    ("08:60", "09:00", ["start_time"]), ("10:00", "10:00", ["end_time"]), ("10:00", "09:59", ["end_time"]),
    ("", "09:00", []),
])
def test_meeting_times(start: str, end: str, fields: list[str]) -> None:
    draft = dmt.MeetingDraft("regular", "Meeting", TODAY, start_time=start, end_time=end)
    assert [p.field for p in draft.problems(TODAY)] == fields


def test_guests_votes_and_actions_are_checked() -> None:
    draft = dmt.MeetingDraft(
        "networking", "Forum", TODAY, language="fr",
        attendance=(dmt.AttendanceDraft(1, "present"), dmt.AttendanceDraft(1, "late")),
        guests=(dmt.GuestsDraft("NGOs", 2, 3, 5), dmt.GuestsDraft("Government", 2, 3, 4),
                dmt.GuestsDraft("Network", 0, 0, -1)),
        decisions=(dmt.DecisionDraft("Yes", 3, -1, None),),
        actions=(dmt.ActionItemDraft("Ask", due_on=date(2026, 6, 14)),
                 dmt.ActionItemDraft("Do", status="dropped", done_on=TODAY),
                 dmt.ActionItemDraft("Go", status="done", done_on=date(2026, 6, 16)),
                 dmt.ActionItemDraft("Sing", status="maybe")))
    assert [p.field for p in draft.problems(TODAY)] == [
        "language", "attendance.1", "attendance.1", "guests.1.total", "guests.2.total",
        "decisions.0.votes_against", "actions.0.due_on", "actions.1.done_on", "actions.2.done_on",
        "actions.3.status"]


def test_attendance_counts_and_rates() -> None:
    lines = (dmt.AttendanceLine(1, 1, "ក", "A", "F", "present"), dmt.AttendanceLine(2, 2, "ខ", "B", "M", "present"),
             dmt.AttendanceLine(3, 3, "គ", "C", "F", "present"), dmt.AttendanceLine(4, 4, "ឃ", "D", "M", "excused"),
             dmt.AttendanceLine(5, 5, "", "E", "F", "absent"))
    guests = (dmt.GuestsView(1, "NGOs", 1, 2, 4), dmt.GuestsView(2, "Commune", 0, 1, 1))
    counts = dmt.count_attendance(lines, guests)
    assert (counts.present_female, counts.present_male, counts.present, counts.absent, counts.excused) == (
        2, 1, 3, 1, 1)
    assert (counts.expected, counts.guests_total, counts.participants) == (5, 5, 8)
    assert (counts.participants_female, counts.participants_male) == (3, 4)
    assert lines[4].name("km") == "E" and lines[0].name("km") == "ក" and lines[0].name("en") == "A"
    row = dmt.MemberAttendance(1, 7, "ក", "A", "F", expected=3, present=2, excused=1, absent=0)
    assert (row.rate, row.rate_percent) == (Fraction(2, 3), 67)
    assert dmt.MemberAttendance(1, 7, "", "A", "F", 8, 1, 0, 7).rate_percent == 13  # 12.5 rounds up
    assert dmt.MemberAttendance(1, 7, "", "A", "F", 0, 0, 0, 0).rate is None
