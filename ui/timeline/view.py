"""The Gantt canvas: a QAbstractScrollArea that paints only the rows in view.

Layout comes from :mod:`planner.timeline` (flat rows, rebuilt when the
roadmap changes); drawing from :class:`ui.timeline.painter.TimelinePainter`,
the same code the PDF and PNG use. Direct manipulation:

- drag a bar to move it, drag an edge to change its start or end; the drag
  snaps to days (weeks when zoomed out), a tooltip shows the dates, and the
  drop is ONE undoable edit; a drop the roadmap refuses (a stage starting
  before the one before it, say) changes nothing and the bar snaps back;
- keyboard: ↑/↓ (PgUp/PgDn, Home/End) select, ←/→ scroll, Shift+←/→ move the
  selected bar by a day or a week, Ctrl+Shift+←/→ move its end, Enter opens
  it, + and - zoom (also with Ctrl, or Ctrl+wheel), F fits, Esc cancels a drag.
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from planner import timeline as tl
from planner.model.entities import Roadmap
from planner.model.kinds import find
from planner.timeline import DragMode, Layout, Zoom
from ui.document import ALL_KINDS, Document
from ui.timeline import texts
from ui.timeline.painter import Frame, TimelinePainter, fit_scale
from ui.timeline.style import Style, from_palette

_LAYOUT_KINDS = {"stage", "use_case", "decision", "baseline", "roadmap", ALL_KINDS}
_ZOOMS = (Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER)
_EDGE = 5.0
"""Pixels either side of a bar's end that grab the edge rather than the bar."""
_OVERVIEW_BAND_PX = 3.0
"""Height of one band of rows in the zoomed-out overview."""
GATE_DELAY_MS = 250
"""Gate marks are evaluated again this long after the last change (edits come in bursts)."""


@dataclass
class _Drag:
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


def widest_name(style: Style, layout: Layout) -> float:
    """Pixels the longest names need (the 300 longest by length are measured, not all)."""
    longest = heapq.nlargest(300, layout.rows, key=lambda r: len(r.label))
    bold, normal = QFontMetricsF(style.bold), QFontMetricsF(style.font)
    widest = 0.0
    for row in longest:
        metrics = bold if row.kind != "use_case" else normal
        widest = max(widest, metrics.horizontalAdvance(row.label) + row.depth * 14)
    return widest + 26


