"""The workbook's look, defined once: palette, number formats, status words.

Status is never shown by colour alone: every status cell carries a symbol and
a word too, so the workbook reads in black-and-white print and for
colour-blind readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle

from planner.model.entities import (
    Outcome,
    RiskStatus,
    StageStatus,
    UseCaseStatus,
)

FONT = "Calibri"
INK = "1F2933"
MUTED = "5B6676"
HEADER_FILL = "1F3A5F"
HEADER_INK = "FFFFFF"
SECTION_FILL = "E3E8EF"
GRID = "C9D1DB"
WHITE = "FFFFFF"


class Tone(StrEnum):
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"
    INFO = "info"
    NEUTRAL = "neutral"


# (fill, ink) per tone: light fills, dark inks; readable in grey print.
TONES: dict[Tone, tuple[str, str]] = {
    Tone.GOOD: ("D5EBDA", "1B5E2E"),
    Tone.WARN: ("FBE5C0", "7A4700"),
    Tone.BAD: ("F6CFCA", "8C1D13"),
    Tone.INFO: ("D6E4F5", "1F4E8C"),
    Tone.NEUTRAL: ("E6E9EE", "44505F"),
}

STAGE_COLOURS = ("3E6FA8", "5C8F4E", "8A5A9E", "B87A2E", "3F8F8F", "A8554F")
"""Bar colours for stages without a colour of their own, in stage order."""

GANTT_GREY = "B8BEC7"
GANTT_SLIP = "C0392B"
GANTT_BASELINE = "D9DDE3"
GANTT_GATE = "1F2933"
GANTT_TODAY = "FFE699"
GANTT_TODAY_HEAD = "BF8F00"

FORMATS = {
    "text": "General",
    "date": "d mmm yyyy",
    "week": "d mmm",
    "day": "d",
    "month": "mmm",
    "month_year": "mmm yyyy",
    "int": "#,##0",
    "number": "#,##0.0#",
    "percent": '0.0"%"',
    "percent0": '0"%"',
    "ratio": "0%",
    "days": "+0;-0;0",
}

_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥"}


def money_format(currency: str) -> str:
    """A money format for a three-letter currency code (validated by the model)."""
    symbol = _CURRENCY_SYMBOLS.get(currency, currency)
    if not currency.isalpha():  # the model guarantees A–Z; never put odd text in a format
        symbol = ""
    return f'#,##0 "{symbol}"' if symbol else "#,##0"


@dataclass(frozen=True)
class Look:
    """How one cell looks; resolved to an openpyxl style once per workbook."""

    fmt: str = "text"
    tone: Tone | None = None
    bold: bool = False
    italic: bool = False
    wrap: bool = False
    size: float = 10
    ink: str | None = None
    fill: str | None = None
    align: str | None = None
    valign: str = "top"
    indent: int = 0
    border: bool = True
    rotate: int = 0


TEXT = Look()
WRAP = Look(wrap=True)
BOLD = Look(bold=True)
DATE = Look(fmt="date", align="left")
INT = Look(fmt="int")
NUMBER = Look(fmt="number")
PERCENT = Look(fmt="percent")
PERCENT0 = Look(fmt="percent0")
RATIO = Look(fmt="ratio")
MONEY = Look(fmt="money")
DAYS = Look(fmt="days", align="center")
HEADER = Look(bold=True, ink=HEADER_INK, fill=HEADER_FILL, wrap=True, valign="center")
TITLE = Look(bold=True, size=16, border=False, valign="center")
SUBTITLE = Look(size=10, ink=MUTED, border=False, valign="center")
LABEL = Look(bold=True, ink=MUTED, border=False)
NOTE = Look(italic=True, ink=MUTED, border=False)
SECTION = Look(bold=True, size=12, fill=SECTION_FILL, border=False, valign="center")
TOTAL = Look(bold=True, fill=SECTION_FILL)


def is_percent(unit: str) -> bool:
    """A unit such as ``%`` or ``% of eligible``: values are percentages (0–100)."""
    return unit.strip().startswith("%")


def value_look(unit: str) -> Look:
    """How a metric's values are shown: a percentage or a plain number."""
    return PERCENT if is_percent(unit) else NUMBER


@cache
def toned(tone: Tone, base: Look = TEXT) -> Look:
    return replace(base, tone=tone)


@cache
def wrapped(look: Look) -> Look:
    return replace(look, wrap=True)


