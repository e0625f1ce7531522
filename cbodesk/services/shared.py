"""A shared office CBO on PostgreSQL: its connection settings, its password, and testing it.

The connection (server, port, database, user, TLS) is written into the settings
file as a recent CBO: a ``postgresql://`` URL *without* the password. The
password goes into the operating system's keyring (service ``CBO Desk``, key
``user@host:port/database``) when this computer has one; when it has none
(NOTES.md: the "fail" backend on a computer without a desktop session, or the
"null" one), it is asked each time and never written to any file.

``keyring`` and ``psycopg`` are imported when first needed: importing them at
start costs the app a noticeable part of a second.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from cbodesk.domain.errors import DatabaseUnavailable, UserError
from cbodesk.i18n import N_
from cbodesk.storage import fileformat as ff
from cbodesk.storage.database import Location, open_cbo

if TYPE_CHECKING:
    from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

KEYRING_SERVICE = "CBO Desk"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10

TlsMode = Literal["off", "prefer", "require", "verify-full"]
TLS_MODES: tuple[TlsMode, ...] = ("off", "prefer", "require", "verify-full")
_SSLMODE: dict[str, str] = {"off": "disable", "prefer": "prefer", "require": "require",
                            "verify-full": "verify-full"}
_TLS_OF_SSLMODE: dict[str, TlsMode] = {"disable": "off", "allow": "prefer", "prefer": "prefer",
                                       "require": "require", "verify-ca": "verify-full",
                                       "verify-full": "verify-full"}


@dataclass(frozen=True)
class SharedConnection:
    """Where a shared CBO lives: everything needed to reach it except the password."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: TlsMode = "prefer"
    ca_file: str = ""  # the server's certificate authority, for "verify-full"

    def url(self) -> str:
        """The ``postgresql://`` URL kept in the settings file (no password in it)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = {"sslmode": _SSLMODE[self.tls]}
        if self.tls == "verify-full" and self.ca_file:
            query["sslrootcert"] = self.ca_file
        return (f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}?{urlencode(query)}")

    def location(self, password: str = "") -> Location:
        return Location(self.url(), password=password)

    def keyring_key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def display(self) -> str:
        return f"{self.database} ({self.user}@{self.host}:{self.port})"

    @classmethod
    def from_url(cls, url: str) -> SharedConnection:
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        tls = _TLS_OF_SSLMODE.get(query.get("sslmode", "prefer"), "prefer")
        return cls(host=parts.hostname or "localhost", database=unquote(parts.path.lstrip("/")),
                   user=unquote(parts.username or ""), port=parts.port or DEFAULT_PORT, tls=tls,
                   ca_file=query.get("sslrootcert", ""))

    def problems(self) -> list[str]:
        """What is missing from the form, as messages marked N_("errors", …)."""
        found = []
        if not self.host.strip():
            found.append(N_("errors", "Type the address of the database server."))
        if not self.database.strip():
            found.append(N_("errors", "Type the name of the database."))
        if not self.user.strip():
            found.append(N_("errors", "Type the user name on the database server."))
        if not 0 < self.port < 65536:
            found.append(N_("errors", "The port is a number from 1 to 65535 (usually 5432)."))
        if self.tls == "verify-full" and not self.ca_file:
            found.append(N_("errors", "To check the server's certificate, choose the file of the "
                                      "certificate authority (ask the administrator of the server)."))
        elif self.tls == "verify-full" and not os.path.isfile(self.ca_file):
            found.append(N_("errors", "The certificate authority file is not there. Choose it again."))
        return found


# ---------------------------------------------------------------------------
# The password and the keyring


def keyring_available() -> bool:
    """Whether this computer can remember a password (an OS keyring that is not a stand-in)."""
    import keyring
    from keyring.backends import chainer, fail, null

    try:
        backend = keyring.get_keyring()
    except Exception:
        log.warning("no usable keyring", exc_info=True)
        return False
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def remember_password(conn: SharedConnection, password: str) -> bool:
    """Keep *password* in the OS keyring; False when this computer cannot remember it."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, conn.keyring_key(), password)
    except KeyringError:
        log.warning("the keyring refused the password of %s", conn.keyring_key(), exc_info=True)
        return False
    return True


