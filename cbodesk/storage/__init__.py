"""Where a CBO's data lives: peewee models, opening SQLite or PostgreSQL, schema versions, backups.

peewee 4.5 imports psycopg at import time whenever it is installed, which costs
about 0.2 s at every start even though most CBOs never use PostgreSQL. We import
peewee with psycopg hidden and hand the driver to peewee only when a
PostgreSQL database is opened (:func:`cbodesk.storage.database.enable_postgres`).
"""

from __future__ import annotations

import sys

if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # makes `import psycopg` fail
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
