"""The people who work in a CBO's file: their roles, passwords and logging in.

* Login is a setting of the CBO (``login.required``). A new CBO starts with it off
  (DESIGN.md: a one-person CBO may switch it off): then everything is done as the
  first active administrator, and the audit log says so: the actor's name there
  is ``sok.dara (login off)`` (:data:`LOGIN_OFF_MARK`). Turning it on needs the
  administrator to have a password first, so nobody is locked out.
* Passwords are stored only through :mod:`cbodesk.domain.passwords`. The audit log
  says "password set" or "password reset", never the stored value.
* An administrator adds users, changes their names and roles, resets a password
  (the person then chooses a new one at the next login) and disables or enables a
  user. Nobody is deleted: the log keeps naming who did what. The last active
  administrator can be neither disabled nor lose the role.
* Every function that reads or writes other people checks ``users.manage`` itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cbodesk.domain import passwords
from cbodesk.domain import errors
from cbodesk.domain.errors import InvalidInput, Problem, UserError
from cbodesk.domain.roles import ROLES, Actor
from cbodesk.i18n import N_
# The marks and account_name live in services.audit; users re-exports them (tests, GUI, cli).
from cbodesk.services.audit import (
    LOGIN_OFF_MARK,
    MARKS,
    TERMINAL_MARK,
    account_name,
    last_change,
    record_change,
)
from cbodesk.services.rows import first_locked
from cbodesk.services.rows import now as _now
from cbodesk.storage.database import Cbo
from cbodesk.storage.models import Setting, User

E = "errors"
AREA = "users"
LOGIN_SETTING = "login.required"
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def username_for(full_name: str) -> str:
    """A login name from a person's name: Latin letters kept, Khmer names become 'admin'."""
    ascii_name = unicodedata.normalize("NFKD", full_name).encode("ascii", "ignore").decode()
    name = re.sub(r"[^a-z0-9]+", ".", ascii_name.lower()).strip(".")
    return name[:32] or "admin"


def _roles_text(roles: Sequence[str] | frozenset[str]) -> str:
    return ",".join(r for r in ROLES if r in roles)  # always in the order of ROLES


def _roles_of(text: str) -> frozenset[str]:
    return frozenset(r for r in text.split(",") if r)


def add_first_administrator(cbo: Cbo, full_name: str) -> Actor:
    """The person who creates the CBO becomes its administrator. Call while creating."""
    full_name = full_name.strip()
    if not full_name:
        raise InvalidInput([Problem("admin_name", N_("errors", "Give the name of the person who keeps this CBO's file."))])
    actor = Actor(username_for(full_name), full_name, frozenset({"administrator", "chair"}))
    with cbo.atomic():
        User.create(username=actor.username, full_name=full_name, roles="administrator,chair",
                    created_at=datetime.now(UTC).replace(tzinfo=None))
        record_change(actor, "user.add", "users", actor.username, None,
                      {"full_name": full_name, "roles": "administrator,chair"})
    return actor


def _first_administrator() -> User | None:
    return (User.select().where(User.active, User.roles.contains("administrator"))
            .order_by(User.id).first())


def default_actor(cbo: Cbo) -> Actor:
    """The first active administrator, as they are (the command line, tests)."""
    with cbo.reading():
        user = _first_administrator()
    if user is None:
        return Actor("admin", "Administrator", frozenset({"administrator"}))
    return Actor(user.username, user.full_name, _roles_of(user.roles))


def actor_without_login(cbo: Cbo, *, via: str = LOGIN_OFF_MARK) -> Actor:
    """Who works while login is off: the first active administrator, named in the audit
    log with *via* (:data:`LOGIN_OFF_MARK`, or :data:`TERMINAL_MARK` for the command line)."""
    actor = default_actor(cbo)
    return Actor(actor.username + via, actor.full_name, actor.roles)


# =============================================================================
# Login on or off
# =============================================================================


