"""``pilot-planner show FILE``: a readable summary of a roadmap for a terminal.

Sections: the programme, its stages (dates, status, teams, gate review,
criteria and — when gate evaluation is available — readiness), use cases per
stage with value and ROI, the costliest friction points, teams with their
ambassadors and training, data sources with readiness, open risks by score,
gate decisions and open actions, method checks (:mod:`planner.commands.show_lists`).
Columns are aligned with spaces; headings are bold only on a terminal that
accepts it (never when the output is piped or NO_COLOR is set). Everything is
written in the language of ``--lang`` (:mod:`planner.i18n`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys

from planner.commands import add_as_of_option, add_language_option, emit, open_roadmap
from planner.commands.show_lists import (
    Section,
    actions,
    checks,
    data_sources,
    decisions,
    friction,
    risks,
    teams,
    use_cases,
)
from planner.commands.show_words import INDENT, count, money, none, span, word
from planner.commands.text_layout import fields
from planner.evidence.figures import Figures
from planner.evidence.forecast import format_day
from planner.i18n import _, ngettext
from planner.model.entities import Roadmap, Stage

NAME = "show"
HELP = "print a readable summary of a roadmap"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print a summary of a roadmap: stages and gates, use cases with value and ROI, "
        "the costliest friction points, teams and training, data readiness, risks, decisions "
        "and open actions."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    add_as_of_option(
        parser,
        "evaluate gates and training as of this date, YYYY-MM-DD (default: today)",
    )
    add_language_option(parser)


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    bold = _wants_bold()
    emit("\n".join(render(roadmap, as_of, width=_width_of_terminal(), bold=bold)) + "\n")
    return 0


def render(roadmap: Roadmap, as_of: dt.date, *, width: int = 100, bold: bool = False) -> list[str]:
    """The summary as lines of text (no trailing newline); every figure comes from one
    :class:`planner.evidence.figures.Figures` for the as-of date."""
    figures = Figures(roadmap, as_of)
    sections = (
        _programme(roadmap, as_of, width),
        _stages(figures, width),
        use_cases(figures),
        friction(figures),
        teams(figures),
        data_sources(roadmap),
        risks(roadmap),
        decisions(roadmap, as_of, width),
        actions(roadmap, as_of),
        checks(figures, width),
    )
    lines: list[str] = []
    for heading, body in sections:
        if not heading and not body:
            continue  # a section whose module is not there
        if lines:
            lines.append("")
        if heading:
            lines.append(f"\033[1m{heading}\033[0m" if bold else heading)
        lines.extend(body)
    return lines


def _programme(roadmap: Roadmap, as_of: dt.date, width: int) -> Section:
    weeks = (roadmap.horizon_end - roadmap.horizon_start).days // 7
    horizon = span(roadmap.horizon_start, roadmap.horizon_end)
    rows = [
        (_("Organisation"), roadmap.organisation),
        (_("Owner"), roadmap.owner),
        (_("Objective"), roadmap.objective),
        (
            _("Horizon"),
            ngettext("{span} ({count} week)", "{span} ({count} weeks)", weeks, span=horizon),
        ),
        (_("As of"), format_day(as_of)),
        (
            _("Costing"),
            _(
                "{cost} {currency} an hour, {weeks} working weeks a year",
                cost=money(roadmap.hourly_cost),
                currency=roadmap.currency,
                weeks=roadmap.working_weeks,
            ),
        ),
    ]
    return roadmap.title, fields([(k, v) for k, v in rows if v], width, INDENT)


def _stages(figures: Figures, width: int) -> Section:
    roadmap = figures.roadmap
    if not roadmap.stages:
        return _("Stages"), none()
    names = {t.id: t.name for t in roadmap.teams}
    readiness = _readiness(figures)
    lines: list[str] = []
    for number, stage in enumerate(roadmap.stages, start=1):
        criteria = [c for c in roadmap.criteria if c.stage_id == stage.id]
        mandatory = sum(1 for c in criteria if c.mandatory)
        dates = span(stage.planned_start, stage.planned_end)
        if stage.actual_start is not None:
            dates = _("{dates}, started {day}", dates=dates, day=format_day(stage.actual_start))
        if stage.actual_end is not None:
            dates = _("{dates}, ended {day}", dates=dates, day=format_day(stage.actual_end))
        gate = format_day(stage.gate_review) if stage.gate_review else _("no date yet")
        gate += " · " + ngettext("{count} criterion", "{count} criteria", len(criteria))
        if criteria:
            gate += ", " + ngettext("{count} mandatory", "{count} mandatory", mandatory)
        ready, why = readiness.get(stage.id, ("", ""))
        rows = [
            (_("Goal"), stage.goal),
            (_("Dates"), dates),
            (_("Users"), _users(stage, names)),
            (_("Gate review"), gate),
            (_("Readiness"), ready),
            (_("Why"), why),
        ]
        head = f"{INDENT}{number}. "
        lines.append(f"{head}{stage.name} — {word(stage.status)}")
        lines.extend(fields([(k, v) for k, v in rows if v], width, " " * len(head)))
    return _("Stages"), lines


def _users(stage: Stage, names: dict[str, str]) -> str:
    in_teams = ", ".join(names.get(t, t) for t in stage.team_ids)
    if stage.target_users:
        users = ngettext("{shown} target user", "{shown} target users", stage.target_users,
                         shown=count(stage.target_users))  # fmt: skip
        return _("{users} in {teams}", users=users, teams=in_teams) if in_teams else users
    if in_teams:
        return _("target users not set in {teams}", teams=in_teams)
    return _("target users not set")


def _readiness(figures: Figures) -> dict[str, tuple[str, str]]:
    """Stage id → (readiness line, explanation)."""
    found: dict[str, tuple[str, str]] = {}
    for result in figures.readiness:
        if not result.total:
            continue
        text = _(
            "{met} of {total} criteria met as of {day} · evidence suggests: {outcome}",
            met=result.met,
            total=result.total,
            day=format_day(figures.as_of),
            outcome=word(result.suggested),
        )
        found[result.stage.id] = (text, result.explanation)
    return found


# ------------------------------------------------------------------ output


def _wants_bold() -> bool:
    stream = sys.stdout
    return (
        hasattr(stream, "isatty")
        and stream.isatty()
        and "NO_COLOR" not in os.environ
        and os.environ.get("TERM", "") not in ("", "dumb")
    )


def _width_of_terminal() -> int:
    return max(60, min(120, shutil.get_terminal_size((100, 24)).columns))
