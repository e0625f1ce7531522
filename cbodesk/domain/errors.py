"""The errors of CBO Desk.

Three kinds reach a person (STYLE.md §5): a :class:`UserError` they can act on
(shown as a plain message in their language), a cancellation (shown as
nothing), and everything else, a bug (logged and shown with an apology and a
"copy details" button).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from dataclasses import field as dataclass_field
from typing import Any

from cbodesk.i18n import N_, Translate, untranslated

CONTEXT = "errors"


class CboDeskError(Exception):
    """Base of every exception CBO Desk raises on purpose."""


class UserCancelled(CboDeskError):
    """The person cancelled; nothing to say."""


class UserError(CboDeskError):
    """Something the person can understand and act on.

    *message* is an English source string marked with ``N_("errors", …)``;
    it may hold ``{name}`` placeholders, filled from *params* after
    translation, so the translated text keeps the values.
    """

    def __init__(self, message: str, /, *, details: str = "", **params: Any) -> None:
        self.message = message
        self.params = params
        self.details = details
        super().__init__(self.text())

    def text(self, translate: Translate = untranslated) -> str:
        template = translate(CONTEXT, self.message)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return self.message.format(**self.params)


class ChangedMeanwhile(UserError):
    """Somebody else saved the record after it was opened here; nothing was saved over theirs.

    *who* saved it and *when* (UTC, as stored; None if unknown) are kept for the screen,
    which says them in the person's language and offers to reload. Each kind of record
    has its own subclass with its own wording.
    """

    def __init__(self, message: str, /, *, who: str, when: datetime | None) -> None:
        self.who = who
        self.when = when
        super().__init__(message, who=who)


class NotACboFile(UserError):
    def __init__(self, path: str) -> None:
        super().__init__(
            N_("errors", "{path} is not a CBO Desk file. Choose a file that ends in .cbodesk, "
               "or a backup file to restore."),
            path=path,
        )


class DamagedFile(UserError):
    def __init__(self, path: str, details: str = "") -> None:
        super().__init__(
            N_("errors", "The CBO file {path} is damaged and cannot be opened safely. Nothing was "
               "changed. Restore it from a backup (File → Restore…), or ask your supporting NGO "
               "for help."),
            path=path, details=details,
        )


class ReadOnlyFile(UserError):
    def __init__(self, path: str) -> None:
        super().__init__(
            N_("errors", "The CBO file {path} cannot be changed: the file or its folder is "
               "read-only (for example a CD, a locked USB stick or a protected folder). Copy it "
               "to your Documents folder and open the copy."),
            path=path,
        )


class DiskFull(UserError):
    def __init__(self, path: str = "") -> None:
        super().__init__(
            N_("errors", "The disk is full, so nothing was saved. Free some space (empty the "
               "recycle bin, delete old downloads), then try again."),
            path=path,
        )


class FileInUse(UserError):
    def __init__(self, path: str, holder: str) -> None:
        super().__init__(
            N_("errors", "The CBO file {path} is already open in another CBO Desk window "
               "({holder}). Close it there first: two windows writing one file at once could "
               "damage it."),
            path=path, holder=holder,
        )


class NewerVersion(UserError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            N_("errors", "The CBO file {path} was saved by a newer CBO Desk (data version "
               "{found}; this CBO Desk knows up to {supported}). Install the newest CBO Desk to "
               "open it. Nothing was changed."),
            path=path, found=found, supported=supported,
        )


class DatabaseUnavailable(UserError):
    def __init__(self, where: str, details: str = "") -> None:
        super().__init__(
            N_("errors", "Cannot reach the shared CBO database {where}. Check the network cable "
               "or Wi-Fi, the server address, the user name and the password, then try again."),
            where=where, details=details,
        )


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a form or a row: which field, and what to do."""

    field: str
    message: str  # English source, marked N_("errors", …)
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    def text(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.message).format(**self.params)


class InvalidInput(UserError):
    """A form or a file with one or more problems, all reported together."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(N_("errors", "Please correct the marked fields."))

    def text(self, translate: Translate = untranslated) -> str:
        head = super().text(translate)
        return "\n".join([head, *("• " + p.text(translate) for p in self.problems)])
