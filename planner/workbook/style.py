"""The workbook's look, defined once: palette, number formats, status words.

Status is never shown by colour alone: every status cell carries a symbol and
a word too, so the workbook reads in black-and-white print and for
colour-blind readers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Any

from planner import i18n
from planner.i18n import N_, _
from planner.model.entities import (
    Outcome,
    RiskStatus,
    StageStatus,
    UseCaseStatus,
)
from planner.numbers import DECIMALS, NumberKind

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

GANTT_GREY = "B8BEC7"
GANTT_SLIP = "C0392B"
GANTT_BASELINE = "D9DDE3"
GANTT_GATE = "1F2933"
GANTT_TODAY = "C62828"
"""The line down the column of the as-of date (drawn over bars, not beside them)."""
GANTT_TODAY_HEAD = "BF8F00"

ROUNDING = {
    "int": NumberKind.COUNT,
    "number": NumberKind.NUMBER,
    "percent": NumberKind.PERCENT,
    "percent0": NumberKind.COUNT,
    "ratio": NumberKind.RATIO,
    "money": NumberKind.MONEY,
    "days": NumberKind.COUNT,
}
"""How a number is rounded before it is written (planner.numbers: the app's rule),
so Excel and LibreOffice show the digits the app shows, whatever their own rounding."""
DIGITS = {fmt: DECIMALS[kind] for fmt, kind in ROUNDING.items()} | {"money_cents": 2}
"""The decimals a number of each format keeps when written (an amount per seat keeps
its cents, as the value report rounds it)."""

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

LOCALES = {"fr": "[$-40C]"}
"""Number-format locale prefixes: French month names and decimal comma (12,5 %)."""
FRENCH_FORMATS = {
    "percent": '0.0"\u202f%"',
    "percent0": '0"\u202f%"',
    "ratio": '0"\u202f"%',
}
"""French typography: a narrow no-break space before the per cent sign (12,5 %)."""

_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "JPY": "¥"}


def money_format(currency: str, cents: bool = False) -> str:
    """A money format for a three-letter currency code (validated by the model)."""
    symbol = _CURRENCY_SYMBOLS.get(currency, currency)
    if not currency.isalpha():  # the model guarantees A–Z; never put odd text in a format
        symbol = ""
    number = "#,##0.00" if cents else "#,##0"
    return f'{number} "{symbol}"' if symbol else number


@dataclass(frozen=True)
class Look:
    """How one cell looks; resolved to a cell format once per workbook."""

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
MONEY_CENTS = Look(fmt="money_cents")
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


@cache
def dated(look: Look) -> Look:
    return replace(look, fmt="date")


class StyleBook:
    """Turns :class:`Look` values into the writer's cell formats, each made once.

    ``add_format`` is the writer's factory (``xlsxwriter.Workbook.add_format``):
    it takes a dict of format properties and returns a format object.
    """

    def __init__(self, currency: str, add_format: Callable[[dict[str, Any]], Any]) -> None:
        # Dates and numbers in the planner's language: month names and separators.
        self._locale = LOCALES.get(i18n.language(), "")
        self._formats_here = {**FORMATS, **(FRENCH_FORMATS if i18n.language() == "fr" else {})}
        self._money = money_format(currency)
        self._money_cents = money_format(currency, cents=True)
        self._add_format = add_format
        self._formats: dict[tuple[Look, bool], Any] = {}
        self._dxfs: dict[Dxf, Any] = {}
        self._rounded: dict[int, dict[float, float]] = {}
        self.by_id: dict[int, tuple[Look, Any, Any, int | None, dict[float, float]]] = {}
        """``id(look)`` → (look, format, quoted format, the decimals its numbers are
        rounded to or None, the rounded numbers at those decimals met so far: see
        :func:`planner.workbook.sheet.rounded`) for looks already resolved.
        Most looks are module constants: finding them by identity skips hashing
        thirteen fields per cell. The look is kept in the value so its id stays valid."""

    def formats(self, look: Look) -> tuple[Any, Any]:
        """The format of ``look``, and its variant with a quote prefix (for text
        that starts like a formula: it stays text when someone edits the cell)."""
        hit = self.by_id.get(id(look)) or self.resolve(look)
        return hit[1], hit[2]

    def resolve(self, look: Look) -> tuple[Look, Any, Any, int | None, dict[float, float]]:
        """Add ``look`` to :attr:`by_id` and return its entry."""
        if len(self.by_id) > 4096:  # looks made on the fly: keep the cache bounded
            self.by_id.clear()
        plain, quoted = self.format(look), self.format(look, quote=True)
        digits = DIGITS.get(look.fmt)
        known = self._rounded.setdefault(-1 if digits is None else digits, {})
        hit = self.by_id[id(look)] = (look, plain, quoted, digits, known)
        return hit

    def format(self, look: Look, quote: bool = False) -> Any:
        made = self._formats.get((look, quote))
        if made is None:
            made = self._formats[(look, quote)] = self._add_format(self.spec(look, quote))
        return made

    def spec(self, look: Look, quote: bool = False) -> dict[str, Any]:
        """The format properties of ``look`` (xlsxwriter's names)."""
        fill, ink = look.fill, look.ink
        if look.tone is not None:
            fill, ink = TONES[look.tone]
        spec: dict[str, Any] = {
            "font_name": FONT,
            "font_size": look.size,
            "font_color": f"#{ink or INK}",
            "valign": "vcenter" if look.valign == "center" else look.valign,
        }
        number = (
            self._money
            if look.fmt == "money"
            else self._money_cents
            if look.fmt == "money_cents"
            else self._formats_here[look.fmt]
        )
        if number != "General":
            spec["num_format"] = self._locale + number
        if look.bold:
            spec["bold"] = True
        if look.italic:
            spec["italic"] = True
        if fill:
            spec["pattern"] = 1
            spec["bg_color"] = f"#{fill}"
        if look.border:
            spec["border"] = 1
            spec["border_color"] = f"#{GRID}"
        if look.align:
            spec["align"] = look.align
        if look.wrap:
            spec["text_wrap"] = True
        if look.indent:
            spec["indent"] = look.indent
        if look.rotate:
            spec["rotation"] = look.rotate
        if quote:
            spec["quote_prefix"] = True
        return spec

    def dxf(self, dxf: Dxf) -> Any:
        """The differential format a conditional-format rule applies."""
        made = self._dxfs.get(dxf)
        if made is None:
            spec: dict[str, Any] = {}
            if dxf.fill:
                spec["bg_color"] = f"#{dxf.fill}"
            if dxf.line:  # a vertical line down the left edge of the cell
                spec["left"] = 5  # thick
                spec["left_color"] = f"#{dxf.line}"
            if dxf.ink:
                spec["font_color"] = f"#{dxf.ink}"
            if dxf.bold:
                spec["bold"] = True
            made = self._dxfs[dxf] = self._add_format(spec)
        return made


@dataclass(frozen=True)
class Dxf:
    """What a conditional format applies: a solid fill, optionally ink and bold, or a
    line down the left edge of the cell."""

    fill: str | None
    ink: str | None = None
    bold: bool = False
    line: str | None = None


@dataclass(frozen=True)
class Rule:
    """A conditional-format rule: when ``formula`` (no leading ``=``) is true for a
    cell, apply ``dxf``; with ``stop`` the rules after it are not tried."""

    formula: str
    dxf: Dxf
    stop: bool = True


@dataclass(frozen=True)
class ColourScale:
    """A three-colour scale over numbers: ``low`` at ``low_value`` … ``high`` at ``high_value``."""

    low_value: float
    low: str
    mid_value: float
    mid: str
    high_value: float
    high: str


def fill_dxf(fill: str, ink: str | None = None, bold: bool = False) -> Dxf:
    """A conditional-format style: a solid fill (and optionally an ink colour)."""
    return Dxf(fill, ink, bold)


def tone_dxf(tone: Tone) -> Dxf:
    fill, ink = TONES[tone]
    return Dxf(fill, ink)


def expression(formula: str, dxf: Dxf, stop: bool = True) -> Rule:
    """A conditional-format rule: when ``formula`` is true, apply ``dxf`` (and stop)."""
    return Rule(formula, dxf, stop)


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white (amount 0 = unchanged, 1 = white)."""
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


# ---------------------------------------------------------------- status words


class Words(dict[Any, tuple[str, Tone]]):
    """Status words and their tones; a word is read in the planner's language."""

    def __getitem__(self, key: Any) -> tuple[str, Tone]:
        word, tone = super().__getitem__(key)
        return _(word), tone


class Texts(dict[Any, str]):
    """Words read in the planner's language."""

    def __getitem__(self, key: Any) -> str:
        return _(super().__getitem__(key))


STAGE_STATUS = Words(
    {
        StageStatus.PLANNED: (N_("○ Planned"), Tone.NEUTRAL),
        StageStatus.ACTIVE: (N_("▶ Active"), Tone.INFO),
        StageStatus.AT_GATE: (N_("◆ At gate"), Tone.WARN),
        StageStatus.PASSED: (N_("✓ Passed"), Tone.GOOD),
        StageStatus.ON_HOLD: (N_("‖ On hold"), Tone.WARN),
        StageStatus.STOPPED: (N_("✗ Stopped"), Tone.BAD),
    }
)

USE_CASE_STATUS = Words(
    {
        UseCaseStatus.IDEA: (N_("· Idea"), Tone.NEUTRAL),
        UseCaseStatus.PLANNED: (N_("○ Planned"), Tone.NEUTRAL),
        UseCaseStatus.PILOTING: (N_("▶ Piloting"), Tone.INFO),
        UseCaseStatus.LIVE: (N_("✓ Live"), Tone.GOOD),
        UseCaseStatus.PAUSED: (N_("‖ Paused"), Tone.WARN),
        UseCaseStatus.DROPPED: (N_("✗ Dropped"), Tone.BAD),
    }
)

NOT_STARTED_WORD = N_("○ Not started")
"""What a stage that has not started shows instead of its gate status (never red)."""

CRITERION_STATUS = Words(
    {
        "met": (N_("✓ Met"), Tone.GOOD),
        "not_met": (N_("✗ Not met"), Tone.BAD),
        "no_data": (N_("? No data"), Tone.NEUTRAL),
    }
)

TREND = Texts(
    {
        "rising": N_("↑ Rising"),
        "flat": N_("→ Flat"),
        "falling": N_("↓ Falling"),
        "unknown": N_("· Unknown"),
    }
)

OUTCOME = Words(
    {
        Outcome.GO: (N_("✓ Go"), Tone.GOOD),
        Outcome.GO_WITH_CONDITIONS: (N_("✓ Go with conditions"), Tone.GOOD),
        Outcome.HOLD: (N_("‖ Hold"), Tone.WARN),
        Outcome.RECYCLE: (N_("↺ Recycle"), Tone.WARN),
        Outcome.STOP: (N_("✗ Stop"), Tone.BAD),
    }
)

ACTION_STATUS = Words(
    {
        "overdue": (N_("⚠ Overdue"), Tone.BAD),
        "open": (N_("○ Open"), Tone.WARN),
        "done": (N_("✓ Done"), Tone.GOOD),
        "dropped": (N_("✗ Dropped"), Tone.NEUTRAL),
    }
)
"""An action's state as of the workbook's date (see planner.evidence.decisions)."""

RISK_STATUS = Texts(
    {
        RiskStatus.OPEN: N_("Open"),
        RiskStatus.MITIGATED: N_("Mitigated"),
        RiskStatus.CLOSED: N_("Closed"),
    }
)


def not_started() -> str:
    return _(NOT_STARTED_WORD)


RISK_HIGH, RISK_MEDIUM = 15, 8
"""Likelihood × impact from which a risk is high, medium."""


def risk_level(score: int) -> tuple[str, Tone]:
    """Likelihood × impact (1–25) as a word and a tone."""
    if score >= RISK_HIGH:
        return _("▲ High"), Tone.BAD
    if score >= RISK_MEDIUM:
        return _("■ Medium"), Tone.WARN
    return _("▼ Low"), Tone.GOOD


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")  # fmt: skip


def month_name(month: int) -> str:
    """The month's name in the planner's language (1 = January)."""
    return (MONTHS_FR if i18n.language() == "fr" else MONTHS)[month - 1]


def long_date(day: dt.date) -> str:
    """``10 March 2026``, ``1er mars 2026`` in French, whatever the process locale."""
    if i18n.language() == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {MONTHS_FR[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


ENUM_WORDS = (
    N_("Centralised"),
    N_("Siloed"),
    N_("Open"),
    N_("Restricted"),
    N_("Unavailable"),
    N_("None"),
    N_("Defined"),
    N_("Enforced"),
    N_("Public"),
    N_("Internal"),
    N_("Confidential"),
    N_("Secret"),
    N_("Time"),
    N_("Productivity"),
    N_("Quality"),
    N_("Small"),
    N_("Medium"),
    N_("Large"),
)
"""The words :func:`enum_word` shows (listed so the catalogue holds them)."""


def enum_word(value: StrEnum) -> str:
    """An enum value as a word for a reader, in the planner's language:
    ``go_with_conditions`` → ``Go with conditions``."""
    return _(str(value).replace("_", " ").capitalize())
