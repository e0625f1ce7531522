"""Meetings and minutes (guideline chapter 2 and its Annex 2, Organizing Meeting).

The secretary records every meeting (committee meetings, general assemblies,
regular member meetings, extraordinary meetings, networking events with outside
guests) and its minutes; the committee approves them. Every function that writes
is one user action: checks first (every problem at once), then one transaction
with its audit entry (area ``meetings``). Every function checks the acting
person's role itself.

* A meeting is saved whole from a :class:`~cbodesk.domain.meetings.MeetingDraft`:
  the attendance, guests, agenda, group work, decisions and action items replace
  the stored ones. The ``row_version`` the dialog opened with guards against
  overwriting somebody else's save (:class:`MeetingChangedMeanwhile`).
* Only draft minutes change. Approved minutes (on a day, at a meeting) and
  locked ones only get amendment notes, which are never edited or removed.
* Action items have their own status (open, done, dropped); the open ones of
  earlier meetings are listed for review at the next meeting of the same kind.
* The quorum of a general assembly follows the CBO's rule (a setting): a share
  of the members active on the meeting's day, from the status history.
* Lists and figures are counted in SQL; rows come as tuples, not model instances.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import peewee as pw

from cbodesk.domain import meetings as dmt
from cbodesk.domain import errors
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.roles import Actor
from cbodesk.i18n import N_
from cbodesk.services.audit import _plain, record_change
from cbodesk.services.rows import as_date as _day
from cbodesk.services.rows import as_int as _int
from cbodesk.services.rows import first_locked, last_saved
from cbodesk.services.rows import now as _now
from cbodesk.services.rows import opt_date as _as_date
from cbodesk.services.rows import opt_datetime as _as_datetime
from cbodesk.services.rows import tuples as _tuples
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
    MemberStatus,
    MinutesAmendment,
    Setting,
)

AREA = "meetings"


class MeetingNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This meeting is no longer in the CBO file. Somebody may have "
                                      "deleted it; close the window and look in the list of meetings."))


class MeetingChangedMeanwhile(errors.ChangedMeanwhile):
    """Somebody saved the meeting after the dialog opened it: *who*, and *when* (UTC, as stored)."""

    def __init__(self, who: str, when: datetime | None) -> None:
        super().__init__(N_("errors", "{who} changed this meeting after you opened it. Your changes "
                                      "were not saved; open the meeting again to see theirs, then make "
                                      "your changes again."), who=who, when=when)


class MinutesNotEditable(UserError):
    def __init__(self, status: str) -> None:
        if status == "locked":
            message = N_("errors", "These minutes are locked: they can no longer be changed. Add an "
                                   "amendment note to correct them.")
        else:
            message = N_("errors", "These minutes are approved: they can no longer be changed. Add an "
                                   "amendment note to correct them.")
        super().__init__(message, status=status)


class AnnexNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This annex is no longer in the CBO file. Open the meeting again."))


class ActionNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This action item is no longer in the CBO file. Open the meeting "
                                      "again."))


def _record(meeting_id: int) -> str:
    return f"meeting {meeting_id}"


_PRESENT_F = pw.fn.SUM(pw.Case(None, [((MeetingAttendance.presence == "present") & (Member.sex == "F"), 1)], 0))
_PRESENT_M = pw.fn.SUM(pw.Case(None, [((MeetingAttendance.presence == "present") & (Member.sex != "F"), 1)], 0))
_PRESENT = pw.fn.SUM(pw.Case(None, [(MeetingAttendance.presence == "present", 1)], 0))
_ABSENT = pw.fn.SUM(pw.Case(None, [(MeetingAttendance.presence == "absent", 1)], 0))
_EXCUSED = pw.fn.SUM(pw.Case(None, [(MeetingAttendance.presence == "excused", 1)], 0))


def _may_read(actor: Actor) -> None:
    actor.require("meetings.view")


# --- reading -------------------------------------------------------------------


def list_meetings(cbo: Cbo, actor: Actor, *, kind: str | None = None, year: int | None = None,
                  when: str | None = None, today: date | None = None) -> list[dmt.MeetingRow]:
    """The meetings page: meetings of *kind* (any), in *year* (any), ``when`` "upcoming"
    (today and later, soonest first) or "past" (before today, newest first) or None
    (all, newest first); each with members present by sex, guests and open actions."""
    _may_read(actor)
    today = today or date.today()
    conditions: list[pw.Expression] = []
    if kind:
        conditions.append(Meeting.kind == kind)
    if year is not None:
        conditions.append((Meeting.date >= date(year, 1, 1)) & (Meeting.date <= date(year, 12, 31)))
    if when == "upcoming":
        conditions.append(Meeting.date >= today)
        order = [Meeting.date, Meeting.start_time, Meeting.id]
    else:
        if when == "past":
            conditions.append(Meeting.date < today)
        order = [Meeting.date.desc(), Meeting.start_time.desc(), Meeting.id.desc()]
    with cbo.reading():
        query = Meeting.select(Meeting.id, Meeting.kind, Meeting.title, Meeting.date, Meeting.start_time,
                               Meeting.end_time, Meeting.place, Meeting.language, Meeting.status)
        for condition in conditions:
            query = query.where(condition)
        rows = _tuples(query.order_by(*order))
        ids = [r[0] for r in rows]
        counts = _counts_of(ids)
        actions = _open_actions_of(ids)
    return [dmt.MeetingRow(r[0], r[1], r[2], _day(r[3]), r[4], r[5], r[6], r[7], r[8],
                           counts.get(r[0], dmt.AttendanceCounts()), actions.get(r[0], 0)) for r in rows]


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _counts_of(ids: Sequence[int]) -> dict[int, dmt.AttendanceCounts]:
    """Members present by sex, absent, excused and guests of each meeting, counted in SQL."""
    members: dict[int, tuple[int, int, int, int]] = {}
    guests: dict[int, tuple[int, int, int]] = {}
    for chunk in _chunks(ids):
        for meeting_id, pf, pm, absent, excused in _tuples(
                MeetingAttendance.select(MeetingAttendance.meeting, _PRESENT_F, _PRESENT_M, _ABSENT, _EXCUSED)
                .join(Member, on=(MeetingAttendance.member == Member.id))
                .where(MeetingAttendance.meeting.in_(list(chunk))).group_by(MeetingAttendance.meeting)):
            members[meeting_id] = (_int(pf), _int(pm), _int(absent), _int(excused))
        for meeting_id, female, male, total in _tuples(
                MeetingGuests.select(MeetingGuests.meeting, pw.fn.SUM(MeetingGuests.female),
                                     pw.fn.SUM(MeetingGuests.male), pw.fn.SUM(MeetingGuests.total))
                .where(MeetingGuests.meeting.in_(list(chunk))).group_by(MeetingGuests.meeting)):
            guests[meeting_id] = (_int(female), _int(male), _int(total))
    return {i: dmt.AttendanceCounts(*members.get(i, (0, 0, 0, 0)), *guests.get(i, (0, 0, 0)))
            for i in ids if i in members or i in guests}


def _open_actions_of(ids: Sequence[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for chunk in _chunks(ids):
        for meeting_id, count in _tuples(
                ActionItem.select(ActionItem.meeting, pw.fn.COUNT(ActionItem.id))
                .where(ActionItem.meeting.in_(list(chunk)) & (ActionItem.status == "open"))
                .group_by(ActionItem.meeting)):
            found[meeting_id] = _int(count)
    return found


def meeting_years(cbo: Cbo, actor: Actor) -> list[int]:
    """The years with meetings, newest first (for the year filter)."""
    _may_read(actor)
    # Literals, not parameters: PostgreSQL matches the GROUP BY to the column by its text.
    year = pw.fn.SUBSTR(pw.Cast(Meeting.date, "TEXT"), pw.SQL("1"), pw.SQL("4"))
    with cbo.reading():
        return sorted((int(y) for (y,) in _tuples(Meeting.select(year).group_by(year))), reverse=True)


def get_meeting(cbo: Cbo, actor: Actor, meeting_id: int) -> dmt.MeetingView:
    """One meeting whole: attendance with names, guests, agenda, groups, decisions, actions,
    annexes (without their bytes) and amendments."""
    _may_read(actor)
    return read_meeting(cbo, meeting_id)


def read_meeting(cbo: Cbo, meeting_id: int) -> dmt.MeetingView:
    """:func:`get_meeting` without a role check, for reports (which check ``reports.view``)."""
    with cbo.reading():
        return _meeting_view(meeting_id)


def _meeting_view(meeting_id: int) -> dmt.MeetingView:
    row = Meeting.get_or_none(Meeting.id == meeting_id)
    if row is None:
        raise MeetingNotFound()
    approved_title, approved_date = "", None
    if row.approved_at_id is not None:
        found = _tuples(Meeting.select(Meeting.title, Meeting.date).where(Meeting.id == row.approved_at_id))
        if found:
            approved_title, approved_date = found[0][0], _as_date(found[0][1])
    attendance = tuple(
        dmt.AttendanceLine(r[0], r[1], r[2], r[3], r[4], r[5]) for r in _tuples(
            MeetingAttendance.select(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex,
                                     MeetingAttendance.presence)
            .join(Member, on=(MeetingAttendance.member == Member.id))
            .where(MeetingAttendance.meeting == meeting_id).order_by(Member.number)))
    guests = tuple(dmt.GuestsView(*r) for r in _tuples(
        MeetingGuests.select(MeetingGuests.id, MeetingGuests.category, MeetingGuests.female, MeetingGuests.male,
                             MeetingGuests.total)
        .where(MeetingGuests.meeting == meeting_id).order_by(MeetingGuests.position, MeetingGuests.id)))
    agenda = tuple(dmt.AgendaItemView(*r) for r in _tuples(
        AgendaItem.select(AgendaItem.id, AgendaItem.title, AgendaItem.presenter, AgendaItem.result)
        .where(AgendaItem.meeting == meeting_id).order_by(AgendaItem.position, AgendaItem.id)))
    groups = tuple(dmt.GroupWorkView(*r) for r in _tuples(
        GroupWork.select(GroupWork.id, GroupWork.name, GroupWork.question, GroupWork.answer)
        .where(GroupWork.meeting == meeting_id).order_by(GroupWork.position, GroupWork.id)))
    decisions = tuple(dmt.DecisionView(*r) for r in _tuples(
        Decision.select(Decision.id, Decision.text, Decision.votes_for, Decision.votes_against,
                        Decision.votes_abstain)
        .where(Decision.meeting == meeting_id).order_by(Decision.position, Decision.id)))
    actions = tuple(action_views(ActionItem.meeting == meeting_id, [ActionItem.position, ActionItem.id]))
    annexes = tuple(_annexes(MeetingAnnex.meeting == meeting_id))
    amendments = tuple(
        dmt.AmendmentView(r[0], r[1], _day(r[2]), r[3], _as_datetime(r[4]) or datetime.min) for r in _tuples(
            MinutesAmendment.select(MinutesAmendment.id, MinutesAmendment.text, MinutesAmendment.made_on,
                                    MinutesAmendment.made_by, MinutesAmendment.created_at)
            .where(MinutesAmendment.meeting == meeting_id).order_by(MinutesAmendment.id)))
    return dmt.MeetingView(
        id=row.id, kind=row.kind, title=row.title, date=_day(row.date), start_time=row.start_time,
        end_time=row.end_time, place=row.place, facilitator=row.facilitator, mc=row.mc,
        minutes_taker=row.minutes_taker, chair=row.chair, objectives=row.objectives, conclusion=row.conclusion,
        closing_remark=row.closing_remark, closing_by=row.closing_by, language=row.language, status=row.status,
        approved_on=_as_date(row.approved_on), approved_at_id=row.approved_at_id,
        approved_at_title=approved_title, approved_at_date=approved_date, row_version=row.row_version,
        created_at=_as_datetime(row.created_at) or datetime.min, created_by=row.created_by,
        updated_at=_as_datetime(row.updated_at), updated_by=row.updated_by, attendance=attendance,
        guests=guests, agenda=agenda, groups=groups, decisions=decisions, actions=actions, annexes=annexes,
        amendments=amendments, counts=dmt.count_attendance(attendance, guests))


_ACTION_COLUMNS = (ActionItem.id, ActionItem.meeting, Meeting.kind, Meeting.title, Meeting.date, ActionItem.what,
                   ActionItem.who, ActionItem.member, ActionItem.due_on, ActionItem.status, ActionItem.done_on,
                   ActionItem.note, ActionItem.reviewed_at)


def action_views(condition: pw.Expression, order: Sequence[Any]) -> list[dmt.ActionItemView]:
    """The action items where *condition* holds, in *order*, with their meeting (no role check:
    call inside a transaction or :meth:`Cbo.reading`)."""
    query = (ActionItem.select(*_ACTION_COLUMNS).join(Meeting, on=(ActionItem.meeting == Meeting.id))
             .where(condition).order_by(*order))
    return [dmt.ActionItemView(r[0], r[1], r[2], r[3], _day(r[4]), r[5], r[6], r[7], _as_date(r[8]), r[9],
                               _as_date(r[10]), r[11], r[12]) for r in _tuples(query)]


def _annexes(condition: pw.Expression) -> list[dmt.AnnexInfo]:
    query = (MeetingAnnex.select(MeetingAnnex.id, MeetingAnnex.meeting, MeetingAnnex.title, MeetingAnnex.file_name,
                                 MeetingAnnex.media_type, pw.fn.LENGTH(MeetingAnnex.data), MeetingAnnex.sha256)
             .where(condition).order_by(MeetingAnnex.position, MeetingAnnex.id))
    return [dmt.AnnexInfo(r[0], r[1], r[2], r[3], r[4], _int(r[5]), r[6]) for r in _tuples(query)]


def _active_ids(day: date) -> Any:
    """A subquery: the members whose status on *day* was active. The status on a day is that
    of the member's newest change up to it (the highest id, as changes are recorded in the
    order they happened); a member who had not joined yet has none."""
    newest = (MemberStatus.select(pw.fn.MAX(MemberStatus.id))
              .where(MemberStatus.since <= day).group_by(MemberStatus.member))
    return MemberStatus.select(MemberStatus.member).where(MemberStatus.id.in_(newest)
                                                          & (MemberStatus.status == "active"))


def default_attendance(cbo: Cbo, actor: Actor, on: date, *,
                       presence: str = "absent") -> tuple[dmt.AttendanceLine, ...]:
    """The attendance list a new meeting starts with: the members active on *on*, each
    marked *presence*, by member number."""
    _may_read(actor)
    with cbo.reading():
        rows = _tuples(Member.select(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex)
                       .where(Member.id.in_(_active_ids(on))).order_by(Member.number))
    return tuple(dmt.AttendanceLine(r[0], r[1], r[2], r[3], r[4], presence) for r in rows)


def blank_draft(cbo: Cbo, actor: Actor, kind: str, on: date) -> dmt.MeetingDraft:
    """A new meeting of *kind* on *on* with the default attendance list (everyone absent:
    the secretary ticks who came)."""
    lines = default_attendance(cbo, actor, on)
    return dmt.MeetingDraft(kind=kind, title="", date=on,
                            attendance=tuple(dmt.AttendanceDraft(a.member_id, a.presence) for a in lines))


# --- writing the minutes ---------------------------------------------------------


def _checked(draft: dmt.MeetingDraft, today: date, meeting_id: int | None) -> dmt.MeetingDraft:
    """The cleaned draft, or InvalidInput with every problem (call inside a transaction)."""
    draft = draft.cleaned()
    problems = draft.problems(today)
    member_ids = {a.member_id for a in draft.attendance} | {a.member_id for a in draft.actions
                                                             if a.member_id is not None}
    if member_ids:
        known = {r[0] for r in _tuples(Member.select(Member.id).where(Member.id.in_(sorted(member_ids))))}
        for i, a in enumerate(draft.attendance):
            if a.member_id not in known:
                problems.append(Problem(f"attendance.{i}", N_("errors", "A member on the attendance list is "
                                                                        "no longer in the register.")))
        for i, action in enumerate(draft.actions):
            if action.member_id is not None and action.member_id not in known:
                problems.append(Problem(f"actions.{i}.who", N_("errors", "Choose the member from the list.")))
    action_ids = [a.id for a in draft.actions if a.id is not None]
    if action_ids:
        own = set() if meeting_id is None else {r[0] for r in _tuples(
            ActionItem.select(ActionItem.id).where(ActionItem.meeting == meeting_id))}
        for i, action in enumerate(draft.actions):
            if action.id is not None and action.id not in own:
                problems.append(Problem(f"actions.{i}", N_("errors", "This action item belongs to another "
                                                                     "meeting; add it as a new line.")))
    if problems:
        raise InvalidInput(problems)
    return draft


def _meeting_values(draft: dmt.MeetingDraft) -> dict[str, Any]:
    return {
        "kind": draft.kind, "title": draft.title, "date": draft.date, "start_time": draft.start_time,
        "end_time": draft.end_time, "place": draft.place, "facilitator": draft.facilitator, "mc": draft.mc,
        "minutes_taker": draft.minutes_taker, "chair": draft.chair, "objectives": draft.objectives,
        "conclusion": draft.conclusion, "closing_remark": draft.closing_remark, "closing_by": draft.closing_by,
        "language": draft.language,
    }


def _audit_record(draft: dmt.MeetingDraft) -> dict[str, Any]:
    record: dict[str, Any] = dict(_meeting_values(draft))
    record["attendance"] = {str(a.member_id): a.presence for a in draft.attendance}
    for name in ("guests", "agenda", "groups", "decisions", "actions"):
        record[name] = _plain(getattr(draft, name))
    return record


def _store_children(meeting_id: int, draft: dmt.MeetingDraft, *, replace: bool) -> None:
    """Write the lists of *draft* for the meeting, replacing what was stored."""
    if replace:
        for model in (MeetingAttendance, MeetingGuests, AgendaItem, GroupWork, Decision):
            model.delete().where(model.meeting == meeting_id).execute()
    _store_attendance(meeting_id, draft.attendance)
    if draft.guests:
        MeetingGuests.insert_many(
            [(meeting_id, i, g.category, g.female, g.male, g.total) for i, g in enumerate(draft.guests)],
            fields=[MeetingGuests.meeting, MeetingGuests.position, MeetingGuests.category, MeetingGuests.female,
                    MeetingGuests.male, MeetingGuests.total]).execute()
    if draft.agenda:
        AgendaItem.insert_many(
            [(meeting_id, i, a.title, a.presenter, a.result) for i, a in enumerate(draft.agenda)],
            fields=[AgendaItem.meeting, AgendaItem.position, AgendaItem.title, AgendaItem.presenter,
                    AgendaItem.result]).execute()
    if draft.groups:
        GroupWork.insert_many(
            [(meeting_id, i, g.name, g.question, g.answer) for i, g in enumerate(draft.groups)],
            fields=[GroupWork.meeting, GroupWork.position, GroupWork.name, GroupWork.question,
                    GroupWork.answer]).execute()
    if draft.decisions:
        Decision.insert_many(
            [(meeting_id, i, d.text, d.votes_for, d.votes_against, d.votes_abstain)
             for i, d in enumerate(draft.decisions)],
            fields=[Decision.meeting, Decision.position, Decision.text, Decision.votes_for,
                    Decision.votes_against, Decision.votes_abstain]).execute()
    # Action items keep their row (and the meeting at which they were reviewed) while their
    # line stays in the draft; lines taken out are deleted, new lines added.
    kept = [a.id for a in draft.actions if a.id is not None]
    gone = ActionItem.delete().where(ActionItem.meeting == meeting_id)
    if kept:
        gone = gone.where(ActionItem.id.not_in(kept))
    gone.execute()
    new = []
    for i, a in enumerate(draft.actions):
        values = {"position": i, "what": a.what, "who": a.who, "member": a.member_id, "due_on": a.due_on,
                  "status": a.status, "done_on": a.done_on, "note": a.note}
        if a.id is not None:
            ActionItem.update(**values).where(ActionItem.id == a.id).execute()
        else:
            new.append((meeting_id, i, a.what, a.who, a.member_id, a.due_on, a.status, a.done_on, a.note))
    if new:
        ActionItem.insert_many(new, fields=[ActionItem.meeting, ActionItem.position, ActionItem.what,
                                            ActionItem.who, ActionItem.member, ActionItem.due_on,
                                            ActionItem.status, ActionItem.done_on, ActionItem.note]).execute()


def create_meeting(cbo: Cbo, actor: Actor, draft: dmt.MeetingDraft, *,
                   today: date | None = None) -> dmt.MeetingView:
    """Record a new meeting (its minutes a draft). Raises InvalidInput with every problem."""
    actor.require("meetings.edit")
    today = today or date.today()
    with cbo.atomic(exclusive=True):
        draft = _checked(draft, today, None)
        if any(a.id is not None for a in draft.actions):
            raise InvalidInput([Problem("actions", N_("errors", "This action item belongs to another "
                                                                "meeting; add it as a new line."))])
        row = Meeting.create(status="draft", created_at=_now(), created_by=actor.full_name,
                             **_meeting_values(draft))
        _store_children(row.id, draft, replace=False)
        record_change(actor, "meeting.add", AREA, _record(row.id), None, _audit_record(draft))
        return _meeting_view(row.id)


def _locked_row(cbo: Cbo, meeting_id: int, row_version: int | None = None) -> Meeting:
    """The meeting, locked for this transaction on PostgreSQL (SQLite writers take turns); with
    *row_version*, the version the dialog opened (:class:`MeetingChangedMeanwhile` if not)."""
    row = first_locked(cbo, Meeting.select().where(Meeting.id == meeting_id))
    if row is None:
        raise MeetingNotFound()
    if row_version is not None and row.row_version != row_version:
        raise MeetingChangedMeanwhile(*last_saved(row))
    return row


def _draft_row(cbo: Cbo, meeting_id: int, row_version: int | None = None) -> Meeting:
    """:func:`_locked_row`, its minutes still a draft (:class:`MinutesNotEditable` if not)."""
    row = _locked_row(cbo, meeting_id, row_version)
    if row.status != "draft":
        raise MinutesNotEditable(row.status)
    return row


def _bump(row: Meeting, actor: Actor) -> dict[str, Any]:
    """The columns a change of the meeting's row updates besides its own: version, who, when."""
    return {"row_version": row.row_version + 1, "updated_at": _now(), "updated_by": actor.full_name}


