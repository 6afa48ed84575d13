"""Fitting a one-page sheet at a legible scale: rows recorded, measured, then written.

The Summary prints on one page, and its 10-point text must print at 8 pt or
more, so its rows may add up to :data:`PAGE_HEIGHT` points at most. What it
holds depends on the roadmap and on the language (French headers wrap more),
so fixed caps on its lists cannot promise that. Instead the sheet's content is
built into :class:`Rows` with caps on each list (:class:`Caps`); while it is too
tall, the lists give way one item at a time, in turn, down to their floors
(each list then says "… and N more" and the other sheets hold the rest). Only
then is it written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.workbook.sheet import MIN_PRINTED_PT, Item, Sheet

PRINTABLE_HEIGHT_PT = (210 / 25.4 - 2 * 0.6) * 72
"""A4 landscape between the 0.6-inch top and bottom margins (see Sheet.setup)."""
TEXT_PT = 10.0
PAGE_HEIGHT = PRINTABLE_HEIGHT_PT * TEXT_PT / MIN_PRINTED_PT - 2.0
"""Points of rows that print on one page with 10-point text at 8 pt or more (a little
spare for rounding in Excel's and LibreOffice's fitting)."""


class Rows:
    """Rows as :meth:`planner.workbook.sheet.Sheet.append` takes them, kept to be written
    later, with their total height."""

    def __init__(self, default_height: float) -> None:
        self.default_height = default_height
        self.height = 0.0
        self._rows: list[tuple[list[Item], float | None, tuple[int, int] | None]] = []

    def append(
        self,
        items: Iterable[Item] = (),
        *,
        height: float | None = None,
        merge: tuple[int, int] | None = None,
    ) -> None:
        self._rows.append((list(items), height, merge))
        self.height += self.default_height if height is None else height

    def write(self, sheet: Sheet) -> None:
        for items, height, merge in self._rows:
            sheet.append(items, height=height, merge=merge)


@dataclass
class Caps:
    """How many items each list of the page shows at most, and at least."""

    most: dict[str, int]
    least: Mapping[str, int]
    order: tuple[str, ...]
    """The lists in the order they give way (round after round)."""
    _turn: int = field(default=0, init=False)

    def __getitem__(self, name: str) -> int:
        return self.most[name]

    def shrink(self) -> bool:
        """One item fewer on the next list (in turn) above its floor; False when none is."""
        for step in range(len(self.order)):
            name = self.order[(self._turn + step) % len(self.order)]
            if self.most[name] > self.least.get(name, 1):
                self.most[name] -= 1
                self._turn = (self._turn + step + 1) % len(self.order)
                return True
        return False


def fitted(build: Callable[[Rows, Caps], Any], caps: Caps, default_height: float) -> Rows:
    """The rows ``build`` makes with the largest caps (shrunk in turn) that fit one page;
    at the floors, whatever they make."""
    while True:
        rows = Rows(default_height)
        build(rows, caps)
        if rows.height <= PAGE_HEIGHT or not caps.shrink():
            return rows
