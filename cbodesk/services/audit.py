"""Writing the audit log: one entry per change, inside the change's own transaction."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timezone
from typing import Any

import peewee as pw

from cbodesk.domain.audit import GENESIS, AuditContent, audit_hash
from cbodesk.domain.roles import Actor
from cbodesk.storage.models import AuditEntry, database_proxy


AUDIT_LOCK_KEY = 0x43424F41  # PostgreSQL advisory lock of the audit log's end (any constant)


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def as_json(record: dict[str, Any] | None) -> str | None:
    if record is None:
        return None
    return json.dumps({k: _plain(v) for k, v in record.items()}, ensure_ascii=False, sort_keys=True)


def record_change(actor: Actor, action: str, area: str, record: str,
                  before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """Add an audit entry. Call inside the transaction that makes the change."""
    if before is not None and after is not None:
        # Keep only what changed, so the log reads as "what was done".
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after[k] for k in changed}
    content = AuditContent(
        at=datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0),
        username=actor.username,
        action=action,
        area=area,
        record=record,
        before=as_json(before),
        after=as_json(after),
    )
    append(content)


def append(content: AuditContent) -> None:
    """Add *content* at the end of the chain. Call inside a transaction.

    On PostgreSQL two computers may write at once: a transaction-level advisory
    lock makes them take turns at the end of the chain (SQLite writers already do).
    """
    db = database_proxy.obj
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK_KEY,))
    last = AuditEntry.select(AuditEntry.row_hash).order_by(AuditEntry.id.desc()).first()
    prev_hash = last.row_hash if last is not None and last.row_hash else GENESIS
    AuditEntry.create(**dataclasses.asdict(content), prev_hash=prev_hash,
                      row_hash=audit_hash(prev_hash, content))
