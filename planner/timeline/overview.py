"""The zoomed-out view: rows aggregated into bands of density runs."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from planner.timeline.day_counts import DayCounts
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


def overview(
    rows: Sequence[Row],
    band_rows: int,
    bucket_days: int,
    origin: int,
    heads: Sequence[int] | None = None,
    counts: DayCounts | None = None,
) -> list[Band]:
    """Rows grouped ``band_rows`` at a time, each band as runs of equal density.

    Time is cut in buckets of ``bucket_days`` from ``origin``; a run covers the
    buckets where at least one row of the band is scheduled, with the share of
    the band's rows scheduled there rounded up to a quarter.

    ``heads``: the positions of the rows that are not use cases (stage and group
    rows), when the rows are a layout's (:attr:`planner.timeline.Layout.heads`):
    every use case row then has its head's stage. With them the stage counts
    and the group rows come from the heads rather than from every row.

    ``counts``: the rows' start and end days counted once for all bands
    (:attr:`planner.timeline.Layout.day_counts`): a band's changes of running
    bars are then read from running counts, not from its rows (see
    :mod:`planner.timeline.day_counts`). Without them each band's rows are
    counted at C speed (``Counter``).
    """
    if band_rows < 1 or bucket_days < 1:
        raise ValueError("bands and buckets hold at least one row and one day")
    segments, groups = _segments(rows) if heads is None else _from_heads(rows, heads)
    if counts is None:  # rows that are not a layout's: each band's days counted row by row
        counts = DayCounts(rows, groups, block=len(rows) + 1)
    buckets = counts.buckets(origin, bucket_days)
    firsts = [first for first, _ in segments]
    levels: dict[int, list[float]] = {}
    bands = []
    for first in range(0, len(rows), band_rows):
        stop = min(len(rows), first + band_rows)
        size = stop - first
        at = max(0, bisect_right(firsts, first) - 1)
        if at + 1 == len(segments) or segments[at + 1][0] >= stop:  # one stage (most bands)
            bands.append(
                Band(first, stop, segments[at][1], rows[first].colour,
                     _runs(counts.changes(first, stop, buckets), _levels(levels, size),
                           bucket_days, origin))
            )  # fmt: skip
            continue
        # Rows per stage, and where the band's first row of each stage is.
        stage_counts: dict[int, int] = {}
        where: dict[int, int] = {}
        while at < len(segments) and segments[at][0] < stop:
            begin = max(segments[at][0], first)
            end = min(segments[at + 1][0] if at + 1 < len(segments) else stop, stop)
            stage = segments[at][1]
            if stage not in stage_counts:
                stage_counts[stage], where[stage] = 0, begin
            stage_counts[stage] += end - begin
            at += 1
        stage_index = max(stage_counts, key=lambda k: (stage_counts[k], -k))
        bands.append(
            Band(first, stop, stage_index, rows[where[stage_index]].colour,
                 _runs(counts.changes(first, stop, buckets), _levels(levels, size),
                       bucket_days, origin))
        )  # fmt: skip
    return bands


def _levels(tables: dict[int, list[float]], size: int) -> list[float]:
    """The density level of 0 to ``size`` running bars in a band of ``size`` rows (kept)."""
    table = tables.get(size)
    if table is None:
        table = tables[size] = [
            math.ceil(DENSITY_LEVELS * active / size) / DENSITY_LEVELS for active in range(size + 1)
        ]
    return table


def _segments(rows: Sequence[Row]) -> tuple[list[tuple[int, int]], list[int]]:
    """Runs of rows with the same stage (first row, stage index), and the group rows."""
    segments: list[tuple[int, int]] = []
    groups = []
    for i, row in enumerate(rows):
        if not segments or segments[-1][1] != row.stage_index:
            segments.append((i, row.stage_index))
        if row.kind == GROUP:
            groups.append(i)
    return segments, groups


def _from_heads(
    rows: Sequence[Row], heads: Sequence[int]
) -> tuple[list[tuple[int, int]], list[int]]:
    segments = [(h, rows[h].stage_index) for h in heads]
    return segments, [h for h in heads if rows[h].kind == GROUP]


def _runs(
    changes: Iterable[tuple[int, int]], levels: list[float], bucket_days: int, origin: int
) -> tuple[tuple[int, int, float], ...]:
    """Runs of equal density from the changes of running bars, sorted by bucket."""
    runs: list[tuple[int, int, float]] = []
    active = 0
    here = 0
    for key, change in changes:
        if key != here:  # the bars running from ``here`` to this bucket
            if active > 0:
                level = levels[active]
                begin = origin + here * bucket_days
                stop = origin + key * bucket_days
                if runs and runs[-1][1] == begin and runs[-1][2] == level:
                    runs[-1] = (runs[-1][0], stop, level)
                else:
                    runs.append((begin, stop, level))
            here = key
        active += change
    return tuple(runs)
