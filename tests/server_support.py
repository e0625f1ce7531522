"""Helpers of the tests of the shared office database (tests/services/test_shared.py,
tests/gui/test_connect_dialog.py): a keyring in memory, the connection settings of the test
server's database, and logins the server checks (see .ci/run)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit

import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from cbodesk.services.shared import SharedConnection


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in a dict, as an OS keyring would keep them."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


def connection_of(url: str, **changes: object) -> SharedConnection:
    """The settings of the database at *url* (no TLS), with *changes*."""
    parts = urlsplit(url)
    values: dict[str, object] = {"host": parts.hostname or "127.0.0.1", "database": parts.path.lstrip("/"),
                                 "user": parts.username or "postgres", "port": parts.port or 5432, "tls": "off"}
    values.update(changes)
    return SharedConnection(**values)  # type: ignore[arg-type]


def server_checks(ok: bool, what: str) -> None:
    """Skip (fail in CI) unless the test server checks *what*."""
    if not ok:
        message = (f"the PostgreSQL test server does not check {what}: add the pg_hba.conf lines "
                   "that .ci/run adds")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@contextlib.contextmanager
def login_role(pg_url: str, group: str, password: str) -> Iterator[SharedConnection]:
    """A login role in *group* with *password*, owner of the test database; dropped afterwards."""
    name = f"cbodesk_u_{uuid.uuid4().hex[:10]}"
    database = urlsplit(pg_url).path.lstrip("/")
    with psycopg.connect(pg_url, autocommit=True) as con:
        try:
            con.execute(f"CREATE ROLE {group} NOLOGIN")
        except (psycopg.errors.DuplicateObject, psycopg.errors.UniqueViolation):
            pass
        con.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {group}")
        con.execute(f'ALTER DATABASE "{database}" OWNER TO {name}')
    try:
        yield connection_of(pg_url, user=name)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute(f"REASSIGN OWNED BY {name} TO CURRENT_USER")
            con.execute(f"DROP OWNED BY {name}")
            con.execute(f'ALTER DATABASE "{database}" OWNER TO CURRENT_USER')
            con.execute(f"DROP ROLE {name}")


@contextlib.contextmanager
def password_login_role(pg_url: str, password: str) -> Iterator[SharedConnection]:
    """A login that must give *password*; skipped (failed in CI) if the server does not check it."""
    with login_role(pg_url, "cbodesk_password_login", password) as conn:
        try:
            psycopg.connect(conn.url(), password="not the password", connect_timeout=5).close()
            checked = False
        except psycopg.OperationalError:
            checked = True
        server_checks(checked, "passwords")
        yield conn
