"""When will a gate criterion be met if the trend continues?

**Method.** The weekly series (the last :data:`FIT_WEEKS` weeks at most) is
turned so that progress is upwards (values are negated for a ``≤`` threshold),
then two saturating curves are fitted — adoption levels off, it does not climb
to infinity:

- a logistic curve ``y = b + (L − b) / (1 + e^−(a + k·t))`` for S-shaped
  take-up, its starting level ``b`` chosen among the metric's bound on that
  side (0 % for adoption) and levels 2 %, 25 % and 100 % of the data's range
  below its lowest value (a falling error rate starts from its baseline);
- a saturating exponential ``y = L − e^(a − k·t)`` for take-up already slowing.

For each candidate upper asymptote ``L`` (a geometric grid between just above
the highest value and the metric's limit — its maximum for ``≥`` — refined
around the best), ``a`` and ``k`` come from a weighted least-squares line on
the linearised form (weights undo the distortion of the logarithm); the curve
with the smallest squared error in the original units wins. The expected date
is the Monday of the first coming week whose value — or whose window mean,
for a criterion on the mean of N weeks, mixing the measured weeks with the
projected ones — crosses the threshold.

**Refusals** (no date is ever invented):

- fewer than :data:`MIN_WEEKS` weeks of data → *not enough data*;
- nothing measured in the last :data:`STALE_WEEKS` weeks → *not enough data*;
- the last weeks are flat or moving away from the threshold (see
  :mod:`planner.measures.series` for "flat") → *no progress*;
- the best curve explains less than :data:`MIN_R_SQUARED` of the variance
  (noise) → *not enough data* ("too irregular");
- the curve levels off before the threshold, or crosses it more than
  :data:`HORIZON_WEEKS` weeks after the as-of date → *unlikely*.

Otherwise the forecast is *on track* when the date is on or before the
deadline (the gate review), *at risk* after it.

**Limits.** Early in a roll-out the data cannot tell where adoption will
level off, so the asymptote (and the date) is uncertain until the curve bends;
a change of course (a new cohort, a training push) is not foreseen; weekly
values are treated as equally reliable whatever their sample size.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from planner import i18n
from planner.i18n import _, ngettext
from planner.measures.series import FLAT_TOLERANCE, TREND_WEEKS, Point, slope, trend_scale
from planner.model.entities import Comparator
from planner.numbers import round_half_up, unit_text

MIN_WEEKS = 4
FIT_WEEKS = 26
STALE_WEEKS = 8
HORIZON_WEEKS = 104
MIN_R_SQUARED = 0.6
_COARSE = 16
_FINE = 10
_BOTTOM_SHARES = (0.02, 0.25, 1.0)


def format_day(day: dt.date, *, year: bool = True) -> str:
    """``12 Mar 2027`` in the planner's language (:mod:`planner.i18n`), whatever the locale."""
    return i18n.format_day(day, year=year)


def format_number(value: float) -> str:
    """A value as people read it: 54, 54.5, 3.75, 0.125 (no trailing zeros; 54,5 in French)."""
    magnitude = abs(value)
    decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2 if magnitude >= 0.1 else 3
    # Half up on the decimal form, as people round (planner.numbers).
    text = f"{Decimal(format(round_half_up(value, decimals), '.15g')):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else i18n.decimal(text)


class ForecastStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    UNLIKELY = "unlikely"
    NOT_ENOUGH_DATA = "not_enough_data"
    NO_PROGRESS = "no_progress"


@dataclass(frozen=True)
class Forecast:
    """When a criterion is expected to be met, if at all, and the sentence saying so."""

    status: ForecastStatus
    expected: dt.date | None
    """When the criterion is expected to be met: the Monday of the week for a weekly
    series, the planned date for training (None unless on track or at risk)."""
    weeks_of_data: int
    weeks_needed: int
    """The fewest weeks of data a forecast needs (:data:`MIN_WEEKS`; 0 when the
    forecast does not come from weekly data)."""
    sentence: str
    level: float | None = None
    """Where the fitted curve levels off (its asymptote), in the metric's units."""
    r_squared: float | None = None
    """Share of the variance of the weekly values the fitted curve explains."""


@dataclass(frozen=True)
class _Curve:
    """A fitted adoption curve (logistic, or a straight line) over the weeks measured."""

    logistic: bool
    bottom: float
    top: float
    a: float
    k: float

    def at(self, t: float) -> float:
        if self.logistic:
            x = self.a + self.k * t
            share = 1.0 / (1.0 + math.exp(-x)) if x > -700 else 0.0
            return self.bottom + (self.top - self.bottom) * share
        x = self.a - self.k * t
        return self.top - (math.exp(x) if x < 700 else math.inf)


