"""Long work off the GUI thread, with a progress dialog and a Cancel button.

The job is a plain function of a ``threading.Event`` (set when the person
cancels) that never touches widgets; its result or exception comes back on the
GUI thread through a queued signal (as Anki's ``QueryOp``). The event is a
:class:`JobControl`: a job that knows how far it has got calls
``cancel.report(done, total)`` and the dialog shows a bar instead of a busy
indicator.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cbodesk.domain.errors import UserCancelled
from cbodesk.gui.errors import show_error

T = TypeVar("T")
log = logging.getLogger(__name__)

# Below this, a dialog that flashes up and vanishes is worse than none.
SHOW_AFTER_MS = 400
# The bar moves at most this often: a report of ten thousand rows must not
# flood the GUI thread with a signal per row.
REPORT_EVERY_S = 0.05
STEPS = 1000  # the bar's scale: (done, total) become thousandths


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int)


class JobControl(threading.Event):
    """What a job gets: set when the person cancels; ``report`` moves the bar."""

    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay = relay
        self._last_sent = -1
        self._last_time = 0.0

    def report(self, done: int, total: int) -> None:
        """*done* of *total* steps are done (from the job's thread)."""
        if total <= 0:
            return
        value = max(0, min(STEPS, done * STEPS // total))
        now = time.monotonic()
        if value == self._last_sent or (now - self._last_time < REPORT_EVERY_S and value < STEPS):
            return
        self._last_sent, self._last_time = value, now
        self._relay.progressed.emit(value)


_running: set[_Relay] = set()


def run_job(parent: QWidget | None, label: str, work: Callable[[JobControl], T],
            on_success: Callable[[T], Any], *,
            on_failure: Callable[[BaseException], Any] | None = None,
            on_cancel: Callable[[], Any] | None = None,
            progress: bool = True) -> threading.Thread:
    """Run *work* in a thread; then *on_success* (or *on_failure*, else show_error) on the GUI
    thread. A cancellation ends in neither, but in *on_cancel* when given (a window that
    disabled its buttons while the job ran enables them again). A *work* of a plain
    ``threading.Event`` fits too."""
    relay = _Relay()
    cancel = JobControl(relay)
    _running.add(relay)
    dialog: QProgressDialog | None = None
    if progress:
        dialog = QProgressDialog(label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.canceled.connect(cancel.set)

    def progressed(value: int) -> None:
        if dialog is None or cancel.is_set() or not shiboken6.isValid(dialog):
            return
        if dialog.maximum() != STEPS:  # from busy to a bar that stays until the job ends
            dialog.setAutoReset(False)
            dialog.setAutoClose(False)
            dialog.setRange(0, STEPS)
        dialog.setValue(value)

    def finish() -> None:
        _running.discard(relay)
        if dialog is not None and shiboken6.isValid(dialog):  # gone with its window
            dialog.canceled.disconnect(cancel.set)
            dialog.reset()
            dialog.deleteLater()

    def parent_gone() -> bool:
        # The window may have closed while the job ran: its result has nowhere to go.
        return parent is not None and not shiboken6.isValid(parent)

    def cancelled() -> None:
        if on_cancel is not None and not parent_gone():
            on_cancel()

    def succeeded(result: Any) -> None:
        finish()
        if parent_gone():
            return
        if cancel.is_set():
            cancelled()
            return
        on_success(result)

    def failed(exc: BaseException) -> None:
        finish()
        if isinstance(exc, UserCancelled) or cancel.is_set():
            cancelled()
            return
        if parent_gone():
            log.warning("job %r failed after its window closed", label, exc_info=exc)
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            show_error(parent, exc)

    relay.done.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    relay.progressed.connect(progressed, Qt.ConnectionType.QueuedConnection)

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