class StyleBook:
    """Turns :class:`Look` values into openpyxl style arrays, each built once."""

    def __init__(self, currency: str) -> None:
        self._money = money_format(currency)
        self._arrays: dict[Look, Any] = {}
        # Most looks are module constants: finding them by identity skips hashing
        # thirteen fields per cell. The look is kept in the value so its id stays valid.
        self._by_id: dict[int, tuple[Look, Any]] = {}

    def cell(self, sheet: Any, look: Look) -> Cell:
        """A new write-only cell of ``sheet`` carrying ``look``."""
        hit = self._by_id.get(id(look))
        if hit is None:
            if len(self._by_id) > 4096:  # looks made on the fly: keep the cache bounded
                self._by_id.clear()
            hit = self._by_id[id(look)] = (look, self._array(sheet, look))
        # The cell copies the array into its own (put_text may set its quote prefix).
        return Cell(sheet, row=1, column=1, style_array=hit[1])

    def _array(self, sheet: Any, look: Look) -> Any:
        array = self._arrays.get(look)
        if array is None:
            probe = Cell(sheet, row=1, column=1)
            fill_colour, ink = look.fill, look.ink
            if look.tone is not None:
                fill_colour, ink = TONES[look.tone]
            probe.font = Font(
                name=FONT, size=look.size, bold=look.bold, italic=look.italic, color=ink or INK
            )
            if fill_colour:
                probe.fill = PatternFill("solid", fgColor=fill_colour)
            if look.border:
                side = Side(style="thin", color=GRID)
                probe.border = Border(left=side, right=side, top=side, bottom=side)
            probe.alignment = Alignment(
                horizontal=look.align,
                vertical=look.valign,
                wrap_text=look.wrap or None,
                indent=look.indent,
                text_rotation=look.rotate,
            )
            probe.number_format = self._money if look.fmt == "money" else FORMATS[look.fmt]
            array = probe._style
            self._arrays[look] = array
        return array


def fill_dxf(fill: str, ink: str | None = None, bold: bool = False) -> DifferentialStyle:
    """A conditional-format style: a solid fill (and optionally an ink colour)."""
    font = Font(color=ink, bold=bold) if ink or bold else None
    return DifferentialStyle(fill=PatternFill("solid", fgColor=fill, bgColor=fill), font=font)


def tone_dxf(tone: Tone) -> DifferentialStyle:
    fill, ink = TONES[tone]
    return fill_dxf(fill, ink)


def expression(formula: str, dxf: DifferentialStyle, stop: bool = True) -> Rule:
    """A conditional-format rule: when ``formula`` is true, apply ``dxf`` (and stop)."""
    return Rule(type="expression", formula=[formula], dxf=dxf, stopIfTrue=stop or None)


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white (amount 0 = unchanged, 1 = white)."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


# ---------------------------------------------------------------- status words

STAGE_STATUS: dict[StageStatus, tuple[str, Tone]] = {
    StageStatus.PLANNED: ("○ Planned", Tone.NEUTRAL),
    StageStatus.ACTIVE: ("▶ Active", Tone.INFO),
    StageStatus.AT_GATE: ("◆ At gate", Tone.WARN),
    StageStatus.PASSED: ("✓ Passed", Tone.GOOD),
    StageStatus.ON_HOLD: ("‖ On hold", Tone.WARN),
    StageStatus.STOPPED: ("✗ Stopped", Tone.BAD),
}

USE_CASE_STATUS: dict[UseCaseStatus, tuple[str, Tone]] = {
    UseCaseStatus.IDEA: ("· Idea", Tone.NEUTRAL),
    UseCaseStatus.PLANNED: ("○ Planned", Tone.NEUTRAL),
    UseCaseStatus.PILOTING: ("▶ Piloting", Tone.INFO),
    UseCaseStatus.LIVE: ("✓ Live", Tone.GOOD),
    UseCaseStatus.PAUSED: ("‖ Paused", Tone.WARN),
    UseCaseStatus.DROPPED: ("✗ Dropped", Tone.BAD),
}

CRITERION_STATUS: dict[str, tuple[str, Tone]] = {
    "met": ("✓ Met", Tone.GOOD),
    "not_met": ("✗ Not met", Tone.BAD),
    "no_data": ("? No data", Tone.NEUTRAL),
}

TREND: dict[str, str] = {
    "rising": "↑ Rising",
    "flat": "→ Flat",
    "falling": "↓ Falling",
    "unknown": "· Unknown",
}

OUTCOME: dict[Outcome, tuple[str, Tone]] = {
    Outcome.GO: ("✓ Go", Tone.GOOD),
    Outcome.GO_WITH_CONDITIONS: ("✓ Go with conditions", Tone.GOOD),
    Outcome.HOLD: ("‖ Hold", Tone.WARN),
    Outcome.RECYCLE: ("↺ Recycle", Tone.WARN),
    Outcome.STOP: ("✗ Stop", Tone.BAD),
}

RISK_STATUS: dict[RiskStatus, str] = {
    RiskStatus.OPEN: "Open",
    RiskStatus.MITIGATED: "Mitigated",
    RiskStatus.CLOSED: "Closed",
}


RISK_HIGH, RISK_MEDIUM = 15, 8
"""Likelihood × impact from which a risk is high, medium."""


def risk_level(score: int) -> tuple[str, Tone]:
    """Likelihood × impact (1–25) as a word and a tone."""
    if score >= RISK_HIGH:
        return "▲ High", Tone.BAD
    if score >= RISK_MEDIUM:
        return "■ Medium", Tone.WARN
    return "▼ Low", Tone.GOOD


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def long_date(day: dt.date) -> str:
    """``10 March 2026`` whatever the process locale (headers are fixed text)."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def enum_word(value: StrEnum) -> str:
    """An enum value as a word for a reader: ``go_with_conditions`` → ``Go with conditions``."""
    return str(value).replace("_", " ").capitalize()
