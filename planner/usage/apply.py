"""Planning a usage import: file → populations → aggregates → one Batch of operations.

:func:`plan_import` is pure: it reads the data file (and the optional team
mapping), never writes anything, and returns the import report together with
a single :class:`planner.edit.operations.Batch` labelled "Import usage from <file>"
that the caller executes (the command line applies it and saves; the desktop
app pushes it on its undo stack). Per-user files are split into one population
per stage fed (:mod:`planner.usage.populations`), each stage's figures computed
over its own teams. The batch inserts new measurements and replaces, field by
field, those already stored for the same metric, scope, team and week, so
importing the same file twice changes nothing the second time and importing a
corrected file replaces the figures (:mod:`planner.usage.store`).

Only aggregates reach the batch: no name, e-mail address, user id or hash of
the source file is ever put into a measurement; ``source`` is neutral — the
kind of report and the import date (:func:`neutral_source`), never the file's
name. The privacy rules (:mod:`planner.usage.privacy`) hold over everything
stored for a week and scope, across imports.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path

from planner.edit import operations
from planner.edit.operations import Batch, EditError
from planner.model.entities import Metric, MetricSource, Roadmap
from planner.usage import aggregate, sources, survey, tenant
from planner.usage.aggregate import Cohorts, Quantity
from planner.usage.columnar import Progress, Shape
from planner.usage.errors import UsageImportError
from planner.usage.layouts import (
    COPILOT_TREND,
    COPILOT_USERS,
    SURVEY,
    TIDY,
    WEEKLY_ACTIONS,
    app_key,
    detect,
)
from planner.usage.populations import Plan, Population, Split, plan_populations
from planner.usage.privacy import effective_min_group
from planner.usage.readers import Limits, RawRow, RawTable, read_table
from planner.usage.report import Change, ImportReport, RowLog
from planner.usage.seats import seat_ops
from planner.usage.store import Planned, store
from planner.usage.tally import MappingTally
from planner.usage.targets import Lookup, Scope, metrics_for, read_team_mapping, scope_for_row
from planner.usage.values import DateOrder
from planner.usage.wording import mapping_warnings, neutral_source, split_notes

MAX_LISTED_IN_ERROR = 20


@dataclass(frozen=True)
class ImportOptions:
    layout: str = "auto"
    """``auto``, ``tidy``, ``copilot-trend``, ``copilot-users`` or ``weekly-actions``."""
    mapping: Mapping[str, str] = field(default_factory=dict)
    """Field → column name, for columns named differently (see :func:`layouts.parse_mapping`)."""
    teams: Path | None = None
    """A ``user,team`` file (team by id or name)."""
    stage: str | None = None
    """Stage (id or name) the figures are for; default: every running stage, each with
    the people of its own teams (:mod:`planner.usage.populations`)."""
    use_case: str | None = None
    """Use case (id or name) the figures are for, instead of a stage."""
    min_group: int | None = None
    """Privacy threshold; default the roadmap's ``min_group_size``; never below 5."""
    as_of: dt.date | None = None
    """Dates after this day are refused as in the future; default today."""
    metrics: Mapping[str, str] = field(default_factory=dict)
    """Figure (``active``, ``habitual``, ``actions``, ``power`` …) → metric id or name."""
    app: str = "any"
    """Copilot reports: which app's figures (any app by default)."""
    denominator: str = "auto"
    """``auto``, ``enabled`` or ``eligible`` (team headcount / stage target users)."""
    date_order: DateOrder | None = None
    report_date: dt.date | None = None
    """Per-user activity report: its date, when the file has no Report Refresh Date."""
    sheet: str | None = None
    skip_bad_rows: bool = False
    """Import the good rows when some are refused (default: refuse the whole file)."""
    comments: tuple[str, ...] = ()
    """Survey: free-text columns kept as feedback, without author (``*``: all); none by default."""
    limits: Limits = field(default_factory=Limits)
    engine: str = "auto"
    """How a per-user weekly CSV is read: ``auto``, ``rows`` or ``columnar``
    (:mod:`planner.usage.tenant`)."""
    progress: Progress | None = None
    """Called with (bytes read, file size) while a large file is read (from a helper thread)."""
    cancel: threading.Event | None = None
    """Set from another thread to stop reading a large file (:class:`ImportCancelled`)."""


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    batch: Batch
    """Empty (no ops) when the roadmap already holds every figure."""
    changes: tuple[Change, ...]


