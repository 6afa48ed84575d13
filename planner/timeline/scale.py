"""The horizontal scale of a zoom level, the date header's ticks, the rows in view."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from planner.dates import monday
from planner.timeline.layout import Layout


class Zoom(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    FIT = "fit"
    """As many pixels per day as make the whole date range fill the width available."""


ZOOM_PX_PER_DAY = {Zoom.WEEK: 16.0, Zoom.MONTH: 4.2, Zoom.QUARTER: 1.0}
"""A week is 112 px wide at week zoom, a month about 128 px at month zoom, a quarter 91 px."""

PRESETS = (Zoom.WEEK, Zoom.MONTH, Zoom.QUARTER)
"""The zoom levels a step in or out goes through, finest first."""

MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.05, 64.0
WEEK_TICKS_FROM, MONTH_TICKS_FROM, QUARTER_TICKS_FROM = 5.5, 1.1, 0.35
"""Pixels per day from which the minor ticks are weeks, months, quarters (else years)."""
DAY_SNAP_FROM = 3.0
"""From this many pixels per day a drag snaps to days; below it, to whole weeks."""


@dataclass(frozen=True)
class Scale:
    """The timeline's horizontal scale: the day at x = 0 and pixels per day."""

    origin: int
    """Day ordinal at x = 0."""
    px_per_day: float

    def x(self, day: float) -> float:
        return (day - self.origin) * self.px_per_day

    def day_at(self, x: float) -> float:
        return self.origin + x / self.px_per_day

    def width(self, days: float) -> float:
        return days * self.px_per_day


def scale_for(layout: Layout, zoom: Zoom, fit_width: float | None = None) -> Scale:
    """The scale of a zoom level; ``FIT`` spreads the layout's days over ``fit_width`` pixels."""
    if zoom is Zoom.FIT:
        if fit_width is None:
            raise ValueError("fit-to-width needs the width available")
        ppd = fit_width / max(1, layout.days)
    else:
        ppd = ZOOM_PX_PER_DAY[zoom]
    return Scale(layout.start, min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, ppd)))


def next_zoom(zoom: Zoom, px_per_day: float, step: int) -> Zoom:
    """One preset in (``step`` -1) or out (+1); from fit (at ``px_per_day``), the
    nearest preset in that direction."""
    if zoom is Zoom.FIT:
        if step < 0:
            finer = [z for z in PRESETS if ZOOM_PX_PER_DAY[z] > px_per_day * 1.05]
            return finer[-1] if finer else Zoom.WEEK
        coarser = [z for z in PRESETS if ZOOM_PX_PER_DAY[z] < px_per_day / 1.05]
        return coarser[0] if coarser else Zoom.QUARTER
    position = PRESETS.index(zoom) + step
    return PRESETS[max(0, min(len(PRESETS) - 1, position))]


def snap_days(px_per_day: float) -> int:
    """The unit a drag snaps to: 1 (days) when zoomed in, 7 (weeks) when zoomed out."""
    return 1 if px_per_day >= DAY_SNAP_FROM else 7


def snap(days: float, unit: int) -> int:
    """``days`` rounded to a whole number of ``unit`` (half away from zero)."""
    units = math.floor(abs(days) / unit + 0.5)
    return int(math.copysign(units * unit, days)) if units else 0


class Tick(NamedTuple):
    start: dt.date
    end: dt.date
    """First day after the period."""
    unit: str
    """``week``, ``month``, ``quarter`` or ``year``: how the label is written."""


@dataclass(frozen=True)
class Axis:
    """The ticks of the timeline's two-line date header."""

    minor: tuple[Tick, ...]
    major: tuple[Tick, ...]


def tick_units(px_per_day: float) -> tuple[str, str]:
    """(minor, major) period of the header rows at a scale."""
    if px_per_day >= WEEK_TICKS_FROM:
        return "week", "month"
    if px_per_day >= MONTH_TICKS_FROM:
        return "month", "year"
    if px_per_day >= QUARTER_TICKS_FROM:
        return "quarter", "year"
    return "year", "year"


def axis(start: int, end: int, px_per_day: float) -> Axis:
    """The periods of the header between two day ordinals (the first may start before)."""
    minor_unit, major_unit = tick_units(px_per_day)
    first, last = dt.date.fromordinal(start), dt.date.fromordinal(end)
    minor = tuple(periods(first, last, minor_unit))
    major = () if major_unit == minor_unit else tuple(periods(first, last, major_unit))
    return Axis(minor, major)


def period_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return monday(day)
    if unit == "month":
        return day.replace(day=1)
    if unit == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def next_period(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def periods(first: dt.date, last: dt.date, unit: str) -> list[Tick]:
    """Every period of ``unit`` that overlaps ``first``–``last``."""
    ticks = []
    day = period_start(first, unit)
    while day <= last:
        following = next_period(day, unit)
        ticks.append(Tick(day, following, unit))
        day = following
    return ticks


def visible_rows(count: int, row_height: float, top: float, height: float) -> range:
    """Rows a window of ``height`` pixels starting ``top`` pixels down the rows shows."""
    if count <= 0 or height <= 0:
        return range(0)
    first = max(0, int(top // row_height))
    stop = min(count, math.ceil((top + height) / row_height))
    return range(first, max(first, stop))
