"""The audit log's chain: each entry's hash covers its content and the entry before it.

Like the cash book's chain (domain/cashbook.py): a log row changed, removed or
slipped in directly in the database no longer matches when the chain is recomputed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditContent:
    """What an audit entry's hash covers."""

    at: datetime
    username: str
    action: str
    area: str
    record: str
    before: str | None
    after: str | None

    def canonical(self) -> bytes:
        data = {
            "at": self.at.replace(microsecond=0).isoformat(),
            "username": self.username, "action": self.action, "area": self.area,
            "record": self.record, "before": self.before, "after": self.after,
        }
        return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def audit_hash(prev_hash: str, content: AuditContent) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + content.canonical()).hexdigest()
