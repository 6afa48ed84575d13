"""Where things are on a drawn timeline: the frame drawn, rows, days, bars, diamonds.

Shared by the painter (:mod:`.painter`), its label column and header
(:mod:`.margins`), and the view's hit testing.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from planner.timeline import (
    GROUP,
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    USE_CASE,
    Axis,
    DragMode,
    GateMark,
    Layout,
    Scale,
    axis,
)
from ui.timeline import texts
from ui.timeline.style import Style

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
LEFT_LINE = ALIGN_LEFT | Qt.TextFlag.TextSingleLine  # once, not per row and frame
INDENT = 14.0
STRIP = 4.0
"""Width of the stage-colour strip at the left of the label column."""


EDGE = 5.0
"""Pixels either side of a bar's end that grab the edge rather than the bar."""


@dataclass
class Frame:
    width: float
    height: float
    rows: range
    top: float = 0.0
    """Pixels of rows scrolled away above the first row drawn (row 0 starts at 0)."""
    left: float = 0.0
    """Chart pixels scrolled away left of the chart area."""
    selected: int = -1
    drafts: Mapping[int, tuple[int, int]] = field(default_factory=dict)
    """Rows being dragged: their new (start, end) ordinals."""
    header: bool = True
    shading: bool = True


def fit_scale(layout: Layout, style: Style, width: float) -> Scale:
    """The scale that fits every day in ``width`` pixels, and the captions of gates near the end."""
    ppd = width / max(1, layout.days)
    metrics = QFontMetricsF(style.small)
    room = style.row_height * 0.32 + 12
    for mark in layout.gates:
        caption = texts.gate_caption(mark.state, mark.met, mark.total, mark.decision_id is not None)
        needed = metrics.horizontalAdvance(caption) + room
        days = max(mark.day + 0.5, layout.rows[mark.row].end + 1) - layout.start
        if days > 0 and width - needed > width * 0.4:
            ppd = min(ppd, (width - needed) / days)
    return Scale(layout.start, min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, ppd)))


def content_width(layout: Layout, style: Style, scale: Scale) -> float:
    """Chart pixels needed for every day and for the caption of each gate diamond."""
    width = scale.width(layout.days)
    metrics = QFontMetricsF(style.small)
    room = style.row_height * 0.32 + 12
    for mark in layout.gates:
        caption = texts.gate_caption(mark.state, mark.met, mark.total, mark.decision_id is not None)
        after = max(scale.x(mark.day + 0.5) + room, scale.x(layout.rows[mark.row].end + 1) + 6)
        width = max(width, after + metrics.horizontalAdvance(caption))
    return width


class ChartGeometry:
    """The positions of a layout's rows, days and marks at a scale, in a style."""

    def __init__(self, layout: Layout, style: Style, scale: Scale) -> None:
        self.layout = layout
        self.style = style
        self.scale = scale

    def header_height(self, frame: Frame) -> float:
        return self.style.header_height if frame.header else 0.0

    def row_y(self, index: int, frame: Frame) -> float:
        return self.header_height(frame) + index * self.style.row_height - frame.top

    def day_x(self, day: float, frame: Frame) -> float:
        return self.style.label_width + self.scale.x(day) - frame.left

    def bar_rect(self, index: int, frame: Frame, span: tuple[int, int] | None = None) -> QRectF:
        row = self.layout.rows[index]
        start, end = span or (row.start, row.end)
        x0, x1 = self.day_x(start, frame), self.day_x(end + 1, frame)
        height = self.style.bar_height()
        if row.kind != USE_CASE:
            height = round(height * 0.62)
        y = self.row_y(index, frame) + (self.style.row_height - height) / 2
        if row.base_start is not None:
            y -= 2  # room for the baseline ghost below
        return QRectF(x0, round(y), max(2.0, x1 - x0), height)

    def diamond_centre(self, mark: GateMark, frame: Frame) -> QPointF:
        y = self.row_y(mark.row, frame) + self.style.row_height / 2
        return QPointF(self.day_x(mark.day + 0.5, frame), y)

    def caption_box(self, mark: GateMark, frame: Frame, width: float) -> QRectF:
        """Where a gate's caption goes: right of its diamond, and never over its stage's bar
        (a stage that ends after its review, or is being dragged, keeps its end in view)."""
        centre = self.diamond_centre(mark, frame)
        radius = round(self.style.row_height * 0.32)
        row = self.layout.rows[mark.row]
        end = frame.drafts.get(mark.row, (row.start, row.end))[1]
        left = max(centre.x() + radius + 4, self.day_x(end + 1, frame) + 6)
        return QRectF(left, self.row_y(mark.row, frame), width, self.style.row_height)

    def axis(self, frame: Frame, width: float) -> Axis:
        """The periods in view, within the layout's dates (nothing drawn past its end)."""
        first = max(self.layout.start, int(self.scale.day_at(frame.left)))
        last = min(self.layout.end, int(self.scale.day_at(frame.left + width)) + 1)
        if last < first:
            return Axis((), ())
        return axis(first, last, self.scale.px_per_day)

    # ------------------------------------------------------------- hit testing

    def row_at(self, y: float, frame: Frame) -> int:
        """The row under a height in the frame, or -1 (header, below the last row)."""
        top = self.header_height(frame)
        if y < top:
            return -1
        row = int((y - top + frame.top) // self.style.row_height)
        return row if 0 <= row < len(self.layout.rows) else -1

    def gate_at(self, x: float, y: float, frame: Frame) -> GateMark | None:
        """The gate diamond under a point, or None."""
        row = self.row_at(y, frame)
        mark = self.layout.gate_at(row) if row >= 0 else None
        if mark is None or x < self.style.label_width:
            return None
        reach = self.style.row_height * 0.32 + 3
        return mark if abs(x - self.diamond_centre(mark, frame).x()) <= reach else None

    def bar_hit(self, x: float, y: float, frame: Frame) -> tuple[int, DragMode] | None:
        """The bar under a point and the part a drag would take: its start, end, or all."""
        row = self.row_at(y, frame)
        if row < 0 or x < self.style.label_width or self.layout.rows[row].kind == GROUP:
            return None
        rect = self.bar_rect(row, frame)
        if not rect.left() - EDGE <= x <= rect.right() + EDGE:
            return None
        if rect.width() > 3 * EDGE:
            if abs(x - rect.left()) <= EDGE:
                return row, DragMode.START
            if abs(x - rect.right()) <= EDGE:
                return row, DragMode.END
        return row, DragMode.MOVE


def widest_name(style: Style, layout: Layout) -> float:
    """Pixels the longest names need (the 300 longest by length are measured, not all)."""
    longest = heapq.nlargest(300, layout.rows, key=lambda r: len(r.label))
    bold, normal = QFontMetricsF(style.bold), QFontMetricsF(style.font)
    widest = 0.0
    for row in longest:
        metrics = bold if row.kind != USE_CASE else normal
        widest = max(widest, metrics.horizontalAdvance(row.label) + row.depth * 14)
    return widest + 26
