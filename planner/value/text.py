"""The value figures in words, the same in the window, the command line and the workbook.

Amounts are written from the report's rounded figures (never rounded again
differently): whole currency units with thousands separators (``816,750 EUR``;
``816 750 EUR`` in French), amounts per seat with cents, percentages with one
decimal, ratios as whole percentages.
"""

from __future__ import annotations

from planner import i18n
from planner.i18n import _
from planner.numbers import NumberKind, number_text
from planner.value.compute import Payback, Status
from planner.value.report import StageFigures

_GROUP = {"en": ",", "fr": "\u202f"}


def grouped(value: float, decimals: int = 0) -> str:
    """``816750`` → ``816,750`` (``816 750`` in French); ``-23210`` → ``−23,210``."""
    text = f"{abs(value):,.{decimals}f}"
    whole, _sep, frac = text.partition(".")
    whole = whole.replace(",", _GROUP.get(i18n.language(), ","))
    body = whole if not frac else i18n.decimal(f"{whole}.{frac}")
    negative = value < 0 and any(c.isdigit() and c != "0" for c in text)
    return f"−{body}" if negative else body


def money(value: float, currency: str) -> str:
    return _("{amount} {currency}", amount=grouped(value), currency=currency)


def per_seat(value: float, currency: str) -> str:
    return _("{amount} {currency}", amount=grouped(value, 2), currency=currency)


def amount(value: float, currency: str) -> str:
    """A price as typed: ``55 EUR``, ``55.50 EUR`` (cents only when there are some)."""
    decimals = 0 if float(value).is_integer() else 2
    return _("{amount} {currency}", amount=grouped(value, decimals), currency=currency)


def percent(value: float) -> str:
    return _("{number} %", number=number_text(value, NumberKind.PERCENT))


def ratio(value: float) -> str:
    """A ratio (17.56) as a whole percentage with thousands separators (1,756 %)."""
    return _("{number} %", number=grouped(round(value * 100)))


def number(value: float) -> str:
    return number_text(value, NumberKind.NUMBER)


def status_text(stage: StageFigures) -> str:
    """Why a stage has no realised figure yet ('' when it has one)."""
    if stage.status is Status.NO_USAGE:
        return _("no usage data yet")
    if stage.status is Status.TOO_EARLY:
        return _(
            "too early: {weeks} of {needed} weeks of usage data",
            weeks=stage.weeks_of_data,
            needed=stage.min_weeks,
        )
    if stage.status is Status.NO_HOURS:
        return _("no hours-saved figure yet: the telemetry estimate only")
    return ""


def expected_text(stage: StageFigures, currency: str) -> str:
    """ "expected 816,750 EUR a year, realised so far 212,400 EUR (26 %)"."""
    expected = money(stage.expected_value_per_year, currency)
    if stage.realised_value is None:
        return _("Expected {expected} a year", expected=expected)
    if stage.realised_share is None:
        return _(
            "Expected {expected} a year, realised so far {realised}",
            expected=expected,
            realised=money(stage.realised_value, currency),
        )
    return _(
        "Expected {expected} a year, realised so far {realised} ({share})",
        expected=expected,
        realised=money(stage.realised_value, currency),
        share=percent(stage.realised_share),
    )


def payback_text(payback: Payback | None) -> str:
    if payback is None:
        return _("not known yet")
    if payback.reason == "no_cost":
        return _("nothing paid yet")
    if payback.reason == "not_in_sight":
        return _("not in sight: the last 4 weeks brought less than the seats cost")
    assert payback.week is not None
    day = i18n.format_day(payback.week)
    if payback.projected:
        return _("week of {day} (projected at the last 4 weeks' net value)", day=day)
    return _("week of {day}", day=day)
