"""The timeline layout of the open roadmap, kept current as the roadmap changes.

A small edit (a drag, a typed date) patches the rows (:func:`planner.timeline.update`);
anything else builds them again. Gate marks are evaluated a little after the
last change, since edits come in bursts, and kept meanwhile.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from planner import timeline as tl
from planner.edit.change import Change
from planner.model.entities import Roadmap
from planner.model.kinds import EntityKind
from ui.document import Document

LAYOUT_KINDS = frozenset(
    {
        EntityKind.STAGE,
        EntityKind.USE_CASE,
        EntityKind.DECISION,
        EntityKind.BASELINE,
        EntityKind.ROADMAP,
    }
)
"""Changes to these kinds change the rows, dates or marks the timeline shows."""
GATE_DELAY_MS = 250
"""Gate marks are evaluated again this long after the last change (edits come in bursts)."""


class LiveLayout(QObject):
    changed = Signal()
    """The layout was built again or patched (rows, dates or names may differ)."""
    gates_changed = Signal()
    """The gate marks were evaluated again."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.baseline_id: str | None = None
        self.layout = tl.Layout("", document.as_of(), 0, 0, ())  # reload() builds the real one
        self._built_from: Roadmap | None = None
        self._built_with: tuple[dt.date, str | None] | None = None
        self._bands: tuple[tuple[int, int], list[tl.Band]] | None = None
        self._gate_timer = QTimer(self)
        self._gate_timer.setSingleShot(True)
        self._gate_timer.setInterval(GATE_DELAY_MS)
        self._gate_timer.timeout.connect(self.evaluate_gates)
        document.changed.connect(self._changed)
        document.as_of_changed.connect(self._as_of_changed)
        self.reload()

    @property
    def as_of(self) -> dt.date:
        """The document's as-of date (every page shows its figures for the same day)."""
        return self._document.as_of()

    def set_as_of(self, day: dt.date) -> None:
        self._document.set_as_of(day)

    def _as_of_changed(self) -> None:
        self.reload()
        self.evaluate_gates()

    def set_baseline(self, baseline_id: str | None) -> None:
        """None: the newest baseline; ``""``: none; else that baseline."""
        self.baseline_id = baseline_id
        self.reload()

    def _changed(self, change: Change) -> None:
        if change.touches(LAYOUT_KINDS):
            self.reload()
        self._gate_timer.start(GATE_DELAY_MS)

    def reload(self) -> None:
        """Build the layout again, keeping the gate marks until they are evaluated again."""
        roadmap = self._document.roadmap
        baseline = self.baseline_id
        if baseline and all(b.id != baseline for b in roadmap.baselines):
            baseline = self.baseline_id = None  # it was deleted: back to the newest
        old = self.layout
        settings = (self.as_of, baseline)
        patched = None
        if self._built_from is not None and self._built_with == settings:
            patched = tl.update(old, self._built_from, roadmap)  # a drag: patch the rows
        if patched is not None:
            self.layout = patched
        else:
            layout = tl.build(roadmap, self.as_of, baseline_id=baseline, readiness=())
            kept = []
            for mark in old.gates:
                row = layout.find(tl.STAGE, old.rows[mark.row].id)
                if row is not None:
                    kept.append(mark._replace(row=row))
            self.layout = layout.with_gates(kept)
        self._built_from, self._built_with = roadmap, settings
        self._bands = None
        self.changed.emit()

    def evaluate_gates_soon(self) -> None:
        """As soon as the event loop is free (after the first frame is painted)."""
        self._gate_timer.start(0)

    def evaluate_gates(self) -> None:
        self._gate_timer.stop()
        roadmap = self._document.roadmap
        readiness = self._document.figures().readiness
        self.layout = self.layout.with_gates(tl.gate_marks(roadmap, self.layout, readiness))
        self.gates_changed.emit()

    def bands(self, band_rows: int, bucket_days: int) -> list[tl.Band]:
        """The rows in bands for the zoomed-out view (kept for a band size and bucket)."""
        key = (band_rows, bucket_days)
        if self._bands is None or self._bands[0] != key:
            layout = self.layout
            bands = tl.overview(
                layout.rows, band_rows, bucket_days, layout.start, layout.heads, layout.day_counts
            )
            self._bands = (key, bands)
        return self._bands[1]