@dataclass
class _Run:
    """What one import learns on the way, for the report."""

    log: RowLog
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unassigned: int = 0
    split: Split | None = None
    added_metrics: list[Metric] = field(default_factory=list)
    roles: dict[str, Quantity] = field(default_factory=dict)
    withheld: dict[str, int] = field(default_factory=dict)
    """Reason → figures withheld for privacy (in the file, then against what is stored)."""
    withheld_teams: set[str] = field(default_factory=set)
    surveys: list[tuple[Scope, survey.SurveyData]] = field(default_factory=list)
    seats: dict[str, dict[dt.date, int]] = field(default_factory=dict)
    """Stage id → seats in use per week, counted in the file (planner.usage.seats)."""
    shape: Shape | None = None
    """The file, when the columnar engine reads it (planner.usage.tenant)."""


def plan_import(
    roadmap: Roadmap, data_path: str | Path, options: ImportOptions = ImportOptions()
) -> ImportResult:
    """Read a usage file and plan its measurements; raise :class:`UsageImportError` if bad."""
    path = Path(data_path)
    file_name = source_name(path)
    as_of = options.as_of or dt.date.today()
    if options.min_group is not None and options.min_group < 2:
        raise UsageImportError("the minimum group size must be at least 2")
    min_group = effective_min_group(roadmap.min_group_size, options.min_group)
    plan = plan_populations(roadmap, options.stage, options.use_case)
    teams_by_user = read_team_mapping(options.teams, roadmap) if options.teams else {}
    cap = tenant.csv_cap(options.engine, options.limits)
    table = read_table(path, options.limits, options.sheet, max_bytes=cap)
    head = list(islice(table.rows, 31))
    if not head:
        raise UsageImportError(f"{path.name} is empty (no rows)")
    match = detect(head, options.layout, options.mapping)
    run = _Run(RowLog(table.unit))
    run.shape = tenant.shape_for(path, table, match, options.engine, options.limits)
    run.notes += table.notes
    tally = MappingTally()
    ctx = sources.ReadContext(
        match=match,
        decimal=table.decimal,
        as_of=as_of,
        date_order=options.date_order,
        teams_by_user=teams_by_user,
        app=app_key(options.app),
        report_date=options.report_date,
        preamble=head[: match.head_index],
        tally=tally,
    )
    rows: Iterator[RawRow] = chain(head[match.head_index + 1 :], table.rows)
    planned = _plan(roadmap, match.layout.name, rows, ctx, plan, min_group, options, run)
    if run.log.read == 0:
        raise UsageImportError(
            f"{path.name} has column names but no data rows (header on {table.unit} "
            f"{match.header_line})"
        )
    if options.teams is not None:
        run.warnings += mapping_warnings(tally, options.teams.name)
    tally.forget()
    source = neutral_source(match.layout.title, as_of)
    names = {t.id: t.name for t in roadmap.teams}
    report = _report(file_name, source, match.layout, table, plan, run, min_group, options, names,
                     roadmap.min_group_size)  # fmt: skip
    if run.log.refused_count and not options.skip_bad_rows:
        raise UsageImportError(_refusal_lines(report), report)
    stored = store(
        roadmap, planned, source, min_group, roles=run.roles, added_metrics=run.added_metrics
    )
    notes: list[str] = []  # comments kept as feedback, seats counted in the file
    extra = [
        op
        for scope, data in run.surveys
        for op in survey.comment_ops(roadmap, data, scope, min_group, notes)
    ]
    extra += [op for stage_id, counts in run.seats.items()
              for op in seat_ops(roadmap, stage_id, counts, source, notes)]  # fmt: skip
    report = replace(report, notes=tuple(dict.fromkeys((*report.notes, *notes))))
    batch = Batch((*stored.ops, *extra), f"Import usage from {file_name}")
    try:
        operations.apply(roadmap, batch)
    except EditError as exc:
        raise UsageImportError(
            [f"the import would break the roadmap: {p}" for p in exc.problems]
        ) from None
    for reason, count in stored.withheld.items():
        run.withheld[reason] = run.withheld.get(reason, 0) + count
    run.withheld_teams |= stored.withheld_teams
    report = replace(
        report,
        figures_suppressed=sum(run.withheld.values()),
        withheld=tuple(sorted(run.withheld.items())),
        groups_suppressed=len(run.withheld_teams),
        removed=stored.removed,
    )
    return ImportResult(_with_changes(report, stored.changes), batch, tuple(stored.changes))


