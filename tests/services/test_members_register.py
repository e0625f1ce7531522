"""The member register through its services, on SQLite and PostgreSQL: adding and editing
members, numbers never given twice, likely duplicates, statuses, roles and personal details,
the audit log, and the page's windows, search, filters and sorting."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from cbodesk.domain import members as dm
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import members as ms
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, Member, MemberStatus

PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Test Fishery", sector="fishery", province="10")
TODAY = date(2026, 6, 15)
SECRETARY = Actor("heng.sokhly", "Heng Sokhly", frozenset({"secretary"}))
TREASURER = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer"}))
ME_FOCAL = Actor("kim.vanna", "Kim Vanna", frozenset({"me_focal"}))
VIEWER = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))


@dataclass
class Register:
    cbo: Cbo
    admin: Actor
    upper: ms.VillageView
    lower: ms.VillageView

    def add(self, name_km: str, name_latin: str, sex: str = "F", *, village: ms.VillageView | None = None,
            year: int | None = 1980, joined: date = date(2020, 1, 5), **more: object) -> ms.MemberView:
        draft = dm.MemberDraft(name_km=name_km, name_latin=name_latin, sex=sex, birth_year=year,
                               village_id=(village or self.upper).id, joined_on=joined,
                               **more)  # type: ignore[arg-type]
        return ms.add_member(self.cbo, SECRETARY, draft, today=TODAY)

    def audit(self, area: str = "members") -> list[tuple[str, str, str, dict[str, object] | None]]:
        with self.cbo.reading():
            return [(e.username, e.action, e.record, json.loads(e.after) if e.after else None)
                    for e in AuditEntry.select().where(AuditEntry.area == area).order_by(AuditEntry.id)]


@pytest.fixture
def reg(cbo_location: str) -> Iterator[Register]:
    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    try:
        upper = ms.add_village(cbo, admin, "កោះត្រង់លើ", "Koh Trong Leu", "កោះត្រង់", "Koh Trong")
        lower = ms.add_village(cbo, admin, "កោះត្រង់ក្រោម", "Koh Trong Kraom", "កោះត្រង់", "Koh Trong")
        yield Register(cbo, admin, upper, lower)
    finally:
        cbo.close()


def names(rows: list[ms.MemberRow]) -> list[str]:
    return [r.name_latin for r in rows]


# --- adding --------------------------------------------------------------------------------------


def test_add_member_gives_the_next_number_and_an_active_status(reg: Register) -> None:
    first = reg.add("សុខ ចាន់", "Sok Chan", "M", phone="012 345 678")
    second = reg.add("ចាន់ សុភា", "Chan Sophea")
    assert (first.number, second.number) == (1, 2)
    assert first.status == "active" and first.status_since == date(2020, 1, 5)
    assert [(s.status, s.since) for s in first.statuses] == [("active", date(2020, 1, 5))]
    assert first.phone == "012 345 678" and first.village.name_en == "Koh Trong Leu"
    assert first.created_by == "Heng Sokhly" and first.row_version == 1
    # One audit entry per member added; personal details are kept out of the log.
    log = [a for a in reg.audit() if a[1] == "member.add"]
    assert [(a[0], a[2]) for a in log] == [("heng.sokhly", "member 1"), ("heng.sokhly", "member 2")]
    after = log[0][3]
    assert after is not None and after["name_latin"] == "Sok Chan"
    assert "012" not in json.dumps(after) and str(after["phone"]).startswith("hidden:")


def test_a_member_and_their_photo_are_saved_in_one_action(reg: Register) -> None:
    draft = dm.MemberDraft(name_km="សុខ ចាន់", name_latin="Sok Chan", sex="M", birth_year=1980,
                           village_id=reg.upper.id, joined_on=date(2020, 1, 5))
    # A photo that cannot be kept stops the whole save: no member without their photo.
    with pytest.raises(InvalidInput) as caught:
        ms.add_member(reg.cbo, SECRETARY, draft, today=TODAY,
                      photo=ms.Photo(b"x" * (dm.MAX_PHOTO_BYTES + 1)))
    assert [p.field for p in caught.value.problems] == ["photo"]
    assert ms.count_members(reg.cbo, SECRETARY) == 0
    added = ms.add_member(reg.cbo, SECRETARY, draft, today=TODAY, photo=ms.Photo(b"\x89PNG-1", "image/png"))
    assert ms.member_photo(reg.cbo, SECRETARY, added.id) == ("image/png", b"\x89PNG-1")
    changed = ms.update_member(reg.cbo, SECRETARY, added.id, draft, row_version=added.row_version,
                               today=TODAY, photo=ms.Photo(None))
    assert ms.member_photo(reg.cbo, SECRETARY, added.id) is None
    assert changed.row_version == added.row_version + 1
    assert [a[1] for a in reg.audit() if a[1].startswith("member.")] == [
        "member.add", "member.photo", "member.update", "member.photo"]


def test_a_bad_member_lists_every_problem_and_saves_nothing(reg: Register) -> None:
    draft = dm.MemberDraft(name_km="Sok", sex="", birth_year=2031, village_id=999, joined_on=None, phone="x")
    with pytest.raises(InvalidInput) as caught:
        ms.add_member(reg.cbo, SECRETARY, draft, today=TODAY)
    assert sorted(p.field for p in caught.value.problems) == ["birth", "joined_on", "name_km", "phone", "sex",
                                                              "village"]
    assert ms.count_members(reg.cbo, SECRETARY) == 0
    assert ms.last_member_number(reg.cbo) == 0


def test_numbers_are_never_given_twice(reg: Register) -> None:
    """A counter, not the highest number plus one: a number once given is never given again,
    even when the member with the highest number is taken out behind the app's back."""
    one = reg.add("សុខ ចាន់", "Sok Chan", "M")
    two = reg.add("ចាន់ សុភា", "Chan Sophea")
    with reg.cbo.atomic():  # not something the app does: members are never deleted
        MemberStatus.delete().where(MemberStatus.member == two.id).execute()
        Member.delete().where(Member.id == two.id).execute()
    three = reg.add("ហេង សុខលី", "Heng Sokhly")
    assert (one.number, three.number) == (1, 3)
    # Members who left keep their numbers.
    ms.change_status(reg.cbo, SECRETARY, one.id, dm.StatusChange("left", date(2024, 1, 1), "Moved away"),
                     today=TODAY)
    assert reg.add("គឹម វណ្ណា", "Kim Vanna", "M").number == 4
    assert ms.get_member(reg.cbo, SECRETARY, one.id).number == 1


