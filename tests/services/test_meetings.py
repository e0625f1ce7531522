"""Meetings and minutes through their services, on SQLite and PostgreSQL: a whole meeting saved
and read back, the checks, two people saving at once, the minutes' status from draft to
approved to locked with amendments, the quorum of a general assembly, action items carried to
the next meeting of the same kind, annexes, roles, the meetings page and the attendance figures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

import pytest

from cbodesk.domain import meetings as dmt
from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import meetings as mt
from cbodesk.services import members as ms
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, Meeting

PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Test Fishery", sector="fishery", province="10")
TODAY = date(2026, 6, 15)
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
CHAIR = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))

RESULT = """The treasurer presented the **cash book** of May.

- Receipts: 1,250,000 riel
  - fees: 45 members
  - fish sales
- Payments: 600,000 riel

1. Check the bank statement
2. Count the cash box
"""


@dataclass
class Office:
    cbo: Cbo
    admin: Actor
    members: list[ms.MemberView]

    def audit(self) -> list[tuple[str, str, dict[str, object] | None]]:
        with self.cbo.reading():
            return [(e.action, e.record, json.loads(e.after) if e.after else None)
                    for e in AuditEntry.select().where(AuditEntry.area == "meetings").order_by(AuditEntry.id)]


@pytest.fixture
def office(cbo_location: str) -> Iterator[Office]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    try:
        village = ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
        people = [("សុខ ដារ៉ា", "Sok Dara", "M"), ("ចាន់ សុភា", "Chan Sophea", "F"),
                  ("ហេង សុខលី", "Heng Sokhly", "F"), ("គឹម វណ្ណា", "Kim Vanna", "M"),
                  ("ស្រី ពៅ", "Srey Pov", "F"), ("ឡុង សំណាង", "Long Samnang", "M")]
        members = [ms.add_member(cbo, SECRETARY, dm.MemberDraft(name_km=km, name_latin=latin, sex=sex,
                                                                birth_year=1980, village_id=village.id,
                                                                joined_on=date(2020, 1, 5)), today=TODAY)
                   for km, latin, sex in people]
        yield Office(cbo, admin, members)
    finally:
        cbo.close()


def whole_draft(office: Office, **changes: object) -> dmt.MeetingDraft:
    m = office.members
    draft = dmt.MeetingDraft(
        kind="committee", title="Committee meeting of June", date=date(2026, 6, 5), start_time="08:00",
        end_time="11:30", place="Pagoda hall", facilitator="Sok Dara", mc="Kim Vanna",
        minutes_taker="Heng Sokhly", chair="Sok Dara", objectives="Review the cash book\nPlan the patrols\n",
        conclusion="We agreed on **two** patrols a week.", closing_remark="Thank you all.",
        closing_by="Sok Dara", language="en",
        attendance=(dmt.AttendanceDraft(m[0].id, "present"), dmt.AttendanceDraft(m[1].id, "present"),
                    dmt.AttendanceDraft(m[2].id, "present"), dmt.AttendanceDraft(m[3].id, "excused"),
                    dmt.AttendanceDraft(m[4].id, "absent")),
        guests=(dmt.GuestsDraft("Fisheries Administration", 1, 2, 3),
                dmt.GuestsDraft("Local NGOs", 2, 0, 4)),
        agenda=(dmt.AgendaItemDraft("Cash book", "Chan Sophea", RESULT),
                dmt.AgendaItemDraft("Patrols", "Kim Vanna", "Two patrols a week.")),
        groups=(dmt.GroupWorkDraft("Group 1", "Where do people fish illegally?", "- near the island\n- at night"),),
        decisions=(dmt.DecisionDraft("Buy a second boat engine", 5, 1, 0), dmt.DecisionDraft("Meet monthly")),
        actions=(dmt.ActionItemDraft("Ask for quotes for an engine", "Chan Sophea", m[1].id, date(2026, 6, 30)),
                 dmt.ActionItemDraft("Write the patrol plan", "Kim Vanna", None, date(2026, 6, 10))),
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


# --- a whole meeting -------------------------------------------------------------------------------


def test_a_whole_meeting_is_saved_and_read_back(office: Office) -> None:
    view = mt.create_meeting(office.cbo, SECRETARY, whole_draft(office), today=TODAY)
    again = mt.get_meeting(office.cbo, TREASURER, view.id)
    assert again == view
    assert again.status == "draft" and again.row_version == 1 and again.created_by == "Heng Sokhly"
    assert again.objective_list == ["Review the cash book", "Plan the patrols"]
    assert again.agenda[0].result == RESULT.rstrip()  # Markdown kept as typed
    assert [(a.name_latin, a.name_km, a.presence) for a in again.attendance] == [
        ("Sok Dara", "សុខ ដារ៉ា", "present"), ("Chan Sophea", "ចាន់ សុភា", "present"),
        ("Heng Sokhly", "ហេង សុខលី", "present"), ("Kim Vanna", "គឹម វណ្ណា", "excused"),
        ("Srey Pov", "ស្រី ពៅ", "absent")]
    assert again.attendance[1].name("km") == "ចាន់ សុភា"
    counts = again.counts
    assert (counts.present_female, counts.present_male, counts.present) == (2, 1, 3)
    assert (counts.absent, counts.excused, counts.guests_total, counts.participants) == (1, 1, 7, 10)
    assert [(g.category, g.female, g.male, g.total) for g in again.guests] == [
        ("Fisheries Administration", 1, 2, 3), ("Local NGOs", 2, 0, 4)]
    assert [(d.text, d.votes_for, d.votes_against, d.votes_abstain, d.counted) for d in again.decisions] == [
        ("Buy a second boat engine", 5, 1, 0, True), ("Meet monthly", None, None, None, False)]
    assert [(a.what, a.member_id, a.due_on, a.status) for a in again.actions] == [
        ("Ask for quotes for an engine", office.members[1].id, date(2026, 6, 30), "open"),
        ("Write the patrol plan", None, date(2026, 6, 10), "open")]
    # The draft the dialog starts from saves back to the same meeting.
    draft = again.to_draft()
    saved = mt.save_meeting(office.cbo, SECRETARY, view.id, draft, row_version=1, today=TODAY)
    assert saved.to_draft() == draft
    assert [a.id for a in saved.actions] == [a.id for a in again.actions]  # action rows kept
    assert saved.row_version == 2 and saved.updated_by == "Heng Sokhly"


def test_saving_replaces_the_lists(office: Office) -> None:
    view = mt.create_meeting(office.cbo, SECRETARY, whole_draft(office), today=TODAY)
    kept = view.actions[1].as_draft()
    draft = replace(view.to_draft(), title="Committee meeting, June",
                    attendance=(dmt.AttendanceDraft(office.members[5].id, "present"),),
                    guests=(), agenda=(dmt.AgendaItemDraft("Only item"),), groups=(),
                    decisions=(dmt.DecisionDraft("One decision", 3, 0, 2),),
                    actions=(kept, dmt.ActionItemDraft("A new action")))
    saved = mt.save_meeting(office.cbo, SECRETARY, view.id, draft, row_version=view.row_version, today=TODAY)
    assert saved.title == "Committee meeting, June"
    assert [a.name_latin for a in saved.attendance] == ["Long Samnang"]
    assert saved.guests == () and saved.groups == ()
    assert [a.title for a in saved.agenda] == ["Only item"]
    assert [(a.what, a.id == kept.id) for a in saved.actions] == [("Write the patrol plan", True),
                                                                   ("A new action", False)]
    assert saved.counts.guests_total == 0 and saved.counts.present_male == 1
    actions = [a for a, _r, _after in office.audit()]
    assert actions == ["meeting.add", "meeting.update"]
    after = office.audit()[1][2]
    assert after is not None and after["title"] == "Committee meeting, June" and "place" not in after


def test_every_problem_is_reported_at_once(office: Office) -> None:
    draft = whole_draft(office, kind="party", title="  ", date=None, start_time="8h", end_time="07:00",
                        guests=(dmt.GuestsDraft("NGOs", 3, 2, 4), dmt.GuestsDraft("", -1, 0, 0)),
                        agenda=(dmt.AgendaItemDraft("", "Sok Dara", "text"),),
                        decisions=(dmt.DecisionDraft("Buy a boat", -2, 1, 0),),
                        actions=(dmt.ActionItemDraft("Quotes", status="done"),))
    with pytest.raises(InvalidInput) as raised:
        mt.create_meeting(office.cbo, SECRETARY, draft, today=TODAY)
    fields = [p.field for p in raised.value.problems]
    assert fields == ["kind", "title", "date", "start_time", "guests.0.total", "guests.1.category",
                      "guests.1.female", "agenda.0.title", "decisions.0.votes_for", "actions.0.done_on"]
    text = raised.value.text()
    assert "Give the meeting a title." in text
    assert "The total (4) cannot be smaller than women and men together (5)." in text

    late = whole_draft(office, start_time="10:00", end_time="09:30",
                       actions=(dmt.ActionItemDraft("Quotes", due_on=date(2026, 6, 1)),
                                dmt.ActionItemDraft("Plan", status="done", done_on=date(2026, 7, 1))))
    with pytest.raises(InvalidInput) as raised:
        mt.create_meeting(office.cbo, SECRETARY, late, today=TODAY)
    assert [p.field for p in raised.value.problems] == ["end_time", "actions.0.due_on", "actions.1.done_on"]
    with office.cbo.reading():
        assert Meeting.select().count() == 0
    assert office.audit() == []


def test_a_save_over_somebody_elses_is_refused(office: Office) -> None:
    view = mt.create_meeting(office.cbo, SECRETARY, whole_draft(office), today=TODAY)
    other = Actor("admin", "Sok Dara", frozenset({"administrator"}))
    mt.save_meeting(office.cbo, other, view.id, replace(view.to_draft(), place="School"), row_version=1,
                    today=TODAY)
    with pytest.raises(mt.MeetingChangedMeanwhile) as raised:
        mt.save_meeting(office.cbo, SECRETARY, view.id, replace(view.to_draft(), place="Hall"), row_version=1,
                        today=TODAY)
    assert raised.value.text().startswith("Sok Dara changed this meeting after you opened it.")
    assert raised.value.who == "Sok Dara" and raised.value.when is not None
    assert mt.get_meeting(office.cbo, SECRETARY, view.id).place == "School"


# --- the minutes' status ----------------------------------------------------------------------------


def test_minutes_go_from_draft_to_approved_to_locked(office: Office) -> None:
    june = mt.create_meeting(office.cbo, SECRETARY, whole_draft(office), today=TODAY)
    july = mt.create_meeting(office.cbo, SECRETARY,
                             whole_draft(office, title="July", date=date(2026, 7, 3), actions=()),
                             today=date(2026, 7, 10))
    with pytest.raises(NotAllowed):
        mt.approve_minutes(office.cbo, TREASURER, june.id, approved_on=date(2026, 7, 3), approved_at=july.id,
                           row_version=1, today=date(2026, 7, 10))
    with pytest.raises(InvalidInput) as raised:
        mt.approve_minutes(office.cbo, CHAIR, june.id, approved_on=date(2026, 7, 4), approved_at=july.id,
                           row_version=1, today=date(2026, 7, 10))
    assert [p.field for p in raised.value.problems] == ["approved_on"]
    approved = mt.approve_minutes(office.cbo, CHAIR, june.id, approved_on=date(2026, 7, 3),
                                  approved_at=july.id, row_version=1, today=date(2026, 7, 10))
    assert (approved.status, approved.approved_on, approved.approved_at_id, approved.approved_at_title) == (
        "approved", date(2026, 7, 3), july.id, "July")
    assert not approved.editable

    # Approved minutes are no longer edited, nor deleted; their annexes stay.
    with pytest.raises(mt.MinutesNotEditable) as refused:
        mt.save_meeting(office.cbo, SECRETARY, june.id, replace(approved.to_draft(), place="School"),
                        row_version=approved.row_version, today=TODAY)
    assert "approved" in refused.value.text()
    with pytest.raises(mt.MinutesNotEditable):
        mt.delete_meeting(office.cbo, SECRETARY, june.id, row_version=approved.row_version)
    with pytest.raises(InvalidInput):  # the July meeting approved June's minutes
        mt.delete_meeting(office.cbo, SECRETARY, july.id, row_version=july.row_version)

    note = mt.add_amendment(office.cbo, SECRETARY, june.id, "The engine vote was 5 for, 0 against.",
                            today=date(2026, 8, 1))
    assert note.made_on == date(2026, 8, 1) and note.made_by == "Heng Sokhly"
    locked = mt.lock_minutes(office.cbo, CHAIR, june.id, row_version=approved.row_version)
    assert locked.status == "locked"
    mt.add_amendment(office.cbo, SECRETARY, june.id, "Srey Pov was excused, not absent.",
                     made_on=date(2026, 8, 2), today=date(2026, 8, 5))
    final = mt.get_meeting(office.cbo, CHAIR, june.id)
    assert [a.text for a in final.amendments] == ["The engine vote was 5 for, 0 against.",
                                                  "Srey Pov was excused, not absent."]
    assert final.place == "Pagoda hall"
    with pytest.raises(InvalidInput):  # a draft is corrected directly
        mt.add_amendment(office.cbo, SECRETARY, july.id, "typo", today=date(2026, 8, 5))
    with pytest.raises(InvalidInput):
        mt.lock_minutes(office.cbo, CHAIR, july.id, row_version=july.row_version)
    assert [a for a, _r, _after in office.audit()] == [
        "meeting.add", "meeting.add", "minutes.approve", "minutes.amend", "minutes.lock", "minutes.amend"]


def test_a_draft_meeting_is_deleted_with_everything(office: Office) -> None:
    view = mt.create_meeting(office.cbo, SECRETARY, whole_draft(office), today=TODAY)
    mt.add_annex(office.cbo, SECRETARY, view.id, "Slides", "slides.pdf", b"%PDF-1.4 slides", "application/pdf")
    with pytest.raises(NotAllowed):
        mt.delete_meeting(office.cbo, VIEWER, view.id, row_version=1)
    mt.delete_meeting(office.cbo, SECRETARY, view.id, row_version=1)
    assert mt.list_meetings(office.cbo, SECRETARY) == []
    with pytest.raises(mt.MeetingNotFound):
        mt.get_meeting(office.cbo, SECRETARY, view.id)
    action, record, after = office.audit()[-1]
    assert (action, record, after) == ("meeting.delete", f"meeting {view.id}", None)


# --- attendance and quorum --------------------------------------------------------------------------


def test_attendance_starts_with_the_active_members_and_is_marked(office: Office) -> None:
    m = office.members
    ms.change_status(office.cbo, SECRETARY, m[5].id, dm.StatusChange("left", date(2026, 3, 1), "Moved away"), today=TODAY)
    lines = mt.default_attendance(office.cbo, SECRETARY, date(2026, 6, 5))
    assert [a.name_latin for a in lines] == ["Sok Dara", "Chan Sophea", "Heng Sokhly", "Kim Vanna", "Srey Pov"]
    assert {a.presence for a in lines} == {"absent"}
    before = mt.default_attendance(office.cbo, SECRETARY, date(2026, 2, 1))
    assert len(before) == 6
    draft = mt.blank_draft(office.cbo, SECRETARY, "regular", date(2026, 6, 5))
    view = mt.create_meeting(office.cbo, SECRETARY, replace(draft, title="Member meeting"), today=TODAY)
    assert view.counts.present == 0 and view.counts.absent == 5
    marked = mt.set_attendance(office.cbo, SECRETARY, view.id, {m[1].id: "present", m[2].id: "present",
                                                                m[0].id: "excused", m[5].id: "present"},
                               row_version=view.row_version)
    assert (marked.counts.present_female, marked.counts.present_male, marked.counts.excused,
            marked.counts.absent) == (2, 1, 1, 2)
    assert marked.row_version == 2
    with pytest.raises(InvalidInput):
        mt.set_attendance(office.cbo, SECRETARY, view.id, {m[1].id: "late"}, row_version=2)
    with pytest.raises(mt.MeetingChangedMeanwhile):
        mt.set_attendance(office.cbo, SECRETARY, view.id, {m[1].id: "absent"}, row_version=1)


def test_quorum_counts_the_members_active_on_the_day(office: Office) -> None:
    m = office.members
    cbo = office.cbo
    # Six members joined in 2020. One leaves before the assembly, one the day after it; one
    # joins after it and one the day before; one is inactive on the day.
    ms.change_status(cbo, SECRETARY, m[5].id, dm.StatusChange("left", date(2026, 3, 1), "Moved away"), today=TODAY)
    ms.change_status(cbo, SECRETARY, m[4].id, dm.StatusChange("left", date(2026, 3, 15), "Moved away"), today=TODAY)
    ms.change_status(cbo, SECRETARY, m[3].id, dm.StatusChange("inactive", date(2026, 2, 1)), today=TODAY)
    village = ms.villages(cbo)[0].id
    ms.add_member(cbo, SECRETARY, dm.MemberDraft(name_km="ឈិន ស្រីមុំ", name_latin="Chhin Sreymom", sex="F",
                                                 birth_year=1990, village_id=village,
                                                 joined_on=date(2026, 3, 13)), today=TODAY)
    ms.add_member(cbo, SECRETARY, dm.MemberDraft(name_km="ពៅ សុខា", name_latin="Pov Sokha", sex="M",
                                                 birth_year=1990, village_id=village,
                                                 joined_on=date(2026, 3, 20)), today=TODAY)
    assembly_day = date(2026, 3, 14)
    # Active on the day: m0, m1, m2, m4 (leaves the next day), Chhin Sreymom = 5.
    assert mt.active_members_on(cbo, assembly_day) == 5
    assert mt.active_members_on(cbo, date(2026, 1, 1)) == 6
    assert mt.meeting_settings(cbo).quorum == dmt.QuorumRule(Fraction(1, 2), True)
    draft = whole_draft(office, kind="general_assembly", title="General assembly 2026", date=assembly_day,
                        attendance=(dmt.AttendanceDraft(m[0].id, "present"), dmt.AttendanceDraft(m[1].id, "present"),
                                    dmt.AttendanceDraft(m[2].id, "absent"), dmt.AttendanceDraft(m[4].id, "excused")),
                        actions=())
    view = mt.create_meeting(cbo, SECRETARY, draft, today=TODAY)
    result = mt.quorum(cbo, SECRETARY, view.id)
    assert (result.active_members, result.required, result.present, result.met, result.applies) == (
        5, 3, 2, False, True)
    present = replace(view.to_draft(), attendance=(*draft.attendance[:2], dmt.AttendanceDraft(m[2].id, "present"),
                                                   draft.attendance[3]))
    view = mt.save_meeting(cbo, SECRETARY, view.id, present, row_version=1, today=TODAY)
    assert mt.quorum(cbo, SECRETARY, view.id).met
    # The CBO's rule: at least two thirds.
    with pytest.raises(NotAllowed):
        mt.set_meeting_settings(cbo, TREASURER, ">=2/3", "monthly")
    with pytest.raises(InvalidInput) as raised:
        mt.set_meeting_settings(cbo, SECRETARY, "most", "weekly")
    assert [p.field for p in raised.value.problems] == ["quorum", "committee_every"]
    settings = mt.set_meeting_settings(cbo, SECRETARY, ">=2/3", "quarterly")
    assert settings.committee_every == "quarterly" and settings.quorum.text() == ">=2/3"
    result = mt.quorum(cbo, SECRETARY, view.id)
    assert (result.required, result.present, result.met) == (4, 3, False)
    assert mt.quorum_on(cbo, SECRETARY, assembly_day, 4).met
    committee = mt.create_meeting(cbo, SECRETARY, whole_draft(office, actions=()), today=TODAY)
    assert not mt.quorum(cbo, SECRETARY, committee.id).applies


# --- action items ----------------------------------------------------------------------------------


def test_open_actions_are_carried_to_the_next_meeting_of_the_same_kind(office: Office) -> None:
    cbo = office.cbo
    may = mt.create_meeting(cbo, SECRETARY, whole_draft(office, title="May", date=date(2026, 5, 2), actions=(
        dmt.ActionItemDraft("Repair the boat", due_on=date(2026, 5, 20)),
        dmt.ActionItemDraft("Buy rope", due_on=date(2026, 5, 10)),
        dmt.ActionItemDraft("Paint the sign"))), today=TODAY)
    assembly = mt.create_meeting(cbo, SECRETARY, whole_draft(
        office, kind="general_assembly", title="Assembly", date=date(2026, 5, 20),
        actions=(dmt.ActionItemDraft("Print the by-law", due_on=date(2026, 6, 1)),)), today=TODAY)
    june = mt.create_meeting(cbo, SECRETARY, whole_draft(office, actions=()), today=TODAY)
    july = mt.create_meeting(cbo, SECRETARY, whole_draft(office, title="July", date=date(2026, 7, 3),
                                                         actions=()), today=date(2026, 7, 3))
    assert [a.what for a in mt.actions_for_review(cbo, SECRETARY, june.id)] == [
        "Repair the boat", "Buy rope", "Paint the sign"]
    assert mt.actions_for_review(cbo, SECRETARY, may.id) == []
    assert mt.actions_for_review(cbo, SECRETARY, assembly.id) == []  # another kind

    rope, paint = may.actions[1], may.actions[2]
    with pytest.raises(NotAllowed):
        mt.update_action(cbo, TREASURER, rope.id, "done", done_on=date(2026, 6, 5), today=TODAY)
    with pytest.raises(InvalidInput) as raised:
        mt.update_action(cbo, SECRETARY, rope.id, "done", today=TODAY)
    assert [p.field for p in raised.value.problems] == ["done_on"]
    done = mt.update_action(cbo, SECRETARY, rope.id, "done", done_on=date(2026, 6, 5), note="50 m bought",
                            reviewed_at=june.id, today=TODAY)
    assert (done.status, done.done_on, done.note, done.reviewed_at_id) == ("done", date(2026, 6, 5),
                                                                         "50 m bought", june.id)
    mt.update_action(cbo, SECRETARY, paint.id, "dropped", reviewed_at=june.id, today=TODAY)
    # Still on June's list (reviewed there); only the open one goes on to July.
    assert [a.what for a in mt.actions_for_review(cbo, SECRETARY, june.id)] == [
        "Repair the boat", "Buy rope", "Paint the sign"]
    assert [a.what for a in mt.actions_for_review(cbo, SECRETARY, july.id)] == ["Repair the boat"]
    assert [a.what for a in mt.actions_for_review(cbo, SECRETARY, assembly.id)] == []

    # Overdue: open and due before today, across all meetings.
    overdue = mt.overdue_actions(cbo, TREASURER, today=date(2026, 6, 2))
    assert [(a.what, a.meeting_title) for a in overdue] == [("Repair the boat", "May"), ("Print the by-law",
                                                                                        "Assembly")]
    assert [a.what for a in mt.overdue_actions(cbo, SECRETARY, today=date(2026, 5, 25))] == ["Repair the boat"]
    assert [a.what for a in mt.open_actions(cbo, SECRETARY)] == ["Repair the boat", "Print the by-law"]
    assert mt.list_meetings(cbo, SECRETARY, year=2026, kind="committee")[-1].open_actions == 1
    # Approved minutes: an action's status still changes (its own user action).
    mt.approve_minutes(cbo, CHAIR, may.id, approved_on=date(2026, 6, 5), approved_at=june.id, row_version=1,
                       today=TODAY)
    mt.update_action(cbo, SECRETARY, may.actions[0].id, "done", done_on=date(2026, 6, 10), today=TODAY)
    assert mt.overdue_actions(cbo, SECRETARY, today=date(2026, 6, 2))[0].what == "Print the by-law"
    # Done on the day of July's meeting or later: it was still open then.
    assert [a.what for a in mt.actions_for_review(cbo, SECRETARY, july.id)] == []
    assert "action.update" in [a for a, _r, _after in office.audit()]


# --- annexes ---------------------------------------------------------------------------------------


def test_annexes_are_attached_read_and_removed(office: Office) -> None:
    view = mt.create_meeting(office.cbo, SECRETARY, whole_draft(office), today=TODAY)
    data = bytes(range(256)) * 40
    annex = mt.add_annex(office.cbo, SECRETARY, view.id, " Concept  note ", "concept.pdf", data, "application/pdf")
    photo = mt.add_annex(office.cbo, SECRETARY, view.id, "", "photo.jpg", b"\xff\xd8\xff jpeg", "image/jpeg")
    assert (annex.title, annex.size, photo.title) == ("Concept note", len(data), "photo.jpg")
    info, stored = mt.annex_data(office.cbo, VIEWER, annex.id)
    assert stored == data and info == annex
    assert [(a.title, a.size) for a in mt.get_meeting(office.cbo, SECRETARY, view.id).annexes] == [
        ("Concept note", len(data)), ("photo.jpg", 8)]
    with pytest.raises(InvalidInput) as raised:
        mt.add_annex(office.cbo, SECRETARY, view.id, "Video", "video.mp4", b"\0" * (dmt.MAX_ANNEX_BYTES + 1))
    assert "The file is 21 MB; an annex can be at most 20 MB." in raised.value.text()
    with pytest.raises(NotAllowed):
        mt.add_annex(office.cbo, TREASURER, view.id, "Slides", "s.pdf", b"x")
    mt.remove_annex(office.cbo, SECRETARY, photo.id)
    with pytest.raises(mt.AnnexNotFound):
        mt.annex_data(office.cbo, SECRETARY, photo.id)
    approved = mt.approve_minutes(office.cbo, CHAIR, view.id, approved_on=TODAY, row_version=1, today=TODAY)
    mt.add_annex(office.cbo, SECRETARY, view.id, "Signed minutes", "signed.pdf", b"%PDF signed")
    with pytest.raises(mt.MinutesNotEditable):
        mt.remove_annex(office.cbo, SECRETARY, annex.id)
    mt.lock_minutes(office.cbo, CHAIR, view.id, row_version=approved.row_version)
    with pytest.raises(mt.MinutesNotEditable):
        mt.add_annex(office.cbo, SECRETARY, view.id, "Late", "late.pdf", b"late")
    assert [a for a, _r, _after in office.audit()].count("annex.add") == 3


# --- roles -----------------------------------------------------------------------------------------


def test_only_the_secretary_and_administrator_write_minutes(office: Office) -> None:
    draft = whole_draft(office)
    for actor in (VIEWER, TREASURER, CHAIR):
        with pytest.raises(NotAllowed):
            mt.create_meeting(office.cbo, actor, draft, today=TODAY)
    view = mt.create_meeting(office.cbo, office.admin, draft, today=TODAY)
    for actor in (VIEWER, TREASURER):
        with pytest.raises(NotAllowed):
            mt.save_meeting(office.cbo, actor, view.id, draft, row_version=1, today=TODAY)
        with pytest.raises(NotAllowed):
            mt.set_attendance(office.cbo, actor, view.id, {}, row_version=1)
        with pytest.raises(NotAllowed):
            mt.add_amendment(office.cbo, actor, view.id, "x", today=TODAY)
    with pytest.raises(NotAllowed):
        mt.get_meeting(office.cbo, VIEWER, view.id)  # a viewer reads reports only
    with pytest.raises(NotAllowed):
        mt.list_meetings(office.cbo, VIEWER)
    assert mt.get_meeting(office.cbo, TREASURER, view.id).title == draft.title
    assert len(mt.attendance_by_member(office.cbo, VIEWER, date(2026, 1, 1), date(2026, 12, 31))) == 5


# --- the meetings page and figures ----------------------------------------------------------------


def test_the_meetings_page_filters_and_counts(office: Office) -> None:
    cbo = office.cbo
    mt.create_meeting(cbo, SECRETARY, whole_draft(office, title="Old", date=date(2025, 11, 8), actions=()),
                      today=TODAY)
    mt.create_meeting(cbo, SECRETARY, whole_draft(office), today=TODAY)
    mt.create_meeting(cbo, SECRETARY, whole_draft(office, kind="networking", title="Network day",
                                                  date=date(2026, 7, 20), attendance=(), actions=()),
                      today=TODAY)
    mt.create_meeting(cbo, SECRETARY, whole_draft(office, kind="general_assembly", title="Assembly",
                                                  date=date(2026, 6, 15), actions=()), today=TODAY)
    titles = [r.title for r in mt.list_meetings(cbo, SECRETARY)]
    assert titles == ["Network day", "Assembly", "Committee meeting of June", "Old"]
    assert [r.title for r in mt.list_meetings(cbo, SECRETARY, when="upcoming", today=TODAY)] == [
        "Assembly", "Network day"]
    assert [r.title for r in mt.list_meetings(cbo, SECRETARY, when="past", today=TODAY)] == [
        "Committee meeting of June", "Old"]
    assert [r.title for r in mt.list_meetings(cbo, SECRETARY, year=2025)] == ["Old"]
    assert [r.title for r in mt.list_meetings(cbo, SECRETARY, kind="committee", year=2026)] == [
        "Committee meeting of June"]
    assert mt.meeting_years(cbo, SECRETARY) == [2026, 2025]
    rows = {r.title: r for r in mt.list_meetings(cbo, SECRETARY)}
    june = rows["Committee meeting of June"]
    assert (june.counts.present_female, june.counts.present_male, june.counts.guests_total) == (2, 1, 7)
    assert (june.counts.guests_female, june.counts.guests_male, june.open_actions) == (3, 2, 2)
    network = rows["Network day"]
    assert (network.counts.present, network.counts.guests_total, network.open_actions) == (0, 7, 0)


def test_how_often_the_committee_met(office: Office) -> None:
    cbo = office.cbo
    for day in (date(2026, 1, 10), date(2026, 2, 7), date(2026, 2, 21), date(2026, 4, 4), date(2026, 6, 5)):
        mt.create_meeting(cbo, SECRETARY, whole_draft(office, date=day, actions=()), today=TODAY)
    mt.create_meeting(cbo, SECRETARY, whole_draft(office, kind="regular", date=date(2026, 3, 7), actions=()),
                      today=TODAY)
    monthly = mt.committee_frequency(cbo, SECRETARY, 2026, today=TODAY)
    assert monthly.every == "monthly"
    assert [p.meetings for p in monthly.periods] == [1, 2, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0]
    # June is under way and has its meeting; July has not begun.
    assert [p.due for p in monthly.periods][:7] == [True] * 6 + [False]
    assert (monthly.periods_due, monthly.periods_met, monthly.met) == (6, 4, False)
    mt.set_meeting_settings(cbo, SECRETARY, "1/2", "quarterly")
    quarterly = mt.committee_frequency(cbo, SECRETARY, 2026, today=TODAY)
    assert [(p.first_day, p.last_day, p.meetings) for p in quarterly.periods] == [
        (date(2026, 1, 1), date(2026, 3, 31), 3), (date(2026, 4, 1), date(2026, 6, 30), 2),
        (date(2026, 7, 1), date(2026, 9, 30), 0), (date(2026, 10, 1), date(2026, 12, 31), 0)]
    assert (quarterly.periods_due, quarterly.periods_met, quarterly.met) == (2, 2, True)
    mt.set_meeting_settings(cbo, SECRETARY, "1/2", "none")
    assert mt.committee_frequency(cbo, SECRETARY, 2026, today=TODAY).periods == ()


def test_attendance_by_member(office: Office) -> None:
    cbo = office.cbo
    m = office.members

    def meeting(kind: str, day: date, marks: dict[int, str]) -> None:
        attendance = tuple(dmt.AttendanceDraft(m[i].id, p) for i, p in marks.items())
        mt.create_meeting(cbo, SECRETARY, whole_draft(office, kind=kind, date=day, attendance=attendance,
                                                      actions=()), today=TODAY)

    meeting("committee", date(2026, 1, 10), {0: "present", 1: "present", 2: "absent"})
    meeting("committee", date(2026, 2, 7), {0: "present", 1: "excused", 2: "present"})
    meeting("committee", date(2026, 3, 7), {0: "present", 1: "present", 2: "absent"})
    meeting("general_assembly", date(2026, 3, 14), {0: "present", 1: "present", 2: "present", 3: "absent",
                                                     4: "present", 5: "excused"})
    meeting("committee", date(2025, 12, 6), {0: "absent", 1: "absent"})  # before the period
    rows = mt.attendance_by_member(cbo, SECRETARY, date(2026, 1, 1), date(2026, 12, 31))
    assert [(r.name_latin, r.expected, r.present, r.excused, r.absent, r.rate_percent) for r in rows] == [
        ("Sok Dara", 4, 4, 0, 0, 100), ("Chan Sophea", 4, 3, 1, 0, 75), ("Heng Sokhly", 4, 2, 0, 2, 50),
        ("Kim Vanna", 1, 0, 0, 1, 0), ("Srey Pov", 1, 1, 0, 0, 100), ("Long Samnang", 1, 0, 1, 0, 0)]
    assert rows[1].rate == Fraction(3, 4) and rows[1].name("km") == "ចាន់ សុភា"
    committee = mt.attendance_by_member(cbo, SECRETARY, date(2026, 1, 1), date(2026, 2, 28), kind="committee")
    assert [(r.name_latin, r.expected, r.present) for r in committee] == [
        ("Sok Dara", 2, 2), ("Chan Sophea", 2, 1), ("Heng Sokhly", 2, 1)]