def source_name(path: Path) -> str:
    """The file's base name, made a valid single-line label (shown, never stored)."""
    name = re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", "_", path.name).strip()
    return name[:200] or "imported file"


def _plan(
    roadmap: Roadmap,
    layout: str,
    rows: Iterator[RawRow],
    ctx: sources.ReadContext,
    plan: Plan,
    min_group: int,
    options: ImportOptions,
    run: _Run,
) -> list[Planned]:
    if layout == TIDY.name:
        tidy = sources.read_tidy(rows, ctx, run.log)
        return _plan_tidy(roadmap, tidy, plan, run)
    team_of, unknown_teams = _team_resolver(roadmap)
    split = Split(plan)
    by_population: list[tuple[Population, Cohorts]] = []
    if layout == COPILOT_TREND.name:
        data = sources.read_trend(rows, ctx, run.log)
        population = plan.single("the daily trend counts the whole tenant, not people or teams")
        by_population.append((population, aggregate.trend_cohorts(data, min_group)))
    elif layout == COPILOT_USERS.name:
        run.split = split
        snapshot = sources.read_user_activity(rows, ctx, run.log)
        parts: list[list[sources.UserActivity]] = [[] for _ in plan.populations]
        for number, user in enumerate(snapshot.users):
            team = team_of(user.team)
            for i in split.count(number, team, foreign=team is None and bool(user.team)):
                parts[i].append(user)
        for population, users in zip(plan.populations, parts, strict=True):
            part = replace(snapshot, users=users)
            eligible = _eligible(roadmap, population.scope)
            by_population.append((population, aggregate.snapshot_cohorts(
                part, team_of, min_group, options.denominator, eligible)))  # fmt: skip
    elif layout == SURVEY.name:
        run.split = split
        answers = survey.read_survey(rows, ctx, run.log, options.comments)
        for population, found in survey.split_answers(answers, split, team_of, plan.populations):
            run.surveys.append((population.scope, found))
            by_population.append((population, survey.survey_cohorts(found, team_of, min_group)))
    elif layout == WEEKLY_ACTIONS.name and (
        columnar := tenant.weekly(
            run.shape,
            ctx,
            plan,
            team_of,
            options.limits,
            (options.progress, options.cancel),
            lambda p: (min_group, options.denominator, _eligible(roadmap, p.scope)),
        )
    ):
        run.log, run.split, split = columnar.log, columnar.split, columnar.split
        run.notes += columnar.notes
        by_population += columnar.cohorts
    elif layout == WEEKLY_ACTIONS.name:
        run.split = split
        weekly = sources.read_weekly_actions(rows, ctx, run.log)
        run.notes += weekly.notes
        first = min((r.week for r in weekly.rows), default=None)
        split_rows: list[list[sources.UserWeek]] = [[] for _ in plan.populations]
        for row in weekly.rows:
            team = team_of(row.team)
            for i in split.count(row.user, team, foreign=team is None and bool(row.team)):
                split_rows[i].append(row)
        for population, part_rows in zip(plan.populations, split_rows, strict=True):
            eligible = _eligible(roadmap, population.scope)
            by_population.append((population, aggregate.weekly_cohorts(
                part_rows, team_of, min_group, options.denominator, eligible, first)))  # fmt: skip
    else:  # pragma: no cover - detect() only returns known layouts
        raise UsageImportError(f"unknown layout {layout}")
    run.seats = {p.scope.stage_id: c.seats() for p, c in by_population if p.scope.stage_id}
    run.notes += split_notes(split, plan, {t.id: t.name for t in roadmap.teams})
    if unknown_teams:
        shown = ", ".join(f"'{u}'" for u in sorted(unknown_teams)[:5])
        run.warnings.append(
            f"{len(unknown_teams)} team value(s) match no team of the roadmap ({shown}"
            f"{'…' if len(unknown_teams) > 5 else ''}): those people are outside the "
            "programme"
        )
    return _plan_figures(roadmap, by_population, options, run)


