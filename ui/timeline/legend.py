"""The legend of a printed timeline: what every colour, pattern and mark means.

Items flow left to right and wrap; each is a small sample drawn by the same
painter as the chart, followed by its words (status is never colour only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from planner.model.colours import STAGE_COLOURS
from planner.model.entities import UseCaseStatus
from planner.timeline import USE_CASE, GateState, Layout, Row
from ui.timeline import texts
from ui.timeline.painter import TimelinePainter

Sample = Callable[[QPainter, QRectF], None]

_SAMPLE_WIDTH = 26.0
_GAP = 14.0


@dataclass(frozen=True)
class Item:
    text: str
    sample: Sample | None
    heading: bool = False


def items(layout: Layout, painter: TimelinePainter) -> list[Item]:
    """Stages, use-case statuses, gate marks, baseline and today, in reading order."""
    style = painter.style
    colour = layout.stages[0][1] if layout.stages else STAGE_COLOURS[0]
    found: list[Item] = [Item(texts.tr("Stages:"), None, heading=True)]
    for name, stage_colour in layout.stages:
        found.append(Item(name, _swatch(QColor(stage_colour))))
    found.append(Item(texts.tr("Use cases:"), None, heading=True))
    for status, progress in (
        (UseCaseStatus.LIVE, 100.0),
        (UseCaseStatus.PILOTING, 40.0),
        (UseCaseStatus.PLANNED, 0.0),
        (UseCaseStatus.IDEA, 0.0),
        (UseCaseStatus.PAUSED, 30.0),
        (UseCaseStatus.DROPPED, 0.0),
    ):
        row = Row(USE_CASE, "", "", 1, 0, colour, status, 0, 0, progress, None, None, None)
        text = texts.status_text(USE_CASE, status, 0.0)
        if status is UseCaseStatus.PILOTING:
            text += " " + texts.tr("(dark part: progress)")
        found.append(Item(text, _bar(painter, row)))
    found.append(Item(texts.tr("Gate reviews:"), None, heading=True))
    found.append(Item(texts.tr("decision recorded"), _diamond(painter, GateState.GO, True)))
    for state in (GateState.READY, GateState.ON_TRACK, GateState.NOT_MET, GateState.NO_DATA,
                  GateState.NOT_STARTED):  # fmt: skip
        text = f"{texts.gate_glyph(state)} {texts.gate_state_text(state)}"
        found.append(Item(text, _diamond(painter, state, False)))
    found.append(
        Item(texts.tr("earlier decision"), _diamond(painter, GateState.RECYCLE, True, 0.6))
    )
    if layout.baseline_id is not None:
        found.append(Item(texts.tr("baseline dates"), _ghost(painter)))
        found.append(Item(texts.tr("+2 wk: later than the baseline"), None))
    found.append(Item(texts.tr("today (as-of date)"), _today(style.today)))
    return found


def _swatch(colour: QColor) -> Sample:
    def draw(p: QPainter, box: QRectF) -> None:
        p.fillRect(QRectF(box.left(), box.center().y() - 5, 16, 10), colour)

    return draw


def _bar(painter: TimelinePainter, row: Row) -> Sample:
    def draw(p: QPainter, box: QRectF) -> None:
        height = painter.style.bar_height() * 0.8
        painter.use_case_bar(p, row, QRectF(box.left(), box.center().y() - height / 2,
                                            _SAMPLE_WIDTH - 4, height))  # fmt: skip

    return draw


def _diamond(painter: TimelinePainter, state: GateState, filled: bool, size: float = 1.0) -> Sample:
    def draw(p: QPainter, box: QRectF) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = painter.style.row_height * 0.3 * size
        centre = QPointF(box.left() + 8, box.center().y())
        painter.diamond(p, centre, radius, painter.style.gate_colour(state), filled)
        p.restore()

    return draw


def _ghost(painter: TimelinePainter) -> Sample:
    def draw(p: QPainter, box: QRectF) -> None:
        style = painter.style
        p.setPen(QPen(style.muted, 1))
        p.setBrush(style.fill(style.muted, 0.25))
        p.drawRect(QRectF(box.left(), box.center().y() - 2, _SAMPLE_WIDTH - 4, 4))

    return draw


def _today(colour: QColor) -> Sample:
    def draw(p: QPainter, box: QRectF) -> None:
        p.setPen(QPen(colour, 1.5))
        x = box.left() + 6
        p.drawLine(QLineF(x, box.top() + 2, x, box.bottom() - 2))

    return draw


def paint(p: QPainter | None, painter: TimelinePainter, entries: list[Item], rect: QRectF) -> float:
    """Draw the items flowing in ``rect`` (or only measure them when ``p`` is None).

    Returns the height used.
    """
    style = painter.style
    line = style.row_height
    normal, bold = QFontMetricsF(style.small), QFontMetricsF(style.bold)

    def width_of(item: Item) -> float:
        metrics = bold if item.heading else normal
        return metrics.horizontalAdvance(item.text) + (_SAMPLE_WIDTH if item.sample else 0)

    x, y = rect.left(), rect.top()
    for n, item in enumerate(entries):
        width = width_of(item)
        if item.heading and x > rect.left():
            group = width + _GAP
            for other in entries[n + 1 :]:
                if other.heading:
                    break
                group += width_of(other) + _GAP
            x += _GAP  # a little more room before a new group
            following = n + 1 < len(entries) and not entries[n + 1].heading
            start = width + _GAP + (width_of(entries[n + 1]) if following else 0)
            if (x + group > rect.right() and group <= rect.width()) or x + start > rect.right():
                x, y = rect.left(), y + line  # keep the group (or its start) together
        if x + width > rect.right() and x > rect.left():
            x, y = rect.left(), y + line
        box = QRectF(x, y, width, line)
        if p is not None:
            if item.sample is not None:
                item.sample(p, QRectF(x, y, _SAMPLE_WIDTH, line))
            p.setFont(style.bold if item.heading else style.small)
            p.setPen(style.text)
            text_box = box.adjusted(_SAMPLE_WIDTH if item.sample else 0, 0, 0, 0)
            p.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       item.text)  # fmt: skip
        x += width + _GAP * (0.5 if item.heading else 1)
    return y + line - rect.top()
