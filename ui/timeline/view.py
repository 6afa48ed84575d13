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
import math

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
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
from planner.model.kinds import EntityKind, find
from planner.timeline import DragMode, Layout, Zoom
from ui.document import Document
from ui.timeline import texts, tips
from ui.timeline.drag import Drag
from ui.timeline.geometry import Frame, fit_scale, widest_name
from ui.timeline.live_layout import LiveLayout
from ui.timeline.painter import TimelinePainter
from ui.timeline.picture_cache import PictureCache
from ui.timeline.style import Style, from_palette

_OVERVIEW_BAND_PX = 3.0
"""Height of one band of rows in the zoomed-out overview."""


class TimelineView(QAbstractScrollArea):
    selection_changed = Signal(object, str)
    """The user selected a stage or use case (kind, id)."""
    navigate = Signal(object, str)
    """Enter or a double click on a row: show this entity (kind, id)."""
    review_requested = Signal(str)
    """A double click on a gate diamond: open the gate review of this stage."""
    zoom_changed = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._zoom = Zoom.MONTH
        self._overview = False
        self._selected: tuple[EntityKind, str] | None = None
        self._drag: Drag | None = None
        self._overview_cache = PictureCache()
        self._style = from_palette(self.palette(), self.font())
        self._widest: tuple[Layout | None, float] = (None, 0.0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline"))
        self.live = LiveLayout(document, self)
        self.live.changed.connect(self._layout_changed)
        self.live.gates_changed.connect(self._gates_changed)
        self._layout_changed()
        self._gates_pending = True  # evaluated after the first frame is painted

    # ------------------------------------------------------------ state

    @property
    def _layout(self) -> Layout:
        return self.live.layout

    @property
    def layout_(self) -> Layout:
        return self.live.layout

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
        self.set_zoom(tl.next_zoom(self._zoom, self.scale().px_per_day, step))

    def is_overview(self) -> bool:
        return self._overview

    def set_overview(self, on: bool) -> None:
        """Zoom out fully: every row in view, drawn as bands instead of bars."""
        self._overview = on
        self._update_scrollbars()
        self.viewport().update()

    def as_of(self) -> dt.date:
        return self.live.as_of

    def set_as_of(self, day: dt.date) -> None:
        self.live.set_as_of(day)

    def baseline_id(self) -> str | None:
        return self.live.baseline_id

    def set_baseline(self, baseline_id: str | None) -> None:
        """None: the newest baseline; ``""``: none; else that baseline."""
        self.live.set_baseline(baseline_id)

    # ------------------------------------------------------------ building

    def reload(self) -> None:
        """Build the layout again (the roadmap is followed on its own; this forces it)."""
        self.live.reload()

    def _layout_changed(self) -> None:
        self._overview_cache.clear()
        self._fit_style()
        self._cancel_drag()
        self._update_scrollbars()
        self.viewport().update()

    def _gates_changed(self) -> None:
        self._gates_pending = False
        self._overview_cache.clear()
        self._update_scrollbars()  # a fitted scale leaves room for the gate captions
        self.viewport().update()

    def _fit_style(self) -> None:
        style = from_palette(self.palette(), self.font())
        if self._widest[0] is not self._layout:
            self._widest = (self._layout, widest_name(style, self._layout))
        style.name_width = max(140.0, min(max(160.0, self.width() * 0.3), self._widest[1]))
        self._style = style
        self._overview_cache.clear()

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
        drafts = self._drag.drafts() if self._drag is not None else {}
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
        slots = max(1, int(self._rows_height() // _OVERVIEW_BAND_PX))
        band_rows = max(1, math.ceil(len(self._layout.rows) / slots))
        bucket = max(1, math.ceil(3 / self.scale().px_per_day))
        return self.live.bands(band_rows, bucket)

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
            self.live.evaluate_gates_soon()

    def _overview_picture(self) -> QPixmap:
        key = (self.scale().px_per_day, self.horizontalScrollBar().value())
        return self._overview_cache.get(self.viewport(), key, self._paint_overview)

    def _paint_overview(self, p: QPainter) -> None:
        self.painter_().paint_overview(p, self.frame(), self.overview_bands())

    # ------------------------------------------------------------ selection

    def selected(self) -> tuple[EntityKind, str] | None:
        return self._selected

    def selected_row(self) -> int:
        if self._selected is None:
            return -1
        found = self._layout.find(*self._selected)
        return -1 if found is None else found

    def select(self, kind: EntityKind, entity_id: str) -> bool:
        """Select a stage or use case (or the stage of a decision, criterion or risk)
        and scroll it into view. Does not emit ``selection_changed``."""
        shown = tl.row_key(self._document.roadmap, kind, entity_id)
        row = None if shown is None else self._layout.find(*shown)
        if shown is None or row is None:
            return False
        kind, entity_id = EntityKind(shown[0]), shown[1]
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
        self._selected = (EntityKind(item.kind), item.id)
        self.ensure_visible(row)
        self._describe(row)
        self.viewport().update()
        if changed:
            self.selection_changed.emit(EntityKind(item.kind), item.id)

    def _describe(self, row: int) -> None:
        item = self._layout.rows[row]
        status = texts.status_text(item.kind, item.status, item.progress)
        self.setAccessibleDescription(
            f"{item.label}, {status}, {texts.span_text(item.start, item.end)}"
        )

    # ------------------------------------------------------------ hit testing

    def row_at(self, point: QPointF) -> int:
        return -1 if self._overview else self.painter_().row_at(point.y(), self.frame())

    def gate_at(self, point: QPointF) -> tl.GateMark | None:
        if self._overview:
            return None
        return self.painter_().gate_at(point.x(), point.y(), self.frame())

    def bar_hit(self, point: QPointF) -> tuple[int, DragMode] | None:
        if self._overview:
            return None
        return self.painter_().bar_hit(point.x(), point.y(), self.frame())

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
            self._drag = Drag(
                hit[0], item.kind, item.id, item.label, hit[1], point.x(), item.start, item.end
            )
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            self._hover_cursor(point)
            return
        threshold = QApplication.startDragDistance()
        if drag.follow(point.x() - drag.anchor, self.scale().px_per_day, threshold):
            QToolTip.showText(event.globalPosition().toPoint(), drag.text, self.viewport())
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
            self.navigate.emit(EntityKind(item.kind), item.id)

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
        QToolTip.hideText()
        self.viewport().update()

    def drag_text(self) -> str:
        """The tooltip shown while dragging (empty when not dragging)."""
        return self._drag.text if self._drag is not None else ""

    # ------------------------------------------------------------ editing

    def reschedule(self, kind: str, entity_id: str, mode: DragMode, days: int) -> bool:
        """Move a bar or one of its ends by ``days`` as one undoable edit."""
        roadmap = self._document.roadmap
        if kind not in (EntityKind.STAGE, EntityKind.USE_CASE):
            return False
        try:
            op = tl.reschedule(roadmap, EntityKind(kind), entity_id, mode, days)
        except KeyError:
            return False
        entity = find(roadmap, kind, entity_id)
        name = getattr(entity, "name", entity_id)
        return self._document.execute(op, tips.edit_text(name, kind, mode, days))

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
                self.navigate.emit(EntityKind(item.kind), item.id)
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
            return tips.gate_tip(self._layout, mark)
        row = self.row_at(point)
        if row < 0 or self._layout.rows[row].kind == tl.GROUP:
            return ""
        return tips.row_tip(self._layout, row)
