"""bench/startup: from process start to the main window shown on the demo CBO.

Baseline, measured in the same run: a bare PySide6 ``QMainWindow`` shown the
same way. Each child prints a line when its window is on screen and the event
loop has turned once; the time is taken from just before the process is
started to that line. Goal (issue 2): at most 1.5 times the bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# The same bare window, but touching Qt's `Qt` namespace as any real form does:
# PySide6 then builds Python enums for all of it (~35 ms). Shown for reference only.
BARE_WITH_QT = BARE.replace("from PySide6.QtCore import QTimer", "from PySide6.QtCore import QTimer, Qt")

# The real `cbodesk open FILE`, with one addition: say when the window is up, then quit.
APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import cbodesk.gui.mainwindow as mainwindow
shown = mainwindow.MainWindow.show
def show_and_report(self):
    shown(self)
    QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.quit()))
mainwindow.MainWindow.show = show_and_report
from cbodesk.cli import main
sys.exit(main(["open", sys.argv[1]]))
"""


def time_to_shown(code: str, *args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"the window never showed (exit {process.wait()})")
    process.wait(timeout=60)
    return elapsed


def run(rounds: int = 7) -> list[tuple[str, float, float, float]]:
    with tempfile.TemporaryDirectory(prefix="cbodesk-bench-") as tmp:
        env = dict(os.environ, CBODESK_HOME=tmp)
        # A normal install has its bytecode cached; this machine's environment may forbid it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        demo = Path(tmp) / "demo.cbodesk"
        subprocess.run([sys.executable, "-m", "cbodesk", "demo", str(demo)], check=True, env=env,
                       capture_output=True)
        # Warm the disk cache and Python's bytecode cache for both, as on a second start.
        time_to_shown(BARE, env=env)
        time_to_shown(APP, str(demo), env=env)
        bare, bare_qt, app = [], [], []
        for _ in range(rounds):  # interleaved, so a busy moment hits all alike
            bare.append(time_to_shown(BARE, env=env))
            bare_qt.append(time_to_shown(BARE_WITH_QT, env=env))
            app.append(time_to_shown(APP, str(demo), env=env))
    base = statistics.median(bare)
    return [(name, statistics.median(times), min(times), statistics.median(times) / base)
            for name, times in (("bare QMainWindow (baseline)", bare),
                                ("bare QMainWindow + Qt namespace", bare_qt),
                                ("cbodesk open demo.cbodesk", app))]


def main() -> None:
    rows = run()
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "offscreen")
    print(f"startup to main window shown ({platform}, Python {sys.version.split()[0]}, 7 rounds)")
    print(f"{'':32} {'median':>9} {'best':>9} {'ratio':>7}")
    for name, median, best, ratio in rows:
        print(f"{name:32} {median * 1000:7.0f}ms {best * 1000:7.0f}ms {ratio:6.2f}x")
    print("goal: ratio at most 1.50x")


if __name__ == "__main__":
    main()
