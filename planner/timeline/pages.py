"""The chart split over printed pages: fit to one page wide, or tiles at a readable scale."""

from __future__ import annotations

import math
from typing import NamedTuple

from planner.timeline.scale import MIN_PX_PER_DAY


class Tile(NamedTuple):
    """One printed page: rows ``first``–``stop - 1``, chart pixels ``x0``–``x1``."""

    page: int
    column: int
    first: int
    stop: int
    x0: float
    x1: float


def fit_px_per_day(days: int, chart_width: float) -> float:
    """The scale that puts ``days`` on ``chart_width`` pixels (fit to one page wide)."""
    return max(MIN_PX_PER_DAY, chart_width / max(1, days))


def paginate(
    rows: int, chart_width: float, *, chart_space: float, row_space: float, row_height: float
) -> list[Tile]:
    """Split a chart over pages: across the columns of a band of rows, then down.

    ``chart_space`` is the width a page has for the chart (beside the repeated
    row labels), ``row_space`` the height it has for rows (below the title
    block and the date header). Every page holds at least one row and a
    positive width of chart; a chart that fits is one column of pages.
    """
    if chart_space <= 0 or row_space <= 0 or row_height <= 0:
        raise ValueError("a page needs room for the chart and at least one row")
    per_page = max(1, int(row_space // row_height))
    columns = max(1, math.ceil(chart_width / chart_space - 1e-9))
    bands = [(f, min(rows, f + per_page)) for f in range(0, rows, per_page)] or [(0, 0)]
    tiles: list[Tile] = []
    for first, stop in bands:
        for column in range(columns):
            x0 = column * chart_space
            x1 = min(chart_width, x0 + chart_space)
            tiles.append(Tile(len(tiles) + 1, column, first, stop, x0, x1))
    return tiles
