"""The settings of this computer's CBO Desk, declared once each.

Every setting has a name, a type, a default and a description (as Electrum's
``ConfigVar``). They live in ``settings.json`` in the user config folder;
``QSettings`` keeps only window geometry. Settings are passed in where needed,
never read from a global.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from cbodesk import paths

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    name: str
    type: type
    default: T
    description: str

    def coerce(self, value: Any) -> T:
        if isinstance(self.default, list):
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return cast(T, value)
            raise TypeError(self.name)
        if isinstance(value, self.type) and not (self.type is int and isinstance(value, bool)):
            return cast(T, value)
        raise TypeError(self.name)


LANGUAGE = Setting("language", str, "en", "Language of the app: 'en' or 'km'.")
KHMER_DIGITS = Setting("khmer_digits", bool, False, "Show numbers and dates in Khmer digits.")
LAST_CBO = Setting("last_cbo", str, "", "The CBO opened last, opened again at start.")
RECENT_CBOS: Setting[list[str]] = Setting("recent_cbos", list, [], "Recently opened CBOs, newest first.")
AUTO_BACKUP = Setting("auto_backup", bool, True, "Back up on close and once a day.")
BACKUP_FOLDER = Setting("backup_folder", str, "", "Folder of automatic backups; empty: default.")

ALL: list[Setting[Any]] = [LANGUAGE, KHMER_DIGITS, LAST_CBO, RECENT_CBOS, AUTO_BACKUP, BACKUP_FOLDER]
LANGUAGES = ("en", "km")
MAX_RECENT = 8


class Config:
    """Settings read from and written to one JSON file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.user_config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            # A damaged settings file must not stop the app: start from defaults.
            log.warning("ignoring unreadable settings %s: %s", self.path, exc)
            return
        if not isinstance(raw, dict):
            return
        for setting in ALL:
            if setting.name in raw:
                try:
                    self._values[setting.name] = setting.coerce(raw[setting.name])
                except TypeError:
                    log.warning("ignoring bad value for setting %s", setting.name)

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.name, setting.default)
        if setting is LANGUAGE and value not in LANGUAGES:
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        self._values[setting.name] = setting.coerce(value)
        self.save()

    def add_recent(self, location: str) -> None:
        recent = [location] + [r for r in self.get(RECENT_CBOS) if r != location]
        self._values[RECENT_CBOS.name] = recent[:MAX_RECENT]
        self._values[LAST_CBO.name] = location
        self.save()

    def forget_recent(self, location: str) -> None:
        self._values[RECENT_CBOS.name] = [r for r in self.get(RECENT_CBOS) if r != location]
        if self.get(LAST_CBO) == location:
            self._values[LAST_CBO.name] = ""
        self.save()

    def backup_folder(self) -> Path:
        chosen = self.get(BACKUP_FOLDER)
        return Path(chosen) if chosen else paths.backups_dir()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename: a power cut never leaves half a settings file.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, ensure_ascii=False, indent=2)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
