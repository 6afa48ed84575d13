"""``pilot-planner register FILE [--as-of DATE] [--json | --csv]``: the responsible-AI register.

For every use case: its risk tier under the EU AI Act with the reasons, the
duties that follow with their article, the date they apply from and their
status on the date, the overseer and the lifecycle state, and what keeps the
entry from being complete. Decision support, not legal advice.

``--json`` prints ``{"format": "pilot-planner-register", "format_version": 1,
"use_cases": [{"id", "name", "tier", "reasons", "duties": [{"article", "duty",
"applies_from", "status", …}], …}]}`` (dates ISO, ASCII-escaped); ``--csv``
one line per duty, text that a spreadsheet could take for a formula quoted.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
from collections.abc import Sequence

from planner.commands import add_as_of_option, add_language_option, emit, open_roadmap, safe_text
from planner.evidence.forecast import format_day
from planner.i18n import _
from planner.model.entities import Roadmap
from planner.register.duties import status_text
from planner.register.report import CSV_HEADER, csv_rows, lifecycle_text, to_json
from planner.register.rules import rules
from planner.register.screening import tier_text
from planner.register.summary import RegisterRow, register_rows

NAME = "register"
HELP = "the responsible-AI register: EU AI Act tier, duties and their status per use case"
_FORMULA_START = frozenset("=+-@\t\r")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Screen every use case against the EU AI Act (Regulation (EU) 2024/1689): its risk "
        "tier and why, the duties that follow with their article, the date they apply from "
        "and their status on a date. Decision support, not legal advice."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    add_as_of_option(
        parser,
        "the duties' status on this date, YYYY-MM-DD (default: today)",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print a JSON document")
    output.add_argument("--csv", action="store_true", help="print CSV, one line per duty")
    add_language_option(parser)


def _safe_csv(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading ' before a formula trigger."""
    return "'" + value if value and value[0] in _FORMULA_START else value


def render_csv(rows: Sequence[RegisterRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for line in csv_rows(rows):
        writer.writerow([_safe_csv(cell) for cell in line])
    return out.getvalue()


def _row_text(row: RegisterRow) -> list[str]:
    """One use case in the report's language (``--json`` and ``--csv`` keep their codes)."""
    stage = row.stage.name if row.stage is not None else _("no stage")
    state = _("complete") if row.complete else _("incomplete")
    lines = [safe_text(f"{row.use_case.name} — {stage} — {tier_text(row.tier)} — {state}")]
    facts = []
    if row.overseer:
        facts.append(_("overseer: {name}", name=row.overseer))
    if row.lifecycle is not None and row.lifecycle_on is not None:
        facts.append(
            _(
                "lifecycle: {state} since {day}",
                state=lifecycle_text(row.lifecycle),
                day=format_day(row.lifecycle_on),
            )
        )
    if facts:
        lines.append(safe_text("  " + " · ".join(facts)))
    lines += [safe_text("  " + _("why: {reason}", reason=r)) for r in row.screening.reasons]
    for duty in row.duties:
        since = _("from {day}", day=format_day(duty.applies_from))
        if duty.pending_from:
            since += ", " + _("pending: {day}", day=format_day(duty.pending_from))
        line = _(
            "{article} {duty} — {status} ({since}): {detail}",
            article=duty.article,
            duty=duty.duty,
            status=status_text(duty.status),
            since=since,
            detail=duty.detail,
        )
        lines.append(safe_text("  " + line))
    lines += [safe_text("  " + _("to complete: {gap}", gap=gap)) for gap in row.gaps]
    return lines


def render_text(roadmap: Roadmap, as_of: dt.date, rows: Sequence[RegisterRow]) -> str:
    r = rules()
    lines = [
        safe_text(
            _("AI register of '{title}' as of {day}", title=roadmap.title, day=format_day(as_of))
        ),
        str(r.disclaimer),
        _(
            "Dates: {adopted}; 'pending': {pending}.",
            adopted=str(r.track("adopted").label),
            pending=str(r.track("omnibus").label),
        ),
        "",
    ]
    for row in rows:
        lines += _row_text(row)
        lines.append("")
    if not rows:
        lines += [_("The roadmap has no use cases."), ""]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    rows = register_rows(roadmap, as_of)
    if args.json:
        emit(json.dumps(to_json(roadmap, as_of, rows), indent=2, ensure_ascii=True) + "\n")
    elif args.csv:
        emit(render_csv(rows))
    else:
        emit(render_text(roadmap, as_of, rows))
    return 0
