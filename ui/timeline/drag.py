"""A bar being dragged: where it started, how far it went, what its tooltip says.

The drag snaps to days (weeks when zoomed out, :func:`planner.timeline.snap_days`)
and becomes one edit when dropped (:func:`planner.timeline.reschedule`).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner import timeline as tl
from planner.timeline import DragMode
from ui.timeline import texts


@dataclass
class Drag:
    """A bar being dragged: which row, which part, from where, by how many days."""

    row: int
    kind: str
    entity_id: str
    label: str
    mode: DragMode
    anchor: float
    start: int
    end: int
    days: int = 0
    active: bool = False
    text: str = ""
    """The tooltip while dragging (empty until it moves)."""

    def follow(self, distance: float, px_per_day: float, threshold: float) -> bool:
        """The pointer is ``distance`` pixels from where the drag began: True when the
        bar's dates (and its tooltip) changed."""
        if not self.active and abs(distance) < threshold:
            return False
        self.active = True
        days = tl.snap(distance / px_per_day, tl.snap_days(px_per_day))
        if days == self.days and self.text:
            return False
        self.days = days
        start, end = tl.dragged(self.start, self.end, self.mode, days)
        self.text = drag_tip(self, start, end)
        return True

    def drafts(self) -> dict[int, tuple[int, int]]:
        """The row being dragged and its new (start, end), for the painter."""
        if not self.active:
            return {}
        return {self.row: tl.dragged(self.start, self.end, self.mode, self.days)}


def drag_tip(drag: Drag, start: int, end: int) -> str:
    shift = texts.duration_text(drag.days)
    when = (
        QCoreApplication.translate("TimelineView", "{n} later").format(n=shift)
        if drag.days > 0
        else QCoreApplication.translate("TimelineView", "{n} earlier").format(n=shift)
        if drag.days < 0
        else QCoreApplication.translate("TimelineView", "unchanged")
    )
    return f"{html.escape(drag.label)}<br>{texts.span_text(start, end)} ({when})"
