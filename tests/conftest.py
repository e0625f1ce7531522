"""Test setup: Qt offscreen, user files in a temporary folder, real databases.

Storage and service tests run on SQLite and on PostgreSQL (the ``cbo_location``
fixture). PostgreSQL comes from ``CBODESK_TEST_PG``, a URL of a server where
the tests may create and drop databases (``.ci/run`` starts one). Without it,
the PostgreSQL cases are skipped with a reason on a developer's machine, but
fail in CI (``CI=true``).
"""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt or reads the user's folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CBODESK_HOME"] = tempfile.mkdtemp(prefix="cbodesk-test-home-")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit  # noqa: E402

import pytest  # noqa: E402

if TYPE_CHECKING:
    from server_support import MemoryKeyring

PG_ENV = "CBODESK_TEST_PG"


def _admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _need_postgres() -> str:
    url = _admin_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests (.ci/run starts a server)")
        pytest.skip(f"no PostgreSQL test server: set {PG_ENV}=postgresql://user@host:port/postgres")
    return url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, ""))


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped afterwards."""
    import psycopg

    admin = _need_postgres()
    name = f"cbodesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _with_database(admin, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def cbo_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where to create a CBO: a new .cbodesk file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.cbodesk")
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def home() -> Path:
    """The folder that stands in for the user's data, config and log folders."""
    return Path(os.environ["CBODESK_HOME"])


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring that keeps passwords in memory for the test (tests/server_support.py)."""
    import keyring
    from server_support import MemoryKeyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def models_on_the_proxy() -> Iterator[None]:
    """Models bound to the proxy before and after, whatever a test does to them."""
    from cbodesk.storage.models import MODELS, database_proxy

    for model in MODELS:
        model.bind(database_proxy)
    yield
    for model in MODELS:
        model.bind(database_proxy)
