"""The organisation profile service on SQLite and PostgreSQL: every field kept exactly,
all problems reported together, the audit entry in the same transaction, roles checked,
and a save based on an old copy never overwrites somebody else's save."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cbodesk.domain.errors import InvalidInput
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import profile as profile_service
from cbodesk.services.profile import ChangedMeanwhile, load_profile, save_profile
from cbodesk.services.setup import new_cbo
from cbodesk.storage.database import Cbo, open_cbo
from cbodesk.storage.models import AuditEntry, Profile

START = OrganisationProfile(name_km="ក្រុមសន្សំប្រាក់ស្ត្រី", name_en="Women's Savings Group",
                            province="14", sector="savings")

# Every field set away from its default; Khmer with subscripts and vowels; a logo
# holding every byte value (NUL included), as a PNG is binary.
FULL = OrganisationProfile(
    name_km="សហគមន៍ព្រៃឈើព្រៃក្បាលដំរី",
    name_en="Prey Kbal Damrei Community Forestry",
    acronym="PKDCF",
    logo_png=b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40 + b"\x00\x00",
    sector="forestry",
    province="17",
    district="ស្រុកវ៉ារិន",
    commune="ឃុំស្វាយស",
    village="ភូមិត្រពាំងថ្ម",
    registration_authority="moi",
    registration_number="ក.ស.ព 0231",
    registration_date=date(2015, 2, 28),
    founding_date=date(2011, 12, 31),
    fiscal_year_start_month=4,
    uses_khr=True,
    uses_usd=False,
    phone="+855 97 765 4321",
    email="pkdcf@example.org",
)


@pytest.fixture
def cbo_and_admin(cbo_location: str) -> Iterator[tuple[Cbo, Actor, str]]:
    """A new CBO with the START profile, its administrator, and where it lives."""
    cbo, admin = new_cbo(cbo_location, START, "Chan Sophea")
    try:
        yield cbo, admin, cbo_location
    finally:
        cbo.close()


def audit_count(cbo: Cbo) -> int:
    with cbo.reading():
        return AuditEntry.select().count()


def without_version(profile: OrganisationProfile) -> OrganisationProfile:
    return dataclasses.replace(profile, row_version=0)


def test_every_field_saved_and_reloaded(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """Khmer text, dates, booleans, the month and the logo bytes come back exactly, after reopening."""
    cbo, admin, location = cbo_and_admin
    start = load_profile(cbo)
    saved = save_profile(cbo, admin, dataclasses.replace(FULL, row_version=start.row_version))
    assert without_version(saved) == FULL
    assert saved.row_version == start.row_version + 1
    cbo.close()
    with open_cbo(location) as again:
        loaded = load_profile(again)
    assert without_version(loaded) == FULL
    assert isinstance(loaded.logo_png, bytes)
    assert isinstance(loaded.registration_date, date)
    assert loaded.row_version == saved.row_version


def test_spaces_around_text_are_removed(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """What is saved is the cleaned profile (no stray spaces from a form)."""
    cbo, admin, _ = cbo_and_admin
    start = load_profile(cbo)
    saved = save_profile(cbo, admin, dataclasses.replace(start, name_en="  Women's Savings Group  ",
                                                         acronym=" WSG "))
    assert load_profile(cbo).name_en == "Women's Savings Group"
    assert saved.acronym == "WSG"


def test_all_problems_reported_together_and_nothing_saved(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """No name, registered without number, no currency and a bad phone: four problems at once."""
    cbo, admin, _ = cbo_and_admin
    before, entries = load_profile(cbo), audit_count(cbo)
    bad = dataclasses.replace(before, name_km="", name_en="   ", registration_authority="commune",
                              registration_number="", uses_khr=False, uses_usd=False,
                              phone="012 34x 678", acronym="OK")
    with pytest.raises(InvalidInput) as caught:
        save_profile(cbo, admin, bad)
    assert sorted(p.field for p in caught.value.problems) == [
        "name_km", "phone", "registration_number", "uses_khr"]
    assert caught.value.text().count("•") == 4
    assert load_profile(cbo) == before
    assert audit_count(cbo) == entries


def test_audit_entry_holds_only_what_changed(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """The audit entry names who, and before/after of the changed fields only (a logo as its size)."""
    cbo, admin, _ = cbo_and_admin
    before, entries = load_profile(cbo), audit_count(cbo)
    logo = b"\x89PNG" + bytes(1000)
    save_profile(cbo, admin, dataclasses.replace(before, acronym="WSG", village="ភូមិថ្មី", logo_png=logo))
    assert audit_count(cbo) == entries + 1
    with cbo.reading():
        entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.username, entry.action, entry.area) == (admin.username, "profile.save", "profile")
    assert json.loads(entry.before) == {"acronym": "", "village": "", "logo_png": None}
    assert json.loads(entry.after) == {"acronym": "WSG", "village": "ភូមិថ្មី",
                                       "logo_png": f"<{len(logo)} bytes>"}
    assert "ភូមិថ្មី" in entry.after  # stored readable, not \\u-escaped


def test_audit_entry_is_in_the_same_transaction(cbo_and_admin: tuple[Cbo, Actor, str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """If the audit entry cannot be written, the change is not saved either."""
    cbo, admin, _ = cbo_and_admin
    before, entries = load_profile(cbo), audit_count(cbo)

    def broken_audit(*args: object, **kwargs: object) -> None:
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(profile_service, "record_change", broken_audit)
    with pytest.raises(RuntimeError, match="audit log"):
        save_profile(cbo, admin, dataclasses.replace(before, acronym="WSG"))
    assert load_profile(cbo) == before
    assert audit_count(cbo) == entries


def test_viewer_may_not_edit_the_profile(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """The service checks the role itself: a viewer gets NotAllowed and nothing changes."""
    cbo, _, _ = cbo_and_admin
    before, entries = load_profile(cbo), audit_count(cbo)
    viewer = Actor("srey.pov", "Srey Pov", frozenset({"viewer"}))
    with pytest.raises(NotAllowed) as caught:
        save_profile(cbo, viewer, dataclasses.replace(before, acronym="HACK"))
    assert "Srey Pov" in caught.value.text()
    assert load_profile(cbo) == before
    assert audit_count(cbo) == entries


def test_treasurer_may_not_edit_the_profile_but_chair_may(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """Only the roles named for profile.edit may save it."""
    cbo, _, _ = cbo_and_admin
    before = load_profile(cbo)
    with pytest.raises(NotAllowed):
        save_profile(cbo, Actor("heng", "Heng Sokhly", frozenset({"treasurer", "secretary"})),
                     dataclasses.replace(before, acronym="T"))
    saved = save_profile(cbo, Actor("kim", "Kim Vanna", frozenset({"chair"})),
                         dataclasses.replace(before, acronym="C"))
    assert saved.acronym == "C"


def test_stale_save_on_sqlite_is_refused(tmp_path: Path) -> None:
    """Saving from an old copy of the profile (SQLite, one after the other): ChangedMeanwhile."""
    path = tmp_path / "stale.cbodesk"
    cbo, admin = new_cbo(path, START, "Chan Sophea")
    try:
        opened_by_me = load_profile(cbo)
        other = Actor("kim", "Kim Vanna", frozenset({"chair"}))
        theirs = save_profile(cbo, other, dataclasses.replace(opened_by_me, acronym="KV"))
        entries = audit_count(cbo)
        with pytest.raises(ChangedMeanwhile) as caught:
            save_profile(cbo, admin, dataclasses.replace(opened_by_me, acronym="CS", phone="012 345 678"))
        assert "Kim Vanna" in caught.value.text()
        assert load_profile(cbo) == theirs
        assert audit_count(cbo) == entries
    finally:
        cbo.close()


@pytest.mark.postgres
def test_two_computers_on_one_postgres_database(pg_url: str) -> None:
    """Treasurer and chair on two computers: the later save from an old copy is refused, naming who saved."""
    first, admin = new_cbo(pg_url, START, "Chan Sophea")
    second = open_cbo(pg_url)
    try:
        on_first = load_profile(first)
        on_second = load_profile(second)
        chair = Actor("kim", "Kim Vanna", frozenset({"chair"}))
        theirs = save_profile(second, chair, dataclasses.replace(on_second, acronym="KV"))
        with pytest.raises(ChangedMeanwhile) as caught:
            save_profile(first, admin, dataclasses.replace(on_first, acronym="CS"))
        assert "Kim Vanna" in caught.value.text()
        assert load_profile(first) == theirs
        assert load_profile(second) == theirs
        # After reloading, the first computer's change goes through.
        reloaded = load_profile(first)
        saved = save_profile(first, admin, dataclasses.replace(reloaded, acronym="CS"))
        assert load_profile(second) == saved
        assert saved.row_version == theirs.row_version + 1
    finally:
        second.close()
        first.close()


def test_row_version_counts_saves(cbo_and_admin: tuple[Cbo, Actor, str]) -> None:
    """A new CBO starts at version 1; each save adds one and records who saved."""
    cbo, admin, _ = cbo_and_admin
    assert load_profile(cbo).row_version == 1
    one = save_profile(cbo, admin, dataclasses.replace(load_profile(cbo), acronym="A"))
    two = save_profile(cbo, admin, dataclasses.replace(one, acronym="B"))
    assert (one.row_version, two.row_version) == (2, 3)
    with cbo.reading():
        row = Profile.get_by_id(1)
    assert row.updated_by == admin.full_name
    assert row.updated_at is not None