def _store_attendance(meeting_id: int, attendance: Sequence[dmt.AttendanceDraft]) -> None:
    if attendance:
        MeetingAttendance.insert_many(
            [(meeting_id, a.member_id, a.presence) for a in attendance],
            fields=[MeetingAttendance.meeting, MeetingAttendance.member, MeetingAttendance.presence]).execute()


def _stored_draft(meeting_id: int) -> dmt.MeetingDraft:
    return _meeting_view(meeting_id).to_draft()


def save_meeting(cbo: Cbo, actor: Actor, meeting_id: int, draft: dmt.MeetingDraft, *, row_version: int,
                 today: date | None = None) -> dmt.MeetingView:
    """Save the minutes dialog: the whole meeting from *draft*. *row_version* is the version the
    dialog was opened with (:class:`MeetingChangedMeanwhile` if somebody saved in between).
    Only draft minutes change (:class:`MinutesNotEditable`)."""
    actor.require("meetings.edit")
    today = today or date.today()
    with cbo.atomic(exclusive=True):
        row = _draft_row(cbo, meeting_id, row_version)
        draft = _checked(draft, today, meeting_id)
        before = _audit_record(_stored_draft(meeting_id))
        values = _meeting_values(draft)
        values.update(_bump(row, actor))
        Meeting.update(**values).where(Meeting.id == meeting_id).execute()
        _store_children(meeting_id, draft, replace=True)
        record_change(actor, "meeting.update", AREA, _record(meeting_id), before, _audit_record(draft))
        return _meeting_view(meeting_id)


