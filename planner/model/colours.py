"""The colours stages are drawn in, the same in the window, the PDF and the workbook."""

from __future__ import annotations

STAGE_COLOURS = ("#3E6FA8", "#5C8F4E", "#8A5A9E", "#B87A2E", "#3F8F8F", "#A8554F")
"""Colours of stages without a colour of their own, in stage order."""


def stage_colour(position: int, colour: str | None) -> str:
    """``#RRGGBB`` of the stage at ``position``: its own colour, else the default for it."""
    return colour if colour else STAGE_COLOURS[position % len(STAGE_COLOURS)]