def _line(ts: list[float], zs: list[float], ws: list[float]) -> tuple[float, float] | None:
    """Weighted least squares z = a + b·t; None when degenerate."""
    sw = sum(ws)
    if sw <= 0:
        return None
    t_mean = sum(w * t for w, t in zip(ws, ts, strict=True)) / sw
    z_mean = sum(w * z for w, z in zip(ws, zs, strict=True)) / sw
    sxx = sum(w * (t - t_mean) ** 2 for w, t in zip(ws, ts, strict=True))
    if sxx <= 0:
        return None
    sxz = sum(w * (t - t_mean) * (z - z_mean) for w, t, z in zip(ws, ts, zs, strict=True))
    b = sxz / sxx
    return z_mean - b * t_mean, b


def _fit_one(
    ts: list[float], ys: list[float], top: float, bottom: float, logistic: bool
) -> tuple[float, _Curve] | None:
    eps = 1e-3 * (top - bottom)
    zs: list[float] = []
    ws: list[float] = []
    for y in ys:
        yc = min(max(y, bottom + eps), top - eps)
        if logistic:
            zs.append(math.log((yc - bottom) / (top - yc)))
            ws.append(((yc - bottom) * (top - yc) / (top - bottom)) ** 2)
        else:
            zs.append(math.log(top - yc))
            ws.append((top - yc) ** 2)
    line = _line(ts, zs, ws)
    if line is None:
        return None
    a, b = line
    k = b if logistic else -b
    if k <= 0:
        return None  # not rising towards the asymptote
    curve = _Curve(logistic, bottom, top, a, k)
    sse = _sse(curve, ts, ys)
    return (sse, curve) if math.isfinite(sse) else None


def _fit(
    ts: list[float], ys: list[float], low: float | None, high: float | None, target: float
) -> tuple[float, _Curve] | None:
    """Best saturating curve through rising data (oriented upwards)."""
    y_min, y_max = min(ys), max(ys)
    span = y_max - y_min
    if span <= 0:
        return None
    # Where the logistic starts from: the metric's bound on that side (adoption starts at
    # 0 %) or a level under the data (a falling error rate starts from its baseline). A
    # level read from the data is one more parameter: shapes compete on AIC, not raw error.
    shapes = [(True, y_min - f * span, 4) for f in _BOTTOM_SHARES]
    if low is not None and low <= y_min:
        shapes.append((True, low, 3))
    shapes.append((False, y_min - span, 3))  # the exponential has no starting level
    gap_low = 0.01 * span
    gap_high = (high - y_max) if high is not None else max(20 * span, 2 * (target - y_max))
    if gap_high <= gap_low:
        gap_high = gap_low * 1.0001
    n = len(ys)
    tiny = 1e-12 * (1.0 + span * span)
    best: tuple[float, float, _Curve, int] | None = None  # (aic, sse, curve, parameters)

    def search(
        g_from: float, g_to: float, count: int, shapes: list[tuple[bool, float, int]]
    ) -> None:
        nonlocal best
        ratio = (g_to / g_from) ** (1 / (count - 1))
        for i in range(count):
            top = y_max + g_from * ratio**i
            for logistic, bottom, parameters in shapes:
                found = _fit_one(ts, ys, top, bottom, logistic)
                if found is None:
                    continue
                aic = n * math.log(max(found[0], tiny) / n) + 2 * parameters
                if best is None or aic < best[0]:
                    best = (aic, found[0], found[1], parameters)

    search(gap_low, gap_high, _COARSE, shapes)
    if best is None:
        return None
    g = best[2].top - y_max
    search(max(gap_low, g / 1.5), min(gap_high, g * 1.5), _FINE,
           [(best[2].logistic, best[2].bottom, best[3])])  # fmt: skip
    return _refine(ts, ys, (best[1], best[2]), high)


def _sse(curve: _Curve, ts: list[float], ys: list[float]) -> float:
    return sum((curve.at(t) - y) ** 2 for t, y in zip(ts, ys, strict=True))


def _gradient(curve: _Curve, t: float) -> tuple[float, float, float]:
    """Partial derivatives of the curve at t by (top, a, k)."""
    if curve.logistic:
        x = curve.a + curve.k * t
        s = 1.0 / (1.0 + math.exp(-x)) if x > -700 else 0.0
        d = (curve.top - curve.bottom) * s * (1.0 - s)
        return s, d, d * t
    e = math.exp(min(curve.a - curve.k * t, 700.0))
    return 1.0, -e, e * t


