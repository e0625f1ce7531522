"""Backing up and restoring, as a person asks for them: the role is checked here.

The automatic backups (on close, daily, before an upgrade) are the app's own
doing and go straight to :mod:`cbodesk.storage.snapshots`; a backup or restore a
person chooses from the menu comes through these, so a hidden menu item is
never the only guard (DESIGN.md, Users and roles).
"""

from __future__ import annotations

from pathlib import Path

from cbodesk.domain.roles import Actor
from cbodesk.storage import snapshots
from cbodesk.storage.database import Cbo


def back_up_to(cbo: Cbo, actor: Actor, folder: Path) -> Path:
    """Write a backup of *cbo* into *folder* (a USB stick); return the file written."""
    actor.require("cbo.backup")
    return snapshots.backup_cbo(cbo, folder, reason="manual")


def restore(actor: Actor, backup: Path, target: Path) -> Path | None:
    """Replace the CBO file *target* by *backup* (checked first); return where the old file was kept.

    *actor* is the person working in the CBO being replaced: only an administrator may.
    """
    actor.require("cbo.restore")
    return snapshots.restore_to_file(backup, target)