def login_required(cbo: Cbo) -> bool:
    """Whether opening the CBO asks for a user name and password."""
    with cbo.reading():
        row = Setting.get_or_none(Setting.key == LOGIN_SETTING)
    return row is not None and row.value == "1"


class NoPasswordYet(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "Set your own password first (Users → My password). With login on, "
                                      "nobody can open the CBO without one."))


def set_login_required(cbo: Cbo, actor: Actor, required: bool) -> None:
    """Switch login on or off. On: the acting administrator must have a password."""
    actor.require("cbo.settings")
    with cbo.atomic(exclusive=True):
        row = Setting.get_or_none(Setting.key == LOGIN_SETTING)
        before = row is not None and row.value == "1"
        if before == required:
            return
        if required:
            me = User.get_or_none(User.username == account_name(actor.username))
            if me is None or not me.active or not me.password_hash:
                raise NoPasswordYet()
        Setting.insert(key=LOGIN_SETTING, value="1" if required else "0").on_conflict(
            conflict_target=[Setting.key], update={Setting.value: "1" if required else "0"}).execute()
        record_change(actor, "login.on" if required else "login.off", AREA, LOGIN_SETTING,
                      {"login_required": before}, {"login_required": required})


# =============================================================================
# Logging in and one's own password
# =============================================================================


class WrongLogin(UserError):
    def __init__(self) -> None:
        # Never which of the two was wrong: that would tell a stranger which names exist.
        super().__init__(N_("errors", "The user name or the password is not right. Check them (is the "
                                      "keyboard on the right language?) and try again."))


@dataclass(frozen=True)
class LoginChoice:
    username: str
    full_name: str


def login_choices(cbo: Cbo) -> list[LoginChoice]:
    """The active users who can log in (they have a password), for the login dialog's list."""
    with cbo.reading():
        query: Any = (User.select(User.username, User.full_name)
                      .where(User.active, User.password_hash.is_null(False))
                      .order_by(User.full_name, User.username).tuples())
        return [LoginChoice(u, n) for u, n in query]


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool


def log_in(cbo: Cbo, username: str, password: str) -> LoginResult:
    """The actor for *username* if *password* is theirs; else :class:`WrongLogin`."""
    name = username.strip().lower()
    with cbo.atomic():
        user = User.get_or_none(User.username == name)
        stored = user.password_hash if user is not None and user.active else None
        if not passwords.check_password(password, stored) or user is None:
            raise WrongLogin()
        changes: dict[str, object] = {"last_login_at": _now()}
        if passwords.needs_rehash(stored or ""):
            changes["password_hash"] = passwords.hash_password(password)
        User.update(**changes).where(User.id == user.id).execute()
    return LoginResult(Actor(user.username, user.full_name, _roles_of(user.roles)),
                       bool(user.must_change_password))


def has_password(cbo: Cbo, actor: Actor) -> bool:
    with cbo.reading():
        user = User.get_or_none(User.username == account_name(actor.username))
    return user is not None and bool(user.password_hash)


def change_own_password(cbo: Cbo, actor: Actor, current: str, new: str, repeated: str) -> None:
    """The acting person sets their own password. *current* is checked when they have one."""
    problems = passwords.password_problems(new, repeated)
    with cbo.atomic(exclusive=True):
        user = User.get_or_none(User.username == account_name(actor.username))
        if user is None or not user.active:
            raise UserError(N_("errors", "You are not a user of this CBO any more. Ask the administrator."))
        if user.password_hash and not passwords.check_password(current, user.password_hash):
            problems.insert(0, Problem("current", N_("errors", "Your present password is not right.")))
        if problems:
            raise InvalidInput(problems)
        first = not user.password_hash
        User.update(password_hash=passwords.hash_password(new), must_change_password=False,
                    row_version=User.row_version + 1).where(User.id == user.id).execute()
        record_change(actor, "user.password", AREA, user.username, None,
                      {"password": "set" if first else "changed"})