def set_attendance(cbo: Cbo, actor: Actor, meeting_id: int, presence: Mapping[int, str], *,
                   row_version: int) -> dmt.MeetingView:
    """Mark members present, absent or excused (member id → presence); members not named keep
    their mark; a member not yet on the list is added."""
    actor.require("meetings.edit")
    with cbo.atomic(exclusive=True):
        row = _draft_row(cbo, meeting_id, row_version)
        stored = _stored_draft(meeting_id)
        marks = {a.member_id: a.presence for a in stored.attendance}
        merged = dict(marks)
        merged.update(presence)
        draft = dataclasses.replace(
            stored, attendance=tuple(dmt.AttendanceDraft(m, p) for m, p in merged.items()))
        problems = [p for p in _attendance_problems(draft) if p]
        if problems:
            raise InvalidInput(problems)
        MeetingAttendance.delete().where(MeetingAttendance.meeting == meeting_id).execute()
        _store_attendance(meeting_id, draft.attendance)
        Meeting.update(**_bump(row, actor)).where(Meeting.id == meeting_id).execute()
        changed = {str(m): p for m, p in merged.items() if marks.get(m) != p}
        record_change(actor, "meeting.attendance", AREA, _record(meeting_id),
                      {"attendance": {m: marks.get(int(m)) for m in changed}}, {"attendance": changed})
        return _meeting_view(meeting_id)


