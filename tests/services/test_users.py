"""Users, passwords and login on SQLite and PostgreSQL: the KDF, login on and off, the
administrator's actions (add, reset a password, disable), the last administrator kept,
every action in the audit log without any password in it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from users_support import PASSWORD, savings_group

from cbodesk.domain import passwords
from cbodesk.domain.errors import InvalidInput, UserError
from cbodesk.domain.roles import Actor, NotAllowed
from cbodesk.services import users
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import AuditEntry, User


@pytest.fixture
def cbo(cbo_location: str) -> Iterator[Cbo]:
    with savings_group(cbo_location)[0] as opened:
        yield opened


@pytest.fixture
def admin(cbo: Cbo) -> Actor:
    return users.default_actor(cbo)


def _audit(cbo: Cbo) -> list[AuditEntry]:
    with cbo.reading():
        return list(AuditEntry.select().where(AuditEntry.area == "users").order_by(AuditEntry.id))


# -- the KDF ---------------------------------------------------------------------------------


def test_password_hash_round_trip_and_wrong_password() -> None:
    stored = passwords.hash_password(PASSWORD)
    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    assert PASSWORD not in stored
    assert passwords.check_password(PASSWORD, stored)
    assert not passwords.check_password("mango tree 8", stored)
    assert not passwords.check_password("", stored)
    assert not passwords.check_password(PASSWORD, None)
    assert not passwords.check_password(PASSWORD, "plain text")
    # A new salt each time: the same password never gives the same stored string.
    assert passwords.hash_password(PASSWORD) != stored
    assert not passwords.needs_rehash(stored)


def test_older_parameters_still_check_and_ask_to_be_stored_anew() -> None:
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=2 ** 12, r=8, p=1, dklen=32)
    stored = f"scrypt$n=4096,r=8,p=1${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert passwords.check_password(PASSWORD, stored)
    assert passwords.needs_rehash(stored)


def test_short_password_is_refused_with_a_clear_message() -> None:
    problems = passwords.password_problems("short", "other")
    assert [p.field for p in problems] == ["password", "password_repeat"]
    assert "at least 8 characters" in problems[0].text()
    assert passwords.password_problems("long enough", "long enough") == []


def test_throttle_waits_longer_after_repeated_failures() -> None:
    throttle = passwords.LoginThrottle()
    waits = [throttle.failed() for _ in range(6)]
    assert waits == [0, 0, 1, 2, 4, 8]
    throttle.succeeded()
    assert throttle.failed() == 0


# -- login on and off -------------------------------------------------------------------------


def test_new_cbo_has_login_off_and_the_log_says_so(cbo: Cbo, admin: Actor) -> None:
    assert not users.login_required(cbo)
    nobody = users.actor_without_login(cbo)
    assert nobody.username == "sok.dara (login off)"
    assert nobody.roles == admin.roles
    users.add_user(cbo, nobody, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    last = _audit(cbo)[-1]
    assert last.username == "sok.dara (login off)"
    assert users.account_name(last.username) == "sok.dara"


def test_login_on_needs_the_administrator_s_password_first(cbo: Cbo, admin: Actor) -> None:
    with pytest.raises(users.NoPasswordYet):
        users.set_login_required(cbo, admin, True)
    assert not users.login_required(cbo)
    users.change_own_password(cbo, admin, "", PASSWORD, PASSWORD)
    users.set_login_required(cbo, admin, True)
    assert users.login_required(cbo)
    assert [e.action for e in _audit(cbo)][-2:] == ["user.password", "login.on"]


def test_only_an_administrator_switches_login(cbo: Cbo) -> None:
    with pytest.raises(NotAllowed):
        users.set_login_required(cbo, Actor("x", "X", frozenset({"chair"})), True)


def test_log_in_right_and_wrong(cbo: Cbo, admin: Actor) -> None:
    added = users.add_user(cbo, admin, "Chan.Sophea", "  Chan   Sophea ", ["treasurer", "secretary"], PASSWORD)
    assert added.username == "chan.sophea" and added.full_name == "Chan Sophea"
    assert added.must_change_password
    with pytest.raises(users.WrongLogin) as wrong_password:
        users.log_in(cbo, "chan.sophea", "not the password")
    with pytest.raises(users.WrongLogin) as wrong_name:
        users.log_in(cbo, "nobody", PASSWORD)
    # The same words whichever was wrong.
    assert wrong_password.value.text() == wrong_name.value.text()
    result = users.log_in(cbo, " CHAN.SOPHEA ", PASSWORD)
    assert result.actor == Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer", "secretary"}))
    assert result.must_change_password
    with cbo.reading():
        assert User.get(User.username == "chan.sophea").last_login_at is not None
    # The first password came from the administrator: the person sets their own.
    with pytest.raises(InvalidInput) as bad:
        users.change_own_password(cbo, result.actor, "wrong", "new password 1", "new password 2")
    assert {p.field for p in bad.value.problems} == {"current", "password_repeat"}
    users.change_own_password(cbo, result.actor, PASSWORD, "new password 1", "new password 1")
    assert not users.log_in(cbo, "chan.sophea", "new password 1").must_change_password
    with pytest.raises(users.WrongLogin):
        users.log_in(cbo, "chan.sophea", PASSWORD)


def test_disabled_user_cannot_log_in_and_is_not_listed(cbo: Cbo, admin: Actor) -> None:
    added = users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    assert [c.username for c in users.login_choices(cbo)] == ["chan.sophea"]  # the admin has no password
    users.set_user_active(cbo, admin, added.id, False)
    assert users.login_choices(cbo) == []
    with pytest.raises(users.WrongLogin):
        users.log_in(cbo, "chan.sophea", PASSWORD)
    users.set_user_active(cbo, admin, added.id, True)
    assert users.log_in(cbo, "chan.sophea", PASSWORD).actor.username == "chan.sophea"


# -- the administrator's actions ---------------------------------------------------------------


def test_add_user_reports_every_problem_at_once(cbo: Cbo, admin: Actor) -> None:
    with pytest.raises(InvalidInput) as caught:
        users.add_user(cbo, admin, "x", "", [], "short")
    assert {p.field for p in caught.value.problems} == {"full_name", "username", "roles", "password"}
    with pytest.raises(InvalidInput) as taken:
        users.add_user(cbo, admin, "sok.dara", "Another Dara", ["viewer"], PASSWORD)
    assert [p.field for p in taken.value.problems] == ["username"]


def test_reset_password_forces_a_new_one_and_logs_no_secret(cbo: Cbo, admin: Actor) -> None:
    added = users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    users.change_own_password(cbo, users.log_in(cbo, "chan.sophea", PASSWORD).actor, PASSWORD,
                              "my own secret", "my own secret")
    reset = users.reset_password(cbo, admin, added.id, "given by admin")
    assert reset.must_change_password
    assert users.log_in(cbo, "chan.sophea", "given by admin").must_change_password
    entries = _audit(cbo)
    assert entries[-1].action == "user.password_reset"
    assert json.loads(entries[-1].after or "") == {"password": "reset"}
    with cbo.reading():
        stored = User.get(User.username == "chan.sophea").password_hash
    for entry in entries:
        text = f"{entry.before} {entry.after}"
        assert PASSWORD not in text and "my own secret" not in text and "given by admin" not in text
        assert stored not in text


def test_update_roles_with_row_version(cbo: Cbo, admin: Actor) -> None:
    added = users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    saved = users.update_user(cbo, admin, added.id, "Chan Sophea", ["treasurer", "chair"],
                              row_version=added.row_version)
    assert saved.roles == {"treasurer", "chair"}
    assert saved.row_version == added.row_version + 1
    last = _audit(cbo)[-1]
    assert (last.action, json.loads(last.before or ""), json.loads(last.after or "")) == (
        "user.update", {"roles": "treasurer"}, {"roles": "chair,treasurer"})
    with pytest.raises(users.UserChangedMeanwhile) as caught:
        users.update_user(cbo, admin, added.id, "Chan S.", ["viewer"], row_version=added.row_version)
    assert "sok.dara" in caught.value.text()


def test_the_last_administrator_is_protected(cbo: Cbo, admin: Actor) -> None:
    me = next(u for u in users.list_users(cbo, admin) if u.username == "sok.dara")
    with pytest.raises(users.LastAdministrator):
        users.update_user(cbo, admin, me.id, me.full_name, ["chair"], row_version=me.row_version)
    other = users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    with pytest.raises(UserError):  # not yourself
        users.set_user_active(cbo, admin, me.id, False)
    second = users.update_user(cbo, admin, other.id, other.full_name, ["administrator", "treasurer"],
                               row_version=other.row_version)
    second_actor = Actor(second.username, second.full_name, second.roles)
    users.set_user_active(cbo, second_actor, me.id, False)  # another administrator remains
    with pytest.raises(users.LastAdministrator):
        users.update_user(cbo, second_actor, second.id, second.full_name, ["treasurer"],
                          row_version=second.row_version)
    # No user is ever deleted.
    assert {u.username for u in users.list_users(cbo, second_actor)} == {"sok.dara", "chan.sophea"}


def test_users_manage_is_checked_by_every_function(cbo: Cbo, admin: Actor) -> None:
    added = users.add_user(cbo, admin, "chan.sophea", "Chan Sophea", ["treasurer"], PASSWORD)
    treasurer = Actor("chan.sophea", "Chan Sophea", frozenset({"treasurer", "chair", "secretary"}))
    for call in (lambda: users.list_users(cbo, treasurer),
                 lambda: users.add_user(cbo, treasurer, "x.y", "X Y", ["viewer"], PASSWORD),
                 lambda: users.update_user(cbo, treasurer, added.id, "X", ["viewer"], row_version=1),
                 lambda: users.reset_password(cbo, treasurer, added.id, PASSWORD),
                 lambda: users.set_user_active(cbo, treasurer, added.id, False)):
        with pytest.raises(NotAllowed):
            call()


def test_reset_from_the_terminal(cbo: Cbo, admin: Actor) -> None:
    users.reset_password_from_terminal(cbo, "Sok.Dara", "forgot it once")
    assert not users.log_in(cbo, "sok.dara", "forgot it once").must_change_password
    assert _audit(cbo)[-1].username == "sok.dara (terminal)"
    with pytest.raises(UserError):
        users.reset_password_from_terminal(cbo, "nobody", "forgot it once")
