"""Creating a CBO (the first-run wizard's one action) and the demo CBO, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path
from typing import Any

import pytest

from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.domain.roles import ROLES
from cbodesk.services import profile as profile_service
from cbodesk.services.demo import DEMO_PROFILE, DemoOptions, write_demo
from cbodesk.services.profile import load_profile
from cbodesk.services.setup import new_cbo
from cbodesk.services.users import default_actor
from cbodesk.storage.database import Cbo, create_cbo, open_cbo
from cbodesk.storage.models import AuditEntry, User

# A short cash book: these tests are about the file, not the book (the demo's
# own tests build full ones).
FEW = DemoOptions(entries=40)

GOOD = OrganisationProfile(name_km="សហគមន៍កសិកម្មស្វាយជ្រុំ", name_en="Svay Chrum Farmers",
                           sector="agriculture", province="20")


def is_khmer(text: str) -> bool:
    return any("\u1780" <= ch <= "\u17ff" for ch in text)


def postgres_tables(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as con:
        return [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]


def assert_nothing_created(location: str, tmp_path: Path) -> None:
    """No CBO and no half-made temporary file, whichever backend."""
    if location.startswith("postgresql://"):
        assert postgres_tables(location) == []
    else:
        assert sorted(p.name for p in tmp_path.iterdir()) == []


def people(cbo: Cbo) -> list[dict[str, Any]]:
    with cbo.reading():
        return [{"username": u.username, "full_name": u.full_name, "roles": u.roles,
                 "active": u.active, "password_hash": u.password_hash}
                for u in User.select().order_by(User.username)]


def audit_trail(cbo: Cbo) -> list[tuple[str, str, str, str, str | None, str | None]]:
    """The audit log without its timestamps."""
    with cbo.reading():
        return [(e.username, e.action, e.area, e.record, e.before, e.after)
                for e in AuditEntry.select().order_by(AuditEntry.id)]


# --------------------------------------------------------------------------- new_cbo


def test_new_cbo_has_profile_and_administrator(cbo_location: str) -> None:
    """The wizard's result: the profile as entered (version 1) and its keeper as administrator."""
    cbo, admin = new_cbo(cbo_location, GOOD, "  Long Samnang ")
    with cbo:
        profile = load_profile(cbo)
        assert dataclasses.replace(profile, row_version=0) == GOOD
        assert profile.row_version == 1
        assert admin.full_name == "Long Samnang"
        assert {"administrator", "chair"} <= admin.roles
        assert default_actor(cbo) == admin
        assert [p["username"] for p in people(cbo)] == [admin.username]
        actions = [a[1] for a in audit_trail(cbo)]
        assert actions == ["user.add", "profile.save"]


def test_new_cbo_with_bad_profile_creates_nothing(cbo_location: str, tmp_path: Path) -> None:
    """A profile with problems: InvalidInput and no file, no temporary file, no tables."""
    with pytest.raises(InvalidInput) as caught:
        new_cbo(cbo_location, dataclasses.replace(GOOD, name_km="", name_en=""), "Long Samnang")
    assert [p.field for p in caught.value.problems] == ["name_km"]
    assert_nothing_created(cbo_location, tmp_path)


def test_new_cbo_without_admin_name_creates_nothing(cbo_location: str, tmp_path: Path) -> None:
    """No keeper's name: refused; with a bad profile too, both problems are reported at once."""
    with pytest.raises(InvalidInput) as caught:
        new_cbo(cbo_location, GOOD, "   ")
    assert [p.field for p in caught.value.problems] == ["admin_name"]
    with pytest.raises(InvalidInput) as both:
        new_cbo(cbo_location, dataclasses.replace(GOOD, uses_khr=False, uses_usd=False), "")
    assert sorted(p.field for p in both.value.problems) == ["admin_name", "uses_khr"]
    assert_nothing_created(cbo_location, tmp_path)


