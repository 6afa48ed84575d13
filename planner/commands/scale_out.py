"""``pilot-planner scale-out FILE [--as-of DATE] [--json]``: which proven use case to spread
to which team next (issue 20).

Prints the proven rule, the use cases proven in at least one team (and why the
others are not yet), the candidates ranked by expected value with their
readiness and reasons, and the ideas backlog — the figures the Scale-out page,
the workbook's Scale-out sheet and the slide show
(:attr:`planner.evidence.figures.Figures.scale_out`). ``--json`` prints
``{"format": "pilot-planner-scale-out", "format_version": 1, "proven": [...],
"candidates": [...], "ideas": [...]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from planner.commands import (
    CommandError,
    add_language_option,
    day_argument,
    emit,
    open_roadmap,
    safe_text,
)
from planner.commands.saving import add_force, save_roadmap
from planner.edit.operations import EditError, apply
from planner.evidence.figures import Figures
from planner.evidence.forecast import format_day
from planner.i18n import _
from planner.model.entities import Roadmap
from planner.scaleout.ideas import promote
from planner.scaleout.plan import Mode, plan_candidate
from planner.scaleout.report import ScaleOut, to_json
from planner.scaleout.rule import bars, bars_text, rule_text
from planner.scaleout.text import Names, evidence_line, idea_line, summary, value_text

NAME = "scale-out"
HELP = "proven use cases and the teams to spread them to next, ranked, with the ideas backlog"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print the use cases proven in a team as of the date (live, adoption and realised "
        "value at the stage's bars, feedback not mostly negative), the teams that suffer the "
        "same friction and do not have them yet, ranked by expected value with their "
        "readiness (data, ambassador, training, register), and the ideas backlog."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    parser.add_argument(
        "--as-of",
        type=day_argument,
        default=None,
        metavar="DATE",
        help="use what was known on this date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    edit = parser.add_mutually_exclusive_group()
    edit.add_argument(
        "--plan",
        nargs=2,
        metavar=("USE_CASE", "TEAM"),
        help="plan a candidate in one step and save FILE: the use case for the team in the "
        "next stage after the current gate, an ambassador placeholder when the team has "
        "none, a training action (ids, as --json prints them)",
    )
    edit.add_argument(
        "--promote",
        metavar="IDEA",
        help="turn an entry of the ideas backlog (an idea, or feedback of kind idea) into a "
        "planned use case and save FILE",
    )
    parser.add_argument(
        "--extend",
        action="store_true",
        help="with --plan: add the team to the proven use case itself instead of a copy",
    )
    add_force(parser)
    add_language_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.extend and not args.plan:
        raise CommandError("--extend goes with --plan USE_CASE TEAM", exit_code=2)
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    done = None
    if args.plan or args.promote:
        roadmap, done = _edit(roadmap, args, as_of)
        save_roadmap(roadmap, args.file, force=args.force)
    figures = Figures(roadmap, as_of)
    report = figures.scale_out
    if args.json:
        emit(json.dumps(to_json(report), indent=2, ensure_ascii=True) + "\n")
    else:
        lines = render_text(figures, report)
        if done is not None:
            lines = [safe_text(done), "", *lines]
        emit("\n".join(lines) + "\n")
    return 0


def _edit(roadmap: Roadmap, args: argparse.Namespace, as_of: dt.date) -> tuple[Roadmap, str]:
    """The roadmap after the one edit asked for, and what was done in words."""
    try:
        if args.plan:
            use_case_id, team_id = args.plan
            mode = Mode.EXTEND if args.extend else Mode.COPY
            plan = plan_candidate(roadmap, use_case_id, team_id, as_of, mode)
            op, label = plan.op, plan.label
        else:
            promotion = promote(roadmap, args.promote, as_of)
            op, label = promotion.op, promotion.label
        edited, _inverse = apply(roadmap, op)
    except EditError as exc:
        raise CommandError([f"{args.file}: {p.message}" for p in exc.problems]) from None
    return edited, _("{edit}: saved {file}", edit=label, file=args.file)


def render_text(figures: Figures, report: ScaleOut) -> list[str]:
    names = Names.of(figures.roadmap)
    currency = figures.roadmap.currency
    lines = [
        _(
            "Scale-out of '{title}' as of {day}",
            title=safe_text(figures.roadmap.title),
            day=format_day(figures.as_of),
        ),
        summary(report),
        "",
        rule_text(),
        *(
            f"  {safe_text(bars_text(stage.name, bars(figures, stage)))}"
            for stage in figures.roadmap.stages
        ),
        "",
        _("Proven use cases"),
    ]
    lines += [f"  {safe_text(evidence_line(e, names))}" for e in report.proven] or [
        "  " + _("(none yet)")
    ]
    waiting = [e for e in report.evidence if not e.proven]
    if waiting:
        lines += ["", _("Not yet proven")]
        lines += [f"  {safe_text(evidence_line(e, names))}" for e in waiting]
    lines += ["", _("Candidates, highest expected value first")]
    for rank, c in enumerate(report.candidates, start=1):
        lines.append(
            "  "
            + _(
                "{rank}. {use_case} → {team}: {value} a year",
                rank=rank,
                use_case=safe_text(names.use_case(c.use_case_id)),
                team=safe_text(names.team(c.team_id)),
                value=value_text(c, currency),
            )
        )
        lines.append(f"     {safe_text(c.sentence())}")
    if not report.candidates:
        lines.append("  " + _("(none yet)"))
    lines += ["", _("Ideas backlog, highest score first")]
    for idea in report.ideas:
        lines.append(f"  {safe_text(idea_line(idea))}")
    if not report.ideas:
        lines.append("  " + _("(none yet)"))
    return lines