def stored_password(conn: SharedConnection) -> str | None:
    """The password kept for *conn*, or None (none kept, or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, conn.keyring_key())
    except KeyringError:
        log.warning("could not read the keyring", exc_info=True)
        return None


def forget_password(conn: SharedConnection) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, conn.keyring_key())
    except PasswordDeleteError:
        pass  # nothing was kept
    except KeyringError:
        log.warning("could not forget the password of %s", conn.keyring_key(), exc_info=True)


# ---------------------------------------------------------------------------
# Testing a connection, and the messages for what can go wrong


class ServerUnreachable(UserError):
    def __init__(self, server: str, details: str = "") -> None:
        super().__init__(N_("errors", "The database server {server} does not answer. Check the network "
                                      "cable or Wi-Fi, the server address and the port, and that the "
                                      "server is switched on."), server=server, details=details)


class WrongPassword(UserError):
    def __init__(self, user: str, details: str = "") -> None:
        super().__init__(N_("errors", "The server refused the user name {user} or its password. Check "
                                      "both (capital letters count) and try again."),
                         user=user, details=details)


class PasswordNeeded(WrongPassword):
    def __init__(self, user: str, details: str = "") -> None:
        UserError.__init__(self, N_("errors", "The server asks for the password of {user}. Type it."),
                           user=user, details=details)


class DatabaseMissing(UserError):
    def __init__(self, database: str, server: str, details: str = "") -> None:
        super().__init__(N_("errors", "There is no database named {database} on {server}. Check the "
                                      "name, or ask the administrator of the server to create it."),
                         database=database, server=server, details=details)


class TlsRequired(UserError):
    def __init__(self, server: str, details: str = "") -> None:
        super().__init__(N_("errors", "The server {server} accepts only encrypted connections. Choose "
                                      "\u201cprefer\u201d or \u201crequire\u201d for encryption (TLS)."),
                         server=server, details=details)


class TlsUnavailable(UserError):
    def __init__(self, server: str, details: str = "") -> None:
        super().__init__(N_("errors", "The server {server} does not offer encrypted connections (TLS), "
                                      "but encryption is required here. Ask the administrator of the "
                                      "server to switch TLS on, or choose \u201cprefer\u201d."),
                         server=server, details=details)


class TlsCertificateProblem(UserError):
    def __init__(self, server: str, details: str = "") -> None:
        super().__init__(N_("errors", "The certificate of the server {server} could not be checked: it "
                                      "is not signed by the chosen certificate authority, or it is for "
                                      "another server name. Ask the administrator of the server for "
                                      "the right certificate authority file."),
                         server=server, details=details)


class NotAllowedHere(UserError):
    def __init__(self, user: str, server: str, details: str = "") -> None:
        super().__init__(N_("errors", "The server {server} does not let {user} connect from this "
                                      "computer. Ask the administrator of the server to allow it."),
                         user=user, server=server, details=details)


def connection_error(conn: SharedConnection, exc: BaseException) -> UserError:
    """The message for a failed connection to *conn*, from psycopg's error (or its causes)."""
    texts: list[str] = []
    sqlstate = ""
    cause: BaseException | None = exc
    while cause is not None and len(texts) < 5:
        texts.append(str(cause))
        sqlstate = sqlstate or (getattr(cause, "sqlstate", None) or "")
        cause = cause.__cause__ or cause.__context__
    text = " ".join(texts).lower()
    details = texts[0] if texts else ""
    server = f"{conn.host}:{conn.port}"
    if "server does not support ssl" in text:
        return TlsUnavailable(server, details)
    if ("certificate" in text and ("verify" in text or "does not match" in text or "root cert" in text)) \
            or "sslrootcert" in text:
        return TlsCertificateProblem(server, details)
    if sqlstate == "28P01" or "password authentication failed" in text:
        return WrongPassword(conn.user, details)
    if "no password supplied" in text:
        return PasswordNeeded(conn.user, details)
    if sqlstate == "3D000" or ("database" in text and "does not exist" in text):
        return DatabaseMissing(conn.database, server, details)
    if "role" in text and "does not exist" in text:
        return WrongPassword(conn.user, details)
    if "pg_hba.conf" in text:
        if "no encryption" in text:
            return TlsRequired(server, details)
        return NotAllowedHere(conn.user, server, details)
    return ServerUnreachable(server, details)


Contents = Literal["cbo", "empty", "other"]


@dataclass(frozen=True)
class ConnectionCheck:
    """What a successful test found in the database."""

    contents: Contents
    schema_version: int = 0
    cbo_name: str = ""
    tables: list[str] = field(default_factory=list)


_NOT_A_CBO = N_("errors", "The database {database} holds tables of another program, not a CBO. Choose "
                          "another database, or ask the administrator of the server for an empty one.")


def check_connection(conn: SharedConnection, password: str, *,
                     timeout: int = CONNECT_TIMEOUT_S) -> ConnectionCheck:
    """Connect once to *conn* and say what is there; a :class:`UserError` when it fails."""
    import psycopg

    try:
        with psycopg.connect(conn.url(), password=password or None, connect_timeout=timeout,
                             autocommit=True) as con:
            tables = sorted(row[0] for row in con.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
            if not tables:
                return ConnectionCheck("empty")
            if ff.META_TABLE not in tables:
                return ConnectionCheck("other", tables=tables)
            meta: dict[str, str] = dict(con.execute(f"SELECT key, value FROM {ff.META_TABLE}").fetchall())
            name = ""
            if "profile" in tables:
                row = con.execute("SELECT name_en, name_km FROM profile WHERE id = 1").fetchone()
                if row is not None:
                    name = row[0] or row[1] or ""
            try:
                version = int(meta.get(ff.META_SCHEMA_VERSION, 0))
            except ValueError:
                version = 0
            return ConnectionCheck("cbo", schema_version=version, cbo_name=name, tables=tables)
    except psycopg.Error as exc:
        raise connection_error(conn, exc) from exc


def not_a_cbo(conn: SharedConnection) -> UserError:
    return UserError(_NOT_A_CBO, database=conn.database)


def open_shared(location: Location) -> Cbo:
    """Open a shared CBO, with the plain reason (wrong password, no such database…) when it fails."""
    try:
        return open_cbo(location, backup_dir=None)
    except DatabaseUnavailable as exc:
        raise connection_error(SharedConnection.from_url(location.text), exc) from exc


def with_stored_password(location: Location) -> Location:
    """*location* with the password the keyring keeps for it (unchanged when there is none)."""
    if not location.is_postgres or location.password or _url_has_password(location.text):
        return location
    password = stored_password(SharedConnection.from_url(location.text))
    return Location(location.text, password=password) if password else location


def _url_has_password(url: str) -> bool:
    return urlsplit(url).password is not None