def _attendance_problems(draft: dmt.MeetingDraft) -> list[Problem]:
    problems = [p for p in draft.problems(date.max) if p.field.startswith("attendance")]
    ids = sorted({a.member_id for a in draft.attendance})
    known = {r[0] for r in _tuples(Member.select(Member.id).where(Member.id.in_(ids)))} if ids else set()
    if set(ids) - known:
        problems.append(Problem("attendance", N_("errors", "A member on the attendance list is no longer "
                                                           "in the register.")))
    return problems


def approve_minutes(cbo: Cbo, actor: Actor, meeting_id: int, *, approved_on: date,
                    approved_at: int | None = None, row_version: int,
                    today: date | None = None) -> dmt.MeetingView:
    """Approve draft minutes on *approved_on*, optionally at the (later) meeting *approved_at*."""
    actor.require("meetings.approve")
    today = today or date.today()
    with cbo.atomic(exclusive=True):
        row = _draft_row(cbo, meeting_id, row_version)
        meeting_day = _day(row.date)
        problems: list[Problem] = []
        if approved_on < meeting_day:
            problems.append(Problem("approved_on", N_("errors", "Minutes cannot be approved before the "
                                                                "meeting ({day})."),
                                    {"day": meeting_day.isoformat()}))
        elif approved_on > today:
            problems.append(Problem("approved_on", N_("errors", "The day of approval cannot be in the "
                                                                "future.")))
        if approved_at is not None:
            found = _tuples(Meeting.select(Meeting.id, Meeting.date).where(Meeting.id == approved_at))
            if not found or approved_at == meeting_id:
                problems.append(Problem("approved_at", N_("errors", "Choose the meeting at which the "
                                                                    "minutes were approved.")))
            else:
                at_day = _day(found[0][1])
                if at_day < meeting_day:
                    problems.append(Problem("approved_at", N_("errors", "Minutes are approved at a later "
                                                                        "meeting, not an earlier one.")))
                elif at_day != approved_on:
                    problems.append(Problem("approved_on", N_("errors", "The minutes were approved at the "
                                                                        "meeting of {day}: give that day."),
                                            {"day": at_day.isoformat()}))
        if problems:
            raise InvalidInput(problems)
        Meeting.update(status="approved", approved_on=approved_on, approved_at=approved_at,
                       **_bump(row, actor)).where(Meeting.id == meeting_id).execute()
        record_change(actor, "minutes.approve", AREA, _record(meeting_id), {"status": row.status},
                      {"status": "approved", "approved_on": approved_on, "approved_at": approved_at})
        return _meeting_view(meeting_id)


