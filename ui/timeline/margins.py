"""The frozen parts of a drawn timeline: the label column and the date header."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from planner.timeline import GROUP, USE_CASE
from ui.timeline import texts
from ui.timeline.geometry import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    INDENT,
    LEFT_LINE,
    STRIP,
    ChartGeometry,
    Frame,
)


def paint_labels(g: ChartGeometry, p: QPainter, frame: Frame) -> None:
    s = g.style
    top = g.header_height(frame)
    column = QRectF(0, top, s.label_width, frame.height - top)
    p.save()
    p.setClipRect(column)
    p.fillRect(column, s.panel)
    rows = g.layout.rows
    name_metrics = QFontMetricsF(s.font)
    bold_metrics = QFontMetricsF(s.bold)
    for i in frame.rows:
        row = rows[i]
        y = g.row_y(i, frame)
        line = QRectF(0, y, s.label_width, s.row_height)
        if i == frame.selected:
            p.fillRect(line, s.highlight)
            ink = s.highlighted_text
        else:
            if row.kind != USE_CASE and frame.shading:
                p.fillRect(line, s.mixed(s.panel, s.colour(row.colour), 0.14))
            ink = s.text
        p.fillRect(QRectF(0, y, STRIP, s.row_height), s.colour(row.colour))
        indent = STRIP + 6 + row.depth * INDENT
        name_box = QRectF(indent, y, s.name_width - indent - 6, s.row_height)
        label = row.label if row.kind != GROUP else no_stage()
        metrics = bold_metrics if row.kind != USE_CASE else name_metrics
        p.setFont(s.bold if row.kind != USE_CASE else s.font)
        p.setPen(ink)
        elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, name_box.width())
        p.drawText(name_box, LEFT_LINE, elided)
        key = ("status", row.kind, row.status, round(row.progress))
        status = s.cache.get(key)
        if status is None:
            status = s.cache[key] = texts.status_text(row.kind, row.status, row.progress)
        p.setFont(s.small)
        p.setPen(ink if i == frame.selected else s.muted)
        p.drawText(
            QRectF(s.name_width, y, s.status_width - 6, s.row_height),
            LEFT_LINE,
            status,
        )
    p.setPen(QPen(s.grid_strong, 0))
    x = s.label_width - 0.5
    p.drawLine(QLineF(x, top, x, frame.height))
    p.restore()


def paint_header(g: ChartGeometry, p: QPainter, frame: Frame) -> None:
    s = g.style
    height = s.header_height
    half = height / 2
    p.save()
    p.fillRect(QRectF(0, 0, frame.width, height), s.panel)
    p.setClipRect(QRectF(s.label_width, 0, frame.width - s.label_width, height))
    ticks = g.axis(frame, frame.width - s.label_width)
    end = g.day_x(g.layout.end + 1, frame)
    p.setPen(s.text)
    metrics = QFontMetricsF(s.small)
    bold = QFontMetricsF(s.bold)
    for tick in ticks.major:
        x0 = g.day_x(tick.start.toordinal(), frame)
        x1 = min(end, g.day_x(tick.end.toordinal(), frame))
        text = texts.tick_text(tick, x1 - x0, major=True)
        left = max(x0, s.label_width) + 4  # the label stays in view while scrolling
        room = min(x1, frame.width) - left - 2
        if room >= bold.horizontalAdvance(text):
            p.setFont(s.bold)
            p.drawText(QRectF(left, 0, room, half), ALIGN_LEFT, text)
        p.setPen(QPen(s.grid_strong, 0))
        p.drawLine(QLineF(round(x0) + 0.5, 0, round(x0) + 0.5, height))
        p.setPen(s.text)
    p.setFont(s.small)
    minor_top = half if ticks.major else 0
    minor_height = height - minor_top
    for tick in ticks.minor:
        x0 = g.day_x(tick.start.toordinal(), frame)
        x1 = min(end, g.day_x(tick.end.toordinal(), frame))
        text = texts.tick_text(tick, x1 - x0, major=False)
        shown = QRectF(max(x0, s.label_width), minor_top, 0, minor_height)
        shown.setRight(x1)
        if metrics.horizontalAdvance(text) + 4 <= shown.width():
            p.setPen(s.text)
            p.drawText(shown, ALIGN_CENTER, text)
        p.setPen(QPen(s.grid, 0))
        p.drawLine(QLineF(round(x0) + 0.5, minor_top, round(x0) + 0.5, height))
    _today_flag(g, p, frame, height)
    p.restore()
    p.setPen(QPen(s.grid_strong, 0))
    p.drawLine(QLineF(0, height - 0.5, frame.width, height - 0.5))
    p.setFont(s.bold)
    p.setPen(s.text)
    p.drawText(QRectF(STRIP + 6, 0, s.name_width - STRIP - 6, height), ALIGN_LEFT, _column_title())
    p.setFont(s.small)
    p.drawText(QRectF(s.name_width, 0, s.status_width, height), ALIGN_LEFT, _status_title())
    p.drawLine(QLineF(s.label_width - 0.5, 0, s.label_width - 0.5, height))


def _today_flag(g: ChartGeometry, p: QPainter, frame: Frame, height: float) -> None:
    day = g.layout.as_of.toordinal()
    if not g.layout.start <= day <= g.layout.end:
        return
    x = round(g.day_x(day + 0.5, frame)) + 0.5
    p.setPen(QPen(g.style.today, 1.5))
    p.drawLine(QLineF(x, height - 6, x, height))


def no_stage() -> str:
    return texts.tr("No stage")


def _column_title() -> str:
    return texts.tr("Stage / use case")


def _status_title() -> str:
    return texts.tr("Status")
