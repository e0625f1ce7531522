"""The errors a person can meet when making or restoring a backup.

They follow :mod:`cbodesk.domain.errors`: English source text marked for
translation in the ``errors`` context, saying what happened and what to do,
with ``{placeholders}`` filled after translation. The context is written as a
literal because ``pyside6-lupdate`` skips ``N_(…)`` calls whose context is a
variable.
"""

from __future__ import annotations

from cbodesk.domain.errors import UserError
from cbodesk.i18n import N_


class NotABackup(UserError):
    """The chosen file is no CBO Desk backup at all (not a zip, or not ours)."""

    def __init__(self, path: str, details: str = "") -> None:
        super().__init__(
            N_("errors", "{path} is not a CBO Desk backup. Choose a backup file, whose name "
               "ends in .cbobackup. Nothing was changed."),
            path=path, details=details,
        )


class BackupDamaged(UserError):
    """A backup whose content no longer matches its checksum or fails the database check."""

    def __init__(self, path: str, details: str = "") -> None:
        super().__init__(
            N_("errors", "The backup {path} is damaged and cannot be restored. Nothing was "
               "changed. Choose another backup: an older one, or a copy kept on another USB "
               "stick or computer."),
            path=path, details=details,
        )


class NewerBackupFormat(UserError):
    """A backup written in a container format this CBO Desk does not know yet."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            N_("errors", "The backup {path} was made by a newer CBO Desk. Install the newest "
               "CBO Desk to restore it. Nothing was changed."),
            path=path, found=found, supported=supported,
        )


class BackupFolderNotWritable(UserError):
    """The folder chosen for a backup is missing, read-only or refuses new files."""

    def __init__(self, folder: str, details: str = "") -> None:
        super().__init__(
            N_("errors", "The backup cannot be saved in {folder}: the folder is missing or "
               "cannot be written to (for example a USB stick that was removed or is locked). "
               "Choose another folder and try again."),
            folder=folder, details=details,
        )
