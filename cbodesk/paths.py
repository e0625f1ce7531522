"""Where CBO Desk finds its own files and keeps the user's.

Resources are found the same way from a checkout, an installed wheel and a
PyInstaller bundle (``sys._MEIPASS``), never from the current directory.
User files go where the operating system expects them (platformdirs).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "CBODesk"
APP_AUTHOR = "CBODesk"


@cache
def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package = Path(__file__).resolve().parent
    candidates += [package.parent / "resources", package / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"CBO Desk resources not found in {', '.join(map(str, candidates))}")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _override(name: str) -> Path | None:
    # Tests and portable installs (a USB stick) point all user files at one folder.
    root = os.environ.get("CBODESK_HOME")
    return Path(root) / name if root else None


def user_data_dir() -> Path:
    return _override("data") or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    return _override("config") or Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    return _override("logs") or Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_cbo_dir() -> Path:
    """Where new CBO files go unless the person chooses otherwise."""
    return user_data_dir() / "CBOs"


def backups_dir() -> Path:
    return user_data_dir() / "backups"


def log_file() -> Path:
    return user_log_dir() / "cbodesk.log"
