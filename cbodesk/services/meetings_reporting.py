"""Read-only queries of meetings and minutes for the meeting reports, in SQL.

The printed minutes, the attendance list of a meeting, members' participation
over a period and the open and overdue action items
(:mod:`cbodesk.reports.meetings`) read here, like the cash-book reports read
:mod:`cbodesk.services.reporting`. No role check: the report registry checks
the report's permission before the builder runs, and the builder runs inside
one read snapshot (:func:`cbodesk.services.reporting.snapshot`).

Participation is counted in the database (one grouped query over the
attendance lists), never a row per meeting and member in Python. Values are
the plain types of :mod:`cbodesk.domain.meetings`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from cbodesk.domain import meetings as dmt
from cbodesk.i18n import by_language
from cbodesk.services import meetings
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import opt_date as _as_date
from cbodesk.services.rows import tuples as _tuples
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    ActionItem,
    Meeting,
    MeetingAttendance,
    Member,
    Village,
)

__all__ = [
    "AttendanceSheetLine",
    "MeetingChoice",
    "action_items",
    "attendance_sheet",
    "meeting_choices",
    "meetings_held",
    "participation",
    "read_minutes",
]


# --- choosing a meeting ------------------------------------------------------------


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    date: date
    title: str
    kind: str

    def label(self) -> str:
        """"2026-03-14 — Committee meeting of March" (the chooser formats the date itself)."""
        return f"{self.date.isoformat()} — {self.title}"


def meeting_choices(cbo: Cbo, limit: int | None = None) -> list[MeetingChoice]:
    """The meetings, newest first: for choosing the minutes or attendance list to print."""
    with cbo.reading():
        query = (Meeting.select(Meeting.id, Meeting.date, Meeting.title, Meeting.kind)
                 .order_by(Meeting.date.desc(), Meeting.id.desc()))
        if limit is not None:
            query = query.limit(limit)
        return [MeetingChoice(i, _as_date(d) or date.min, title, kind) for i, d, title, kind in _tuples(query)]


# --- one meeting whole ------------------------------------------------------------------


def read_minutes(cbo: Cbo, meeting_id: int) -> dmt.MeetingView | None:
    """Meeting *meeting_id* with everything its minutes print, or None when there is none; the
    amendments in the order they were made."""
    try:
        view = meetings.read_meeting(cbo, meeting_id)
    except meetings.MeetingNotFound:
        return None
    return dataclasses.replace(view, amendments=tuple(sorted(view.amendments, key=lambda a: (a.made_on, a.id))))


# --- the attendance list ---------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceSheetLine:
    """A member on a meeting's attendance list, with the village (printed as an annex)."""

    number: int
    name_km: str
    name_latin: str
    sex: str
    village_km: str
    village_en: str
    presence: str

    def village(self, language: str) -> str:
        return by_language(language, self.village_km, self.village_en)


def attendance_sheet(cbo: Cbo, meeting_id: int) -> list[AttendanceSheetLine]:
    """The members on the attendance list of *meeting_id*, by member number."""
    with cbo.reading():
        query = (MeetingAttendance.select(Member.number, Member.name_km, Member.name_latin, Member.sex,
                                          Village.name_km, Village.name_en, MeetingAttendance.presence)
                 .join(Member, on=(MeetingAttendance.member == Member.id))
                 .join(Village, on=(Member.village == Village.id))
                 .where(MeetingAttendance.meeting == meeting_id)
                 .order_by(Member.number))
        return [AttendanceSheetLine(*row) for row in _tuples(query)]


# --- participation over a period ----------------------------------------------------------


def _period(date_from: date, date_to: date, kind: str | None) -> list[Any]:
    conditions = [Meeting.date >= date_from, Meeting.date <= date_to]
    if kind is not None:
        conditions.append(Meeting.kind == kind)
    return conditions


def meetings_held(cbo: Cbo, date_from: date, date_to: date, kind: str | None = None) -> int:
    """How many meetings (of *kind*, or of any kind) were held in the period."""
    with cbo.reading():
        query = Meeting.select(pw.fn.COUNT(Meeting.id))
        for condition in _period(date_from, date_to, kind):
            query = query.where(condition)
        return _int(query.scalar())


def participation(cbo: Cbo, date_from: date, date_to: date, kind: str | None = None
                  ) -> list[dmt.MemberAttendance]:
    """Each member on the attendance list of at least one meeting (of *kind*) in the
    period: the meetings where they were expected, present, excused, absent; by number."""
    return meetings.read_attendance_by_member(cbo, date_from, date_to, kind)


# --- action items ------------------------------------------------------------------------


def action_items(cbo: Cbo, *, statuses: Sequence[str] = ("open",)) -> list[dmt.ActionItemView]:
    """The action items of every meeting with one of *statuses*, by meeting date."""
    with cbo.reading():
        return meetings.action_views(ActionItem.status.in_(list(statuses)),
                                     [Meeting.date, Meeting.id, ActionItem.position, ActionItem.id])
