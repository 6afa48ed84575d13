"""Words the timeline shows: statuses, gate states, dates and periods (translated).

Status is never shown by colour alone: each status has a glyph and a word,
in the window, the PDF and the PNG (the same vocabulary as the workbook).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from planner.i18n import format_day
from planner.model.entities import Outcome, StageStatus, UseCaseStatus
from planner.timeline import STAGE, GateState, Tick
from ui.models.labels import enum_label


def tr(text: str) -> str:
    """Translate a timeline or dashboard word.

    pyside6-lupdate files ``texts.tr("…")`` calls under the context ``texts``
    and the bare ``tr("…")`` calls of this module under the empty context, so
    both are looked up here.
    """
    translated = QCoreApplication.translate("texts", text)
    if translated == text:
        translated = QCoreApplication.translate("", text)
    return translated


_GLYPHS = {
    StageStatus.PLANNED: "○",
    StageStatus.ACTIVE: "▶",
    StageStatus.AT_GATE: "◆",
    StageStatus.PASSED: "✓",
    StageStatus.ON_HOLD: "‖",
    StageStatus.STOPPED: "✗",
    UseCaseStatus.IDEA: "·",
    UseCaseStatus.PLANNED: "○",
    UseCaseStatus.PILOTING: "▶",
    UseCaseStatus.LIVE: "✓",
    UseCaseStatus.PAUSED: "‖",
    UseCaseStatus.DROPPED: "✗",
}

_GATE_GLYPHS = {
    GateState.GO: "✓",
    GateState.GO_WITH_CONDITIONS: "✓",
    GateState.HOLD: "‖",
    GateState.RECYCLE: "↺",
    GateState.STOP: "✗",
    GateState.READY: "✓",
    GateState.ON_TRACK: "↗",
    GateState.NOT_MET: "✗",
    GateState.NO_DATA: "?",
    GateState.NOT_STARTED: "○",
}


def status_text(kind: str, status: str, progress: float) -> str:
    """``✓ Live``, ``▶ Piloting 60 %`` — empty for a group row."""
    if not status:
        return ""
    value: StageStatus | UseCaseStatus = (
        StageStatus(status) if kind == STAGE else UseCaseStatus(status)
    )
    text = f"{_GLYPHS[value]} {enum_label(value)}"
    if value in (UseCaseStatus.PILOTING, UseCaseStatus.PLANNED) and 0 < progress < 100:
        text += f" {round(progress)} %"
    return text


def gate_state_text(state: GateState) -> str:
    """What a gate mark says: the decision (``Go with conditions``) or the evidence."""
    words = {
        GateState.READY: tr("mandatory criteria met"),
        GateState.ON_TRACK: tr("on track"),
        GateState.NOT_MET: tr("not met"),
        GateState.NO_DATA: tr("no data"),
        GateState.NOT_STARTED: tr("not started"),
    }
    if state in words:
        return words[state]
    return enum_label(Outcome(state.value))


def gate_glyph(state: GateState) -> str:
    return _GATE_GLYPHS[state]


def gate_caption(state: GateState, met: int, total: int, decided: bool) -> str:
    """The words beside a gate diamond: ``↗ on track · 6/8``, ``✓ Go`` (decided)."""
    glyph = gate_glyph(state)
    if decided:
        return f"{glyph} {gate_state_text(state)}"
    if state is GateState.NOT_STARTED:
        return f"{glyph} {gate_state_text(state)}"
    if total == 0:
        return tr("no criteria")
    return tr("{glyph} {state} · {met}/{total}").format(
        glyph=glyph, state=gate_state_text(state), met=met, total=total
    )


def day_text(day: dt.date, *, year: bool = True) -> str:
    """A date written shortly in the app's language (``12 Mar 2027``, ``12 mars 2027``),
    the same way as the planner's own sentences beside it."""
    return format_day(day, year=year)


def ordinal_text(day: int, *, year: bool = True) -> str:
    return day_text(dt.date.fromordinal(day), year=year)


def span_text(start: int, end: int) -> str:
    first, last = dt.date.fromordinal(start), dt.date.fromordinal(end)
    return f"{day_text(first, year=first.year != last.year)} – {day_text(last)}"


def duration_text(days: int) -> str:
    """``2 weeks``, ``1 week``, ``3 days`` (absolute value)."""
    days = abs(days)
    if days and days % 7 == 0:
        weeks = days // 7
        return tr("1 week") if weeks == 1 else tr("{n} weeks").format(n=weeks)
    return tr("1 day") if days == 1 else tr("{n} days").format(n=days)


def slip_text(days: int) -> str:
    """``+2 wk`` late, ``−3 d`` early (short: it sits beside a bar)."""
    sign = "+" if days > 0 else "−"
    magnitude = abs(days)
    if magnitude % 7 == 0:
        return tr("{sign}{n} wk").format(sign=sign, n=magnitude // 7)
    return tr("{sign}{n} d").format(sign=sign, n=magnitude)


def tick_text(tick: Tick, width: float, major: bool) -> str:
    """The label of a header period, as long as ``width`` pixels allow."""
    locale = QLocale()
    start = tick.start
    if tick.unit == "year":
        return str(start.year)
    if tick.unit == "quarter":
        quarter = (start.month - 1) // 3 + 1
        if width > 70:
            return tr("Q{n} {year}").format(n=quarter, year=start.year)
        return tr("Q{n}").format(n=quarter)
    if tick.unit == "month":
        if major:
            return f"{locale.standaloneMonthName(start.month)} {start.year}"
        form = QLocale.FormatType.LongFormat if width > 90 else QLocale.FormatType.ShortFormat
        name = locale.standaloneMonthName(start.month, form).rstrip(".")
        return name if width > 22 else name[:1]
    return str(start.day) if width < 40 else day_text(start, year=False)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
