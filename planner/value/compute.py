"""The value formulas, as pure functions of weekly inputs.

For one stage and one week (see :mod:`planner.value.report` for where the
inputs come from):

- **active users** = active-users rate (%) × the people it is a rate of
  (the stage's enabled people the rate was computed over; else the seats
  licensed that week; else the stage's target users);
- **measured value** = active users × hours saved per active user per week ×
  hour cost × recapture rate. Hours saved come from the latest survey or
  measurement known that week (a survey holds until the next one);
- **telemetry estimate** = active users × actions per active user × minutes
  per action ÷ 60 × hour cost × recapture rate — the same conversion of hours
  into money, so the two figures compare hours with hours;
- **cost** = seats × price per seat per month × 12 ÷ 52 + one-off costs of
  the week (:mod:`planner.value.costs`).

Over the weeks up to the as-of date:

- **realised value**, **cost** and **net value** (= value − cost) are sums of
  the weekly figures, each rounded first by the rule of its unit
  (:mod:`planner.numbers`), so the totals equal the sum of the weekly
  figures a reader adds up;
- **value per seat per month** = realised value ÷ seat-months over the weeks
  with usage data (seat-months = Σ seats × 12 ÷ 52);
- **payback week**: the first week from which cumulated net value stays at or
  above zero; not reached yet, it is projected at the net value of the last
  4 weeks (value − licence cost), and is "not in sight" when that is not
  positive;
- **break-even minutes** per user per week = the weekly price of a seat
  (monthly price × 12 ÷ 52) ÷ (hour cost × recapture rate) × 60: the time a
  seat holder must save for the seat to pay for itself;
- **adoption-adjusted expected value** = expected yearly value × the mean
  active-users rate of the last 4 weeks with data; its ROI = (adjusted value −
  yearly cost) ÷ yearly cost.

No realised figure (value, net, value per seat, payback, adjusted value, share
of expected) is given before :data:`~planner.value.assumptions.MIN_WEEKS`
weeks of usage data: the stage is "too early", with the count of weeks.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.numbers import NumberKind as K
from planner.numbers import optional, rounded
from planner.value.assumptions import Assumptions
from planner.value.costs import MONTHS_PER_YEAR, WEEKS_PER_YEAR

RUN_RATE_WEEKS = 4
"""Weeks the payback projection and the adoption adjustment look back over."""


class Status(StrEnum):
    OK = "ok"
    NO_USAGE = "no_usage"
    """No week of active-users data yet."""
    TOO_EARLY = "too_early"
    """Fewer weeks of usage data than the minimum."""
    NO_HOURS = "no_hours"
    """Usage data but no hours-saved figure: only the telemetry estimate."""


# ------------------------------------------------------------- formulas


def active_users(rate: float, base: float) -> float:
    """rate (%) × base."""
    return rate / 100.0 * base


def value_of_hours(hours: float, a: Assumptions) -> float:
    """hours × hour cost × recapture rate."""
    return hours * a.recaptured_hour


def measured_value(active: float, hours_per_user: float, a: Assumptions) -> float:
    """active users × hours saved per active user per week × hour cost × recapture rate."""
    return value_of_hours(active * hours_per_user, a)


def telemetry_hours(active: float, actions_per_user: float, minutes_per_action: float) -> float:
    """active users × actions per active user × minutes per action ÷ 60."""
    return active * actions_per_user * minutes_per_action / 60.0


def seat_months(seat_weeks: float) -> float:
    """Seats × weeks → seat-months (12 months in 52 weeks)."""
    return seat_weeks * MONTHS_PER_YEAR / WEEKS_PER_YEAR


def value_per_seat_month(value: float, seat_weeks: float) -> float | None:
    """Value ÷ seat-months; None without seats."""
    months = seat_months(seat_weeks)
    return value / months if months > 0 else None


def break_even_minutes(price_per_seat_month: float | None, a: Assumptions) -> float | None:
    """Minutes a seat holder must save a week for the seat to pay for itself.

    None without a price, or when saved time is worth nothing (hour cost or
    recapture rate 0): no saving then pays for a seat.
    """
    if price_per_seat_month is None or a.recaptured_hour <= 0:
        return None
    weekly_price = price_per_seat_month * MONTHS_PER_YEAR / WEEKS_PER_YEAR
    return weekly_price / a.recaptured_hour * 60.0


def roi(value: float, cost: float) -> float | None:
    """(value − cost) ÷ cost; None when nothing is paid."""
    return (value - cost) / cost if cost > 0 else None


# ------------------------------------------------------------- weekly series


@dataclass(frozen=True)
class WeekInput:
    """What one week of a stage brings to the value computation."""

    week: dt.date
    seats: int
    licence_cost: float
    one_off_cost: float
    active_rate: float | None
    """Weekly active users in % (None: not measured that week)."""
    base: float
    """The people the rate is of: seats, else the stage's target users."""
    hours_per_user: float | None
    """Hours saved per active user per week known that week (None: none yet)."""
    actions_per_user: float | None


