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

from cbodesk import __version__
from cbodesk.storage import fileformat as ff
from cbodesk.storage.models import MODELS, Meta, Profile

if TYPE_CHECKING:
    from cbodesk.storage.database import Cbo

log = logging.getLogger(__name__)

Step = Callable[["Cbo"], None]

# STEPS[n] brings a CBO from version n - 1 to version n.
STEPS: dict[int, Step] = {}

CURRENT_VERSION = 1


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
