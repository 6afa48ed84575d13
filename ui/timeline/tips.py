"""What the timeline says about its bars: tooltips and undo step names.

Looked up in the ``TimelineView`` translation context, where they were written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from planner import timeline as tl
from planner.timeline import DragMode, Layout
from ui.timeline import texts


def edit_text(name: str, kind: str, mode: DragMode, days: int) -> str:
    """The undo step's name for moving a bar, or one of its ends, by ``days``."""
    shift = texts.duration_text(days)
    later = days > 0
    if mode is DragMode.MOVE:
        if kind == tl.STAGE:
            text = (
                QCoreApplication.translate(
                    "TimelineView", "Move stage '{name}' and its use cases {n} later"
                )
                if later
                else QCoreApplication.translate(
                    "TimelineView", "Move stage '{name}' and its use cases {n} earlier"
                )
            )
        else:
            text = (
                QCoreApplication.translate("TimelineView", "Move '{name}' {n} later")
                if later
                else QCoreApplication.translate("TimelineView", "Move '{name}' {n} earlier")
            )
    elif mode is DragMode.START:
        text = (
            QCoreApplication.translate("TimelineView", "Start '{name}' {n} later")
            if later
            else QCoreApplication.translate("TimelineView", "Start '{name}' {n} earlier")
        )
    else:
        text = (
            QCoreApplication.translate("TimelineView", "End '{name}' {n} later")
            if later
            else QCoreApplication.translate("TimelineView", "End '{name}' {n} earlier")
        )
    return text.format(name=name, n=shift)


def row_tip(layout: Layout, row: int) -> str:
    """Rich text (names escaped) describing a bar: name, status, dates, baseline, slip."""
    item = layout.rows[row]
    lines = [
        f"<b>{html.escape(item.label)}</b>",
        html.escape(texts.status_text(item.kind, item.status, item.progress)),
        texts.span_text(item.start, item.end),
    ]
    if item.base_start is not None and item.base_end is not None:
        baseline = html.escape(layout.baseline_name)
        lines.append(
            QCoreApplication.translate("TimelineView", "Baseline '{name}': {dates}").format(
                name=baseline, dates=texts.span_text(item.base_start, item.base_end)
            )
        )
        if item.slip:
            lines.append(
                QCoreApplication.translate("TimelineView", "Slip: {slip}").format(
                    slip=texts.slip_text(item.slip)
                )
            )
    return "<br>".join(lines)


def gate_tip(layout: Layout, mark: tl.GateMark) -> str:
    stage = layout.rows[mark.row]
    decided = mark.decision_id is not None
    lines = [
        QCoreApplication.translate("TimelineView", "<b>Gate review of {stage}</b>").format(
            stage=html.escape(stage.label)
        ),
        texts.ordinal_text(mark.day),
        html.escape(texts.gate_caption(mark.state, mark.met, mark.total, decided)),
        QCoreApplication.translate("TimelineView", "Double-click to open the gate review."),
    ]
    return "<br>".join(lines)