# ---------------------------------------------------------------- tidy rows


def _plan_tidy(
    roadmap: Roadmap, rows: list[sources.TidyRow], plan: Plan, run: _Run
) -> list[Planned]:
    metrics = Lookup(roadmap.metrics)
    teams = Lookup(roadmap.teams)
    planned: list[Planned] = []
    seen: dict[tuple[object, ...], int] = {}
    default: Scope | None = None
    for row in rows:
        metric = metrics.find(row.metric)
        problem = ""
        if metric is None:
            problem = f"unknown metric '{row.metric}' (metrics: {metrics.names()})"
        elif metric.source is not MetricSource.MEASURED:
            problem = f"metric '{metric.name}' is computed from the roadmap, not imported"
        else:
            problem = _out_of_range(metric, row.value)
        if not problem and row.scope:
            stage_id, use_case_id, problem = scope_for_row(roadmap, row.scope)
        elif not problem:
            if default is None:
                default = plan.single("the table has rows without a scope").scope
            stage_id, use_case_id = default.stage_id, default.use_case_id
        team = teams.find(row.team) if row.team else None
        if not problem and row.team and team is None:
            problem = f"unknown team '{row.team}' (teams: {teams.names()})"
        if problem or metric is None:
            run.log.refuse(row.line, problem)
            continue
        item = Planned(metric, stage_id, use_case_id, team.id if team else None, row.week,
                       row.value, row.sample_size)  # fmt: skip
        first = seen.get(item.key())
        if first is not None:
            run.log.refuse(row.line, f"same metric, scope, team and week as {run.log.unit} {first}")
            continue
        seen[item.key()] = row.line
        planned.append(item)
    return planned


def _out_of_range(metric: Metric, value: float) -> str:
    if metric.min_value is not None and value < metric.min_value:
        return f"value {value:g} is below the minimum of '{metric.name}' ({metric.min_value:g})"
    if metric.max_value is not None and value > metric.max_value:
        return f"value {value:g} is above the maximum of '{metric.name}' ({metric.max_value:g})"
    return ""


# ------------------------------------------------------------ cohort figures


def _team_resolver(roadmap: Roadmap) -> tuple[aggregate.TeamOf, set[str]]:
    """Team label → team id (by id or name), remembering labels that match no team."""
    teams = Lookup(roadmap.teams)
    unknown: set[str] = set()
    cache: dict[str, str | None] = {}

    def team_of(label: str | None) -> str | None:
        if label is None:
            return None
        if label not in cache:
            team = teams.find(label)
            cache[label] = team.id if team else None
            if team is None:
                unknown.add(label)
        return cache[label]

    return team_of, unknown


def _eligible(roadmap: Roadmap, scope: Scope) -> aggregate.Eligible:
    headcount = {t.id: t.headcount for t in roadmap.teams}

    def eligible(team_id: str | None) -> int:
        if team_id is not None:
            return headcount.get(team_id, 0)
        return scope.target_users or sum(headcount.get(t, 0) for t in scope.team_ids)

    return eligible


