"""Timeline layout: what the Gantt shows and where, without any drawing.

The desktop timeline, its PDF/PNG export and their tests share this package,
so the window and the printed page show the same picture. Everything here is
plain data:

- :func:`build` turns a roadmap into a :class:`Layout`: one :class:`Row` per
  stage (a swimlane) followed by its use cases, use cases without a stage
  under a last "no stage" group; dates as day ordinals so painting never
  touches a pydantic model; gate-review marks with their status, recorded
  decisions, dependency links between rows and the baseline's dates and slip;
  :func:`update` patches it after a small edit.
- :func:`scale_for` and :func:`axis` give the horizontal scale (pixels per
  day) of a zoom level and the ticks of its two-line date header.
- :func:`overview` aggregates rows into bands for a zoomed-out view: one
  band per few pixels of height, drawn as a handful of density runs instead
  of thousands of bars.
- :func:`reschedule` builds the one undoable edit of a bar drag.
- :func:`paginate` splits the chart over printed pages (fit to one page wide,
  or tiles at a readable scale with the row labels repeated on every page).
"""

from __future__ import annotations

from planner.model.colours import stage_colour
from planner.timeline.build import (
    MAX_PATCHED,
    build,
    choose_baseline,
    row_key,
    update,
)
from planner.timeline.gates import gate_marks, readiness_state
from planner.timeline.layout import (
    DECISION_LEAD_DAYS,
    GROUP,
    STAGE,
    STAGE_COLOURS,
    USE_CASE,
    DecisionMark,
    GateMark,
    GateState,
    Layout,
    Link,
    Row,
)
from planner.timeline.overview import DENSITY_LEVELS, Band, overview
from planner.timeline.pages import Tile, fit_px_per_day, paginate
from planner.timeline.reschedule import DragMode, dragged, reschedule
from planner.timeline.scale import (
    DAY_SNAP_FROM,
    MAX_PX_PER_DAY,
    MIN_PX_PER_DAY,
    MONTH_TICKS_FROM,
    PRESETS,
    QUARTER_TICKS_FROM,
    WEEK_TICKS_FROM,
    ZOOM_PX_PER_DAY,
    Axis,
    Scale,
    Tick,
    Zoom,
    axis,
    next_period,
    next_zoom,
    period_start,
    periods,
    scale_for,
    snap,
    snap_days,
    tick_units,
    visible_rows,
)

__all__ = [
    "DAY_SNAP_FROM",
    "DECISION_LEAD_DAYS",
    "DENSITY_LEVELS",
    "GROUP",
    "MAX_PATCHED",
    "MAX_PX_PER_DAY",
    "MIN_PX_PER_DAY",
    "MONTH_TICKS_FROM",
    "PRESETS",
    "QUARTER_TICKS_FROM",
    "STAGE",
    "STAGE_COLOURS",
    "USE_CASE",
    "WEEK_TICKS_FROM",
    "ZOOM_PX_PER_DAY",
    "Axis",
    "Band",
    "DecisionMark",
    "DragMode",
    "GateMark",
    "GateState",
    "Layout",
    "Link",
    "Row",
    "Scale",
    "Tick",
    "Tile",
    "Zoom",
    "axis",
    "build",
    "choose_baseline",
    "dragged",
    "fit_px_per_day",
    "gate_marks",
    "next_period",
    "next_zoom",
    "overview",
    "paginate",
    "period_start",
    "periods",
    "readiness_state",
    "reschedule",
    "row_key",
    "scale_for",
    "snap",
    "snap_days",
    "stage_colour",
    "tick_units",
    "update",
    "visible_rows",
]