def lock_minutes(cbo: Cbo, actor: Actor, meeting_id: int, *, row_version: int) -> dmt.MeetingView:
    """Lock approved minutes for good."""
    actor.require("meetings.approve")
    with cbo.atomic(exclusive=True):
        row = _locked_row(cbo, meeting_id, row_version)
        if row.status != "approved":
            raise InvalidInput([Problem("status", N_("errors", "Only approved minutes can be locked. "
                                                               "Approve them first."))])
        Meeting.update(status="locked", **_bump(row, actor)).where(Meeting.id == meeting_id).execute()
        record_change(actor, "minutes.lock", AREA, _record(meeting_id), {"status": row.status},
                      {"status": "locked"})
        return _meeting_view(meeting_id)


def add_amendment(cbo: Cbo, actor: Actor, meeting_id: int, text: str, *, made_on: date | None = None,
                  today: date | None = None) -> dmt.AmendmentView:
    """Add a correction note to approved or locked minutes (never edited afterwards)."""
    actor.require("meetings.edit")
    today = today or date.today()
    made_on = made_on or today
    text = text.strip()
    with cbo.atomic(exclusive=True):
        row = _locked_row(cbo, meeting_id)
        problems: list[Problem] = []
        if row.status == "draft":
            problems.append(Problem("status", N_("errors", "These minutes are still a draft: correct them "
                                                           "directly instead of adding an amendment.")))
        if not text:
            problems.append(Problem("text", N_("errors", "Write the correction.")))
        elif len(text) > dmt.MAX_TEXT:
            problems.append(Problem("text", N_("errors", "This text is too long ({n} characters at most)."),
                                    {"n": dmt.MAX_TEXT}))
        if made_on > today:
            problems.append(Problem("made_on", N_("errors", "The day of the amendment cannot be in the "
                                                            "future.")))
        elif made_on < _day(row.date):
            problems.append(Problem("made_on", N_("errors", "An amendment cannot be made before the "
                                                            "meeting ({day})."),
                                    {"day": _day(row.date).isoformat()}))
        if problems:
            raise InvalidInput(problems)
        now = _now()
        amendment = MinutesAmendment.create(meeting=meeting_id, text=text, made_on=made_on,
                                            made_by=actor.full_name, created_at=now)
        record_change(actor, "minutes.amend", AREA, _record(meeting_id), None,
                      {"text": text, "made_on": made_on})
        return dmt.AmendmentView(amendment.id, text, made_on, actor.full_name, now)


