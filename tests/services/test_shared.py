"""The shared office database: its connection settings, the password in the keyring (or not),
and the plain message for each way a connection fails, against the real test server.

The wrong-password and TLS-required cases need logins the server checks: ``.ci/run`` makes the
members of the roles ``cbodesk_password_login`` (password) and ``cbodesk_tls_login`` (TLS only)
check them. On a server that trusts every local login those cases are skipped (failed in CI).
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from server_support import (
    MemoryKeyring,
    connection_of,
    login_role,
    password_login_role,
    server_checks,
)

from cbodesk.domain.errors import UserError
from cbodesk.domain.profile import OrganisationProfile
from cbodesk.services import shared
from cbodesk.services.setup import new_cbo
from cbodesk.services.shared import SharedConnection
from cbodesk.storage.database import Location

PASSWORD = "Mekong river 2026"
PROFILE = OrganisationProfile(name_km="សហគមន៍នេសាទ", name_en="Office Server CBO", sector="fishery",
                              province="10")


@pytest.fixture(params=["fail", "null"])
def no_keyring(request: pytest.FixtureRequest) -> Iterator[KeyringBackend]:
    """A computer without a keyring service: the fail backend (every call raises), or null."""
    before = keyring.get_keyring()
    backend: KeyringBackend = fail.Keyring() if request.param == "fail" else null.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


OFFICE = SharedConnection(host="192.168.1.20", database="kratie_fishery", user="treasurer", port=5433,
                          tls="require")


# -- connection settings --------------------------------------------------------------------------


def test_the_url_kept_in_the_settings_has_no_password_and_reads_back() -> None:
    url = OFFICE.url()
    assert url == "postgresql://treasurer@192.168.1.20:5433/kratie_fishery?sslmode=require"
    assert SharedConnection.from_url(url) == OFFICE
    odd = SharedConnection(host="db.example.org", database="ngo cbo/1", user="sok@ngo", tls="verify-full",
                           ca_file="/home/sok/ca.crt")
    assert SharedConnection.from_url(odd.url()) == odd
    assert SharedConnection.from_url(SharedConnection("h", "d", "u", tls="off").url()).tls == "off"
    assert OFFICE.keyring_key() == "treasurer@192.168.1.20:5433/kratie_fishery"
    assert OFFICE.location(PASSWORD).password == PASSWORD and PASSWORD not in OFFICE.location(PASSWORD).text


def test_every_missing_setting_is_named_at_once(tmp_path: Path) -> None:
    empty = SharedConnection(host=" ", database="", user="", port=0, tls="verify-full")
    assert len(empty.problems()) == 5
    missing_ca = SharedConnection("h", "d", "u", tls="verify-full", ca_file=str(tmp_path / "nope.crt"))
    assert missing_ca.problems() == ["The certificate authority file is not there. Choose it again."]
    (tmp_path / "ca.crt").write_text("x")
    assert SharedConnection("h", "d", "u", tls="verify-full", ca_file=str(tmp_path / "ca.crt")).problems() == []


# -- the password in the keyring ------------------------------------------------------------------


def test_a_keyring_remembers_and_forgets_the_password(memory_keyring: MemoryKeyring) -> None:
    assert shared.keyring_available()
    assert shared.stored_password(OFFICE) is None
    assert shared.remember_password(OFFICE, PASSWORD)
    assert memory_keyring.kept == {("CBO Desk", "treasurer@192.168.1.20:5433/kratie_fishery"): PASSWORD}
    assert shared.stored_password(OFFICE) == PASSWORD
    # Another database on the same server is another password.
    assert shared.stored_password(SharedConnection("192.168.1.20", "other", "treasurer", 5433)) is None
    # Opening the recent CBO (its URL has no password) takes the kept one.
    assert shared.with_stored_password(Location.parse(OFFICE.url())).password == PASSWORD
    shared.forget_password(OFFICE)
    shared.forget_password(OFFICE)  # twice is fine
    assert shared.stored_password(OFFICE) is None
    assert shared.with_stored_password(Location.parse(OFFICE.url())).password == ""


def test_without_a_keyring_nothing_is_remembered_and_nothing_fails(no_keyring: KeyringBackend,
                                                                   home: Path) -> None:
    assert not shared.keyring_available()
    assert not shared.remember_password(OFFICE, PASSWORD)
    assert shared.stored_password(OFFICE) is None  # asked each time
    shared.forget_password(OFFICE)
    assert shared.with_stored_password(Location.parse(OFFICE.url())).password == ""
    written = [p for p in home.rglob("*") if p.is_file() and PASSWORD.encode() in p.read_bytes()]
    assert written == []


# -- testing a connection against the real server -------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.postgres
def test_an_empty_database_a_cbo_and_another_programs_tables(pg_url: str) -> None:
    conn = connection_of(pg_url)
    assert shared.check_connection(conn, "").contents == "empty"
    cbo, _admin = new_cbo(conn.location(), PROFILE, "Sok Dara")
    cbo.close()
    found = shared.check_connection(conn, "")
    assert (found.contents, found.cbo_name) == ("cbo", "Office Server CBO")
    assert found.schema_version >= 4

    with psycopg.connect(pg_url, autocommit=True) as con:
        other = f"other_{uuid.uuid4().hex[:8]}"
        con.execute(f'CREATE DATABASE "{other}"')
    try:
        with psycopg.connect(pg_url.rsplit("/", 1)[0] + "/" + other, autocommit=True) as con:
            con.execute("CREATE TABLE invoices (id serial primary key)")
        found = shared.check_connection(connection_of(pg_url, database=other), "")
        assert (found.contents, found.tables) == ("other", ["invoices"])
    finally:
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute(f'DROP DATABASE "{other}" WITH (FORCE)')


@pytest.mark.postgres
def test_no_server_and_no_database_are_told_plainly(pg_url: str) -> None:
    with pytest.raises(shared.ServerUnreachable) as caught:
        shared.check_connection(connection_of(pg_url, port=free_port()), "")
    assert "does not answer" in caught.value.text()
    with pytest.raises(shared.DatabaseMissing) as missing:
        shared.check_connection(connection_of(pg_url, database="no_such_cbo"), "")
    assert missing.value.text().startswith("There is no database named no_such_cbo on 127.0.0.1:")
    with pytest.raises(shared.TlsUnavailable):  # the test server has no TLS
        shared.check_connection(connection_of(pg_url, tls="require"), "")


@pytest.fixture
def password_login(pg_url: str) -> Iterator[SharedConnection]:
    with password_login_role(pg_url, PASSWORD) as conn:
        yield conn


@pytest.mark.postgres
def test_a_wrong_or_missing_password_is_told_plainly(password_login: SharedConnection) -> None:
    conn = password_login
    with pytest.raises(shared.WrongPassword) as caught:
        shared.check_connection(conn, "mekong river 2026")  # capitals count
    assert caught.value.text() == (f"The server refused the user name {conn.user} or its password. Check "
                                   "both (capital letters count) and try again.")
    with pytest.raises(shared.PasswordNeeded):
        shared.check_connection(conn, "")
    assert shared.check_connection(conn, PASSWORD).contents == "empty"
    # The same through opening: the plain reason, not "cannot reach".
    cbo, _admin = new_cbo(conn.location(PASSWORD), PROFILE, "Sok Dara")
    cbo.close()
    with pytest.raises(shared.WrongPassword):
        shared.open_shared(conn.location("wrong"))
    with shared.open_shared(conn.location(PASSWORD)) as cbo:
        assert cbo.schema_version() >= 4


@pytest.mark.postgres
def test_a_server_that_requires_tls_says_so(pg_url: str) -> None:
    with login_role(pg_url, "cbodesk_tls_login", PASSWORD) as conn:
        try:
            shared.check_connection(conn, PASSWORD)
            refused: UserError | None = None
        except UserError as error:
            refused = error
        server_checks(refused is not None, "TLS-only logins")
        assert isinstance(refused, shared.TlsRequired), refused.details if refused else None
        assert "accepts only encrypted connections" in refused.text()
