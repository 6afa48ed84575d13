"""The app starts under the program's collector policy and freezes what starting made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_APP = """
import gc, os, threading, weakref
from PySide6.QtCore import QTimer
from planner import gc_policy
import ui.window.start

real_start = ui.window.start.start
threads = []
KEPT = []
gc.callbacks.append(
    lambda phase, info: phase == "start" and threads.append(threading.current_thread().name)
)

class Cycle:
    def __init__(self):
        self.me = self

def start(window, file):
    print("during start-up", gc.isenabled(), gc_policy.applied(), flush=True)
    real_start(window, file)
    garbage = []

    def make():
        # After the start's objects are frozen (which resets the collector's counts): a
        # worker thread makes more objects than the young threshold, then a cycle only a
        # collection frees. (What the worker makes is kept: freeing it would lower the count.)
        worker = threading.Thread(
            target=lambda: KEPT.extend([i] for i in range(gc_policy.YOUNG + 50_000)),
            name="worker",
        )
        worker.start()
        worker.join()
        garbage.append(weakref.ref(Cycle()))

    QTimer.singleShot(500, make)

    def report():
        print("after start-up", gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
        print("collected", garbage[0]() is None, "worker" not in threads, "MainThread" in threads,
              flush=True)
        os._exit(0)

    QTimer.singleShot(3000, report)  # the app looks every second when idle

ui.window.start.start = start
ui.window.start.main(None, [])
"""


def test_the_collector_policy_is_applied_at_start_up_and_collects_on_the_main_thread_only(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env["PILOT_PLANNER_RECOVERY_DIR"] = str(tmp_path / "recovery")
    done = subprocess.run(
        [sys.executable, "-c", _APP], capture_output=True, text=True, env=env, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    # The automatic collections are off (they would run in the worker threads too); the
    # due one ran on the main thread once the app was idle, and freed the cycle.
    assert done.stdout.splitlines() == [
        "during start-up False True",
        "after start-up False True",
        "collected True True True",
    ]
