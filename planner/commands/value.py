"""``pilot-planner value FILE [--as-of DATE] [--json]``: value realised against cost.

Per stage: seats and price, expected against realised value, the telemetry
estimate beside the measured value, cost (licences and one-off), net value,
value per seat, payback week and break-even minutes, expected ROI and the same
adjusted by measured adoption, then per use case; the assumptions first, each
with its source. ``--json`` prints the same figures (``format`` =
``pilot-planner-value``, ``format_version`` = 1; dates ISO, ASCII-escaped),
from the same computation as the app's value card and the workbook's Value
sheet (:mod:`planner.value.report` through :class:`planner.evidence.figures.Figures`).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from planner.commands import (
    add_as_of_option,
    add_language_option,
    emit,
    open_roadmap,
    safe_text,
)
from planner.evidence.figures import Figures
from planner.evidence.forecast import format_day
from planner.i18n import _, ngettext
from planner.model.entities import Roadmap
from planner.value import text as t
from planner.value.compute import Status, WeekValue
from planner.value.report import StageFigures, UseCaseFigures, ValueReport
from planner.vocabulary import use_case_status_label

NAME = "value"
HELP = "value realised against cost per stage and use case, with every assumption"
JSON_FORMAT = "pilot-planner-value"
JSON_VERSION = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Value realised against cost, per stage and use case, as of a date: active users × "
        "hours saved × hour cost × recapture rate, against seats × price and one-off costs; "
        "net value, value per seat, payback week, break-even minutes, and expected value "
        "beside realised value. No realised figure before 8 weeks of usage data."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    add_as_of_option(
        parser,
        "use what was known on this date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a machine-readable JSON document"
    )
    add_language_option(parser)


# ------------------------------------------------------------------- text


def _assumption_lines(report: ValueReport) -> list[str]:
    lines = [_("Assumptions")]
    for item in report.assumptions.items():
        value = t.grouped(item.value, 0 if item.value.is_integer() else 2)
        default = item.default
        line = _("{label}: {value} {unit} — {source}", label=item.label, value=value,
                 unit=item.unit, source=item.source)  # fmt: skip
        if item.changed and default is not None:
            line = _("{label}: {value} {unit} (default {default}) — {source}", label=item.label,
                     value=value, unit=item.unit, default=t.grouped(default),
                     source=item.source)  # fmt: skip
        lines.append(f"  {line}")
    return lines


def _cost_line(stage: StageFigures, currency: str) -> str:
    return _(
        "Cost so far: {cost} (licences {licences}, one-off {one_off})",
        cost=t.money(stage.cost, currency),
        licences=t.money(stage.licence_cost, currency),
        one_off=t.money(stage.one_off_cost, currency),
    )


def _seats_line(stage: StageFigures, currency: str) -> str:
    if not stage.seats or stage.price_per_seat_month is None:
        return _("Seats: none licensed this week")
    return _(
        "Seats: {seats} ({products}) at {price} a seat a month",
        seats=t.grouped(stage.seats),
        products=", ".join(stage.products),
        price=t.per_seat(stage.price_per_seat_month, currency),
    )


def _realised_lines(stage: StageFigures, report: ValueReport) -> list[str]:
    currency = report.currency
    a = report.assumptions
    lines: list[str] = []
    if stage.realised_value is not None:
        lines.append(_(
            "Realised value (measured): {value} — {hours} hours saved × {cost} {currency}/h × "
            "{rate} % recaptured",
            value=t.money(stage.realised_value, currency),
            hours=t.grouped(stage.realised_hours or 0), cost=t.number(a.hourly_cost),
            currency=currency, rate=t.number(a.recapture_rate),
        ))  # fmt: skip
    if stage.telemetry_value is not None:
        lines.append(_(
            "Telemetry estimate: {value} — {hours} hours from actions × {minutes} min",
            value=t.money(stage.telemetry_value, currency),
            hours=t.grouped(stage.telemetry_hours or 0), minutes=t.number(a.minutes_per_action),
        ))  # fmt: skip
    if stage.net_value is not None:
        lines.append(_("Net value: {value}", value=t.money(stage.net_value, currency)))
    if stage.value_per_seat_month is not None:
        value = t.per_seat(stage.value_per_seat_month, currency)
        price = t.per_seat(stage.price_per_seat_month or 0.0, currency)
        if stage.value_to_price is None:
            lines.append(_("Value per seat: {value} a month (price {price})", value=value,
                           price=price))  # fmt: skip
        else:
            lines.append(_("Value per seat: {value} a month (price {price}; {share} of it)",
                           value=value, price=price,
                           share=t.percent(stage.value_to_price)))  # fmt: skip
    if stage.status is Status.OK:
        lines.append(_("Payback: {when}", when=t.payback_text(stage.payback)))
    return lines


def _use_case_rows(stage: StageFigures, currency: str) -> list[list[str]]:
    rows = [[_("use case"), _("status"), _("expected / year"), _("share"), _("realised"),
             _("ROI"), _("adjusted")]]  # fmt: skip
    for u in stage.use_cases:
        rows.append(
            [
                u.name,
                use_case_status_label(u.status).lower(),
                t.money(u.expected_value_per_year, currency),
                t.percent(u.share),
                "—" if u.realised_value is None else t.money(u.realised_value, currency),
                "—" if u.expected_roi is None else t.ratio(u.expected_roi),
                "—" if u.adjusted_roi is None else t.ratio(u.adjusted_roi),
            ]
        )
    return rows


def _table(rows: Sequence[Sequence[str]], indent: str = "    ") -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        (indent + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))).rstrip()
        for row in rows
    ]


def _stage_lines(stage: StageFigures, report: ValueReport) -> list[str]:
    currency = report.currency
    weeks = ngettext("{count} week of usage data", "{count} weeks of usage data",
                     stage.weeks_of_data)  # fmt: skip
    status = t.status_text(stage)
    lines = [safe_text(f"{stage.name} — {status or weeks}")]
    body = [_seats_line(stage, currency), t.expected_text(stage, currency)]
    body.append(_cost_line(stage, currency))
    body += _realised_lines(stage, report)
    if stage.break_even_minutes is not None:
        minutes = t.number(stage.break_even_minutes)
        body.append(
            _("Break-even: {minutes} minutes saved a week per seat holder", minutes=minutes)
            if stage.minutes_saved is None
            else _("Break-even: {minutes} minutes saved a week per seat holder; measured: "
                   "{measured} per active user", minutes=minutes,
                   measured=t.number(stage.minutes_saved))
        )  # fmt: skip
    if stage.expected_roi is not None:
        roi = _("Expected ROI: {roi}", roi=t.ratio(stage.expected_roi))
        if stage.adjusted_roi is not None and stage.adoption_rate is not None:
            roi = _("Expected ROI: {roi}; adjusted by measured adoption ({rate}): {adjusted}",
                    roi=t.ratio(stage.expected_roi), rate=t.percent(stage.adoption_rate),
                    adjusted=t.ratio(stage.adjusted_roi))  # fmt: skip
        body.append(roi)
    lines += [f"  {line}" for line in body]
    if stage.use_cases:
        lines.append("  " + _("Use cases (realised value shared by expected value of those in "
                              "use):"))  # fmt: skip
        lines += [safe_text(line) for line in _table(_use_case_rows(stage, currency))]
    return lines


def render_text(roadmap: Roadmap, report: ValueReport) -> str:
    lines = [_("Value of '{title}' as of {day}", title=safe_text(roadmap.title),
               day=format_day(report.as_of)), ""]  # fmt: skip
    lines += _assumption_lines(report)
    lines.append("")
    for stage in report.stages:
        lines += _stage_lines(stage, report)
        lines.append("")
    if not report.stages:
        lines += [_("The roadmap has no stages."), ""]
    return "\n".join(lines)


# ------------------------------------------------------------------- json


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if hasattr(value, "value") and isinstance(getattr(value, "value", None), str):
        return value.value  # an enum
    return value


def _week_json(week: WeekValue) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in dataclasses.asdict(week).items()}


def _use_case_json(use_case: UseCaseFigures) -> dict[str, Any]:
    return {f.name: _jsonable(getattr(use_case, f.name)) for f in dataclasses.fields(use_case)}


def stage_json(stage: StageFigures) -> dict[str, Any]:
    skip = {"weeks", "use_cases", "payback"}
    found = {
        f.name: _jsonable(getattr(stage, f.name))
        for f in dataclasses.fields(stage)
        if f.name not in skip
    }
    payback = stage.payback
    found["payback"] = (
        None
        if payback is None
        else {
            "week": _jsonable(payback.week),
            "projected": payback.projected,
            "reason": payback.reason,
        }
    )
    found["weeks"] = [_week_json(w) for w in stage.weeks]
    found["use_cases"] = [_use_case_json(u) for u in stage.use_cases]
    return found


def to_json(roadmap: Roadmap, report: ValueReport) -> dict[str, Any]:
    """The machine-readable structure printed by ``--json``."""
    metrics = report.metrics
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "title": roadmap.title,
        "as_of": report.as_of.isoformat(),
        "currency": report.currency,
        "assumptions": {
            item.key: {
                "label": item.label,
                "value": item.value,
                "unit": item.unit,
                "default": item.default,
                "source": item.source,
            }
            for item in report.assumptions.items()
        },
        "metrics": {
            role: None if metric is None else metric.id
            for role, metric in (
                ("active_users", metrics.active),
                ("actions_per_user", metrics.actions),
                ("hours_saved", metrics.hours),
                ("minutes_saved", metrics.minutes),
            )
        },
        "stages": [stage_json(s) for s in report.stages],
    }


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    report = Figures(roadmap, as_of).value
    if args.json:
        emit(json.dumps(to_json(roadmap, report), indent=2, ensure_ascii=True) + "\n")
    else:
        emit(render_text(roadmap, report))
    return 0