def test_a_likely_duplicate_is_pointed_out_before_it_is_saved(reg: Register) -> None:
    first = reg.add("សុខ ចាន់", "Sok Chan", "M", year=1980)
    with pytest.raises(ms.LikelyDuplicate) as caught:
        reg.add("សុខចាន់", "", "M", year=1980)  # the same Khmer name typed without a space
    assert [m.number for m in caught.value.members] == [first.number]
    assert "Member 1, Sok Chan" in caught.value.text()
    with pytest.raises(ms.LikelyDuplicate):
        reg.add("", "SOK CHAN", "M", year=None)  # the year unknown: still the same name and village
    # Another year, another village: another person.
    reg.add("សុខ ចាន់", "Sok Chan", "M", year=1999)
    reg.add("សុខ ចាន់", "Sok Chan", "M", year=1980, village=reg.lower)
    draft = dm.MemberDraft(name_km="សុខ ចាន់", name_latin="Sok Chan", sex="M", birth_year=1980,
                           village_id=reg.upper.id, joined_on=date(2021, 1, 1))
    assert [m.number for m in ms.likely_duplicates(reg.cbo, SECRETARY, draft)] == [1]
    # The person says it is someone else: saved.
    again = ms.add_member(reg.cbo, SECRETARY, draft, allow_duplicate=True, today=TODAY)
    assert again.number == 4
    assert ms.count_members(reg.cbo, SECRETARY) == 4