@dataclass(frozen=True)
class WeekValue:
    """One week of a stage, every figure rounded by its unit's rule."""

    week: dt.date
    seats: int
    active_rate: float | None
    active_users: float | None
    hours_per_user: float | None
    actions_per_user: float | None
    value: float | None
    telemetry_value: float | None
    licence_cost: float
    one_off_cost: float
    cost: float
    cumulative_value: float | None
    cumulative_telemetry: float | None
    cumulative_cost: float
    net: float | None
    """Cumulated value − cumulated cost."""


@dataclass(frozen=True)
class Payback:
    """The week a stage's value covers its cost (measured or projected), or why not."""

    week: dt.date | None
    projected: bool
    """The week is a projection at the recent net run rate, not a fact."""
    reason: str
    """``reached``, ``projected``, ``not_in_sight`` or ``no_cost``."""


@dataclass(frozen=True)
class Totals:
    """A stage's figures up to the as-of date (None: not known, see the status)."""

    status: Status
    weeks_of_data: int
    first_data_week: dt.date | None
    weeks: tuple[WeekValue, ...]
    licence_cost: float
    one_off_cost: float
    cost: float
    realised_value: float | None
    realised_hours: float | None
    telemetry_value: float | None
    telemetry_hours: float | None
    net_value: float | None
    value_per_seat_month: float | None
    payback: Payback | None
    adoption_rate: float | None
    """Mean weekly active users (%) of the last weeks with data."""
    hours_per_user: float | None
    """The latest hours saved per active user per week."""


def status_of(weeks_of_data: int, has_hours: bool, min_weeks: int) -> Status:
    if weeks_of_data == 0:
        return Status.NO_USAGE
    if weeks_of_data < min_weeks:
        return Status.TOO_EARLY
    return Status.OK if has_hours else Status.NO_HOURS


def _week_figures(
    item: WeekInput, a: Assumptions
) -> tuple[float | None, float | None, float | None, float | None]:
    """(active users, value, telemetry value, telemetry hours) of one week, unrounded."""
    if item.active_rate is None:
        return None, None, None, None
    active = active_users(item.active_rate, item.base)
    value = None if item.hours_per_user is None else measured_value(active, item.hours_per_user, a)
    hours = None
    if item.actions_per_user is not None:
        hours = telemetry_hours(active, item.actions_per_user, a.minutes_per_action)
    telemetry = None if hours is None else value_of_hours(hours, a)
    return active, value, telemetry, hours


