"""``pilot-planner import-usage FILE DATA``: add weekly usage figures from a report.

Reads a usage file (CSV or XLSX: a tidy table, a Microsoft 365 Copilot usage
export, per-user weekly action counts, a survey export), stores aggregates only as weekly
measurements of a stage (or use case), saves the roadmap atomically and
prints the import report. ``--dry-run`` prints the report and writes nothing.
On any error the roadmap file is left exactly as it was.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from planner.commands import (
    CommandError,
    add_as_of_option,
    add_language_option,
    day_argument,
    open_roadmap,
    progress,
)
from planner.commands.saving import add_force, refuse_if_open, save_roadmap
from planner.commands.terminal import say
from planner.edit import operations
from planner.file import lineage
from planner.i18n import _
from planner.numbers import grouped_text
from planner.usage import (
    LAYOUTS,
    ImportCancelled,
    ImportOptions,
    UsageImportError,
    parse_mapping,
    plan_import,
)
from planner.usage.tenant import ENGINES

NAME = "import-usage"
HELP = "add weekly usage figures from a usage report (CSV or XLSX)"


MAX_MIN_GROUP = 10_000
"""As the roadmap's ``min_group_size`` allows."""


def _group_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:  # also a number beyond Python's 4,300 digits
        raise argparse.ArgumentTypeError(_("'{text}' is not a whole number", text=text)) from None
    if value < 2:
        raise argparse.ArgumentTypeError(_("the minimum group size must be at least 2"))
    if value > MAX_MIN_GROUP:  # the roadmap file's own bound
        raise argparse.ArgumentTypeError(
            _("the minimum group size must be at most {most}", most=grouped_text(MAX_MIN_GROUP))
        )
    return value


def _metric(text: str) -> tuple[str, str]:
    key, sep, metric = text.partition("=")
    if not sep or not key.strip() or not metric.strip():
        raise argparse.ArgumentTypeError(
            f"'{text}' is not FIGURE=METRIC (e.g. active='Weekly active users')"
        )
    return key.strip(), metric.strip()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Import usage data into a roadmap as weekly measurements. Understands a tidy table "
        "(week, metric, scope, value), the Microsoft 365 Copilot usage exports (daily "
        "user-count trend; per-user activity), per-user weekly action counts (Viva "
        "Insights) and survey exports from a forms tool (agreement questions → satisfaction, "
        "minutes saved per day). A per-user file feeds every running stage, each over the "
        "people of its own teams (the report lists people and rows per stage and team, and "
        "those outside the programme); --stage or --use-case restricts it. Only aggregates "
        "are stored; groups smaller than the minimum group size (never below 5), and figures "
        "that would reveal one, are not."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    parser.add_argument("data", metavar="DATA", help="the usage file (.csv or .xlsx)")
    parser.add_argument(
        "--layout",
        choices=("auto", *LAYOUTS),
        default="auto",
        help="the kind of usage file (default: recognised from its column names)",
    )
    parser.add_argument(
        "--mapping",
        metavar="SPEC|FILE",
        help="columns named differently: field=column,… (e.g. week=Semaine,metric=Indicateur,"
        "value=Valeur) or a file of field=column lines",
    )
    parser.add_argument(
        "--teams",
        metavar="MAPPING.csv",
        help="a user,team file assigning people to teams (team by id or name)",
    )
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument(
        "--stage",
        metavar="ID|NAME",
        help="only this stage: its teams and the people with no team (default: every running "
        "stage, each over its own teams)",
    )
    scope.add_argument("--use-case", metavar="ID|NAME", help="use case the figures are for")
    parser.add_argument(
        "--min-group",
        type=_group_size,
        metavar="N",
        help="do not store figures over fewer than N people (default: the roadmap's setting; "
        "never below 5)",
    )
    add_as_of_option(
        parser,
        "dates after this day are refused as in the future (default: today)",
    )
    parser.add_argument(
        "--metric",
        type=_metric,
        action="append",
        default=[],
        metavar="FIGURE=METRIC",
        help="store a computed figure (active, habitual, power, novice, low, actions, licensed, "
        "retained, new, lapsed, reactivated, satisfaction, minutes) in this metric (id or name)",
    )
    parser.add_argument(
        "--app",
        default="any",
        metavar="APP",
        help="Copilot reports: import this app's figures (Teams, Word, …; default: any app)",
    )
    parser.add_argument(
        "--denominator",
        choices=("auto", "enabled", "eligible"),
        default="auto",
        help="active users as %% of enabled people (in the file) or of eligible people "
        "(team headcount, stage target users); default: enabled when the file has them",
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        default=None,
        help="how to read dates like 02/03/2026 (default: day first unless the column shows "
        "otherwise)",
    )
    parser.add_argument(
        "--report-date",
        type=day_argument,
        metavar="DATE",
        help="per-user activity report without a Report Refresh Date: the day it was taken",
    )
    parser.add_argument("--sheet", metavar="NAME", help="XLSX: the sheet to read")
    add_force(parser)
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows when some are refused (default: refuse the whole file)",
    )
    parser.add_argument(
        "--comments",
        action="append",
        default=[],
        metavar="COLUMN",
        help="survey: also import this free-text column's comments as feedback, without author "
        "or team ('all' for every free-text column); by default comments are not imported",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the report only; write nothing"
    )
    parser.add_argument(
        "--progress",
        action="store_true",
        help="report the progress of a large import on stderr even when it is not a terminal "
        "(on a terminal it is shown anyway)",
    )
    # How a per-user weekly CSV is read (planner.usage.tenant): for tests and benchmarks.
    parser.add_argument("--engine", choices=ENGINES, default="auto", help=argparse.SUPPRESS)
    add_language_option(parser)


