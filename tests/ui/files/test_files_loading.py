"""Opening a roadmap in the app: same result as the planner, then frozen out of collections."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import gc_policy, templates
from planner.file import storage
from ui.files.loading import (
    RETRY_MS,
    collect_frozen_garbage,
    collect_frozen_garbage_when_idle,
    idle_now,
    load_frozen,
)


@pytest.fixture(autouse=True)
def _thaw() -> Iterator[None]:
    """Leave no frozen objects behind for the tests that follow."""
    yield
    gc.unfreeze()


def test_loads_what_the_planner_loads_and_freezes_it() -> None:
    data = storage.dumps(templates.sample())
    gc.unfreeze()
    roadmap = load_frozen(data, "sample.pilotplan")
    assert roadmap == storage.load_bytes(data)
    assert gc.get_freeze_count() > 0
    assert gc.isenabled()


def test_keeps_the_collector_off_when_the_caller_turned_it_off() -> None:
    data = storage.dumps(templates.sample())
    gc.disable()
    try:
        load_frozen(data, "x")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_refused_file_raises_and_leaves_the_collector_on() -> None:
    with pytest.raises(storage.RoadmapLoadError):
        load_frozen(b'{"format": 1}', "bad.pilotplan")
    assert gc.isenabled()


class _Node:
    other: object


def test_garbage_frozen_by_an_open_is_collected_afterwards() -> None:
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a cycle: only the collector can free it
    alive = weakref.ref(a)
    del a, b
    load_frozen(storage.dumps(templates.sample()), "x")
    collect_frozen_garbage()  # what the window does once the roadmap is shown
    assert alive() is None
    assert gc.get_freeze_count() > 0


def test_the_collection_after_an_open_returns_earlier_frozen_objects_to_the_collector() -> None:
    data = storage.dumps(templates.sample())
    load_frozen(data, "x")
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    alive = weakref.ref(a)
    load_frozen(data, "x")  # the cycle is alive now, so it is frozen
    del a, b
    gc.collect()
    assert alive() is not None  # frozen garbage waits…
    collect_frozen_garbage()  # …until the window's idle collection after an open
    assert alive() is None


def _frozen_garbage() -> weakref.ref[_Node]:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    alive = weakref.ref(a)
    del a, b
    gc_policy.settle()  # frozen: only the collection after an open frees it
    return alive


def test_the_collection_after_an_open_waits_for_the_outermost_event_loop(qtbot: object) -> None:
    """Asked for while a dialog's loop (or the read's progress loop) turns, it runs only
    once that loop has ended: a full collection there could delete a Qt object whose
    handler is still running further up the stack."""
    from PySide6.QtCore import QEventLoop, QTimer

    alive = _frozen_garbage()
    outer = QEventLoop()  # the app's own loop (app.exec())
    seen: list[tuple[bool, bool]] = []

    def in_a_dialog() -> None:
        inner = QEventLoop()
        collect_frozen_garbage_when_idle()
        collect_frozen_garbage_when_idle()  # asked twice: collected once
        QTimer.singleShot(RETRY_MS + 100, inner.quit)  # the zero-time timer fired in here
        inner.exec()
        seen.append((idle_now(), alive() is not None))

    def done() -> None:
        if seen and alive() is None:
            outer.quit()

    poll = QTimer()
    poll.timeout.connect(done)
    poll.start(20)
    QTimer.singleShot(0, in_a_dialog)
    QTimer.singleShot(10 * RETRY_MS, outer.quit)  # at worst: the test fails, no hang
    outer.exec()
    poll.stop()
    assert seen == [(True, True)]  # still there when the dialog's loop ended…
    assert alive() is None  # …collected at the outermost loop afterwards


def test_no_collection_while_a_modal_dialog_is_up(qtbot: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QDialog

    alive = _frozen_garbage()
    dialog = QDialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.setModal(True)
    dialog.show()
    outer = QEventLoop()
    QTimer.singleShot(0, collect_frozen_garbage_when_idle)
    QTimer.singleShot(RETRY_MS + 200, outer.quit)
    outer.exec()
    assert not idle_now()
    assert alive() is not None
    dialog.close()
    QTimer.singleShot(RETRY_MS + 200, outer.quit)
    outer.exec()
    assert alive() is None


def test_reading_a_roadmap_drops_the_source_lines_imports_left(tmp_path: Path) -> None:
    import linecache

    from ui.files.policy import read_roadmap

    path = tmp_path / "sample.pilotplan"
    path.write_bytes(storage.dumps(templates.sample()))
    linecache.getlines(storage.__file__)  # as PySide6's import hook does for every module
    assert linecache.cache
    opened = read_roadmap(str(path))
    assert storage.__file__ not in linecache.cache
    assert opened.roadmap.title == templates.sample().title


def test_in_the_apps_mode_an_open_collects_nothing_and_leaves_no_collection_due() -> None:
    """The app's collector mode (automatic collections off, see ui.window.start): what
    an open made is frozen without ever being scanned, and no collection is then due —
    the open of the benchmark (tests/benchmarks/run.py) runs in this mode, as the app."""
    data = storage.dumps(templates.sample())
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    was_enabled = gc.isenabled()
    gc.disable()
    gc.callbacks.append(count)
    try:
        filler = [[i] for i in range(gc_policy.YOUNG // 2)]  # a young generation half full
        roadmap = load_frozen(data, "x")
        assert gc.get_count()[0] < 1_000  # settle() froze it all: nothing of it left young
        assert gc_policy.collect_due() is None
        assert collections == []
        del filler, roadmap
    finally:
        gc.callbacks.remove(count)
        if was_enabled:
            gc.enable()
