"""How many bars start and end on each day, for any run of a layout's rows, without
looking at every row of the run (the zoomed-out view's bands).

A layout keeps, once, two codes per row: its start day, and its end day
bit-inverted (``~end``, negative), so that one list holds both (a group row,
which is a heading and not a bar, has ``None`` twice). The rows are cut in
chunks of :data:`CHUNK` rows, each chunk in blocks of :data:`BLOCK` rows; at
each block boundary the chunk keeps the running count of each distinct code of
the chunk among its rows before that boundary. The codes of rows ``first`` to
``stop - 1`` are then the difference of two running counts (C-speed
subtractions over the chunk's few distinct codes: rows of one stage share a
handful of dates) plus the codes of at most two partial blocks at the ends,
counted at C speed (``Counter``). For a frame's buckets, each code becomes a
change of the number of bars running: ``+rows`` from the start day's bucket,
``-rows`` after the end day's bucket (:meth:`DayCounts.changes`).

Memory: the codes (16 bytes per row) and, per block boundary, two bytes per
distinct code of the chunk (at most 128 bytes per row if every row of a chunk
had its own dates): ~2 MB for 100,000 generated rows. Made with the layout:
~40 ms of CPU at 100,000 rows, of which the build saves ~25 ms by finding its
first and last day from the chunks' distinct codes instead of every row.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import add, itemgetter, mul, sub
from typing import NamedTuple, cast

BLOCK = 32
"""Rows per block (a band of the zoomed-out view holds a few hundred at 100,000 rows)."""
CHUNK = 128 * BLOCK
"""Rows whose codes share running counts (two codes per row: ≤ 8,192, two bytes)."""

_START, _END = itemgetter(7), itemgetter(8)  # Row.start, Row.end


class Buckets(NamedTuple):
    """Where each chunk's codes change the running bars, for one bucket size."""

    keys: list[list[int]]
    """Per chunk, sorted: the bucket each code counts from (a start) or after (an end)."""
    order: list[Callable[[Sequence[int]], Sequence[int]]]
    """Per chunk: the codes' counts in the order of :attr:`keys`."""
    found: list[dict[int, tuple[int, int]]]
    """Per chunk: code → (bucket, +1 for a start or -1 for an end)."""


class DayCounts:
    """The start and end days of a layout's rows, counted (see the module)."""

    __slots__ = ("block", "chunk", "codes", "running", "signs", "values")

    def __init__(
        self,
        rows: Sequence[tuple[object, ...]],
        groups: Iterable[int],
        block: int = BLOCK,
        blocks: int = CHUNK // BLOCK,
    ) -> None:
        values: list[int | None] = [None] * (2 * len(rows))
        values[0::2] = map(_START, rows)
        ends = list(map(_END, rows))
        inverted = {day: ~day for day in set(ends)}  # one object per distinct day
        values[1::2] = map(inverted.__getitem__, ends)
        for g in groups:  # a group row is a heading, not a bar
            values[2 * g] = values[2 * g + 1] = None
        self.values = values
        self.block, self.chunk = 2 * block, 2 * block * blocks  # in codes, two per row
        self.codes: list[tuple[int, ...]] = []
        """The distinct codes of each chunk, in order."""
        self.signs: list[tuple[int, ...]] = []
        """+1 for each start code of the chunk, -1 for each end code."""
        self.running: list[list[array[int]]] = []
        """``running[c][k]``: codes of chunk ``c`` before its ``k``-th block equal to
        ``codes[c][j]`` (at ``j``); only whole blocks."""
        step = self.block
        kind = "H" if block * blocks < 1 << 16 else "L"  # a count is at most a chunk's rows
        for first in range(0, len(values), self.chunk):
            chunk = values[first : first + self.chunk]
            present = set(chunk)
            present.discard(None)
            codes = tuple(sorted(cast("set[int]", present)))
            running = array(kind, [0] * len(codes))
            counts = [running]
            for at in range(0, len(chunk) - step + 1, step):
                seen = Counter(chunk[at : at + step])
                running = array(kind, map(add, running, map(seen.get, codes, repeat(0))))
                counts.append(running)
            self.codes.append(codes)
            self.signs.append(tuple(-1 if code < 0 else 1 for code in codes))
            self.running.append(counts)

    def buckets(self, origin: int, bucket_days: int) -> Buckets:
        """Each code's bucket, for buckets of ``bucket_days`` from ``origin`` (once a frame)."""
        keys, order, found = [], [], []
        for codes, signs in zip(self.codes, self.signs, strict=True):
            chunk = [
                (code - origin) // bucket_days if code >= 0 else (~code - origin) // bucket_days + 1
                for code in codes
            ]
            ranked = sorted(range(len(codes)), key=chunk.__getitem__)
            keys.append([chunk[i] for i in ranked])
            order.append(_picker(ranked))
            found.append(dict(zip(codes, zip(chunk, signs, strict=True), strict=True)))
        return Buckets(keys, order, found)

    def changes(self, first: int, stop: int, buckets: Buckets) -> Iterable[tuple[int, int]]:
        """How the rows ``first`` to ``stop - 1`` change the number of bars running:
        (bucket, change) sorted by bucket; a bucket may come more than once, a change
        may be 0."""
        at, stop = 2 * first, 2 * stop
        if at // self.chunk == (stop - 1) // self.chunk:  # in one chunk (most bands)
            return self._part(at, stop, buckets)
        found: list[tuple[int, int]] = []
        while at < stop:
            end = min(stop, (at // self.chunk + 1) * self.chunk)
            found += self._part(at, end, buckets)  # each sorted: sorting merges them
            at = end
        found.sort()
        return found

    def _part(self, first: int, stop: int, buckets: Buckets) -> Iterable[tuple[int, int]]:
        """:meth:`changes` of codes ``first`` to ``stop - 1`` (> ``first``), all in one chunk."""
        step = self.block
        c = first // self.chunk
        base = c * self.chunk
        counts = self.running[c]
        whole_from = -(-(first - base) // step)
        whole_to = min((stop - base) // step, len(counts) - 1)
        if whole_from >= whole_to:  # within a block or two: the codes themselves
            seen = Counter(self.values[first:stop])
            where = buckets.found[c]
            found = []
            for code, n in seen.items():
                if code is not None:
                    key, sign = where[code]
                    found.append((key, sign * n))
            found.sort()
            return found
        edges = Counter(
            self.values[first : base + whole_from * step]
            + self.values[base + whole_to * step : stop]
        )
        rows = list(
            map(mul, map(add, map(sub, counts[whole_to], counts[whole_from]),
                         map(edges.get, self.codes[c], repeat(0))), self.signs[c])
        )  # fmt: skip
        return zip(buckets.keys[c], buckets.order[c](rows), strict=True)


def _picker(order: list[int]) -> Callable[[Sequence[int]], Sequence[int]]:
    """The items at ``order`` of a sequence, at C speed when there are two or more."""
    if len(order) >= 2:
        return itemgetter(*order)
    return lambda items: [items[i] for i in order]