def test_new_cbo_failing_half_way_leaves_nothing(cbo_location: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after the administrator was added: no CBO, no temporary file; trying again works."""
    real_save = profile_service.save_profile

    def failing_save(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("power cut while saving the profile")

    monkeypatch.setattr(profile_service, "save_profile", failing_save)
    with pytest.raises(RuntimeError, match="power cut"):
        new_cbo(cbo_location, GOOD, "Long Samnang")
    gc.collect()  # a connection left open would warn here (ResourceWarning is an error)
    assert_nothing_created(cbo_location, tmp_path)

    monkeypatch.setattr(profile_service, "save_profile", real_save)
    cbo, _ = new_cbo(cbo_location, GOOD, "Long Samnang")
    with cbo:
        assert load_profile(cbo).name_en == GOOD.name_en
        assert len(people(cbo)) == 1


def test_new_cbo_does_not_replace_an_existing_cbo(tmp_path: Path) -> None:
    """The wizard pointed at an existing CBO file refuses and leaves that CBO as it was."""
    path = tmp_path / "ours.cbodesk"
    write_demo(path, FEW).close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="already exists"):
        new_cbo(path, GOOD, "Long Samnang")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ours.cbodesk"]


# --------------------------------------------------------------------------- the demo CBO


EXPECTED_ROLES = {
    "sok.dara": "administrator,chair",
    "chan.sophea": "treasurer",
    "heng.sokhly": "secretary",
    "kim.vanna": "me_focal",
    "srey.pov": "viewer",
}


def test_demo_cbo_content(cbo_location: str) -> None:
    """The demo: a Kratie fishery named in Khmer and English, a committee with one user per role."""
    with write_demo(cbo_location, FEW) as cbo:
        profile = load_profile(cbo)
        assert dataclasses.replace(profile, row_version=0) == DEMO_PROFILE
        assert profile.row_version == 1
        assert is_khmer(profile.name_km) and not is_khmer(profile.name_en)
        assert profile.name_en and profile.display_name("km") == profile.name_km
        users = people(cbo)
        assert {u["username"]: u["roles"] for u in users} == EXPECTED_ROLES
        assert all(u["active"] for u in users)
        for u in users:
            assert set(u["roles"].split(",")) <= set(ROLES)
        assert default_actor(cbo).username == "sok.dara"
        # One audit entry per person added and one for the profile (the cash book, the member
        # register, the meetings and the plans have their own tests).
        assert sorted(a[1] for a in audit_trail(cbo)
                      if a[2] not in ("cashbook", "members", "meetings", "plans")) == \
            ["profile.save"] + ["user.add"] * 5


def test_demo_same_seed_same_data(tmp_path: Path) -> None:
    """The same seed gives the same profile, users and audit log (timestamps aside)."""
    options = DemoOptions(seed=7, entries=40)
    with write_demo(tmp_path / "one.cbodesk", options) as one, \
            write_demo(tmp_path / "two.cbodesk", options) as two:
        assert load_profile(one) == load_profile(two)
        assert people(one) == people(two)
        assert audit_trail(one) == audit_trail(two)
        assert one.cbo_id() != two.cbo_id()  # two CBOs all the same


@pytest.mark.postgres
def test_demo_on_postgres_matches_sqlite(pg_url: str, tmp_path: Path) -> None:
    """The demo on a shared PostgreSQL database holds the same data as in a file."""
    with write_demo(pg_url, FEW) as on_pg, write_demo(tmp_path / "demo.cbodesk", FEW) as in_file:
        assert on_pg.is_postgres
        assert load_profile(on_pg) == load_profile(in_file)
        assert people(on_pg) == people(in_file)
        assert audit_trail(on_pg) == audit_trail(in_file)
    with open_cbo(pg_url) as again:
        assert load_profile(again).name_km == DEMO_PROFILE.name_km


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    """`cbodesk demo` onto an existing file leaves that file alone."""
    path = tmp_path / "keep.cbodesk"
    create_cbo(path).close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="already exists"):
        write_demo(path, FEW)
    assert path.read_bytes() == before