def _plan_figures(
    roadmap: Roadmap,
    by_population: list[tuple[Population, Cohorts]],
    options: ImportOptions,
    run: _Run,
) -> list[Planned]:
    for _population, cohorts in by_population:
        run.notes += cohorts.notes
        run.warnings += cohorts.warnings
        run.unassigned = max(run.unassigned, cohorts.unassigned_users)
        for reason, count in cohorts.reasons.items():
            run.withheld[reason] = run.withheld.get(reason, 0) + count
        run.withheld_teams |= {f.team_id for f in cohorts.suppressed if f.team_id is not None}
    everything = [f for _, c in by_population for f in (*c.figures, *c.suppressed)]
    if everything and not any(c.figures for _, c in by_population):
        run.warnings.append(
            "nothing could be stored: every group in the file is smaller than the minimum "
            "group size, or would reveal one"
        )
    order = list(Quantity).index
    produced = sorted({f.quantity for _, c in by_population for f in c.figures}, key=order)
    chosen, added = metrics_for(roadmap, options.metrics, produced)
    run.added_metrics = added
    run.roles = {metric.id: quantity for quantity, metric in chosen.items()}
    if added:
        names = ", ".join(f"'{m.name}'" for m in added)
        run.notes.append(f"standard metrics added to the roadmap for the funnel: {names}")
    if produced:
        run.notes.append(
            "figures → metrics: "
            + "; ".join(f"{aggregate.QUANTITY_LABELS[q]} → '{chosen[q].name}'" for q in produced)
        )
    planned: list[Planned] = []
    for population, cohorts in by_population:
        scope = population.scope
        for figure in cohorts.figures:
            metric = chosen[figure.quantity]
            figure = survey.in_metric_units(metric, figure)
            problem = _out_of_range(metric, figure.value)
            if problem:
                run.warnings.append(f"week of {figure.week.isoformat()}: {problem}; not stored")
                continue
            planned.append(Planned(metric, scope.stage_id, scope.use_case_id, figure.team_id,
                                   figure.week, figure.value, figure.sample_size))  # fmt: skip
    return planned


# ------------------------------------------------------------------- report


def _report(
    file_name: str,
    source: str,
    layout: object,
    table: RawTable,
    plan: Plan,
    run: _Run,
    min_group: int,
    options: ImportOptions,
    teams_names: dict[str, str],
    roadmap_min_group: int,
) -> ImportReport:
    log = run.log
    split = run.split
    return ImportReport(
        source=file_name,
        stored_source=source,
        layout=getattr(layout, "name", ""),
        layout_title=getattr(layout, "title", ""),
        file_format=table.describe(),
        scope=plan.label,
        rows_read=log.read,
        rows_used=log.used,
        rows_refused=log.refused_count,
        refused=tuple(log.refused),
        min_group=min_group,
        min_group_asked=min(a for a in (options.min_group, roadmap_min_group) if a is not None),
        unassigned_users=run.unassigned,
        populations=tuple(split.lines(teams_names)) if split is not None else (),
        outside_people=split.outside.size if split is not None else 0,
        outside_rows=split.outside.rows if split is not None else 0,
        no_team_people=split.no_team.size if split is not None else 0,
        skipped_stages=plan.skipped,
        notes=tuple(dict.fromkeys(run.notes)),
        warnings=tuple(dict.fromkeys(run.warnings)),
    )


def _with_changes(report: ImportReport, changes: list[Change]) -> ImportReport:
    added = [c for c in changes if c.action == "add"]
    replaced = [c for c in changes if c.action == "replace"]
    removed = [c for c in changes if c.action == "remove"]
    return replace(
        report,
        added=len(added),
        replaced=len(replaced),
        unchanged=len(changes) - len(added) - len(replaced) - len(removed),
        weeks_added=tuple(sorted({c.week for c in added})),
        weeks_replaced=tuple(sorted({c.week for c in replaced})),
    )


def _refusal_lines(report: ImportReport) -> list[str]:
    lines = [
        f"{report.rows_refused:,} of {report.rows_read:,} rows of {report.source} were refused; "
        "nothing was imported:"
    ]
    lines += [f"  {row}" for row in report.refused[:MAX_LISTED_IN_ERROR]]
    if report.rows_refused > MAX_LISTED_IN_ERROR:
        lines.append(f"  … and {report.rows_refused - MAX_LISTED_IN_ERROR:,} more")
    lines.append("fix the file, or import the other rows with --skip-bad-rows")
    return lines
