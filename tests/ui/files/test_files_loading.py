"""Opening a roadmap in the app: same result as the planner, then frozen out of collections."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import templates
from planner.file import storage
from ui.files.loading import collect_frozen_garbage, load_frozen


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
