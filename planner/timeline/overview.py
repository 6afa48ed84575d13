"""The zoomed-out view: rows aggregated into bands of density runs."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from operator import itemgetter
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

_START, _END = itemgetter(7), itemgetter(8)  # Row.start, Row.end


def overview(
    rows: Sequence[Row],
    band_rows: int,
    bucket_days: int,
    origin: int,
    heads: Sequence[int] | None = None,
) -> list[Band]:
    """Rows grouped ``band_rows`` at a time, each band as runs of equal density.

    Time is cut in buckets of ``bucket_days`` from ``origin``; a run covers the
    buckets where at least one row of the band is scheduled, with the share of
    the band's rows scheduled there rounded up to a quarter.

    ``heads``: the positions of the rows that are not use cases (stage and group
    rows), when the rows are a layout's (:attr:`planner.timeline.Layout.heads`):
    every use case row then has its head's stage. With them the stage counts
    and the group rows come from the heads rather than from every row, and the
    rows' days are counted at C speed (``Counter``): a 100,000-row roadmap has
    a few dozen distinct days per band.
    """
    if band_rows < 1 or bucket_days < 1:
        raise ValueError("bands and buckets hold at least one row and one day")
    segments, groups = _segments(rows) if heads is None else _from_heads(rows, heads)
    firsts = [first for first, _ in segments]
    starts, ends = list(map(_START, rows)), list(map(_END, rows))
    levels: dict[int, list[float]] = {}
    bands = []
    for first in range(0, len(rows), band_rows):
        stop = min(len(rows), first + band_rows)
        size = stop - first
        # Rows per stage, and where the band's first row of each stage is.
        counts: dict[int, int] = {}
        where: dict[int, int] = {}
        at = max(0, bisect_right(firsts, first) - 1)
        while at < len(segments) and segments[at][0] < stop:
            begin = max(segments[at][0], first)
            end = min(segments[at + 1][0] if at + 1 < len(segments) else stop, stop)
            stage = segments[at][1]
            if stage not in counts:
                counts[stage], where[stage] = 0, begin
            counts[stage] += end - begin
            at += 1
        stage_index = max(counts, key=lambda k: (counts[k], -k))
        started, ended = Counter(starts[first:stop]), Counter(ends[first:stop])
        for g in groups[bisect_right(groups, first - 1) : bisect_right(groups, stop - 1)]:
            started[starts[g]] -= 1  # a group row is a heading, not a bar
            ended[ends[g]] -= 1
        table = levels.get(size)
        if table is None:
            table = levels[size] = [
                math.ceil(DENSITY_LEVELS * active / size) / DENSITY_LEVELS
                for active in range(size + 1)
            ]
        bands.append(
            Band(first, stop, stage_index, rows[where[stage_index]].colour,
                 _runs(started, ended, table, bucket_days, origin))
        )  # fmt: skip
    return bands


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
    started: Counter[int], ended: Counter[int], levels: list[float], bucket_days: int, origin: int
) -> tuple[tuple[int, int, float], ...]:
    change: dict[int, int] = {}
    for day, count in started.items():
        if count:
            b0 = (day - origin) // bucket_days
            change[b0] = change.get(b0, 0) + count
    for day, count in ended.items():
        if count:
            b1 = (day - origin) // bucket_days + 1
            change[b1] = change.get(b1, 0) - count
    runs: list[tuple[int, int, float]] = []
    active = 0
    for here, following in pairwise(sorted(change)):
        active += change[here]
        if active <= 0:
            continue
        level = levels[active]
        begin = origin + here * bucket_days
        stop = origin + following * bucket_days
        if runs and runs[-1][1] == begin and runs[-1][2] == level:
            runs[-1] = (runs[-1][0], stop, level)
        else:
            runs.append((begin, stop, level))
    return tuple(runs)
