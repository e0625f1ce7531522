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

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import peewee as pw

from cbodesk.domain import meetings as dmt
from cbodesk.i18n import by_language
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import (
    ActionItem,
    AgendaItem,
    Decision,
    GroupWork,
    Meeting,
    MeetingAnnex,
    MeetingAttendance,
    MeetingGuests,
    Member,
    MinutesAmendment,
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


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    return list(query.tuples())


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _int(value: object) -> int:
    # SUM is numeric (Decimal) on PostgreSQL, an int on SQLite; NULL when no rows.
    return int(value) if value is not None else 0  # type: ignore[call-overload]


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
    """Meeting *meeting_id* with everything its minutes print, or None when there is none."""
    with cbo.reading():
        meeting = Meeting.get_or_none(Meeting.id == meeting_id)
        if meeting is None:
            return None
        attendance = tuple(
            dmt.AttendanceLine(member_id, number, name_km, name_latin, sex, presence)
            for member_id, number, name_km, name_latin, sex, presence in _tuples(
                MeetingAttendance.select(Member.id, Member.number, Member.name_km, Member.name_latin,
                                         Member.sex, MeetingAttendance.presence)
                .join(Member, on=(MeetingAttendance.member == Member.id))
                .where(MeetingAttendance.meeting == meeting_id).order_by(Member.number)))
        guests = tuple(
            dmt.GuestsView(*row) for row in _tuples(
                MeetingGuests.select(MeetingGuests.id, MeetingGuests.category, MeetingGuests.female,
                                     MeetingGuests.male, MeetingGuests.total)
                .where(MeetingGuests.meeting == meeting_id)
                .order_by(MeetingGuests.position, MeetingGuests.id)))
        agenda = tuple(
            dmt.AgendaItemView(*row) for row in _tuples(
                AgendaItem.select(AgendaItem.id, AgendaItem.title, AgendaItem.presenter, AgendaItem.result)
                .where(AgendaItem.meeting == meeting_id).order_by(AgendaItem.position, AgendaItem.id)))
        groups = tuple(
            dmt.GroupWorkView(*row) for row in _tuples(
                GroupWork.select(GroupWork.id, GroupWork.name, GroupWork.question, GroupWork.answer)
                .where(GroupWork.meeting == meeting_id).order_by(GroupWork.position, GroupWork.id)))
        decisions = tuple(
            dmt.DecisionView(*row) for row in _tuples(
                Decision.select(Decision.id, Decision.text, Decision.votes_for, Decision.votes_against,
                                Decision.votes_abstain)
                .where(Decision.meeting == meeting_id).order_by(Decision.position, Decision.id)))
        actions = tuple(_actions(ActionItem.meeting == meeting_id))
        annexes = tuple(
            dmt.AnnexInfo(i, meeting_id, title, file_name, media_type, _int(size), sha)
            for i, title, file_name, media_type, size, sha in _tuples(
                MeetingAnnex.select(MeetingAnnex.id, MeetingAnnex.title, MeetingAnnex.file_name,
                                    MeetingAnnex.media_type, pw.fn.LENGTH(MeetingAnnex.data),
                                    MeetingAnnex.sha256)
                .where(MeetingAnnex.meeting == meeting_id)
                .order_by(MeetingAnnex.position, MeetingAnnex.id)))
        amendments = tuple(
            dmt.AmendmentView(i, text, _as_date(made_on) or date.min, made_by, created_at)
            for i, text, made_on, made_by, created_at in _tuples(
                MinutesAmendment.select(MinutesAmendment.id, MinutesAmendment.text, MinutesAmendment.made_on,
                                        MinutesAmendment.made_by, MinutesAmendment.created_at)
                .where(MinutesAmendment.meeting == meeting_id)
                .order_by(MinutesAmendment.made_on, MinutesAmendment.id)))
        approved_title, approved_date = "", None
        if meeting.approved_at_id is not None:
            found = _tuples(Meeting.select(Meeting.title, Meeting.date)
                            .where(Meeting.id == meeting.approved_at_id))
            if found:
                approved_title, approved_date = found[0][0], _as_date(found[0][1])
        return dmt.MeetingView(
            id=meeting.id, kind=meeting.kind, title=meeting.title, date=_as_date(meeting.date) or date.min,
            start_time=meeting.start_time, end_time=meeting.end_time, place=meeting.place,
            facilitator=meeting.facilitator, mc=meeting.mc, minutes_taker=meeting.minutes_taker,
            chair=meeting.chair, objectives=meeting.objectives, conclusion=meeting.conclusion,
            closing_remark=meeting.closing_remark, closing_by=meeting.closing_by, language=meeting.language,
            status=meeting.status, approved_on=_as_date(meeting.approved_on),
            approved_at_id=meeting.approved_at_id, approved_at_title=approved_title,
            approved_at_date=approved_date, row_version=meeting.row_version, created_at=meeting.created_at,
            created_by=meeting.created_by, updated_at=meeting.updated_at, updated_by=meeting.updated_by,
            attendance=attendance, guests=guests, agenda=agenda, groups=groups, decisions=decisions,
            actions=actions, annexes=annexes, amendments=amendments,
            counts=dmt.count_attendance(attendance, guests))


def _actions(*conditions: Any) -> list[dmt.ActionItemView]:
    query = (ActionItem.select(ActionItem.id, ActionItem.meeting, Meeting.kind, Meeting.title, Meeting.date,
                               ActionItem.what, ActionItem.who, ActionItem.member, ActionItem.due_on,
                               ActionItem.status, ActionItem.done_on, ActionItem.note, ActionItem.reviewed_at)
             .join(Meeting, on=(ActionItem.meeting == Meeting.id)))
    for condition in conditions:
        query = query.where(condition)
    query = query.order_by(Meeting.date, Meeting.id, ActionItem.position, ActionItem.id)
    return [dmt.ActionItemView(i, meeting_id, kind, title, _as_date(day) or date.min, what, who, member_id,
                               _as_date(due), status, _as_date(done), note, reviewed)
            for i, meeting_id, kind, title, day, what, who, member_id, due, status, done, note, reviewed
            in _tuples(query)]


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

    def count(presence: str) -> Any:
        return pw.fn.SUM(pw.Case(None, [(MeetingAttendance.presence == presence, 1)], 0))

    with cbo.reading():
        query = (MeetingAttendance.select(Member.id, Member.number, Member.name_km, Member.name_latin,
                                          Member.sex, pw.fn.COUNT(MeetingAttendance.id), count("present"),
                                          count("excused"), count("absent"))
                 .join(Meeting, on=(MeetingAttendance.meeting == Meeting.id))
                 .switch(MeetingAttendance)
                 .join(Member, on=(MeetingAttendance.member == Member.id)))
        for condition in _period(date_from, date_to, kind):
            query = query.where(condition)
        query = (query.group_by(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex)
                 .order_by(Member.number))
        return [dmt.MemberAttendance(member_id, number, name_km, name_latin, sex, _int(expected),
                                     _int(present), _int(excused), _int(absent))
                for member_id, number, name_km, name_latin, sex, expected, present, excused, absent
                in _tuples(query)]


# --- action items ------------------------------------------------------------------------


def action_items(cbo: Cbo, *, statuses: Sequence[str] = ("open",)) -> list[dmt.ActionItemView]:
    """The action items of every meeting with one of *statuses*, by meeting date."""
    with cbo.reading():
        return _actions(ActionItem.status.in_(list(statuses)))