def delete_meeting(cbo: Cbo, actor: Actor, meeting_id: int, *, row_version: int) -> None:
    """Delete a meeting whose minutes are still a draft (with everything recorded for it)."""
    actor.require("meetings.edit")
    with cbo.atomic(exclusive=True):
        _draft_row(cbo, meeting_id, row_version)
        approving = _tuples(Meeting.select(Meeting.title, Meeting.date)
                            .where(Meeting.approved_at == meeting_id).order_by(Meeting.date).limit(1))
        if approving:
            raise InvalidInput([Problem("id", N_("errors", "The minutes of \u201c{title}\u201d ({day}) were "
                                                           "approved at this meeting, so it cannot be "
                                                           "deleted."),
                                        {"title": approving[0][0], "day": _day(approving[0][1]).isoformat()})])
        before = _audit_record(_stored_draft(meeting_id))
        before["annexes"] = [{"title": a.title, "file_name": a.file_name, "sha256": a.sha256}
                             for a in _annexes(MeetingAnnex.meeting == meeting_id)]
        ActionItem.update(reviewed_at=None).where(ActionItem.reviewed_at == meeting_id).execute()
        for model in (MeetingAttendance, MeetingGuests, AgendaItem, GroupWork, Decision, ActionItem,
                      MeetingAnnex):
            model.delete().where(model.meeting == meeting_id).execute()
        Meeting.delete().where(Meeting.id == meeting_id).execute()
        record_change(actor, "meeting.delete", AREA, _record(meeting_id), before, None)


# --- settings and quorum -----------------------------------------------------------


def _setting(key: str) -> str | None:
    found = Setting.select(Setting.value).where(Setting.key == key).scalar()
    return None if found is None else str(found)


def _settings() -> dmt.MeetingSettings:
    try:
        rule = dmt.parse_quorum(_setting(dmt.QUORUM_KEY) or dmt.DEFAULT_QUORUM)
    except dmt.QuorumRuleError:
        rule = dmt.parse_quorum(dmt.DEFAULT_QUORUM)
    every = _setting(dmt.COMMITTEE_EVERY_KEY) or dmt.DEFAULT_COMMITTEE_EVERY
    if every not in dmt.COMMITTEE_EVERY:
        every = dmt.DEFAULT_COMMITTEE_EVERY
    return dmt.MeetingSettings(rule, every)


def meeting_settings(cbo: Cbo) -> dmt.MeetingSettings:
    """The quorum rule and how often the committee meets (the defaults when never set)."""
    with cbo.reading():
        return _settings()


def set_meeting_settings(cbo: Cbo, actor: Actor, quorum: str, committee_every: str) -> dmt.MeetingSettings:
    """Change the quorum rule (e.g. "1/2", ">=2/3", "60%") and the committee's frequency."""
    actor.require("meetings.settings")
    problems = dmt.quorum_problems(quorum)
    if committee_every not in dmt.COMMITTEE_EVERY:
        problems.append(Problem("committee_every", N_("errors", "Choose how often the committee must meet.")))
    if problems:
        raise InvalidInput(problems)
    rule = dmt.parse_quorum(quorum)
    with cbo.atomic(exclusive=True):
        before = _settings()
        for key, value in ((dmt.QUORUM_KEY, rule.text()), (dmt.COMMITTEE_EVERY_KEY, committee_every)):
            Setting.insert(key=key, value=value).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: value}).execute()
        record_change(actor, "meetings.settings", AREA, "settings",
                      {"quorum": before.quorum.text(), "committee_every": before.committee_every},
                      {"quorum": rule.text(), "committee_every": committee_every})
        return _settings()


def active_members_on(cbo: Cbo, day: date) -> int:
    """Members whose status on *day* was active (from the status history)."""
    with cbo.reading():
        return _active_count(day)


def _active_count(day: date) -> int:
    return _int(Member.select(pw.fn.COUNT(Member.id)).where(Member.id.in_(_active_ids(day))).scalar())


def _kind_and_day(meeting_id: int) -> tuple[str, date]:
    """The kind and day of meeting *meeting_id* (:class:`MeetingNotFound` when there is none)."""
    found = _tuples(Meeting.select(Meeting.kind, Meeting.date).where(Meeting.id == meeting_id))
    if not found:
        raise MeetingNotFound()
    return found[0][0], _day(found[0][1])


