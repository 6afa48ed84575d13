"""Draws a timeline layout with QPainter: shared by the window, the PDF and the PNG.

The painter knows nothing about widgets or pages: it is given a
:class:`Frame` (the size of the area, how far it is scrolled, which rows to
draw) and draws the date header, the frozen label column (names and status
words) and the chart — swimlane shading, grid, baseline ghosts, bars with
progress, dependency arrows, gate diamonds with their caption, decisions and
the as-of ("today") line. It reads only the layout's flat rows: no roadmap
model is touched while painting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from planner.model.entities import StageStatus, UseCaseStatus
from planner.timeline import (
    GROUP,
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    STAGE,
    Axis,
    Band,
    GateMark,
    GateState,
    Layout,
    Row,
    Scale,
    axis,
)
from ui.timeline import texts
from ui.timeline.style import Style, mix

_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT_LINE = _ALIGN_LEFT | Qt.TextFlag.TextSingleLine  # once, not per row and frame
_INDENT = 14.0
_STRIP = 4.0
"""Width of the stage-colour strip at the left of the label column."""


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
        days = mark.day - layout.start + 0.5
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
        width = max(width, scale.x(mark.day + 0.5) + room + metrics.horizontalAdvance(caption))
    return width


class TimelinePainter:
    def __init__(self, layout: Layout, style: Style, scale: Scale) -> None:
        self.layout = layout
        self.style = style
        self.scale = scale

    # ------------------------------------------------------------- geometry

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
        if row.kind != "use_case":
            height = round(height * 0.62)
        y = self.row_y(index, frame) + (self.style.row_height - height) / 2
        if row.base_start is not None:
            y -= 2  # room for the baseline ghost below
        return QRectF(x0, round(y), max(2.0, x1 - x0), height)

    def diamond_centre(self, mark: GateMark, frame: Frame) -> QPointF:
        y = self.row_y(mark.row, frame) + self.style.row_height / 2
        return QPointF(self.day_x(mark.day + 0.5, frame), y)

    # ------------------------------------------------------------- painting

    def paint(self, p: QPainter, frame: Frame) -> None:
        """The whole picture for one frame (window viewport, PDF page or PNG)."""
        s = self.style
        p.save()
        p.fillRect(QRectF(0, 0, frame.width, frame.height), s.base)
        chart = QRectF(s.label_width, self.header_height(frame), frame.width - s.label_width,
                       frame.height - self.header_height(frame))  # fmt: skip
        p.save()
        p.setClipRect(chart)
        self._rows_background(p, frame)
        self._grid(p, frame, chart)
        self._baselines(p, frame)
        self._links(p, frame)
        self._bars(p, frame)
        self._gates(p, frame)
        self._today(p, chart, frame)
        p.restore()
        self._labels(p, frame)
        if frame.header:
            self._header(p, frame)
        p.restore()

    def _rows_background(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        rows = self.layout.rows
        for i in frame.rows:
            row = rows[i]
            rect = QRectF(0, self.row_y(i, frame), frame.width, s.row_height)
            if i == frame.selected:
                p.fillRect(rect, s.mixed(s.base, s.highlight, 0.35))
            elif row.kind != "use_case" and frame.shading:
                p.fillRect(rect, s.fill(s.colour(row.colour), 0.13))
            elif i % 2:
                p.fillRect(rect, s.alternate)

    def _axis(self, frame: Frame, width: float) -> Axis:
        """The periods in view, within the layout's dates (nothing drawn past its end)."""
        first = max(self.layout.start, int(self.scale.day_at(frame.left)))
        last = min(self.layout.end, int(self.scale.day_at(frame.left + width)) + 1)
        if last < first:
            return Axis((), ())
        return axis(first, last, self.scale.px_per_day)

    def _grid(self, p: QPainter, frame: Frame, chart: QRectF) -> None:
        s = self.style
        ticks = self._axis(frame, chart.width())
        p.setPen(QPen(s.grid, 0))
        for tick in ticks.minor:
            x = round(self.day_x(tick.start.toordinal(), frame)) + 0.5
            p.drawLine(QLineF(x, chart.top(), x, chart.bottom()))
        p.setPen(QPen(s.grid_strong, 0))
        for tick in ticks.major:
            x = round(self.day_x(tick.start.toordinal(), frame)) + 0.5
            p.drawLine(QLineF(x, chart.top(), x, chart.bottom()))

    def _baselines(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        pen = QPen(s.muted, 1, Qt.PenStyle.SolidLine)
        ghost = s.fill(s.muted, 0.25)
        for i in frame.rows:
            row = self.layout.rows[i]
            if row.base_start is None or row.base_end is None:
                continue
            bar = self.bar_rect(i, frame)
            x0 = self.day_x(row.base_start, frame)
            x1 = self.day_x(row.base_end + 1, frame)
            rect = QRectF(x0, bar.bottom() + 1.5, max(2.0, x1 - x0), 4)
            p.setPen(pen)
            p.setBrush(ghost)
            p.drawRect(rect)

    def _links(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        rows = self.layout.rows
        if not frame.rows:
            return
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(s.link, 1.2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        half = s.row_height / 2
        for link in self.layout.links_touching(frame.rows.start, frame.rows.stop):
            before, after = rows[link.before], rows[link.after]
            start = frame.drafts.get(link.before, (before.start, before.end))
            finish = frame.drafts.get(link.after, (after.start, after.end))
            x1 = self.day_x(start[1] + 1, frame)
            y1 = self.row_y(link.before, frame) + half
            x2 = self.day_x(finish[0], frame)
            y2 = self.row_y(link.after, frame) + half
            path = QPainterPath(QPointF(x1, y1))
            out = x1 + 6
            down = 1 if y2 > y1 else -1
            if x2 - 8 >= out:
                path.lineTo(out, y1)
                path.lineTo(out, y2)
            else:  # the successor starts before: go round between the rows
                middle = y2 - down * half
                path.lineTo(out, y1)
                path.lineTo(out, middle)
                path.lineTo(x2 - 8, middle)
                path.lineTo(x2 - 8, y2)
            path.lineTo(x2 - 1, y2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(s.link)
            p.drawPolygon(
                QPolygonF([QPointF(x2, y2), QPointF(x2 - 5, y2 - 3.5), QPointF(x2 - 5, y2 + 3.5)])
            )
        p.restore()

    def _bars(self, p: QPainter, frame: Frame) -> None:
        for i in frame.rows:
            row = self.layout.rows[i]
            draft = frame.drafts.get(i)
            if draft is not None:
                self._ghost(p, self.bar_rect(i, frame))
            rect = self.bar_rect(i, frame, draft)
            if row.kind == "use_case":
                self.use_case_bar(p, row, rect)
            else:
                self.stage_bar(p, row, rect)
            self._after_bar(p, row, rect, frame, i)

    def _ghost(self, p: QPainter, rect: QRectF) -> None:
        pen = QPen(self.style.muted, 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))

    def use_case_bar(self, p: QPainter, row: Row, rect: QRectF) -> None:
        s = self.style
        colour = s.colour(row.colour)
        status = row.status
        inner = rect.adjusted(0.5, 0.5, -0.5, -0.5)
        # Patterns, not dashed pens: a dashed outline costs ten times a plain one per frame.
        if status == UseCaseStatus.DROPPED:
            p.setPen(QPen(s.muted, 1))
            p.setBrush(s.fill(s.muted, 0.3))
            p.drawRect(inner)
            p.setPen(QPen(s.text, 1.2))
            p.drawLine(QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y()))
            return
        if status == UseCaseStatus.IDEA:  # dotted: not planned yet
            p.fillRect(rect, s.base)
            p.fillRect(rect, QBrush(colour, Qt.BrushStyle.Dense6Pattern))
            p.setPen(QPen(colour, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(inner)
            return
        light = s.fill(colour, 0.35)
        p.setPen(Qt.PenStyle.NoPen)
        if status == UseCaseStatus.LIVE:
            p.fillRect(rect, colour)
        else:
            p.fillRect(rect, light)
            done = rect.width() * max(0.0, min(100.0, row.progress)) / 100
            if done > 0:
                p.fillRect(QRectF(rect.left(), rect.top(), done, rect.height()), colour)
        if status == UseCaseStatus.PAUSED:
            p.setBrush(QBrush(s.mixed(colour, s.text, 0.5), Qt.BrushStyle.BDiagPattern))
            p.drawRect(rect)
        p.setPen(QPen(s.mixed(colour, s.text, 0.25), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(inner)

    def stage_bar(self, p: QPainter, row: Row, rect: QRectF) -> None:
        s = self.style
        colour = s.colour(row.colour)
        if row.status in (StageStatus.STOPPED, ""):
            colour = s.muted if row.status else colour
        dark = mix(colour, s.text, 0.2)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(rect, s.fill(colour, 0.45))
        done = rect.width() * max(0.0, min(100.0, row.progress)) / 100
        if row.status == StageStatus.PASSED:
            done = rect.width()
        if done > 0:
            p.fillRect(QRectF(rect.left(), rect.top(), done, rect.height()), dark)
        if row.status == StageStatus.ON_HOLD:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(s.text, Qt.BrushStyle.BDiagPattern))
            p.drawRect(rect)
        # Summary-bar end caps: the classic bracket of a group in planning tools.
        cap = min(5.0, rect.width() / 2)
        bottom = rect.bottom()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(dark)
        for x, sign in ((rect.left(), 1), (rect.right(), -1)):
            p.drawPolygon(
                QPolygonF(
                    [QPointF(x, bottom), QPointF(x + sign * cap, bottom), QPointF(x, bottom + cap)]
                )
            )
        p.restore()

    def _after_bar(self, p: QPainter, row: Row, rect: QRectF, frame: Frame, index: int) -> None:
        """The slip against the baseline, right of the bar (beyond a gate caption)."""
        if row.slip is None or row.slip == 0 or row.kind == STAGE:
            return
        s = self.style
        p.setFont(s.small)
        p.setPen(s.late if row.slip > 0 else s.early)
        text = texts.slip_text(row.slip)
        x = max(rect.right(), self.day_x((row.base_end or row.end) + 1, frame)) + 5
        width = QFontMetricsF(s.small).horizontalAdvance(text) + 4
        p.drawText(QRectF(x, self.row_y(index, frame), width, s.row_height), _ALIGN_LEFT, text)

    def _gates(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = round(s.row_height * 0.32)
        for decision in self.layout.decisions_in(frame.rows.start, frame.rows.stop):
            y = self.row_y(decision.row, frame) + s.row_height / 2
            x = self.day_x(decision.day + 0.5, frame)
            colour = s.gate_colour(_outcome_state(decision.outcome.value))
            self.diamond(p, QPointF(x, y), radius * 0.6, colour, filled=True)
        for i in frame.rows:
            mark = self.layout.gate_at(i)
            if mark is None:
                continue
            centre = self.diamond_centre(mark, frame)
            colour = s.gate_colour(mark.state)
            decided = mark.decision_id is not None
            self.diamond(p, centre, radius, colour, filled=decided)
            caption = texts.gate_caption(mark.state, mark.met, mark.total, decided)
            p.setFont(s.small)
            width = QFontMetricsF(s.small).horizontalAdvance(caption) + 6
            row_top = self.row_y(i, frame)
            box = QRectF(centre.x() + radius + 4, row_top, width, s.row_height)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(s.fill(s.base, 1.0))
            back = box.adjusted(-2, 3, 0, -3)
            back.setWidth(width)
            p.drawRoundedRect(back, 3, 3)
            p.setPen(mix(colour, s.text, 0.35))
            p.drawText(box, _ALIGN_LEFT, caption)
        p.restore()

    def diamond(
        self, p: QPainter, centre: QPointF, radius: float, colour: QColor, filled: bool
    ) -> None:
        x, y = centre.x(), centre.y()
        shape = QPolygonF(
            [QPointF(x, y - radius), QPointF(x + radius, y), QPointF(x, y + radius),
             QPointF(x - radius, y)]
        )  # fmt: skip
        p.setPen(
            QPen(mix(colour, self.style.text, 0.3) if filled else colour, 2 if not filled else 1)
        )
        p.setBrush(colour if filled else self.style.base)
        p.drawPolygon(shape)

    def _today(self, p: QPainter, chart: QRectF, frame: Frame) -> None:
        day = self.layout.as_of.toordinal()
        if not self.layout.start <= day <= self.layout.end:
            return
        x = round(self.day_x(day + 0.5, frame)) + 0.5
        pen = QPen(self.style.today, 1.5)
        p.setPen(pen)
        p.drawLine(QLineF(x, chart.top(), x, chart.bottom()))

    # ------------------------------------------------------------ label column

    def _labels(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        top = self.header_height(frame)
        column = QRectF(0, top, s.label_width, frame.height - top)
        p.save()
        p.setClipRect(column)
        p.fillRect(column, s.panel)
        rows = self.layout.rows
        name_metrics = QFontMetricsF(s.font)
        bold_metrics = QFontMetricsF(s.bold)
        for i in frame.rows:
            row = rows[i]
            y = self.row_y(i, frame)
            line = QRectF(0, y, s.label_width, s.row_height)
            if i == frame.selected:
                p.fillRect(line, s.highlight)
                ink = s.highlighted_text
            else:
                if row.kind != "use_case" and frame.shading:
                    p.fillRect(line, s.mixed(s.panel, s.colour(row.colour), 0.14))
                ink = s.text
            p.fillRect(QRectF(0, y, _STRIP, s.row_height), s.colour(row.colour))
            indent = _STRIP + 6 + row.depth * _INDENT
            name_box = QRectF(indent, y, s.name_width - indent - 6, s.row_height)
            label = row.label if row.kind != GROUP else _no_stage()
            metrics = bold_metrics if row.kind != "use_case" else name_metrics
            p.setFont(s.bold if row.kind != "use_case" else s.font)
            p.setPen(ink)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, name_box.width())
            p.drawText(name_box, _LEFT_LINE, elided)
            key = ("status", row.kind, row.status, round(row.progress))
            status = s.cache.get(key)
            if status is None:
                status = s.cache[key] = texts.status_text(row.kind, row.status, row.progress)
            p.setFont(s.small)
            p.setPen(ink if i == frame.selected else s.muted)
            p.drawText(
                QRectF(s.name_width, y, s.status_width - 6, s.row_height),
                _LEFT_LINE,
                status,
            )
        p.setPen(QPen(s.grid_strong, 0))
        x = s.label_width - 0.5
        p.drawLine(QLineF(x, top, x, frame.height))
        p.restore()

    def _header(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        height = s.header_height
        half = height / 2
        p.save()
        p.fillRect(QRectF(0, 0, frame.width, height), s.panel)
        p.setClipRect(QRectF(s.label_width, 0, frame.width - s.label_width, height))
        ticks = self._axis(frame, frame.width - s.label_width)
        end = self.day_x(self.layout.end + 1, frame)
        p.setPen(s.text)
        metrics = QFontMetricsF(s.small)
        bold = QFontMetricsF(s.bold)
        for tick in ticks.major:
            x0 = self.day_x(tick.start.toordinal(), frame)
            x1 = min(end, self.day_x(tick.end.toordinal(), frame))
            text = texts.tick_text(tick, x1 - x0, major=True)
            left = max(x0, s.label_width) + 4  # the label stays in view while scrolling
            room = min(x1, frame.width) - left - 2
            if room >= bold.horizontalAdvance(text):
                p.setFont(s.bold)
                p.drawText(QRectF(left, 0, room, half), _ALIGN_LEFT, text)
            p.setPen(QPen(s.grid_strong, 0))
            p.drawLine(QLineF(round(x0) + 0.5, 0, round(x0) + 0.5, height))
            p.setPen(s.text)
        p.setFont(s.small)
        minor_top = half if ticks.major else 0
        minor_height = height - minor_top
        for tick in ticks.minor:
            x0 = self.day_x(tick.start.toordinal(), frame)
            x1 = min(end, self.day_x(tick.end.toordinal(), frame))
            text = texts.tick_text(tick, x1 - x0, major=False)
            shown = QRectF(max(x0, s.label_width), minor_top, 0, minor_height)
            shown.setRight(x1)
            if metrics.horizontalAdvance(text) + 4 <= shown.width():
                p.setPen(s.text)
                p.drawText(shown, _ALIGN_CENTER, text)
            p.setPen(QPen(s.grid, 0))
            p.drawLine(QLineF(round(x0) + 0.5, minor_top, round(x0) + 0.5, height))
        self._today_flag(p, frame, height)
        p.restore()
        p.setPen(QPen(s.grid_strong, 0))
        p.drawLine(QLineF(0, height - 0.5, frame.width, height - 0.5))
        p.setFont(s.bold)
        p.setPen(s.text)
        p.drawText(
            QRectF(_STRIP + 6, 0, s.name_width - _STRIP - 6, height), _ALIGN_LEFT, _column_title()
        )
        p.setFont(s.small)
        p.drawText(QRectF(s.name_width, 0, s.status_width, height), _ALIGN_LEFT, _status_title())
        p.drawLine(QLineF(s.label_width - 0.5, 0, s.label_width - 0.5, height))

    def _today_flag(self, p: QPainter, frame: Frame, height: float) -> None:
        day = self.layout.as_of.toordinal()
        if not self.layout.start <= day <= self.layout.end:
            return
        x = round(self.day_x(day + 0.5, frame)) + 0.5
        p.setPen(QPen(self.style.today, 1.5))
        p.drawLine(QLineF(x, height - 6, x, height))

    # ------------------------------------------------------------ overview

    def paint_overview(self, p: QPainter, frame: Frame, bands: list[Band]) -> None:
        """Every row at once, as bands of density runs (zoomed out)."""
        s = self.style
        p.save()
        p.fillRect(QRectF(0, 0, frame.width, frame.height), s.base)
        top = self.header_height(frame)
        area = frame.height - top
        chart = QRectF(s.label_width, top, frame.width - s.label_width, area)
        p.save()
        p.setClipRect(chart)
        self._grid(p, frame, chart)
        band_height = area / max(1, len(bands))
        for n, band in enumerate(bands):
            y = top + n * band_height
            colour = s.colour(band.colour)
            for begin, stop, level in band.runs:
                x0, x1 = self.day_x(begin, frame), self.day_x(stop, frame)
                p.fillRect(
                    QRectF(x0, y, max(1.0, x1 - x0), max(1.0, band_height - 0.5)),
                    s.fill(colour, 0.25 + 0.75 * level),
                )
        self._today(p, chart, frame)
        p.restore()
        p.fillRect(QRectF(0, top, s.label_width, area), s.panel)
        p.setFont(s.bold)
        p.setPen(s.text)
        rows = self.layout.rows
        total = max(1, len(rows))
        last_bottom = -1e9
        for i, row in enumerate(rows):
            if row.kind == "use_case":
                continue
            y = top + area * i / total
            if y < last_bottom:
                continue
            p.fillRect(QRectF(0, y, _STRIP, max(2.0, area * 1 / total)), s.colour(row.colour))
            box = QRectF(_STRIP + 6, y, s.name_width - _STRIP - 12, s.row_height)
            p.drawText(box, _ALIGN_LEFT, row.label if row.kind != GROUP else _no_stage())
            last_bottom = y + s.row_height
        p.restore()
        if frame.header:
            self._header(p, frame)


def _outcome_state(value: str) -> GateState:
    return GateState(value)


def _no_stage() -> str:
    return texts.tr("No stage")


def _column_title() -> str:
    return texts.tr("Stage / use case")


def _status_title() -> str:
    return texts.tr("Status")
