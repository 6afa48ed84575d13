"""The document controller: owns the roadmap, its undo stack, and runs every edit.

Views never change the roadmap themselves. They build a ``planner`` operation
and call :meth:`Document.execute`; the controller validates and applies it,
pushes an undo command, and announces what changed — a
:class:`~planner.edit.change.Change`: the kinds and ids touched, or the whole
roadmap — so each view refreshes only what it shows. Recording the lineage a
save wrote changes nothing shown and announces nothing.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.edit.change import WHOLE, Change
from planner.evidence.figures import Figures
from planner.model.entities import Lineage, Roadmap

if TYPE_CHECKING:
    # The edit machinery loads with the first edit, not with the window (issue 17).
    from planner.edit.operations import Op

MERGE_WINDOW_SECONDS = 2.0
"""Edits of the same field closer together than this merge into one undo step."""


class Document(QObject):
    """A roadmap being edited, with undo. Emits ``changed`` after every change."""

    changed = Signal(Change)
    """What changed (a :class:`Change`, never empty): emitted after every edit, undo,
    redo and replacement of the roadmap; not after a save (nothing shown changed)."""
    refused = Signal(str)
    """A message explaining why an edit was refused (nothing changed)."""
    read_only_changed = Signal(bool)
    """Editing was turned off (a read-only file) or on again."""
    as_of_changed = Signal()
    """The date every figure is shown for changed (see :meth:`figures`)."""

    def __init__(self, roadmap: Roadmap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roadmap = roadmap
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._read_only = False
        self._as_of: dt.date | None = None
        self._figures: Figures | None = None
        self._figures_basis = roadmap
        """The version the figures are computed from: the roadmap, give or take its lineage."""

    @property
    def roadmap(self) -> Roadmap:
        return self._roadmap

    # ------------------------------------------------------------ figures

    def as_of(self) -> dt.date:
        """The date every view shows the roadmap for (today unless one was chosen)."""
        return self._as_of or dt.date.today()

    def set_as_of(self, day: dt.date | None) -> None:
        """Show every figure as of ``day`` (None: today, whenever it is)."""
        if day == dt.date.today():
            day = None
        if day != self._as_of:
            self._as_of = day
            self.as_of_changed.emit()

    def figures(self) -> Figures:
        """The one computation of every figure for this roadmap version and the as-of
        date: the Overview, tables, detail panel, gate review and timeline all read it."""
        as_of = self.as_of()
        if self._figures is None or not self._figures.is_for(self._figures_basis, as_of):
            self._figures = Figures(self._figures_basis, as_of)
        return self._figures

    @property
    def read_only(self) -> bool:
        """True while the roadmap may be looked at but not edited (every edit is refused)."""
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self._read_only = read_only
            self.read_only_changed.emit(read_only)

    def execute(self, op: Op, text: str, merge_key: Hashable | None = None) -> bool:
        """Validate and apply ``op`` as one undoable step named ``text``.

        Returns False (and emits :attr:`refused`) when the edit is invalid; then
        nothing changed and no undo step was added.
        """
        if self._read_only:
            self.refused.emit(
                QCoreApplication.translate(
                    "Document", "This roadmap is open read-only; use Save As to edit a copy."
                )
            )
            return False
        from planner.edit.operations import EditError, apply_change

        try:
            new, inverse, change = apply_change(self._roadmap, op)
        except EditError as exc:
            self.refused.emit(str(exc))
            return False
        if new is self._roadmap:
            return True  # nothing changed (same value): no undo step
        self._set(new, change)
        # The command's first redo() does nothing: the edit is already applied,
        # and a redo() that raised inside push() would stay on the stack.
        self.undo_stack.push(_EditCommand(self, op, inverse, text, merge_key))
        return True

    def replace(self, roadmap: Roadmap, *, clear_undo: bool = True) -> None:
        """Show another roadmap (after Open, New, Revert). Clears undo by default."""
        if clear_undo:
            self.undo_stack.clear()
        self._set(roadmap, WHOLE)

    def set_lineage(self, lineage: Lineage) -> None:
        """Record the lineage a save wrote (not an edit: no undo step, stays clean).

        Nothing any view shows depends on the lineage, so nothing is announced and
        nothing is repainted; the figures stay those of the saved version."""
        self._roadmap = self._roadmap.model_copy(update={"lineage": lineage})

    def _set(self, roadmap: Roadmap, change: Change) -> None:
        self._roadmap = roadmap
        self._figures_basis = roadmap
        if change:
            self.changed.emit(change)

    def _apply_silently(self, op: Op) -> Op:
        from planner.edit.operations import apply_change

        new, inverse, change = apply_change(self._roadmap, op)
        self._set(new, change)
        return inverse


class _EditCommand(QUndoCommand):
    _MERGE_ID = 0x5E7F

    def __init__(
        self, document: Document, op: Op, inverse: Op, text: str, merge_key: Hashable | None
    ) -> None:
        super().__init__(text)
        self._document = document
        self._op = op
        self._inverse = inverse
        self._merge_key = merge_key
        self._stamp = time.monotonic()
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._inverse = self._document._apply_silently(self._op)

    def undo(self) -> None:
        self._op = self._document._apply_silently(self._inverse)

    def id(self) -> int:
        return self._MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _EditCommand) or other._merge_key != self._merge_key:
            return False
        if other._stamp - self._stamp > MERGE_WINDOW_SECONDS:
            return False
        # Keep our inverse (the state before the burst); take the latest forward op.
        self._op = other._op
        self._stamp = other._stamp
        return True
