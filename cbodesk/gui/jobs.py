"""Long work off the GUI thread, with a progress dialog and a Cancel button.

The job is a plain function of a ``threading.Event`` (set when the person
cancels) that never touches widgets; its result or exception comes back on the
GUI thread through a queued signal (as Anki's ``QueryOp``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cbodesk.domain.errors import UserCancelled
from cbodesk.gui.errors import show_error

T = TypeVar("T")

# Below this, a dialog that flashes up and vanishes is worse than none.
SHOW_AFTER_MS = 400


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


_running: set[_Relay] = set()


def run_job(parent: QWidget | None, label: str, work: Callable[[threading.Event], T],
            on_success: Callable[[T], Any], *,
            on_failure: Callable[[BaseException], Any] | None = None,
            progress: bool = True) -> threading.Thread:
    cancel = threading.Event()
    relay = _Relay()
    _running.add(relay)
    dialog: QProgressDialog | None = None
    if progress:
        dialog = QProgressDialog(label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.canceled.connect(cancel.set)

    def finish() -> None:
        _running.discard(relay)
        if dialog is not None:
            dialog.canceled.disconnect(cancel.set)
            dialog.reset()
            dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finish()
        if cancel.is_set():
            return
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, UserCancelled) or cancel.is_set():
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            show_error(parent, exc)

    relay.done.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)

    def body() -> None:
        try:
            result = work(cancel)
        except BaseException as exc:  # handed to the GUI thread, which decides
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)

    thread = threading.Thread(target=body, name=f"job: {label}", daemon=True)
    thread.start()
    return thread


def check_cancel(cancel: threading.Event) -> None:
    if cancel.is_set():
        raise UserCancelled()
