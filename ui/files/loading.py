"""Reading a roadmap into the window, kept out of the garbage collector's way.

Opening a roadmap creates hundreds of thousands of small objects that live as
long as the document. The program's collector policy (:mod:`planner.gc_policy`)
keeps the collector from rescanning them while they are built, but every later
collection of the oldest
generation would scan them all again (about 30 ms per pass at 10,000 use
cases, 0.3 s at 100,000). After a successful open the app therefore moves
what is alive into Python's permanent generation (``gc.freeze``): the
collector then only looks at objects made afterwards.

Frozen objects are never collected, so garbage must not stay frozen: after
each open, once the window shows the roadmap, :func:`collect_frozen_garbage`
returns what is frozen to the collector (``gc.unfreeze``), runs one full
collection, which reclaims any garbage cycle among them, and freezes what is
left (about 30 ms at 10,000 use cases, at idle time, not while the user waits
for the file). Roadmaps themselves hold no cycles and are freed by reference
counting as soon as they are dropped, frozen or not.

This stays in the app: tests and command-line tools load thousands of small
roadmaps and have no use for it.

That full collection also frees Qt objects caught in reference cycles (a
widget holding itself through a bound method, a closure connected to its own
signal): the wrapper's end deletes the C++ object there and then. A zero-time
timer fires in whatever event loop turns next — a dialog's ``exec()``, the
read's progress loop — so, run from one, it can delete an object whose code is
still running further up the stack (measured with a zero-time timer and a
nested loop: a button deleted during its own ``clicked`` emission, every time;
undefined behaviour, a crash when the memory is reused). So the window asks for
it with :func:`collect_frozen_garbage_when_idle`: it runs from the main
thread's outermost event loop only (``QThread.loopLevel() <= 1``), with no
modal dialog, menu or mouse drag under way, and otherwise tries again later.
Not detected: a handler that itself calls ``processEvents()`` at the outermost
loop (the app's code makes no such call; a modal ``QProgressDialog``'s
``setValue`` does, and the app shows one only inside the read's nested loop).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication

from planner import gc_policy
from planner.file import storage
from planner.model.entities import Roadmap

RETRY_MS = 500
"""How long the idle collection waits before looking again when the app is busy."""


def load_frozen(data: bytes, source: str, *, max_bytes: int = storage.MAX_FILE_BYTES) -> Roadmap:
    """:func:`planner.file.storage.load_bytes`, then freeze everything alive out of collections."""
    roadmap = storage.load_bytes(data, source=source, max_bytes=max_bytes)
    gc_policy.settle()
    return roadmap


def collect_frozen_garbage() -> None:
    """Give what earlier opens froze back to the collector, collect once, freeze the rest."""
    gc_policy.sweep()


def collect_frozen_garbage_when_idle() -> None:
    """:func:`collect_frozen_garbage` once the app is idle at its outermost event loop
    (several requests before then make one collection)."""
    global _idle
    app = QCoreApplication.instance()
    if app is None:
        return
    idle = _idle
    try:
        if idle is None or idle.parent() is not app:
            idle = None
    except RuntimeError:  # its application is gone (a test made a new one)
        idle = None
    if idle is None:
        idle = _idle = _IdleCollection(app)
    idle.request()


def idle_now() -> bool:
    """Whether nothing but the UI thread's outermost event loop is running: no nested
    loop (a dialog's ``exec()``, a read's progress loop), no modal dialog, open menu or
    pressed mouse button."""
    app = QCoreApplication.instance()
    if app is None or not QThread.isMainThread() or QThread.currentThread().loopLevel() > 1:
        return False
    if not isinstance(app, QApplication):
        return True
    return (
        app.activeModalWidget() is None
        and app.activePopupWidget() is None
        and app.mouseButtons() == Qt.MouseButton.NoButton
    )


class _IdleCollection(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._collect)

    def request(self) -> None:
        if not self._timer.isActive():
            self._timer.start(0)

    def _collect(self) -> None:
        if idle_now():
            collect_frozen_garbage()
        else:
            self._timer.start(RETRY_MS)


_idle: _IdleCollection | None = None


COLLECT_MS = 1000
"""How often the app looks whether a collection is due (a look costs next to nothing)."""


class MainThreadCollector(QObject):
    """Runs the collections the policy's thresholds call for, on the main thread at idle.

    The app switches CPython's automatic collections off
    (:func:`planner.gc_policy.collect_on_main_thread_only`): they run in whichever
    thread allocates, often the worker reading a file, and would free Qt objects
    caught in garbage cycles from there. Here they run only where :func:`idle_now`
    holds, as the frozen-garbage sweep does. Garbage made while the app is busy waits
    for the next idle look (the roadmap's own objects hold no cycles: reference
    counting frees them)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_MS)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    def look(self) -> int | None:
        """Collect if a collection is due and the app is idle (the generation, else None)."""
        return gc_policy.collect_due() if idle_now() else None


def collect_on_main_thread(app: QCoreApplication) -> MainThreadCollector:
    """Automatic collections off for the app; due ones run on its main thread at idle."""
    gc_policy.collect_on_main_thread_only()
    return MainThreadCollector(app)
