"""One start of the app (or of a bare window) that exits at its first painted frame.

    python tests/benchmarks/startup_child.py app [FILE USE_CASES]
    python tests/benchmarks/startup_child.py bare

``app`` starts the real desktop app the way ``pilot-planner [FILE]`` does
(``ui.launcher.main``), ``bare`` shows a plain QMainWindow holding a
QTableView of 200 rows: the floor of any PySide6 window with a table. Both go
through the same harness: an application-wide event filter sees the first
paint event of a main window and, once that frame is complete, the process
ends at once (``os._exit``, so tearing down does not count). With a FILE, the
app ends at the first frame painted after the file's USE_CASES use cases are
open. It prints its peak resident memory as JSON, with the processor time
spent in each phase of the start (below); the parent (``run.py``) measures the
wall time.

Run it with ``QT_QPA_PLATFORM=offscreen`` and a scratch ``HOME``/``XDG_*``
(``run.py`` does) so no real settings, recent files or recovery data are read
or written.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# Processor seconds since the process started, at each mark of the start: the
# interpreter (when main() begins), the first import of PySide6, QApplication.exec
# (the window built and shown), the first complete frame.
_MARKS: dict[str, float] = {}


def _harness(expected_use_cases: int) -> None:
    """Patch QApplication.exec so the first main-window frame ends the process.

    The patch is made when the program itself loads Qt's widgets (an import hook), not
    by importing Qt here first: once PySide6 is loaded it hooks every later import, so
    loading it earlier than the program does would make the program's own imports
    slower than they are in a real start."""
    sys.meta_path.insert(0, _PatchOnLoad(expected_use_cases))
    sys.meta_path.insert(0, _MarkQt())


class _MarkQt(importlib.abc.MetaPathFinder):
    """Notes the processor time when PySide6 is first imported, then steps aside."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name == "PySide6":
            sys.meta_path.remove(self)
            _MARKS["qt"] = time.process_time()
        return None


class _PatchOnLoad(importlib.abc.MetaPathFinder):
    """Patches QApplication.exec once ``PySide6.QtWidgets`` is loaded, then steps aside."""

    def __init__(self, expected_use_cases: int) -> None:
        self.expected_use_cases = expected_use_cases

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None
        assert spec.loader is not None
        load = spec.loader.exec_module
        expected = self.expected_use_cases

        def exec_module(module: Any) -> None:
            load(module)
            _patch_exec(expected)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _patch_exec(expected_use_cases: int) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstFrame(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
                and _ready(watched.window(), expected_use_cases)
            ):
                self.done = True
                # The rest of this frame paints before the timer fires.
                QTimer.singleShot(0, _finish)
            return False

    original = QApplication.exec

    def exec_and_watch() -> int:
        app = QApplication.instance()
        assert app is not None
        watcher = FirstFrame()
        app.installEventFilter(watcher)
        _MARKS["exec"] = time.process_time()
        return int(original())

    QApplication.exec = staticmethod(exec_and_watch)  # type: ignore[method-assign]


def _ready(window: Any, expected_use_cases: int) -> bool:
    if not expected_use_cases:
        return True
    document = getattr(window, "document", None)
    return document is not None and len(document.roadmap.use_cases) == expected_use_cases


def _finish() -> None:
    _MARKS["frame"] = time.process_time()
    print(json.dumps({"peak_mib": _peak_mib(), "phases_ms": _phases_ms()}))
    sys.stdout.flush()
    os._exit(0)


def _phases_ms() -> dict[str, float]:
    """Processor milliseconds of each phase of the start (see ``_MARKS``)."""
    ends = [("interpreter", "main"), ("before Qt", "qt"), ("Qt and the window", "exec"),
            ("show and first paint", "frame")]  # fmt: skip
    phases, last = {}, 0.0
    for name, mark in ends:
        phases[name] = (_MARKS[mark] - last) * 1000
        last = _MARKS[mark]
    return phases


def _peak_mib() -> float:
    """Peak resident memory of this process since it started (``exec``).

    ``VmHWM`` belongs to the address space, which ``exec`` replaces; the
    ``ru_maxrss`` of ``getrusage`` would include the parent's memory at fork.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bare() -> int:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    model = QStandardItemModel(200, 6)
    for row in range(200):
        for column in range(6):
            model.setItem(row, column, QStandardItem(f"Item {row}.{column}"))
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    _MARKS["main"] = time.process_time()
    mode = argv[0]
    file = argv[1] if len(argv) > 1 else None
    _harness(int(argv[2]) if len(argv) > 2 else 0)
    if mode == "bare":
        return _bare()
    from ui.launcher import main as cli_main

    return cli_main([file] if file else [])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
