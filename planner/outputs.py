"""Writers that the desktop layer lends to the core's ``export`` command.

The core writes the workbook, the slides and the calendars itself. The
timeline pictures (``.pdf``, ``.png``, and ``.svg`` for the slides) are drawn
by the desktop app's own painter, so that the printed timeline is the one on
screen; the program's entry point (``ui.launcher``)
registers that writer here before running a command. The core only looks the
writer up: it never imports, names or starts anything of the desktop layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.model.entities import Roadmap


@dataclass(frozen=True)
class PictureRequest:
    """What a timeline picture shows and how it is laid out on paper."""

    as_of: dt.date
    file_format: str
    """``pdf``, ``png`` or ``svg`` (one vector picture, for the slides)."""
    page_size: str = "A4"
    orientation: str = "landscape"
    fit: str = "width"
    baseline_id: str | None = None
    title: bool = True
    """Draw the title block (roadmap, as-of date, baseline); a slide has its own title."""


class PictureError(Exception):
    """The picture cannot be made from this roadmap (a user-facing sentence)."""


PictureWriter = Callable[[Roadmap, Path, PictureRequest], None]
"""Draws the timeline of a roadmap into a file; raises :class:`PictureError`."""

_picture_writers: list[PictureWriter] = []


def register_picture_writer(writer: PictureWriter) -> None:
    """Make ``writer`` the one that draws timeline pictures (the last one registered wins)."""
    _picture_writers.append(writer)


def picture_writer() -> PictureWriter | None:
    """The registered picture writer, or None when only the core is running."""
    return _picture_writers[-1] if _picture_writers else None