def quorum(cbo: Cbo, actor: Actor, meeting_id: int) -> dmt.QuorumResult:
    """The quorum of a stored meeting: required members, present members, met or not
    (``applies`` only for a general assembly)."""
    _may_read(actor)
    with cbo.reading():
        kind, day = _kind_and_day(meeting_id)
        present = _int(MeetingAttendance.select(pw.fn.COUNT(MeetingAttendance.id))
                       .where((MeetingAttendance.meeting == meeting_id)
                              & (MeetingAttendance.presence == "present")).scalar())
        return dmt.check_quorum(_settings().quorum, _active_count(day), present,
                                applies=kind == "general_assembly")


def quorum_on(cbo: Cbo, actor: Actor, day: date, present: int, *, kind: str = "general_assembly") -> dmt.QuorumResult:
    """The quorum for a meeting being typed: *present* members on *day*."""
    _may_read(actor)
    with cbo.reading():
        return dmt.check_quorum(_settings().quorum, _active_count(day), present,
                                applies=kind == "general_assembly")


# --- action items ---------------------------------------------------------------------


def actions_for_review(cbo: Cbo, actor: Actor, meeting_id: int) -> list[dmt.ActionItemView]:
    """The action items of earlier meetings of the same kind that were still open on this
    meeting's day (open now, reviewed at this meeting, or done on or after its day), for review
    at this meeting; oldest first."""
    _may_read(actor)
    with cbo.reading():
        kind, day = _kind_and_day(meeting_id)
        earlier = (Meeting.kind == kind) & ((Meeting.date < day) | ((Meeting.date == day) & (Meeting.id < meeting_id)))
        still_open = ((ActionItem.status == "open") | (ActionItem.reviewed_at == meeting_id)
                      | ((ActionItem.status == "done") & (ActionItem.done_on >= day)))
        return action_views(earlier & still_open, [Meeting.date, Meeting.id, ActionItem.position, ActionItem.id])


def update_action(cbo: Cbo, actor: Actor, action_id: int, status: str, *, done_on: date | None = None,
                  note: str | None = None, reviewed_at: int | None = None,
                  today: date | None = None) -> dmt.ActionItemView:
    """Record what became of an action item: done (on a day), dropped or still open, with a
    note, and the meeting at which it was reviewed (None: unchanged). Allowed whatever the
    status of the minutes that decided it."""
    actor.require("meetings.edit")
    today = today or date.today()
    with cbo.atomic(exclusive=True):
        found = action_views(ActionItem.id == action_id, [ActionItem.id])
        if not found:
            raise ActionNotFound()
        action = found[0]
        problems: list[Problem] = []
        if status not in dmt.ACTION_STATUSES:
            problems.append(Problem("status", N_("errors", "Choose whether the action is open, done or "
                                                           "dropped.")))
        problems.extend(dmt.action_status_problems(status, done_on, action.meeting_date, today))
        if reviewed_at is not None:
            at = _tuples(Meeting.select(Meeting.kind, Meeting.date).where(Meeting.id == reviewed_at))
            if not at or reviewed_at == action.meeting_id or _day(at[0][1]) < action.meeting_date:
                problems.append(Problem("reviewed_at", N_("errors", "An action is reviewed at a later "
                                                                    "meeting than the one that decided it.")))
        new_note = action.note if note is None else note.strip()
        if len(new_note) > dmt.MAX_TEXT:
            problems.append(Problem("note", N_("errors", "This text is too long ({n} characters at most)."),
                                    {"n": dmt.MAX_TEXT}))
        if problems:
            raise InvalidInput(problems)
        after_reviewed = action.reviewed_at_id if reviewed_at is None else reviewed_at
        ActionItem.update(status=status, done_on=done_on, note=new_note, reviewed_at=after_reviewed
                          ).where(ActionItem.id == action_id).execute()
        record_change(actor, "action.update", AREA, f"action {action_id} of meeting {action.meeting_id}",
                      {"status": action.status, "done_on": action.done_on, "note": action.note,
                       "reviewed_at": action.reviewed_at_id},
                      {"status": status, "done_on": done_on, "note": new_note, "reviewed_at": after_reviewed})
        return action_views(ActionItem.id == action_id, [ActionItem.id])[0]


def overdue_actions(cbo: Cbo, actor: Actor, *, today: date | None = None) -> list[dmt.ActionItemView]:
    """Open action items due before *today*, across all meetings, the longest overdue first."""
    _may_read(actor)
    today = today or date.today()
    with cbo.reading():
        return action_views((ActionItem.status == "open") & (ActionItem.due_on < today),
                        [ActionItem.due_on, Meeting.date, ActionItem.id])


def open_actions(cbo: Cbo, actor: Actor) -> list[dmt.ActionItemView]:
    """Every open action item, soonest due first (no due day last)."""
    _may_read(actor)
    with cbo.reading():
        return action_views(ActionItem.status == "open",
                        [pw.Case(None, [(ActionItem.due_on.is_null(), 1)], 0), ActionItem.due_on, Meeting.date,
                         ActionItem.id])


# --- annexes ---------------------------------------------------------------------------


def annex_problems(title: str, file_name: str, data: bytes) -> list[Problem]:
    """The checks of an annex before it is read into the CBO file (also for the GUI)."""
    problems: list[Problem] = []
    if not file_name.strip():
        problems.append(Problem("file_name", N_("errors", "Choose the file to attach.")))
    if len(title) > dmt.MAX_TITLE:
        problems.append(Problem("title", N_("errors", "Shorten the title to {n} characters or fewer."),
                                {"n": dmt.MAX_TITLE}))
    if len(data) > dmt.MAX_ANNEX_BYTES:
        size = (len(data) + 1024 * 1024 - 1) // (1024 * 1024)
        problems.append(Problem("data", N_("errors", "The file is {size} MB; an annex can be at most {limit} "
                                                     "MB. Attach a smaller file (for example photos at a "
                                                     "lower resolution, or a PDF instead of a scan)."),
                                {"size": size, "limit": dmt.MAX_ANNEX_MB}))
    elif not data:
        problems.append(Problem("data", N_("errors", "The file is empty.")))
    return problems