def _refine(
    ts: list[float], ys: list[float], start: tuple[float, _Curve], high: float | None
) -> tuple[float, _Curve]:
    """Levenberg–Marquardt on (top, a, k) in the original units, from the grid's best curve."""
    sse, curve = start
    damping = 1e-3
    for _iteration in range(40):
        jtj = [[0.0] * 3 for _ in range(3)]
        jtr = [0.0, 0.0, 0.0]
        for t, y in zip(ts, ys, strict=True):
            g = _gradient(curve, t)
            r = curve.at(t) - y
            for i in range(3):
                jtr[i] += g[i] * r
                for j in range(3):
                    jtj[i][j] += g[i] * g[j]
        improved = False
        while damping < 1e8:
            system = [[jtj[i][j] + (damping * jtj[i][i] if i == j else 0.0) for j in range(3)]
                      for i in range(3)]  # fmt: skip
            step = _solve3(system, [-v for v in jtr])
            if step is None:
                damping *= 10
                continue
            top = curve.top + step[0]
            if high is not None:
                top = min(top, high)
            trial = _Curve(curve.logistic, curve.bottom, top, curve.a + step[1], curve.k + step[2])
            trial_sse = _sse(trial, ts, ys) if trial.k > 0 and top > curve.bottom else math.inf
            if math.isfinite(trial_sse) and trial_sse < sse:
                converged = sse - trial_sse < 1e-10 * (1.0 + sse)
                sse, curve = trial_sse, trial
                damping = max(damping / 10, 1e-9)
                improved = not converged
                break
            damping *= 10
        if not improved:
            break
    return sse, curve


def _solve3(m: list[list[float]], v: list[float]) -> list[float] | None:
    """Solve a 3×3 linear system by Cramer's rule; None when singular."""

    def det(a: list[list[float]]) -> float:
        return (
            a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
            - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
            + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0])
        )

    d = det(m)
    if not math.isfinite(d) or abs(d) < 1e-300:
        return None
    result = []
    for col in range(3):
        replaced = [[v[r] if c == col else m[r][c] for c in range(3)] for r in range(3)]
        result.append(det(replaced) / d)
    return result


def _result(
    status: ForecastStatus,
    n: int,
    sentence: str,
    expected: dt.date | None = None,
    level: float | None = None,
    r_squared: float | None = None,
) -> Forecast:
    return Forecast(status, expected, n, MIN_WEEKS, sentence, level, r_squared)


