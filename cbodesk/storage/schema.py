"""Schema versions and their upgrade steps.

A new CBO gets the current tables straight from the models. An older one is
brought forward one numbered step at a time, each step in its own transaction,
after a backup of the whole CBO (``reason="before-upgrade"``). A test upgrades
the file of every released version kept in ``tests/fixtures/`` and compares the
result with a freshly created CBO, so a step that forgets a column fails.

To change the schema: change the models, add ``_step_N`` below that brings
version N-1 to N (with :mod:`playhouse.migrate`), add it to ``STEPS``, and keep
a file of the released version N-1 under ``tests/fixtures/``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from cbodesk import __version__
from cbodesk.storage import fileformat as ff
from cbodesk.storage.models import MODELS, Meta, Profile

if TYPE_CHECKING:
    from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

Step = Callable[["Cbo"], None]

def _step_2(cbo: Cbo) -> None:
    """Version 2: the cash book (accounts, categories, funds, entries, closings, budget)."""
    from cbodesk.storage.models import CASHBOOK_MODELS, MEMBER_MODELS, PLAN_MODELS

    # The cash book's tables as the models are now: entries refer to members
    # (version 3) and activities (version 4), so those tables come too (the later
    # steps then find them).
    cbo.db.create_tables([*MEMBER_MODELS, *PLAN_MODELS, *CASHBOOK_MODELS])
    profile = Profile.get_or_none(Profile.id == 1)
    insert_cashbook_defaults(profile.uses_khr if profile else True, profile.uses_usd if profile else True)


def insert_cashbook_defaults(uses_khr: bool, uses_usd: bool) -> None:
    """The default categories, and a cash box for each currency used (when there are none yet).

    Call inside a transaction with the models bound.
    """
    from cbodesk.domain.cashbook import DEFAULT_CATEGORIES
    from cbodesk.storage.models import Account, Category

    if not Category.select().exists():
        Category.insert_many([
            {"kind": c.kind, "code": c.code, "name_en": c.name_en, "name_km": c.name_km,
             "sort_order": i * 10}
            for i, c in enumerate(DEFAULT_CATEGORIES)]).execute()
    if not Account.select().exists():
        now = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        for used, code, name in ((uses_khr, "KHR", "Cash – riel"), (uses_usd, "USD", "Cash – dollars")):
            if used:
                Account.create(name=name, kind="cash", currency=code, opening_minor=0,
                               opening_date=now.date().replace(month=1, day=1), created_at=now)


def _step_3(cbo: Cbo) -> None:
    """Version 3: the member register (villages, members, status history, committee terms,
    membership fees) and the member an entry of the cash book was paid by or to."""
    from playhouse.migrate import SchemaMigrator, migrate

    from cbodesk.storage.models import MEMBER_MODELS, Entry

    cbo.db.create_tables(MEMBER_MODELS)  # safe: only those not there yet
    columns = {c.name for c in cbo.db.get_columns(Entry._meta.table_name)}
    if Entry.member.column_name not in columns:
        migrator = SchemaMigrator.from_database(cbo.db)
        migrate(migrator.add_column(Entry._meta.table_name, Entry.member.column_name, Entry.member))


def _step_4(cbo: Cbo) -> None:
    """Version 4: meetings and minutes, activity plans and M&E, the activity an entry of
    the cash book was for, login details of users, and the audit log's hash chain."""
    from playhouse.migrate import SchemaMigrator, migrate

    from cbodesk.domain.audit import GENESIS, AuditContent, audit_hash
    from cbodesk.storage.models import MEETING_MODELS, PLAN_MODELS, AuditEntry, Entry, User

    cbo.db.create_tables([*PLAN_MODELS, *MEETING_MODELS])  # safe: only those not there yet
    migrator = SchemaMigrator.from_database(cbo.db)
    new_columns: list[tuple[type[pw.Model], list[pw.Field]]] = [
        (Entry, [Entry.activity]),
        (User, [User.must_change_password, User.last_login_at, User.row_version]),
        (AuditEntry, [AuditEntry.prev_hash, AuditEntry.row_hash])]
    for model, fields in new_columns:
        columns = {c.name for c in cbo.db.get_columns(model._meta.table_name)}
        migrate(*[migrator.add_column(model._meta.table_name, f.column_name, f)
                  for f in fields if f.column_name not in columns])
    for model in (Entry, AuditEntry):
        model._schema.create_indexes(safe=True)  # type: ignore[union-attr]
    # Chain the log written so far, oldest first, as if it had always been chained.
    prev_hash = GENESIS
    for row in AuditEntry.select().order_by(AuditEntry.id):
        content = AuditContent(at=row.at.replace(microsecond=0), username=row.username, action=row.action,
                               area=row.area, record=row.record, before=row.before, after=row.after)
        row_hash = audit_hash(prev_hash, content)
        AuditEntry.update(at=content.at, prev_hash=prev_hash, row_hash=row_hash).where(
            AuditEntry.id == row.id).execute()
        prev_hash = row_hash


# STEPS[n] brings a CBO from version n - 1 to version n. A step that creates
# tables creates them as the models are now; a later step that changes such a
# table must therefore check what is already there.
STEPS: dict[int, Step] = {2: _step_2, 3: _step_3, 4: _step_4}

CURRENT_VERSION = 4


def create(cbo: Cbo, *, cbo_id: str, fill: Callable[[Cbo], Any] | None = None) -> None:
    """Create every table of the current version, the meta rows and the profile row."""
    with cbo.atomic():
        cbo.db.create_tables(MODELS)
        Meta.insert_many([
            {"key": ff.META_SCHEMA_VERSION, "value": str(CURRENT_VERSION)},
            {"key": ff.META_CBO_ID, "value": cbo_id},
            {"key": "created_at", "value": datetime.now(timezone.utc).isoformat(timespec="seconds")},
            {"key": "created_by_app", "value": __version__},
        ]).execute()
        Profile.create(id=1)
        if fill is not None:
            fill(cbo)


def upgrade(cbo: Cbo, from_version: int, *, backup_dir: Path | None,
            steps: dict[int, Step] | None = None, target: int | None = None) -> None:
    """Bring *cbo* from *from_version* to the current version, backing it up first."""
    steps = STEPS if steps is None else steps
    target = CURRENT_VERSION if target is None else target
    missing = [n for n in range(from_version + 1, target + 1) if n not in steps]
    if missing:
        raise RuntimeError(f"no upgrade step to schema version {missing[0]}")
    backup = backup_before_upgrade(cbo, backup_dir)
    log.info("upgrading %s from schema %d to %d (backup: %s)",
             cbo.location.display(), from_version, target, backup)
    for number in range(from_version + 1, target + 1):
        with cbo.atomic():
            steps[number](cbo)
            Meta.update(value=str(number)).where(Meta.key == ff.META_SCHEMA_VERSION).execute()
        log.info("schema step %d done", number)


def backup_before_upgrade(cbo: Cbo, backup_dir: Path | None) -> Path | None:
    from cbodesk.storage import snapshots

    return snapshots.backup_cbo(cbo, backup_dir, reason="before-upgrade")
