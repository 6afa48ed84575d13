"""The rows of the one-page Summary: its columns, sections, headers and one-line cells.

Shared by the Summary's sections (:mod:`planner.workbook.summary`,
:mod:`planner.workbook.summary_decisions`); rows go to a
:class:`planner.workbook.one_page.Rows`, measured before the page is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from planner.model.entities import StageStatus
from planner.workbook.one_page import Rows
from planner.workbook.sheet import text_lines
from planner.workbook.style import HEADER, SECTION, WRAP

WIDTHS = (30.0, 17.0, 12.5, 12.5, 12.5, 12.0, 22.0, 52.0)
LAST = len(WIDTHS)
ROW_HEIGHT = 13.5
MAX_LINE = 58
"""About one line of the widest column: the longest text of a cell, so the page holds
at a legible scale (details on the other sheets)."""
LINE_HEIGHT = 12.8
DONE = (StageStatus.PASSED, StageStatus.STOPPED)
WRAP_TOP = replace(WRAP, valign="top")
_BREAKS = re.compile(r"[ \t\r\n\v\f]+")


def height(*texts_and_widths: tuple[str, float]) -> float:
    lines = max(text_lines(text, width) for text, width in texts_and_widths)
    return LINE_HEIGHT * lines + 0.7


def section(rows: Rows, title: str) -> None:
    rows.append([], height=2)
    rows.append([(title, SECTION), *[(None, SECTION)] * (LAST - 1)], height=16)


def header(rows: Rows, names: Sequence[str], merge_from: int | None = None) -> None:
    items: list[Any] = [(n, HEADER) for n in names]
    items += [(None, HEADER)] * (LAST - len(items))
    # Headers that wrap (longer in French) get the lines they need; a merged one has the
    # width of the columns it spans.
    widths = list(WIDTHS[: len(names)])
    if merge_from is not None and merge_from == len(names):
        widths[-1] = sum(WIDTHS[merge_from - 1 :])
    lines = max(text_lines(n, w) for n, w in zip(names, widths, strict=True))
    rows.append(items, height=12.5 * lines + 2.5,
                 merge=None if merge_from is None else (merge_from, LAST))  # fmt: skip


def shortened(text: str, limit: int) -> str:
    """One line, cut at a word with … past ``limit`` characters. No-break spaces stay (French
    typography: ``«\u00a0…\u00a0»``, ``\u202f:``): only line breaks and runs of spaces go."""
    flat = " ".join(_BREAKS.split(text.strip()))
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


def detail_row(rows: Rows, lead: list[Any], text: str, width: float) -> None:
    rows.append([*lead, (text, WRAP_TOP), *[(None, WRAP_TOP)] * (LAST - len(lead) - 1)],
                 height=height((text, width)), merge=(len(lead) + 1, LAST))  # fmt: skip
