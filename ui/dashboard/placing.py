"""Where a chart's labels go so that they never cover its data.

A label is offered a few places (above or below its line, at the left or the
right); the first one that crosses no data segment and no label already placed
wins. When none is free, the one that covers least is kept and the caller draws
it on a background, so it stays readable. Pure geometry, tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF

MARGIN = 2.0
"""Room kept between a label and the data around it."""


def crosses(rect: QRectF, line: QLineF) -> bool:
    """True when the segment ``line`` passes through ``rect`` (Liang–Barsky clipping)."""
    x0, y0, x1, y1 = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - rect.left()),
        (dx, rect.right() - x0),
        (-dy, y0 - rect.top()),
        (dy, rect.bottom() - y0),
    ):
        if p == 0:
            if q < 0:
                return False  # parallel to this edge and outside it
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def overlap(rect: QRectF, segments: Sequence[QLineF], taken: Sequence[QRectF]) -> int:
    """How many data segments and labels already placed ``rect`` would cover."""
    grown = rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return sum(crosses(grown, s) for s in segments) + sum(grown.intersects(t) for t in taken)


def place(
    candidates: Sequence[QRectF],
    segments: Sequence[QLineF],
    taken: Sequence[QRectF],
    inside: QRectF,
) -> tuple[QRectF, bool]:
    """The first candidate within ``inside`` that covers nothing, and True; else the one
    that covers least (the first of those), and False. Candidates outside are skipped
    unless every one is outside."""
    within = [c for c in candidates if inside.contains(c)] or list(candidates)
    best, best_count = within[0], overlap(within[0], segments, taken)
    for rect in within:
        count = overlap(rect, segments, taken)
        if count == 0:
            return rect, True
        if count < best_count:
            best, best_count = rect, count
    return best, best_count == 0