# =============================================================================
# The users page (users.manage)
# =============================================================================


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    roles: frozenset[str]
    active: bool
    has_password: bool
    must_change_password: bool
    last_login_at: datetime | None  # UTC
    created_at: datetime  # UTC
    row_version: int

    @property
    def is_administrator(self) -> bool:
        return "administrator" in self.roles


def _view(user: User) -> UserView:
    return UserView(user.id, user.username, user.full_name, _roles_of(user.roles), bool(user.active),
                    bool(user.password_hash), bool(user.must_change_password), user.last_login_at,
                    user.created_at, user.row_version)


def list_users(cbo: Cbo, actor: Actor) -> list[UserView]:
    """Everyone, active first, by name."""
    actor.require("users.manage")
    with cbo.reading():
        users = list(User.select().order_by(User.active.desc(), User.full_name, User.id))
    return [_view(u) for u in users]


def get_user(cbo: Cbo, actor: Actor, user_id: int) -> UserView:
    actor.require("users.manage")
    with cbo.reading():
        return _view(_user(user_id))


class UserNotFound(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This user is not in the list any more."))


class UserChangedMeanwhile(errors.ChangedMeanwhile):
    def __init__(self, who: str, when: datetime | None) -> None:
        super().__init__(N_("errors", "{who} changed this user after you opened them. Your changes were "
                                      "not saved; open the user again to see theirs, then make your "
                                      "changes again."), who=who, when=when)


class LastAdministrator(UserError):
    def __init__(self) -> None:
        super().__init__(N_("errors", "This is the last active administrator. Make another user an "
                                      "administrator first: a CBO always needs one, to manage users "
                                      "and settings."))


def _user(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise UserNotFound()
    return user


def _locked(cbo: Cbo, user_id: int) -> User:
    user = first_locked(cbo, User.select().where(User.id == user_id))
    if user is None:
        raise UserNotFound()
    return user


def _check_version(user: User, row_version: int) -> None:
    if user.row_version != row_version:
        last = last_change(AREA, user.username)
        raise UserChangedMeanwhile(account_name(last[0]) if last is not None else "?",
                                   last[1] if last is not None else None)


def _other_active_admins(user_id: int) -> int:
    return (User.select().where(User.active, User.roles.contains("administrator"), User.id != user_id)
            .count())


def _role_problems(roles: Sequence[str] | frozenset[str]) -> list[Problem]:
    if not roles:
        return [Problem("roles", N_("errors", "Give the user at least one role."))]
    if any(r not in ROLES for r in roles):
        return [Problem("roles", N_("errors", "Choose the roles from the list."))]
    return []


def add_user(cbo: Cbo, actor: Actor, username: str, full_name: str, roles: Sequence[str] | frozenset[str],
             password: str, repeated: str | None = None) -> UserView:
    """Add a user with a first password, which they change at their first login."""
    actor.require("users.manage")
    name = username.strip().lower()
    full = " ".join(full_name.split())
    problems: list[Problem] = []
    if not full:
        problems.append(Problem("full_name", N_("errors", "Give the person's name.")))
    if not USERNAME_PATTERN.match(name):
        problems.append(Problem("username", N_("errors", "A user name has 2 to 32 small Latin letters or "
                                                         "digits (dots and dashes allowed), e.g. sok.dara.")))
    problems += _role_problems(roles)
    problems += passwords.password_problems(password, repeated)
    with cbo.atomic(exclusive=True):
        if USERNAME_PATTERN.match(name) and User.select().where(User.username == name).exists():
            problems.insert(0, Problem("username", N_("errors", "Another user has this user name already.")))
        if problems:
            raise InvalidInput(problems)
        roles_text = _roles_text(roles)
        user = User.create(username=name, full_name=full, roles=roles_text,
                           password_hash=passwords.hash_password(password), must_change_password=True,
                           created_at=_now())
        record_change(actor, "user.add", AREA, name, None,
                      {"full_name": full, "roles": roles_text, "password": "set"})
    return _view(user)


def update_user(cbo: Cbo, actor: Actor, user_id: int, full_name: str, roles: Sequence[str] | frozenset[str],
                *, row_version: int) -> UserView:
    """Save a user's name and roles; *row_version* as the dialog opened them."""
    actor.require("users.manage")
    full = " ".join(full_name.split())
    problems: list[Problem] = []
    if not full:
        problems.append(Problem("full_name", N_("errors", "Give the person's name.")))
    problems += _role_problems(roles)
    with cbo.atomic(exclusive=True):
        user = _locked(cbo, user_id)
        _check_version(user, row_version)
        if problems:
            raise InvalidInput(problems)
        roles_text = _roles_text(roles)
        if ("administrator" in _roles_of(user.roles) and "administrator" not in roles and user.active
                and _other_active_admins(user_id) == 0):
            raise LastAdministrator()
        before = {"full_name": user.full_name, "roles": user.roles}
        after = {"full_name": full, "roles": roles_text}
        if before == after:
            return _view(user)
        User.update(full_name=full, roles=roles_text, row_version=User.row_version + 1).where(
            User.id == user_id).execute()
        record_change(actor, "user.update", AREA, user.username, before, after)
        return _view(_user(user_id))


def reset_password(cbo: Cbo, actor: Actor, user_id: int, password: str, repeated: str | None = None) -> UserView:
    """Give a user a new password (they forgot theirs); they choose their own at the next login."""
    actor.require("users.manage")
    problems = passwords.password_problems(password, repeated)
    if problems:
        raise InvalidInput(problems)
    with cbo.atomic(exclusive=True):
        user = _locked(cbo, user_id)
        yourself = user.username == account_name(actor.username)
        User.update(password_hash=passwords.hash_password(password), must_change_password=not yourself,
                    row_version=User.row_version + 1).where(User.id == user_id).execute()
        record_change(actor, "user.password_reset", AREA, user.username, None, {"password": "reset"})
        return _view(_user(user_id))


def set_user_active(cbo: Cbo, actor: Actor, user_id: int, active: bool) -> UserView:
    """Disable a user (they can no longer log in; what they did stays theirs) or enable them again."""
    actor.require("users.manage")
    with cbo.atomic(exclusive=True):
        user = _locked(cbo, user_id)
        if bool(user.active) == active:
            return _view(user)
        if not active:
            if user.username == account_name(actor.username):
                raise UserError(N_("errors", "You cannot disable yourself. Another administrator can."))
            if "administrator" in _roles_of(user.roles) and _other_active_admins(user_id) == 0:
                raise LastAdministrator()
        User.update(active=active, row_version=User.row_version + 1).where(User.id == user_id).execute()
        record_change(actor, "user.enable" if active else "user.disable", AREA, user.username,
                      {"active": not active}, {"active": active})
        return _view(_user(user_id))


def reset_password_from_terminal(cbo: Cbo, username: str, password: str) -> None:
    """``cbodesk users CBO --reset NAME``: whoever may open the file in a terminal may set a
    forgotten password (the audit log names it "(terminal)"). Enables the user too."""
    problems = passwords.password_problems(password)
    if problems:
        raise InvalidInput(problems)
    actor = actor_without_login(cbo, via=TERMINAL_MARK)
    with cbo.atomic(exclusive=True):
        user = User.get_or_none(User.username == username.strip().lower())
        if user is None:
            raise UserError(N_("errors", "There is no user {name} in this CBO."), name=username)
        User.update(password_hash=passwords.hash_password(password), must_change_password=False, active=True,
                    row_version=User.row_version + 1).where(User.id == user.id).execute()
        after: dict[str, object] = {"password": "reset"}
        if not user.active:
            after["active"] = True
        record_change(actor, "user.password_reset", AREA, user.username, None, after)