class TimelineView(QAbstractScrollArea):
    selection_changed = Signal(str, str)
    """The user selected a stage or use case (kind, id)."""
    navigate = Signal(str, str)
    """Enter or a double click on a row: show this entity (kind, id)."""
    review_requested = Signal(str)
    """A double click on a gate diamond: open the gate review of this stage."""
    zoom_changed = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._zoom = Zoom.MONTH
        self._overview = False
        self._baseline_id: str | None = None
        self._selected: tuple[str, str] | None = None
        self._drag: _Drag | None = None
        self._bands: tuple[tuple[int, int], list[tl.Band]] | None = None
        self._overview_cache: tuple[object, QPixmap] | None = None
        self._drag_text = ""
        self._style = from_palette(self.palette(), self.font())
        self._layout = tl.Layout("", document.as_of(), 0, 0, ())  # reload() builds the real one
        self._widest: tuple[Layout | None, float] = (None, 0.0)
        self._built_from: Roadmap | None = None
        self._built_with: tuple[dt.date, str | None] | None = None
        self._gate_timer = QTimer(self)
        self._gate_timer.setSingleShot(True)
        self._gate_timer.setInterval(GATE_DELAY_MS)
        self._gate_timer.timeout.connect(self._evaluate_gates)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline"))
        document.changed.connect(self._changed)
        document.as_of_changed.connect(self._as_of_changed)
        self.reload()
        self._gates_pending = True  # evaluated after the first frame is painted

    # ------------------------------------------------------------ state

    @property
    def layout_(self) -> Layout:
        return self._layout

    @property
    def style_(self) -> Style:
        return self._style

    def zoom(self) -> Zoom:
        return self._zoom

    def set_zoom(self, zoom: Zoom) -> None:
        """Week, month, quarter or fit; the date in the middle of the view stays put."""
        zoom = Zoom(zoom)
        centre = self.scale().day_at(self.horizontalScrollBar().value() + self._chart_width() / 2)
        self._zoom = zoom
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(round(self.scale().x(centre) - self._chart_width() / 2))
        self.viewport().update()
        self.zoom_changed.emit(zoom.value)

    def zoom_in(self) -> None:
        self._step_zoom(-1)

    def zoom_out(self) -> None:
        self._step_zoom(1)

    def _step_zoom(self, step: int) -> None:
        """One preset in (step -1) or out (+1); from fit, the next preset in that direction."""
        if self._zoom is Zoom.FIT:
            ppd = self.scale().px_per_day
            if step < 0:
                finer = [z for z in _ZOOMS if tl.ZOOM_PX_PER_DAY[z] > ppd * 1.05]
                target = finer[-1] if finer else Zoom.WEEK
            else:
                coarser = [z for z in _ZOOMS if tl.ZOOM_PX_PER_DAY[z] < ppd / 1.05]
                target = coarser[0] if coarser else Zoom.QUARTER
            self.set_zoom(target)
            return
        position = _ZOOMS.index(self._zoom) + step
        self.set_zoom(_ZOOMS[max(0, min(len(_ZOOMS) - 1, position))])

    def is_overview(self) -> bool:
        return self._overview

    def set_overview(self, on: bool) -> None:
        """Zoom out fully: every row in view, drawn as bands instead of bars."""
        self._overview = on
        self._update_scrollbars()
        self.viewport().update()

    def as_of(self) -> dt.date:
        """The document's as-of date (every page shows its figures for the same day)."""
        return self._document.as_of()

    def set_as_of(self, day: dt.date) -> None:
        self._document.set_as_of(day)

    def _as_of_changed(self) -> None:
        self.reload()
        self._evaluate_gates()

    def baseline_id(self) -> str | None:
        return self._baseline_id

    def set_baseline(self, baseline_id: str | None) -> None:
        """None: the newest baseline; ``""``: none; else that baseline."""
        self._baseline_id = baseline_id
        self.reload()

    # ------------------------------------------------------------ building

    def _changed(self, kinds: set[str]) -> None:
        if kinds & _LAYOUT_KINDS:
            self.reload()
        self._gate_timer.start(GATE_DELAY_MS)

    def reload(self) -> None:
        """Build the layout again, keeping the gate marks until they are evaluated again."""
        roadmap = self._document.roadmap
        baseline = self._baseline_id
        if baseline and all(b.id != baseline for b in roadmap.baselines):
            baseline = self._baseline_id = None  # it was deleted: back to the newest
        old = self._layout
        as_of = self.as_of()
        settings = (as_of, baseline)
        patched = None
        if self._built_from is not None and self._built_with == settings:
            patched = tl.update(old, self._built_from, roadmap)  # a drag: patch the rows
        if patched is not None:
            self._layout = patched
        else:
            layout = tl.build(roadmap, as_of, baseline_id=baseline, readiness=())
            kept = []
            for mark in old.gates:
                row = layout.find(tl.STAGE, old.rows[mark.row].id)
                if row is not None:
                    kept.append(mark._replace(row=row))
            self._layout = layout.with_gates(kept)
        self._built_from, self._built_with = roadmap, settings
        self._bands = None
        self._overview_cache = None
        self._fit_style()
        self._cancel_drag()
        self._update_scrollbars()
        self.viewport().update()

    def _evaluate_gates(self) -> None:
        self._gate_timer.stop()
        self._gates_pending = False
        roadmap = self._document.roadmap
        readiness = self._document.figures().readiness
        self._layout = self._layout.with_gates(tl.gate_marks(roadmap, self._layout, readiness))
        self._update_scrollbars()  # a fitted scale leaves room for the gate captions
        self.viewport().update()

    def _fit_style(self) -> None:
        style = from_palette(self.palette(), self.font())
        if self._widest[0] is not self._layout:
            self._widest = (self._layout, widest_name(style, self._layout))
        style.name_width = max(140.0, min(max(160.0, self.width() * 0.3), self._widest[1]))
        style.cache["id"] = object()  # a new look: pictures drawn with the old one are stale
        self._style = style

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
        ):
            self._widest = (None, 0.0)  # another font: measure the names again
            self._fit_style()
            self._update_scrollbars()
            self.viewport().update()
        super().changeEvent(event)

    # ------------------------------------------------------------ geometry

    def _chart_width(self) -> float:
        return max(1.0, self.viewport().width() - self._style.label_width)

    def _rows_height(self) -> float:
        return max(1.0, self.viewport().height() - self._style.header_height)

    def scale(self) -> tl.Scale:
        if self._zoom is Zoom.FIT:
            return fit_scale(self._layout, self._style, self._chart_width() - 8)
        return tl.scale_for(self._layout, self._zoom)

    def painter_(self) -> TimelinePainter:
        return TimelinePainter(self._layout, self._style, self.scale())

    def _update_scrollbars(self) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        chart = self.scale().width(self._layout.days)
        h.setRange(0, max(0, math.ceil(chart - self._chart_width())))
        h.setPageStep(round(self._chart_width()))
        h.setSingleStep(max(8, round(self.scale().px_per_day * 7)))
        rows = len(self._layout.rows) * self._style.row_height
        if self._overview:
            v.setRange(0, 0)
        else:
            v.setRange(0, max(0, math.ceil(rows - self._rows_height())))
        v.setPageStep(round(self._rows_height()))
        v.setSingleStep(round(self._style.row_height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_style()
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def frame(self) -> Frame:
        s = self._style
        top = float(self.verticalScrollBar().value())
        rows = tl.visible_rows(len(self._layout.rows), s.row_height, top, self._rows_height())
        drafts = {}
        if self._drag is not None and self._drag.active:
            d = self._drag
            drafts[d.row] = tl.dragged(d.start, d.end, d.mode, d.days)
        return Frame(
            width=self.viewport().width(),
            height=self.viewport().height(),
            rows=rows,
            top=top,
            left=float(self.horizontalScrollBar().value()),
            selected=self.selected_row(),
            drafts=drafts,
        )

    def overview_bands(self) -> list[tl.Band]:
        """The rows in bands a few pixels high (cached for a size and scale)."""
        rows = self._layout.rows
        slots = max(1, int(self._rows_height() // _OVERVIEW_BAND_PX))
        band_rows = max(1, math.ceil(len(rows) / slots))
        bucket = max(1, math.ceil(3 / self.scale().px_per_day))
        key = (band_rows, bucket)
        if self._bands is None or self._bands[0] != key:
            self._bands = (key, tl.overview(rows, band_rows, bucket, self._layout.start))
        return self._bands[1]

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        if self._overview:
            p.drawPixmap(0, 0, self._overview_picture())
        else:
            self.painter_().paint(p, self.frame())
        p.end()
        if self._gates_pending:  # the chart first; the diamonds as soon as the loop is free
            self._gates_pending = False
            self._gate_timer.start(0)

    def _overview_picture(self) -> QPixmap:
        """The zoomed-out view, drawn once per layout, size and scale, then only copied."""
        port = self.viewport()
        ratio = port.devicePixelRatioF()
        key = (id(self._layout), self._style.cache.get("id"), port.width(), port.height(),
               ratio, self.scale().px_per_day, self.horizontalScrollBar().value())  # fmt: skip
        if self._overview_cache is None or self._overview_cache[0] != key:
            picture = QPixmap(round(port.width() * ratio), round(port.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            p = QPainter(picture)
            self.painter_().paint_overview(p, self.frame(), self.overview_bands())
            p.end()
            self._overview_cache = (key, picture)
        return self._overview_cache[1]

    # ------------------------------------------------------------ selection

    def selected(self) -> tuple[str, str] | None:
        return self._selected

    def selected_row(self) -> int:
        if self._selected is None:
            return -1
        found = self._layout.find(*self._selected)
        return -1 if found is None else found

    def select(self, kind: str, entity_id: str) -> bool:
        """Select a stage or use case (or the stage of a decision, criterion or risk)
        and scroll it into view. Does not emit ``selection_changed``."""
        if kind not in (tl.STAGE, tl.USE_CASE):
            entity = find(self._document.roadmap, kind, entity_id)
            stage_id = getattr(entity, "stage_id", None)
            if not stage_id:
                return False
            kind, entity_id = tl.STAGE, stage_id
        row = self._layout.find(kind, entity_id)
        if row is None:
            return False
        if self._overview:
            self.set_overview(False)
        self._selected = (kind, entity_id)
        self.ensure_visible(row)
        self._describe(row)
        self.viewport().update()
        return True

    def ensure_visible(self, row: int) -> None:
        """Scroll so the row, and the start of its bar, are in view."""
        s = self._style
        bar = self.verticalScrollBar()
        top = row * s.row_height
        if top < bar.value():
            bar.setValue(math.floor(top))
        elif top + s.row_height > bar.value() + self._rows_height():
            bar.setValue(math.ceil(top + s.row_height - self._rows_height()))
        h = self.horizontalScrollBar()
        x0 = self.scale().x(self._layout.rows[row].start)
        x1 = self.scale().x(self._layout.rows[row].end + 1)
        if x0 < h.value() or x0 > h.value() + self._chart_width() - 24:
            h.setValue(round(x0 - 24 if x1 - x0 > self._chart_width() else x0 - 48))

    def _user_select(self, row: int) -> None:
        if not 0 <= row < len(self._layout.rows):
            return
        item = self._layout.rows[row]
        if item.kind == tl.GROUP:
            self._selected = None
            self.viewport().update()
            return
        changed = self._selected != (item.kind, item.id)
        self._selected = (item.kind, item.id)
        self.ensure_visible(row)
        self._describe(row)
        self.viewport().update()
        if changed:
            self.selection_changed.emit(item.kind, item.id)

    def _describe(self, row: int) -> None:
        item = self._layout.rows[row]
        status = texts.status_text(item.kind, item.status, item.progress)
        self.setAccessibleDescription(
            f"{item.label}, {status}, {texts.span_text(item.start, item.end)}"
        )

    # ------------------------------------------------------------ hit testing

    def row_at(self, point: QPointF) -> int:
        s = self._style
        if point.y() < s.header_height or self._overview:
            return -1
        row = int((point.y() - s.header_height + self.verticalScrollBar().value()) // s.row_height)
        return row if 0 <= row < len(self._layout.rows) else -1

    def gate_at(self, point: QPointF) -> tl.GateMark | None:
        row = self.row_at(point)
        mark = self._layout.gate_at(row) if row >= 0 else None
        if mark is None or point.x() < self._style.label_width:
            return None
        centre = self.painter_().diamond_centre(mark, self.frame())
        reach = self._style.row_height * 0.32 + 3
        return mark if abs(point.x() - centre.x()) <= reach else None

    def bar_hit(self, point: QPointF) -> tuple[int, DragMode] | None:
        row = self.row_at(point)
        if row < 0 or point.x() < self._style.label_width:
            return None
        if self._layout.rows[row].kind == tl.GROUP:
            return None
        rect = self.painter_().bar_rect(row, self.frame())
        x = point.x()
        if not rect.left() - _EDGE <= x <= rect.right() + _EDGE:
            return None
        if rect.width() > 3 * _EDGE:
            if abs(x - rect.left()) <= _EDGE:
                return row, DragMode.START
            if abs(x - rect.right()) <= _EDGE:
                return row, DragMode.END
        return row, DragMode.MOVE

    # ------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._overview and event.button() == Qt.MouseButton.LeftButton:
            self._zoom_into(point)
            return
        row = self.row_at(point)
        if row >= 0:
            self._user_select(row)
        hit = self.bar_hit(point)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and hit is not None
            and self.gate_at(point) is None
            and not self._document.read_only
        ):
            item = self._layout.rows[hit[0]]
            self._drag = _Drag(
                hit[0], item.kind, item.id, item.label, hit[1], point.x(), item.start, item.end
            )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            self._hover_cursor(point)
            return
        distance = point.x() - drag.anchor
        if not drag.active and abs(distance) < QApplication.startDragDistance():
            return
        drag.active = True
        days = tl.snap(distance / self.scale().px_per_day, tl.snap_days(self.scale().px_per_day))
        if days != drag.days or not self._drag_text:
            drag.days = days
            start, end = tl.dragged(drag.start, drag.end, drag.mode, days)
            self._drag_text = self._drag_tip(drag, start, end)
            QToolTip.showText(event.globalPosition().toPoint(), self._drag_text, self.viewport())
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        self._cancel_drag()
        if drag is None or not drag.active or drag.days == 0:
            return
        self.reschedule(drag.kind, drag.entity_id, drag.mode, drag.days)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        mark = self.gate_at(event.position())
        if mark is not None:
            self.review_requested.emit(self._layout.rows[mark.row].id)
            return
        row = self.row_at(event.position())
        if row >= 0 and self._layout.rows[row].kind != tl.GROUP:
            item = self._layout.rows[row]
            self.navigate.emit(item.kind, item.id)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return
        super().wheelEvent(event)

    def _hover_cursor(self, point: QPointF) -> None:
        hit = None if self._document.read_only else self.bar_hit(point)
        if hit is None or self.gate_at(point) is not None:
            self.viewport().unsetCursor()
        elif hit[1] is DragMode.MOVE:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)

    def _zoom_into(self, point: QPointF) -> None:
        share = (point.y() - self._style.header_height) / self._rows_height()
        row = int(max(0.0, min(0.999, share)) * len(self._layout.rows))
        self.set_overview(False)
        if self._layout.rows:
            self._user_select(row)

    def _cancel_drag(self) -> None:
        self._drag = None
        self._drag_text = ""
        QToolTip.hideText()
        self.viewport().update()

    def drag_text(self) -> str:
        """The tooltip shown while dragging (empty when not dragging)."""
        return self._drag_text

    def _drag_tip(self, drag: _Drag, start: int, end: int) -> str:
        shift = texts.duration_text(drag.days)
        when = (
            self.tr("{n} later").format(n=shift)
            if drag.days > 0
            else self.tr("{n} earlier").format(n=shift)
            if drag.days < 0
            else self.tr("unchanged")
        )
        return f"{html.escape(drag.label)}<br>{texts.span_text(start, end)} ({when})"

    # ------------------------------------------------------------ editing

    def reschedule(self, kind: str, entity_id: str, mode: DragMode, days: int) -> bool:
        """Move a bar or one of its ends by ``days`` as one undoable edit."""
        roadmap = self._document.roadmap
        try:
            op = tl.reschedule(roadmap, kind, entity_id, mode, days)
        except KeyError:
            return False
        entity = find(roadmap, kind, entity_id)
        name = getattr(entity, "name", entity_id)
        return self._document.execute(op, self._edit_text(name, kind, mode, days))

    def _edit_text(self, name: str, kind: str, mode: DragMode, days: int) -> str:
        shift = texts.duration_text(days)
        later = days > 0
        if mode is DragMode.MOVE:
            if kind == tl.STAGE:
                text = (
                    self.tr("Move stage '{name}' and its use cases {n} later")
                    if later
                    else self.tr("Move stage '{name}' and its use cases {n} earlier")
                )
            else:
                text = (
                    self.tr("Move '{name}' {n} later")
                    if later
                    else self.tr("Move '{name}' {n} earlier")
                )
        elif mode is DragMode.START:
            text = (
                self.tr("Start '{name}' {n} later")
                if later
                else self.tr("Start '{name}' {n} earlier")
            )
        else:
            text = (
                self.tr("End '{name}' {n} later") if later else self.tr("End '{name}' {n} earlier")
            )
        return text.format(name=name, n=shift)

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        row = self.selected_row()
        count = len(self._layout.rows)
        page = max(1, int(self._rows_height() // self._style.row_height) - 1)
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift and row >= 0:
            step = tl.snap_days(self.scale().px_per_day) * (1 if key == Qt.Key.Key_Right else -1)
            item = self._layout.rows[row]
            if item.kind != tl.GROUP:
                mode = DragMode.END if ctrl else DragMode.MOVE
                self.reschedule(item.kind, item.id, mode, step)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + bar.singleStep() * (1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page,
                    Qt.Key.Key_PageUp: -page}[Qt.Key(key)]  # fmt: skip
            if count:
                self._user_select(max(0, min(count - 1, (row if row >= 0 else -1) + step)))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and count:
            self._user_select(0 if key == Qt.Key.Key_Home else count - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            item = self._layout.rows[row]
            if item.kind != tl.GROUP:
                self.navigate.emit(item.kind, item.id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_F and not ctrl:  # Ctrl+0… are the window's page keys
            self.set_zoom(Zoom.FIT)
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ tooltips

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if self._drag is None:
                text = self.tooltip_at(QPointF(self.viewport().mapFromGlobal(event.globalPos())))
                if text:
                    QToolTip.showText(event.globalPos(), text, self.viewport())
                else:
                    QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPointF) -> str:
        """Rich text (names escaped) describing the bar or gate under a point."""
        mark = self.gate_at(point)
        if mark is not None:
            return self._gate_tip(mark)
        row = self.row_at(point)
        if row < 0 or self._layout.rows[row].kind == tl.GROUP:
            return ""
        item = self._layout.rows[row]
        lines = [
            f"<b>{html.escape(item.label)}</b>",
            html.escape(texts.status_text(item.kind, item.status, item.progress)),
            texts.span_text(item.start, item.end),
        ]
        if item.base_start is not None and item.base_end is not None:
            baseline = html.escape(self._layout.baseline_name)
            lines.append(
                self.tr("Baseline '{name}': {dates}").format(
                    name=baseline, dates=texts.span_text(item.base_start, item.base_end)
                )
            )
            if item.slip:
                lines.append(self.tr("Slip: {slip}").format(slip=texts.slip_text(item.slip)))
        return "<br>".join(lines)

    def _gate_tip(self, mark: tl.GateMark) -> str:
        stage = self._layout.rows[mark.row]
        decided = mark.decision_id is not None
        lines = [
            self.tr("<b>Gate review of {stage}</b>").format(stage=html.escape(stage.label)),
            texts.ordinal_text(mark.day),
            html.escape(texts.gate_caption(mark.state, mark.met, mark.total, decided)),
            self.tr("Double-click to open the gate review."),
        ]
        return "<br>".join(lines)