def test_villages(reg: Register) -> None:
    assert [v.label("en") for v in ms.villages(reg.cbo)] == ["Koh Trong Leu (Koh Trong)",
                                                               "Koh Trong Kraom (Koh Trong)"]
    with pytest.raises(InvalidInput) as caught:
        ms.add_village(reg.cbo, reg.admin, "", "koh trong leu", "", "Koh Trong")
    assert "already" in caught.value.text()
    other = ms.add_village(reg.cbo, reg.admin, "", "Koh Trong Leu", "", "Another commune")
    ms.update_village(reg.cbo, reg.admin, other.id, "ភូមិថ្មី", "Phum Thmei", "", "Another commune")
    ms.retire_village(reg.cbo, reg.admin, other.id)
    assert other.id not in [v.id for v in ms.villages(reg.cbo)]
    with pytest.raises(InvalidInput) as refused:
        reg.add("សុខ ចាន់", "Sok Chan", village=dataclasses.replace(reg.upper, id=other.id))
    assert [p.field for p in refused.value.problems] == ["village"]
    with pytest.raises(NotAllowed):
        ms.add_village(reg.cbo, TREASURER, "", "Somewhere")


# --- editing -----------------------------------------------------------------------------------------


def test_update_member_with_row_version_and_audit(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M", phone="012 345 678")
    draft = dataclasses.replace(member.draft(), name_latin="Sok Chann", notes="Fisher")
    saved = ms.update_member(reg.cbo, SECRETARY, member.id, draft, row_version=member.row_version, today=TODAY)
    assert saved.name_latin == "Sok Chann" and saved.row_version == 2 and saved.updated_by == "Heng Sokhly"
    assert ms.count_members(reg.cbo, SECRETARY, ms.MemberFilter(search="chann")) == 1
    # A second dialog opened on the old version may not overwrite it.
    with pytest.raises(ms.ChangedMeanwhile):
        ms.update_member(reg.cbo, SECRETARY, member.id, member.draft(), row_version=member.row_version,
                         today=TODAY)
    [update] = [a for a in reg.audit() if a[1] == "member.update"]
    assert update[3] == {"name_latin": "Sok Chann", "notes": "Fisher"}  # only what changed


def test_update_checks_every_field_and_the_history(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M")
    ms.change_status(reg.cbo, SECRETARY, member.id, dm.StatusChange("inactive", date(2022, 1, 1)), today=TODAY)
    fresh = ms.get_member(reg.cbo, SECRETARY, member.id)
    late = dataclasses.replace(fresh.draft(), joined_on=date(2023, 1, 1), sex="?")
    with pytest.raises(InvalidInput) as caught:
        ms.update_member(reg.cbo, SECRETARY, member.id, late, row_version=fresh.row_version, today=TODAY)
    assert sorted(p.field for p in caught.value.problems) == ["sex"]
    with pytest.raises(InvalidInput) as caught:
        ms.update_member(reg.cbo, SECRETARY, member.id, dataclasses.replace(late, sex="M"),
                         row_version=fresh.row_version, today=TODAY)
    assert [p.field for p in caught.value.problems] == ["joined_on"]
    earlier = dataclasses.replace(fresh.draft(), joined_on=date(2019, 5, 1))
    saved = ms.update_member(reg.cbo, SECRETARY, member.id, earlier, row_version=fresh.row_version, today=TODAY)
    assert [(s.status, s.since) for s in saved.statuses] == [("active", date(2019, 5, 1)),
                                                             ("inactive", date(2022, 1, 1))]


def test_personal_details_only_for_roles_that_need_them(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M", phone="012 345 678", id_card="010203040",
                     idpoor="level1")
    for actor in (TREASURER, ME_FOCAL):
        seen = ms.get_member(reg.cbo, actor, member.id)
        assert (seen.phone, seen.id_card, seen.idpoor) == (None, None, None) and seen.personal_hidden
        [row] = ms.member_rows(reg.cbo, actor, ms.MemberFilter(), 0, 10)
        assert row.phone is None
    chair = Actor("sok.dara", "Sok Dara", frozenset({"chair"}))
    assert ms.get_member(reg.cbo, chair, member.id).phone == "012 345 678"
    [row] = ms.member_rows(reg.cbo, SECRETARY, ms.MemberFilter(), 0, 10)
    assert row.phone == "012 345 678"
    # A dialog that did not show them (None) leaves them as stored.
    hidden = dataclasses.replace(member.draft(), phone=None, id_card=None, idpoor=None, notes="x")
    saved = ms.update_member(reg.cbo, SECRETARY, member.id, hidden, row_version=member.row_version,
                             today=TODAY)
    assert (saved.phone, saved.id_card, saved.idpoor) == ("012 345 678", "010203040", "level1")


def test_roles_are_checked_by_the_services(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M")
    draft = member.draft()
    for call in (lambda: ms.add_member(reg.cbo, TREASURER, draft, today=TODAY),
                 lambda: ms.update_member(reg.cbo, ME_FOCAL, member.id, draft, row_version=1),
                 lambda: ms.change_status(reg.cbo, TREASURER, member.id, dm.StatusChange("inactive", TODAY)),
                 lambda: ms.count_members(reg.cbo, VIEWER),
                 lambda: ms.get_member(reg.cbo, VIEWER, member.id),
                 lambda: ms.start_term(reg.cbo, TREASURER, dm.TermDraft("chair", member.id, TODAY))):
        with pytest.raises(NotAllowed):
            call()
    # The treasurer picks members as payers.
    assert [c.number for c in ms.member_choices(reg.cbo, TREASURER, "sok")] == [member.number]


# --- statuses -------------------------------------------------------------------------------------------


def test_status_history_stays_visible(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M")
    for change in (dm.StatusChange("inactive", date(2022, 1, 1), "Works in Koh Kong"),
                   dm.StatusChange("active", date(2023, 1, 1)),
                   dm.StatusChange("left", date(2025, 3, 1), "Moved to Phnom Penh")):
        ms.change_status(reg.cbo, SECRETARY, member.id, change, today=TODAY)
    seen = ms.get_member(reg.cbo, SECRETARY, member.id)
    assert (seen.status, seen.status_since) == ("left", date(2025, 3, 1))
    assert [(s.status, s.since, s.reason) for s in seen.statuses] == [
        ("active", date(2020, 1, 5), ""), ("inactive", date(2022, 1, 1), "Works in Koh Kong"),
        ("active", date(2023, 1, 1), ""), ("left", date(2025, 3, 1), "Moved to Phnom Penh")]
    assert [a[1] for a in reg.audit()].count("member.status") == 3
    with pytest.raises(InvalidInput) as caught:
        ms.change_status(reg.cbo, SECRETARY, member.id, dm.StatusChange("deceased", date(2024, 1, 1)),
                         today=TODAY)
    assert [p.field for p in caught.value.problems] == ["on"]
    with pytest.raises(InvalidInput) as caught:
        ms.change_status(reg.cbo, SECRETARY, member.id, dm.StatusChange("left", TODAY), today=TODAY)
    assert [p.field for p in caught.value.problems] == ["status", "reason"]
    with pytest.raises(UserError):
        ms.change_status(reg.cbo, SECRETARY, 9999, dm.StatusChange("left", TODAY, "x"), today=TODAY)


def test_leaving_ends_committee_terms(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M")
    term = ms.start_term(reg.cbo, SECRETARY, dm.TermDraft("treasurer", member.id, date(2023, 3, 11)), today=TODAY)
    ms.change_status(reg.cbo, SECRETARY, member.id, dm.StatusChange("deceased", date(2025, 8, 2)), today=TODAY)
    [ended] = ms.committee_terms(reg.cbo, SECRETARY)
    assert (ended.id, ended.ended_on) == (term.id, date(2025, 8, 2))
    assert ms.committee_on(reg.cbo, SECRETARY, TODAY) == []


# --- the page: windows, search, filters, sorting -----------------------------------------------------------


@pytest.fixture
def crowd(reg: Register) -> Register:
    """Twelve members in two villages, some who left, a committee of two."""
    people = [("សុខ ចាន់", "Sok Chan", "M", reg.upper), ("ចាន់ សុភា", "Chan Sophea", "F", reg.upper),
              ("ហេង សុខលី", "Heng Sokhly", "F", reg.lower), ("គឹម វណ្ណា", "Kim Vanna", "M", reg.upper),
              ("ស្រី ពៅ", "Srey Pov", "F", reg.lower), ("ឡុង សំណាង", "Long Samnang", "M", reg.lower),
              ("កែវ ដារ៉ា", "Keo Dara", "M", reg.upper), ("ជា បុប្ផា", "Chea Bopha", "F", reg.upper),
              ("មាស ម៉ាលី", "Meas Maly", "F", reg.lower), ("លី រិទ្ធី", "Ly Rithy", "M", reg.upper),
              ("សុខ ដារ៉ា", "Sok Dara", "M", reg.lower), ("", "Élise Sok", "F", reg.upper)]
    ids = []
    for index, (km, latin, sex, village) in enumerate(people):
        ids.append(reg.add(km, latin, sex, village=village, year=1950 + 3 * index,
                           joined=date(2010 + index, 1, 1)).id)
    ms.change_status(reg.cbo, SECRETARY, ids[3], dm.StatusChange("left", date(2025, 1, 1), "Moved"), today=TODAY)
    ms.change_status(reg.cbo, SECRETARY, ids[8], dm.StatusChange("inactive", date(2025, 2, 1)), today=TODAY)
    ms.start_term(reg.cbo, SECRETARY, dm.TermDraft("chair", ids[0], date(2023, 3, 1)), today=TODAY)
    ms.start_term(reg.cbo, SECRETARY, dm.TermDraft("member", ids[4], date(2023, 3, 1)), today=TODAY)
    return reg


EVERYONE = ms.MemberFilter()


def rows(reg: Register, f: ms.MemberFilter = EVERYONE, offset: int = 0, limit: int = 100,
         **options: object) -> list[ms.MemberRow]:
    return ms.member_rows(reg.cbo, SECRETARY, f, offset, limit, today=TODAY, **options)  # type: ignore[arg-type]


def test_search_in_khmer_latin_and_by_number(crowd: Register) -> None:
    def found(text: str) -> list[str]:
        f = ms.MemberFilter(search=text)
        result = names(rows(crowd, f))
        assert ms.count_members(crowd.cbo, SECRETARY, f, today=TODAY) == len(result)
        return result

    assert found("សុខ") == ["Sok Chan", "Heng Sokhly", "Sok Dara"]
    assert found("សុខ ចាន់") == ["Sok Chan"]
    assert found("សុខចាន់") == ["Sok Chan"]
    assert found("chan") == ["Sok Chan", "Chan Sophea"]
    assert found("SOK") == ["Sok Chan", "Heng Sokhly", "Sok Dara", "Élise Sok"]
    assert found("dara sok") == ["Sok Dara"]
    assert found("elise") == ["Élise Sok"]
    assert found("7") == ["Keo Dara"]
    assert found("១១") == ["Sok Dara"]
    assert found("nobody") == []
    assert found("%") == [] and found("_") == []


def test_filters(crowd: Register) -> None:
    assert len(rows(crowd, ms.MemberFilter(village_id=crowd.lower.id))) == 5
    assert names(rows(crowd, ms.MemberFilter(statuses=frozenset({"left"})))) == ["Kim Vanna"]
    assert len(rows(crowd, ms.MemberFilter(statuses=ms.CURRENT))) == 11
    assert len(rows(crowd, ms.MemberFilter(sex="F"))) == 6
    committee = rows(crowd, ms.MemberFilter(committee=True))
    assert [(r.name_latin, r.positions) for r in committee] == [("Sok Chan", ("chair",)),
                                                                 ("Srey Pov", ("member",))]
    both = ms.MemberFilter(search="sok", village_id=crowd.upper.id, sex="M", statuses=ms.CURRENT)
    assert names(rows(crowd, both)) == ["Sok Chan"]


@pytest.mark.parametrize("sort", ms.SORTS)
@pytest.mark.parametrize("descending", [False, True])
def test_windows_fit_together_in_every_order(crowd: Register, sort: str, descending: bool) -> None:
    """Windows of three rows, read from the start or the end, add up to the whole list."""
    whole = rows(crowd, sort=sort, descending=descending)
    assert len(whole) == 12
    total = ms.count_members(crowd.cbo, SECRETARY, today=TODAY)
    pieces: list[ms.MemberRow] = []
    for offset in range(0, total, 3):
        pieces += rows(crowd, offset=offset, limit=3, sort=sort, descending=descending, total=total)
    assert [r.id for r in pieces] == [r.id for r in whole]
    assert rows(crowd, offset=12, limit=3, sort=sort, total=total) == []
    key = {"number": lambda r: r.number, "name_latin": lambda r: dm.sort_key_latin(r.name_latin),
           "name_km": lambda r: r.name_km, "sex": lambda r: r.sex, "status": lambda r: r.status,
           "joined_on": lambda r: r.joined_on, "age": lambda r: -(r.birth_year or 0),
           "village": lambda r: 0 if r.village_id == crowd.upper.id else 1}[sort]
    expected = sorted(whole, key=lambda r: (key(r), r.number))
    if descending:
        expected.reverse()
    assert [r.id for r in whole] == [r.id for r in expected]
    # And the position of a member in that order.
    target = whole[7]
    assert ms.member_position(crowd.cbo, SECRETARY, ms.MemberFilter(), target.id, sort=sort,
                              descending=descending, today=TODAY) == 7


def test_windows_of_a_search(crowd: Register) -> None:
    f = ms.MemberFilter(search="a")
    whole = rows(crowd, f, sort="name_latin")
    total = ms.count_members(crowd.cbo, SECRETARY, f, today=TODAY)
    assert len(whole) == total > 3
    pieces = []
    for offset in range(0, total, 2):
        pieces += rows(crowd, f, offset=offset, limit=2, sort="name_latin", total=total)
    assert [r.id for r in pieces] == [r.id for r in whole]
    assert ms.member_position(crowd.cbo, SECRETARY, f, whole[-1].id, sort="name_latin",
                              today=TODAY) == total - 1
    assert ms.member_position(crowd.cbo, SECRETARY, ms.MemberFilter(search="nobody"), whole[0].id) is None


def test_rows_are_ready_to_show(crowd: Register) -> None:
    [first] = rows(crowd, limit=1)
    assert (first.number, first.name("km"), first.name("en"), first.village("en")) == (
        1, "សុខ ចាន់", "Sok Chan", "Koh Trong Leu")
    assert first.age == 2026 - 1950 and first.positions == ("chair",)
    choice = ms.member_choice(crowd.cbo, TREASURER, first.id)
    assert choice is not None and choice.label("km") == "1 · សុខ ចាន់ · Sok Chan"
    left = [c.name_latin for c in ms.member_choices(crowd.cbo, TREASURER, "kim")]
    assert left == []  # Kim Vanna left
    assert [c.name_latin for c in ms.member_choices(crowd.cbo, TREASURER, "kim", include_gone=True)] == ["Kim Vanna"]


def test_photo(reg: Register) -> None:
    member = reg.add("សុខ ចាន់", "Sok Chan", "M")
    assert ms.member_photo(reg.cbo, SECRETARY, member.id) is None
    ms.set_photo(reg.cbo, SECRETARY, member.id, b"\xff\xd8jpeg")
    assert ms.member_photo(reg.cbo, SECRETARY, member.id) == ("image/jpeg", b"\xff\xd8jpeg")
    assert ms.get_member(reg.cbo, SECRETARY, member.id).has_photo
    ms.set_photo(reg.cbo, SECRETARY, member.id, None)
    assert not ms.get_member(reg.cbo, SECRETARY, member.id).has_photo
    with pytest.raises(InvalidInput):
        ms.set_photo(reg.cbo, SECRETARY, member.id, b"x" * (dm.MAX_PHOTO_BYTES + 1))


def test_statistics(crowd: Register) -> None:
    stats = ms.member_statistics(crowd.cbo, SECRETARY, TODAY)
    assert {s: (f, m) for s, f, m in stats.by_status.rows} == {
        "active": (5, 5), "inactive": (1, 0), "left": (0, 1), "deceased": (0, 0)}
    assert (stats.by_village.women, stats.by_village.men) == (6, 5)
    assert sum(f + m for _, f, m in stats.by_age.rows) == 11
    assert [y for y, _, _ in stats.by_year_joined.rows] == [str(2010 + i) for i in range(12)]
    # On a day in the past: the statuses of that day.
    past = ms.member_statistics(crowd.cbo, SECRETARY, date(2024, 12, 31))
    assert {s: f + m for s, f, m in past.by_status.rows}["left"] == 0
    assert past.by_village.women + past.by_village.men == 12


def test_two_computers_adding_members_at_once_get_different_numbers(cbo_location: str) -> None:
    """Two writers (each with its own connection, as two computers on one shared database)
    add members at the same moment: every member gets a number, none twice, none skipped."""
    import threading

    from cbodesk.storage.database import open_cbo

    cbo, admin = new_cbo(cbo_location, PROFILE, "Sok Dara")
    village = ms.add_village(cbo, admin, "ថ្លុក", "Thlok").id
    cbo.close()
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with open_cbo(cbo_location, lock=False) as mine:
                start.wait()
                for i in range(15):
                    ms.add_member(mine, SECRETARY, dm.MemberDraft(
                        name_latin=f"{name} {i}", sex="F", village_id=village, joined_on=date(2020, 1, 1)),
                        today=TODAY)
        except Exception as exc:  # noqa: BLE001 - reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("Chan", "Keo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures, failures
    with open_cbo(cbo_location, lock=False) as cbo:
        numbers = sorted(r.number for r in ms.member_rows(cbo, SECRETARY, ms.MemberFilter(), 0, 100))
        assert numbers == list(range(1, 31))
        assert ms.last_member_number(cbo) == 30


def test_windows_are_read_from_indexes_alone(tmp_path: Path) -> None:
    """SQLite reads a window's ids from one of the register's indexes, without sorting and
    without reading members' rows (what keeps a page of 100,000 members quick, bench/members.py)."""
    cbo, admin = new_cbo(tmp_path / "plans.cbodesk", PROFILE, "Sok Dara")
    with cbo:
        village = ms.add_village(cbo, admin, "ថ្លុក", "Thlok").id
        for i in range(30):
            ms.add_member(cbo, SECRETARY, dm.MemberDraft(
                name_latin=f"Member {i}", sex="FM"[i % 2], birth_year=1970 + i, village_id=village,
                joined_on=date(2020, 1, 1)), today=TODAY)
        statements: list[str] = []
        with cbo.reading():
            cbo.db.connection().set_trace_callback(statements.append)
            try:
                for sort in ms.SORTS:
                    for f in (ms.MemberFilter(), ms.MemberFilter(statuses=ms.CURRENT),
                              ms.MemberFilter(statuses=ms.CURRENT, sex="F", village_id=village)):
                        total = ms.count_members(cbo, SECRETARY, f, today=TODAY)
                        ms.member_rows(cbo, SECRETARY, f, 5, 5, sort=sort, total=total, today=TODAY)
            finally:
                cbo.db.connection().set_trace_callback(None)
            windows = [s for s in statements if s.startswith('SELECT "t1"."id" FROM "member"') and "LIMIT" in s]
            assert len(windows) >= 2 * len(ms.SORTS)
            for sql in windows:
                plan = " | ".join(row[3] for row in cbo.db.execute_sql("EXPLAIN QUERY PLAN " + sql).fetchall())
                assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, (sql, plan)