def add_annex(cbo: Cbo, actor: Actor, meeting_id: int, title: str, file_name: str, data: bytes,
              media_type: str = "application/octet-stream") -> dmt.AnnexInfo:
    """Attach a titled file to the minutes (at most 20 MB); not to locked minutes. The title is
    the file's name when none is given."""
    actor.require("meetings.edit")
    title, file_name = " ".join(title.split()), file_name.strip()
    problems = annex_problems(title, file_name, data)
    if problems:
        raise InvalidInput(problems)
    title = title or file_name
    media_type = (media_type or "application/octet-stream")[:100]
    digest = hashlib.sha256(data).hexdigest()
    with cbo.atomic(exclusive=True):
        row = _locked_row(cbo, meeting_id)
        if row.status == "locked":
            raise MinutesNotEditable(row.status)
        position = _int(MeetingAnnex.select(pw.fn.MAX(MeetingAnnex.position))
                        .where(MeetingAnnex.meeting == meeting_id).scalar()) + 1
        annex = MeetingAnnex.create(meeting=meeting_id, position=position, title=title, file_name=file_name,
                                    media_type=media_type, data=data, sha256=digest)
        record_change(actor, "annex.add", AREA, _record(meeting_id), None,
                      {"annex": annex.id, "title": title, "file_name": file_name, "size": len(data),
                       "sha256": digest})
        return dmt.AnnexInfo(annex.id, meeting_id, title, file_name, media_type, len(data), digest)


def annex_data(cbo: Cbo, actor: Actor, annex_id: int) -> tuple[dmt.AnnexInfo, bytes]:
    """An annex and its bytes."""
    if not actor.may("meetings.view"):
        actor.require("reports.view")
    with cbo.reading():
        found = _annexes(MeetingAnnex.id == annex_id)
        data = MeetingAnnex.select(MeetingAnnex.data).where(MeetingAnnex.id == annex_id).scalar()
    if not found or data is None:
        raise AnnexNotFound()
    return found[0], bytes(data)


def remove_annex(cbo: Cbo, actor: Actor, annex_id: int) -> None:
    """Remove an annex from draft minutes."""
    actor.require("meetings.edit")
    with cbo.atomic(exclusive=True):
        found = _annexes(MeetingAnnex.id == annex_id)
        if not found:
            raise AnnexNotFound()
        annex = found[0]
        _draft_row(cbo, annex.meeting_id)
        MeetingAnnex.delete().where(MeetingAnnex.id == annex_id).execute()
        record_change(actor, "annex.remove", AREA, _record(annex.meeting_id),
                      {"annex": annex_id, "title": annex.title, "file_name": annex.file_name,
                       "size": annex.size, "sha256": annex.sha256}, None)


# --- figures ------------------------------------------------------------------------------


def _month_end(year: int, month: int) -> date:
    return (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)


def committee_frequency(cbo: Cbo, actor: Actor, year: int, *,
                        today: date | None = None) -> dmt.CommitteeFrequency:
    """Per month (or quarter, as the by-law setting says) of *year*: how many committee
    meetings took place (up to *today*; planned ones do not count). A period is judged (``due``) once it is over, or as soon as a
    meeting was held in it."""
    _may_read(actor)
    today = today or date.today()
    with cbo.reading():
        every = _settings().committee_every
        days = [_day(r[0]) for r in _tuples(
            Meeting.select(Meeting.date).where((Meeting.kind == "committee") & (Meeting.date >= date(year, 1, 1))
                                               & (Meeting.date <= date(year, 12, 31))))]
    if every == "none":
        return dmt.CommitteeFrequency(year, every, ())
    if every == "quarterly":
        bounds = [(q + 1, date(year, 3 * q + 1, 1), _month_end(year, 3 * q + 3)) for q in range(4)]
    else:
        bounds = [(m, date(year, m, 1), _month_end(year, m)) for m in range(1, 13)]
    periods = []
    for number, first, last in bounds:
        held = sum(1 for d in days if first <= d <= last and d <= today)  # planned ones have not taken place
        due = last < today or (first <= today and held > 0)
        periods.append(dmt.FrequencyPeriod(number, first, last, held, due))
    return dmt.CommitteeFrequency(year, every, tuple(periods))


def attendance_by_member(cbo: Cbo, actor: Actor, date_from: date, date_to: date,
                         kind: str | None = None) -> list[dmt.MemberAttendance]:
    """Each member's attendance at the meetings (of *kind*, or all) from *date_from* to
    *date_to*: meetings where they were on the list, present, excused, absent; by member
    number. Counted in SQL. Allowed with ``meetings.view`` or ``reports.view``."""
    if not actor.may("meetings.view"):
        actor.require("reports.view")
    return read_attendance_by_member(cbo, date_from, date_to, kind)


def read_attendance_by_member(cbo: Cbo, date_from: date, date_to: date,
                              kind: str | None = None) -> list[dmt.MemberAttendance]:
    """:func:`attendance_by_member` without the role check (the reports check theirs): one
    grouped query over the attendance lists."""
    condition = (Meeting.date >= date_from) & (Meeting.date <= date_to)
    if kind:
        condition &= Meeting.kind == kind
    query = (MeetingAttendance
             .select(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex,
                     pw.fn.COUNT(MeetingAttendance.id), _PRESENT, _EXCUSED, _ABSENT)
             .join(Meeting, on=(MeetingAttendance.meeting == Meeting.id))
             .join(Member, on=(MeetingAttendance.member == Member.id), src=MeetingAttendance)
             .where(condition)
             .group_by(Member.id, Member.number, Member.name_km, Member.name_latin, Member.sex)
             .order_by(Member.number))
    with cbo.reading():
        rows = _tuples(query)
    return [dmt.MemberAttendance(r[0], r[1], r[2], r[3], r[4], _int(r[5]), _int(r[6]), _int(r[7]), _int(r[8]))
            for r in rows]