def forecast_crossing(
    points: Sequence[Point],
    threshold: float,
    comparator: Comparator,
    *,
    deadline: dt.date | None,
    as_of: dt.date,
    ceiling: float | None = None,
    floor: float | None = None,
    window_weeks: int = 1,
    tolerance: float = 0.0,
    unit: str = "",
) -> Forecast:
    """Forecast when the weekly series crosses ``threshold`` (see the module docstring).

    ``ceiling`` and ``floor`` are the metric's maximum and minimum (either may
    be None); ``window_weeks`` is 1 for a criterion on the latest week, N for
    the mean of the last N weeks; ``tolerance`` is the half-width accepted by
    an ``=`` threshold; ``unit`` is only used in the sentence.
    """
    pts = sorted((p for p in points if p[0] <= as_of), key=lambda p: p[0])
    n = len(pts)
    if n < MIN_WEEKS:
        return _result(
            ForecastStatus.NOT_ENOUGH_DATA,
            n,
            ngettext(
                "not enough data: {count} week, need {needed}",
                "not enough data: {count} weeks, need {needed}",
                n,
                needed=MIN_WEEKS,
            ),
        )
    last_week = pts[-1][0]
    if (as_of - last_week).days > 7 * STALE_WEEKS:
        return _result(
            ForecastStatus.NOT_ENOUGH_DATA,
            n,
            _(
                "no forecast: nothing measured since the week of {day}",
                day=format_day(last_week),
            ),
        )
    window = max(1, window_weeks)
    current = sum(v for _, v in pts[-window:]) / len(pts[-window:])
    # Orient so that progress is upwards.
    if comparator is Comparator.AT_LEAST:
        sign, target = 1.0, threshold
    elif comparator is Comparator.AT_MOST:
        sign, target = -1.0, threshold
    elif current < threshold:
        sign, target = 1.0, threshold - tolerance
    else:
        sign, target = -1.0, threshold + tolerance
    low, high = (floor, ceiling) if sign > 0 else (_neg(ceiling), _neg(floor))
    goal = sign * target
    eps = 1e-9 * max(1.0, abs(goal))
    if sign * current >= goal - eps:
        if n >= window:
            return _result(
                ForecastStatus.ON_TRACK,
                n,
                _("met in the week of {day}", day=format_day(last_week)),
                last_week,
            )
        # The level is there but the window is not full yet.
        filled = last_week + dt.timedelta(weeks=window - n)
        how = _("once {weeks} weeks are measured", weeks=window)
        status, sentence = dated(filled, deadline, how)
        return _result(status, n, sentence, filled)
    if high is not None and goal > high + eps:
        return _result(
            ForecastStatus.UNLIKELY, n, _("unlikely: the threshold is beyond the metric's range")
        )
    recent = pts[-TREND_WEEKS:]
    scale = trend_scale((v for _, v in recent), threshold, floor)
    progress = sign * slope(recent)
    if progress < FLAT_TOLERANCE * scale:
        if abs(progress) < FLAT_TOLERANCE * scale:
            sentence = _("no progress: flat over the last {weeks} weeks", weeks=len(recent))
        else:
            sentence = _(
                "no progress: moving away from the threshold over the last {weeks} weeks",
                weeks=len(recent),
            )
        return _result(ForecastStatus.NO_PROGRESS, n, sentence)
    fitted = pts[-FIT_WEEKS:]
    origin = fitted[0][0]
    ts = [(w - origin).days / 7.0 for w, _ in fitted]
    ys = [sign * v for _, v in fitted]
    best = _fit(ts, ys, low, high, goal)
    if best is None:
        return _result(ForecastStatus.NO_PROGRESS, n, _("no progress: no rising trend to follow"))
    sse, curve = best
    y_mean = sum(ys) / len(ys)
    sst = sum((y - y_mean) ** 2 for y in ys)
    # Adjusted for the curve's three parameters: a few noisy points fit almost anything.
    k = len(ys)
    r2 = 1.0 - (sse / sst) * (k - 1) / (k - 3) if sst > 0 and k > 3 else 0.0
    level = sign * curve.top
    if r2 < MIN_R_SQUARED:
        return _result(
            ForecastStatus.NOT_ENOUGH_DATA,
            n,
            _(
                "no forecast: the weekly values are too irregular to show a trend "
                "(the best curve explains {percent}% of them)",
                percent=f"{max(r2, 0.0) * 100:.0f}",
            ),
            r_squared=r2,
        )
    tail = [sign * v for _, v in pts[-window:]]
    expected = _crossing(curve, tail, origin, last_week, as_of, window, goal - eps)
    if expected is None:
        if curve.top <= goal:
            near = unit_text(level, unit)
            if unit:
                near = _("{number} {unit}", number=near, unit=unit)
            sentence = _("unlikely at the current trend: levels off near {level}", level=near)
        else:
            sentence = _("unlikely: not within two years at the current trend")
        return _result(ForecastStatus.UNLIKELY, n, sentence, level=level, r_squared=r2)
    status, sentence = dated(expected, deadline)
    return _result(status, n, sentence, expected, level, r2)


def dated(expected: dt.date, deadline: dt.date | None, how: str = "") -> tuple[ForecastStatus, str]:
    """On track or at risk for the review, and the sentence that says so.

    ``how`` qualifies the date ("by the trainings planned"), already translated.
    """
    day = format_day(expected)
    if deadline is None:
        if how:
            return ForecastStatus.ON_TRACK, _(
                "expected {day} {how} (no review date set)", day=day, how=how
            )
        return ForecastStatus.ON_TRACK, _("expected {day} (no review date set)", day=day)
    review = format_day(deadline, year=deadline.year != expected.year)
    if expected <= deadline:
        if how:
            return ForecastStatus.ON_TRACK, _(
                "expected {day} {how} — on track for the review on {review}",
                day=day, how=how, review=review,
            )  # fmt: skip
        return ForecastStatus.ON_TRACK, _(
            "expected {day} — on track for the review on {review}", day=day, review=review
        )
    if how:
        return ForecastStatus.AT_RISK, _(
            "expected {day} {how}, after the review on {review} — at risk",
            day=day, how=how, review=review,
        )  # fmt: skip
    return ForecastStatus.AT_RISK, _(
        "expected {day}, after the review on {review} — at risk", day=day, review=review
    )


def _neg(value: float | None) -> float | None:
    return None if value is None else -value


def _crossing(
    curve: _Curve,
    tail: list[float],
    origin: dt.date,
    last_week: dt.date,
    as_of: dt.date,
    window: int,
    goal: float,
) -> dt.date | None:
    """First coming week whose (window mean of) projected values reaches ``goal``."""
    values = list(tail)
    week = last_week
    horizon = as_of + dt.timedelta(weeks=HORIZON_WEEKS)
    while True:
        week += dt.timedelta(weeks=1)
        if week > horizon:
            return None
        values.append(curve.at((week - origin).days / 7.0))
        recent = values[-window:]
        if len(recent) == window and sum(recent) / window >= goal:
            return week