def totals(inputs: Sequence[WeekInput], a: Assumptions) -> Totals:
    """Weekly figures and their sums (see the module docstring); inputs in week order."""
    weeks: list[WeekValue] = []
    cum_value = cum_tele = cum_cost = 0.0
    cum_licence = cum_one_off = 0.0
    realised_hours = tele_hours = 0.0
    seat_weeks = 0.0
    any_hours = any_tele = False
    data_weeks: list[WeekInput] = []
    for item in inputs:
        active, value, telemetry, hours = _week_figures(item, a)
        licence = rounded(item.licence_cost, K.MONEY)
        one_off = rounded(item.one_off_cost, K.MONEY)
        value_r = optional(value, K.MONEY)
        tele_r = optional(telemetry, K.MONEY)
        cum_licence += licence
        cum_one_off += one_off
        cum_cost += licence + one_off
        if item.active_rate is not None:
            data_weeks.append(item)
            seat_weeks += item.seats
        if value_r is not None and active is not None and item.hours_per_user is not None:
            any_hours = True
            cum_value += value_r
            realised_hours += active * item.hours_per_user
        if tele_r is not None and hours is not None:
            any_tele = True
            cum_tele += tele_r
            tele_hours += hours
        weeks.append(
            WeekValue(
                item.week,
                item.seats,
                optional(item.active_rate, K.PERCENT),
                optional(active, K.COUNT),
                optional(item.hours_per_user, K.NUMBER),
                optional(item.actions_per_user, K.NUMBER),
                value_r,
                tele_r,
                licence,
                one_off,
                licence + one_off,
                cum_value,
                cum_tele,
                cum_cost,
                cum_value - cum_cost,
            )
        )
    status = status_of(len(data_weeks), any_hours, a.min_weeks)
    ok = status is Status.OK
    recent = data_weeks[-RUN_RATE_WEEKS:]
    adoption = sum(w.active_rate or 0.0 for w in recent) / len(recent) if recent else None
    latest_hours = next(
        (w.hours_per_user for w in reversed(inputs) if w.hours_per_user is not None), None
    )
    counted = status in (Status.OK, Status.NO_HOURS)
    return Totals(
        status=status,
        weeks_of_data=len(data_weeks),
        first_data_week=data_weeks[0].week if data_weeks else None,
        weeks=tuple(weeks) if ok else tuple(_withheld(w, counted and any_tele) for w in weeks),
        licence_cost=cum_licence,
        one_off_cost=cum_one_off,
        cost=cum_cost,
        realised_value=cum_value if ok else None,
        realised_hours=rounded(realised_hours, K.COUNT) if ok else None,
        telemetry_value=cum_tele if counted and any_tele else None,
        telemetry_hours=rounded(tele_hours, K.COUNT) if counted and any_tele else None,
        net_value=cum_value - cum_cost if ok else None,
        value_per_seat_month=optional(value_per_seat_month(cum_value, seat_weeks), K.NUMBER)
        if ok
        else None,
        payback=payback(weeks) if ok else None,
        adoption_rate=optional(adoption, K.PERCENT) if ok else None,
        hours_per_user=optional(latest_hours, K.NUMBER),
    )


def _withheld(week: WeekValue, telemetry: bool) -> WeekValue:
    """A week of a stage without a realised figure: value and net blanked."""
    return replace(
        week,
        value=None,
        cumulative_value=None,
        net=None,
        telemetry_value=week.telemetry_value if telemetry else None,
        cumulative_telemetry=week.cumulative_telemetry if telemetry else None,
    )


def payback(weeks: Sequence[WeekValue]) -> Payback:
    """When cumulated value catches up with cumulated cost (see the module docstring)."""
    if not weeks or weeks[-1].cumulative_cost <= 0:
        return Payback(None, False, "no_cost")
    last = weeks[-1]
    net = last.cumulative_value or 0.0
    net -= last.cumulative_cost
    if net >= 0:
        start = len(weeks)
        while start > 0 and (weeks[start - 1].net or 0.0) >= 0:
            start -= 1
        paying = next(i for i, w in enumerate(weeks) if w.cumulative_cost > 0)
        return Payback(weeks[max(start, paying)].week, False, "reached")
    recent = weeks[-RUN_RATE_WEEKS:]
    rate = sum((w.value or 0.0) - w.licence_cost for w in recent) / len(recent)
    if rate <= 0:
        return Payback(None, True, "not_in_sight")
    needed = math.ceil(-net / rate)
    return Payback(last.week + dt.timedelta(weeks=needed), True, "projected")


def adjusted_value(expected_per_year: float, adoption_rate: float | None) -> float | None:
    """Expected yearly value × measured adoption (%); None before there is data."""
    return None if adoption_rate is None else expected_per_year * adoption_rate / 100.0