def options_from(args: argparse.Namespace) -> ImportOptions:
    try:
        mapping = parse_mapping(args.mapping) if args.mapping else {}
    except UsageImportError as exc:
        raise CommandError(exc.lines) from None
    return ImportOptions(
        layout=args.layout,
        mapping=mapping,
        teams=Path(args.teams) if args.teams else None,
        stage=args.stage,
        use_case=args.use_case,
        min_group=args.min_group,
        as_of=args.as_of,
        metrics=dict(args.metric),
        app=args.app,
        denominator=args.denominator,
        date_order=args.date_order,
        report_date=args.report_date,
        sheet=args.sheet,
        skip_bad_rows=args.skip_bad_rows,
        comments=tuple("*" if c.strip().casefold() == "all" else c for c in args.comments),
        engine=args.engine,
    )


def run(args: argparse.Namespace) -> int:
    if not args.dry_run:
        refuse_if_open(args.file, force=args.force)
    roadmap = open_roadmap(args.file)
    shown = progress.Reporter.for_stderr(Path(args.data).name, forced=args.progress)
    options = replace(options_from(args), progress=shown.update if shown else None)
    try:
        result = plan_import(roadmap, args.data, options)
    except UsageImportError as exc:
        raise CommandError([f"{Path(args.data).name}: {line}" for line in exc.lines]) from None
    except (KeyboardInterrupt, ImportCancelled):
        raise CommandError(_("Import cancelled: nothing was written."), exit_code=130) from None
    finally:
        if shown:
            shown.close()
    for line in result.report.lines():
        say(line)
    if args.dry_run:
        say(_("Dry run: nothing was written."))
        return 0
    if not result.batch.ops:
        say(_("Nothing to change: {file} already holds these figures.", file=args.file))
        return 0
    try:
        changed, _inverse = operations.apply(roadmap, result.batch)
    except operations.EditError as exc:
        raise CommandError(p.message for p in exc.problems) from None
    save_roadmap(lineage.next_revision(changed), args.file, force=args.force)
    say(_("Saved {file}.", file=args.file))
    return 0
