"""The committee: positions, who holds each from when to when, the committee on a day and its
history, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor
from cbodesk.services import members as ms
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry

PROFILE = OrganisationProfile(name_km="ក្រុមសន្សំ", name_en="Savings Group", sector="savings", province="21")
TODAY = date(2026, 6, 15)
SECRETARY = Actor("secretary", "The Secretary", frozenset({"secretary"}))


@dataclass
class Group:
    cbo: Cbo
    ids: list[int]

    def term(self, position: str, who: int, start: date, end: date | None = None, **more: object) -> ms.TermView:
        return ms.start_term(self.cbo, SECRETARY, dm.TermDraft(position, self.ids[who], start, end,
                                                                **more),  # type: ignore[arg-type]
                             today=TODAY)


@pytest.fixture
def group(cbo_location: str) -> Iterator[Group]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Admin")
    try:
        village = ms.add_village(cbo, admin, "ថ្លុក", "Thlok")
        people = [("ចាន់ សុភា", "Chan Sophea", "F"), ("សុខ ដារ៉ា", "Sok Dara", "M"),
                  ("ហេង សុខលី", "Heng Sokhly", "F"), ("គឹម វណ្ណា", "Kim Vanna", "M"),
                  ("ស្រី ពៅ", "Srey Pov", "F")]
        ids = [ms.add_member(cbo, SECRETARY, dm.MemberDraft(name_km=km, name_latin=latin, sex=sex, birth_year=1980,
                                                            village_id=village.id, joined_on=date(2015, 1, 1)),
                             today=TODAY).id for km, latin, sex in people]
        yield Group(cbo, ids)
    finally:
        cbo.close()


def test_the_committee_today_and_its_history(group: Group) -> None:
    group.term("chair", 1, date(2020, 3, 14), date(2023, 3, 10), note="Elected at the general assembly")
    group.term("chair", 0, date(2023, 3, 11))
    group.term("treasurer", 2, date(2023, 3, 11))
    group.term("box_keeper", 3, date(2023, 3, 11))
    group.term("key_holder", 3, date(2023, 3, 11))  # one person, two positions of a savings group
    group.term("key_holder", 4, date(2023, 3, 11))
    group.term("other", 4, date(2024, 1, 1), title="Advisor")
    today = ms.committee_on(group.cbo, SECRETARY, TODAY)
    assert [(t.position, t.name_latin) for t in today] == [
        ("chair", "Chan Sophea"), ("treasurer", "Heng Sokhly"), ("box_keeper", "Kim Vanna"),
        ("key_holder", "Kim Vanna"), ("key_holder", "Srey Pov"), ("other", "Srey Pov")]
    assert [(t.position, t.name_latin) for t in ms.committee_on(group.cbo, SECRETARY, date(2021, 1, 1))] == [
        ("chair", "Sok Dara")]
    history = ms.committee_terms(group.cbo, SECRETARY)
    assert [(t.position, t.started_on, t.ended_on) for t in history][:2] == [
        ("chair", date(2020, 3, 14), date(2023, 3, 10)), ("chair", date(2023, 3, 11), None)]
    assert history[0].note == "Elected at the general assembly"
    # The member's own terms, newest first, and the register's rows show positions held today.
    kim = ms.get_member(group.cbo, SECRETARY, group.ids[3])
    assert {t.position for t in kim.terms} == {"box_keeper", "key_holder"}
    row = ms.member_rows(group.cbo, SECRETARY, ms.MemberFilter(committee=True), 0, 10, today=TODAY)
    assert [(r.name_latin, r.positions) for r in row] == [
        ("Chan Sophea", ("chair",)), ("Heng Sokhly", ("treasurer",)), ("Kim Vanna", ("box_keeper", "key_holder")),
        ("Srey Pov", ("key_holder", "other"))]
    with group.cbo.reading():
        actions = [e.action for e in AuditEntry.select().where(AuditEntry.area == "members")]
    assert actions.count("committee.start") == 7


def test_one_chair_at_a_time(group: Group) -> None:
    group.term("chair", 0, date(2020, 3, 14))
    with pytest.raises(InvalidInput) as caught:
        group.term("chair", 1, date(2023, 3, 11))
    assert [p.field for p in caught.value.problems] == ["position"]
    assert "Chan Sophea holds this position" in caught.value.text()
    # Handing over: the chair's term ends the day before.
    ms.start_term(group.cbo, SECRETARY, dm.TermDraft("chair", group.ids[1], date(2023, 3, 11)),
                  replace_current=True, today=TODAY)
    terms = ms.committee_terms(group.cbo, SECRETARY)
    assert [(t.name_latin, t.started_on, t.ended_on, t.end_reason) for t in terms] == [
        ("Chan Sophea", date(2020, 3, 14), date(2023, 3, 10), "handed over"),
        ("Sok Dara", date(2023, 3, 11), None, "")]
    # Several committee members at once, but not the same person twice.
    group.term("member", 2, date(2023, 3, 11))
    group.term("member", 3, date(2023, 3, 11))
    with pytest.raises(InvalidInput) as twice:
        group.term("member", 2, date(2024, 1, 1))
    assert [p.field for p in twice.value.problems] == ["member"]


def test_ending_and_correcting_terms(group: Group) -> None:
    term = group.term("secretary", 2, date(2023, 3, 11))
    ended = ms.end_term(group.cbo, SECRETARY, term.id, date(2025, 12, 31), "Resigned", today=TODAY)
    assert (ended.ended_on, ended.end_reason) == (date(2025, 12, 31), "Resigned")
    with pytest.raises(InvalidInput):
        ms.end_term(group.cbo, SECRETARY, term.id, date(2026, 1, 5), today=TODAY)  # ended already
    fixed = ms.update_term(group.cbo, SECRETARY, term.id,
                           dm.TermDraft("secretary", group.ids[2], date(2023, 3, 12), date(2025, 12, 31),
                                        note="Corrected"), today=TODAY)
    assert (fixed.started_on, fixed.note) == (date(2023, 3, 12), "Corrected")
    with pytest.raises(UserError):
        ms.end_term(group.cbo, SECRETARY, 9999, TODAY)


def test_terms_respect_the_membership(group: Group) -> None:
    with pytest.raises(InvalidInput) as early:
        group.term("chair", 0, date(2014, 1, 1))  # before joining
    assert [p.field for p in early.value.problems] == ["started_on"]
    ms.change_status(group.cbo, SECRETARY, group.ids[4], dm.StatusChange("left", date(2024, 5, 1), "Moved"),
                     today=TODAY)
    with pytest.raises(InvalidInput) as gone:
        group.term("member", 4, date(2025, 1, 1))
    assert [p.field for p in gone.value.problems] == ["member"]
    with pytest.raises(InvalidInput) as past:
        group.term("member", 4, date(2023, 1, 1))  # open-ended, beyond the day she left
    assert [p.field for p in past.value.problems] == ["ended_on"]
    group.term("member", 4, date(2023, 1, 1), date(2024, 5, 1))
    with pytest.raises(InvalidInput) as bad:
        ms.start_term(group.cbo, SECRETARY, dm.TermDraft("king", None, None), today=TODAY)
    assert [p.field for p in bad.value.problems] == ["position", "member", "started_on"]
