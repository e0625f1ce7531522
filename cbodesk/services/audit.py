"""Writing the audit log: one entry per change, inside the change's own transaction."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

from cbodesk.domain.roles import Actor
from cbodesk.storage.models import AuditEntry


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
    AuditEntry.create(
        at=datetime.now(timezone.utc).replace(tzinfo=None),
        username=actor.username,
        action=action,
        area=area,
        record=record,
        before=as_json(before),
        after=as_json(after),
    )
