"""Text laid out for a terminal: aligned tables and wrapped label-value lines.

Widths count terminal columns (wide East Asian characters take two), long
cells are cut with an ellipsis, so a summary stays readable whatever it holds.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence

CELL_LIMIT = 50
"""Longest text shown in a table cell; longer names are cut with an ellipsis."""


def display_width(text: str) -> int:
    """Columns a text takes in a terminal (wide East Asian characters count twice)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


_BREAKS = re.compile(r"[ \t\r\n\v\f]+")


def clip(text: str, limit: int = CELL_LIMIT) -> str:
    text = " ".join(_BREAKS.split(text.strip()))  # a cell is one line; no-break spaces stay
    if display_width(text) <= limit:
        return text
    while display_width(text) > limit - 1:
        text = text[:-1]
    return text.rstrip() + "…"


def table(
    rows: Sequence[Sequence[str]],
    *,
    right: Iterable[int] = (),
    indent: str = "",
    limits: dict[int, int] | None = None,
) -> list[str]:
    """Rows of cells as aligned lines; the first row is the header.

    ``right`` lists the right-aligned (numeric) columns; ``limits`` caps the
    width of some columns (others are capped at :data:`CELL_LIMIT`).
    """
    right = set(right)
    limits = limits or {}
    cells = [[clip(c, limits.get(i, CELL_LIMIT)) for i, c in enumerate(row)] for row in rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = []
    for row in cells:
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - display_width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        lines.append((indent + "  ".join(parts)).rstrip())
    return lines


def fields(rows: Sequence[tuple[str, str]], width: int, indent: str) -> list[str]:
    """``Label  value`` lines, long values wrapped under themselves."""
    if not rows:
        return []
    label_width = max(len(label) for label, _ in rows)
    lines = []
    for label, value in rows:
        head = f"{indent}{label.ljust(label_width)}  "
        room = max(30, width - len(head))
        wrapped: list[str] = []
        for paragraph in value.splitlines() or [""]:
            wrapped.extend(textwrap.wrap(paragraph, room) or [""])
        lines.append((head + wrapped[0]).rstrip())
        lines.extend((" " * len(head) + more).rstrip() for more in wrapped[1:])
    return lines
