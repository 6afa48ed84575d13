"""The app starts under the program's collector policy and freezes what starting made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_APP = """
import gc, os
from PySide6.QtCore import QTimer
from planner import gc_policy
import ui.window.start

real_start = ui.window.start.start

def start(window, file):
    print("during start-up", gc.isenabled(), gc_policy.applied(), flush=True)
    real_start(window, file)

    def report():
        print("after start-up", gc.isenabled(), gc.get_freeze_count() > 0, flush=True)
        os._exit(0)

    QTimer.singleShot(100, report)

ui.window.start.start = start
ui.window.start.main(None, [])
"""


def test_the_collector_policy_is_applied_at_start_up(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env["PILOT_PLANNER_RECOVERY_DIR"] = str(tmp_path / "recovery")
    done = subprocess.run(
        [sys.executable, "-c", _APP], capture_output=True, text=True, env=env, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["during start-up True True", "after start-up True True"]
