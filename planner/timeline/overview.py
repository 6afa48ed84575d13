"""The zoomed-out view: rows aggregated into bands of density runs."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from planner.timeline.layout import GROUP, Row


class Band(NamedTuple):
    """Rows ``first`` to ``stop - 1`` drawn as one strip of density runs."""

    first: int
    stop: int
    stage_index: int
    """The stage most of the band's rows belong to (its colour)."""
    colour: str
    runs: tuple[tuple[int, int, float], ...]
    """(first day, day after, share of the band's rows scheduled then, 0–1]."""


DENSITY_LEVELS = 4
"""Densities are rounded up to quarters so neighbouring periods merge into few runs."""


def overview(rows: Sequence[Row], band_rows: int, bucket_days: int, origin: int) -> list[Band]:
    """Rows grouped ``band_rows`` at a time, each band as runs of equal density.

    Time is cut in buckets of ``bucket_days`` from ``origin``; a run covers the
    buckets where at least one row of the band is scheduled, with the share of
    the band's rows scheduled there rounded up to a quarter.
    """
    if band_rows < 1 or bucket_days < 1:
        raise ValueError("bands and buckets hold at least one row and one day")
    bands = []
    for first in range(0, len(rows), band_rows):
        members = rows[first : first + band_rows]
        bars = [r for r in members if r.kind != GROUP]
        counts: dict[int, int] = {}
        for row in members:
            counts[row.stage_index] = counts.get(row.stage_index, 0) + 1
        stage_index = max(counts, key=lambda k: (counts[k], -k))
        colour = next(r.colour for r in members if r.stage_index == stage_index)
        bands.append(
            Band(first, first + len(members), stage_index, colour,
                 _runs(bars, len(members), bucket_days, origin))
        )  # fmt: skip
    return bands


def _runs(
    rows: Sequence[Row], size: int, bucket_days: int, origin: int
) -> tuple[tuple[int, int, float], ...]:
    change: dict[int, int] = {}
    for row in rows:
        b0 = (row.start - origin) // bucket_days
        b1 = (row.end - origin) // bucket_days + 1
        change[b0] = change.get(b0, 0) + 1
        change[b1] = change.get(b1, 0) - 1
    runs: list[tuple[int, int, float]] = []
    active = 0
    keys = sorted(change)
    for here, following in pairwise(keys):
        active += change[here]
        if active <= 0:
            continue
        level = math.ceil(DENSITY_LEVELS * active / size) / DENSITY_LEVELS
        begin = origin + here * bucket_days
        stop = origin + following * bucket_days
        if runs and runs[-1][1] == begin and runs[-1][2] == level:
            runs[-1] = (runs[-1][0], stop, level)
        else:
            runs.append((begin, stop, level))
    return tuple(runs)
