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
    STAGE,
    USE_CASE,
    Band,
    GateState,
    Row,
)
from ui.timeline import texts
from ui.timeline.geometry import (
    ALIGN_LEFT,
    STRIP,
    ChartGeometry,
    Frame,
)
from ui.timeline.margins import no_stage, paint_header, paint_labels
from ui.timeline.style import mix


class TimelinePainter(ChartGeometry):
    """Draws the chart; the label column and header come from :mod:`.margins`."""

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
        paint_labels(self, p, frame)
        if frame.header:
            paint_header(self, p, frame)
        p.restore()

    def _rows_background(self, p: QPainter, frame: Frame) -> None:
        s = self.style
        rows = self.layout.rows
        for i in frame.rows:
            row = rows[i]
            rect = QRectF(0, self.row_y(i, frame), frame.width, s.row_height)
            if i == frame.selected:
                p.fillRect(rect, s.mixed(s.base, s.highlight, 0.35))
            elif row.kind != USE_CASE and frame.shading:
                p.fillRect(rect, s.fill(s.colour(row.colour), 0.13))
            elif i % 2:
                p.fillRect(rect, s.alternate)

    def _grid(self, p: QPainter, frame: Frame, chart: QRectF) -> None:
        s = self.style
        ticks = self.axis(frame, chart.width())
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
            if row.kind == USE_CASE:
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
        p.drawText(QRectF(x, self.row_y(index, frame), width, s.row_height), ALIGN_LEFT, text)

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
            box = self.caption_box(mark, frame, width)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(s.fill(s.base, 1.0))
            back = box.adjusted(-2, 3, 0, -3)
            back.setWidth(width)
            p.drawRoundedRect(back, 3, 3)
            p.setPen(mix(colour, s.text, 0.35))
            p.drawText(box, ALIGN_LEFT, caption)
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
        height = max(1.0, band_height - 0.5)
        # day_x inlined (same arithmetic) and each band colour's fills looked up once:
        # a 100,000-row overview paints ~2,000 runs.
        names, origin, ppd = s.label_width, self.scale.origin, self.scale.px_per_day
        fills: dict[tuple[str, float], QColor] = {}
        fill_rect = p.fillRect
        for n, band in enumerate(bands):
            y = top + n * band_height
            for begin, stop, level in band.runs:
                x0 = names + (begin - origin) * ppd - frame.left
                x1 = names + (stop - origin) * ppd - frame.left
                key = (band.colour, level)
                brush = fills.get(key)
                if brush is None:
                    brush = fills[key] = s.fill(s.colour(band.colour), 0.25 + 0.75 * level)
                fill_rect(QRectF(x0, y, max(1.0, x1 - x0), height), brush)
        self._today(p, chart, frame)
        p.restore()
        p.fillRect(QRectF(0, top, s.label_width, area), s.panel)
        p.setFont(s.bold)
        p.setPen(s.text)
        rows = self.layout.rows
        total = max(1, len(rows))
        last_bottom = -1e9
        for i in self.layout.heads:  # the stage and group rows, not every row
            row = rows[i]
            y = top + area * i / total
            if y < last_bottom:
                continue
            p.fillRect(QRectF(0, y, STRIP, max(2.0, area * 1 / total)), s.colour(row.colour))
            box = QRectF(STRIP + 6, y, s.name_width - STRIP - 12, s.row_height)
            p.drawText(box, ALIGN_LEFT, row.label if row.kind != GROUP else no_stage())
            last_bottom = y + s.row_height
        p.restore()
        if frame.header:
            paint_header(self, p, frame)


def _outcome_state(value: str) -> GateState:
    return GateState(value)
