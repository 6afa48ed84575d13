"""A save records the lineage it wrote and nothing else: no view repaints, the timeline's
layout is not built again. An edit, for comparison, reaches exactly the views it touches."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from shell_support import SIZE_HINTS

from planner.edit.change import Change
from planner.edit.operations import SetField
from planner.file import storage
from planner.model.kinds import EntityKind
from ui.models.table import EntityTableModel
from ui.timeline import live_layout
from ui.timeline.live_layout import LiveLayout

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)

_MODEL_SIGNALS = ("modelReset", "dataChanged", "layoutChanged", "rowsInserted", "rowsRemoved")


class _Count:
    """Everything a view would repaint for, counted across every page of the window."""

    def __init__(self, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counts: Counter[str] = Counter()
        self.changes: list[Change] = []
        for spec in window.navigator.pages:  # every page built, so every view listens
            window.navigator.page(spec.key)
        self.models = window.findChildren(EntityTableModel)
        self.layouts = window.findChildren(LiveLayout)
        assert len(self.models) > 10
        assert self.layouts
        for model in self.models:
            for name in _MODEL_SIGNALS:
                getattr(model, name).connect(lambda *_a, n=name: self.counts.update([n]))
        for layout in self.layouts:
            layout.changed.connect(lambda: self.counts.update(["timeline layout"]))
        window.document.changed.connect(self.changes.append)
        build = live_layout.tl.build

        def counted_build(*args: Any, **kwargs: Any) -> Any:
            self.counts.update(["timeline build"])
            return build(*args, **kwargs)

        monkeypatch.setattr(live_layout.tl, "build", counted_build)

    def reset(self) -> None:
        self.counts.clear()
        self.changes.clear()


def test_a_save_repaints_nothing_and_builds_no_layout(
    window, roadmap_file, qtbot, monkeypatch
) -> None:
    assert window.files.open_path(str(roadmap_file))
    count = _Count(window, monkeypatch)
    renamed = SetField(EntityKind.STAGE, window.document.roadmap.stages[0].id, "name", "Write")
    assert window.document.execute(renamed, "Rename")
    # The edit reaches the stage table and the timeline (control: the counters count).
    assert count.changes == [Change(frozenset({EntityKind.STAGE}), frozenset({renamed.id}))]
    assert count.counts["dataChanged"] > 0
    assert count.counts["timeline layout"] > 0
    assert count.counts["modelReset"] == 0
    count.reset()

    revision = window.document.roadmap.lineage.revision
    assert window.files.save()
    qtbot.wait(0)  # anything queued by the save runs now
    assert window.document.roadmap.lineage.revision == revision + 1
    assert storage.load(roadmap_file).lineage == window.document.roadmap.lineage
    assert window.document.undo_stack.isClean()
    assert count.changes == []
    assert count.counts == Counter()
