"""What makes a file a CBO Desk file, and what makes a file a CBO Desk backup.

A CBO file is an SQLite database whose header carries our application id
(``PRAGMA application_id``) and which has a ``meta`` table holding at least the
key ``schema_version``. A backup is a zip archive holding that database as
``cbo.cbodesk`` and a ``manifest.json`` with its SHA-256 checksum.
"""

from __future__ import annotations

APPLICATION_ID = 0x43424F44  # "CBOD" in ASCII: `file` and hex editors show it.
FILE_SUFFIX = ".cbodesk"
BACKUP_SUFFIX = ".cbobackup"
BACKUP_DB_NAME = "cbo.cbodesk"
BACKUP_MANIFEST_NAME = "manifest.json"
BACKUP_FORMAT = 1

META_TABLE = "meta"
META_SCHEMA_VERSION = "schema_version"
META_CBO_ID = "cbo_id"
