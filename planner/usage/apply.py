"""Planning a usage import: file → aggregates → one Batch of roadmap operations.

:func:`plan_import` is pure: it reads the data file (and the optional team
mapping), never writes anything, and returns the import report together with
a single :class:`planner.edit.operations.Batch` labelled "Import usage from <file>"
that the caller executes (the command line applies it and saves; the desktop
app pushes it on its undo stack). The batch inserts new measurements and
replaces, field by field, those already stored for the same metric, scope,
team and week, so importing the same file twice changes nothing the second
time and importing a corrected file replaces the figures.

Only aggregates reach the batch: no name, e-mail address, user id or hash of
the source file is ever put into a measurement; ``source`` is the file's base
name. Figures over fewer people than the privacy threshold are not stored.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import chain, islice
from pathlib import Path
from typing import Literal

from planner.edit import operations
from planner.edit.operations import Batch, EditError, Insert, Op, SetField
from planner.model.entities import Measurement, Metric, MetricSource, Roadmap
from planner.model.ids import new_id
from planner.usage import aggregate, sources, survey
from planner.usage.aggregate import QUANTITY_LABELS, Cohorts, Figure, Quantity
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
from planner.usage.readers import Limits, RawRow, RawTable, read_table
from planner.usage.report import Change, ImportReport, RowLog
from planner.usage.targets import (
    Lookup,
    Scope,
    metrics_for,
    read_team_mapping,
    resolve_scope,
    scope_for_row,
)
from planner.usage.values import DateOrder
from planner.value.seats import seat_ops

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
    """Stage (id or name) the figures are for; default the active stage, else the first."""
    use_case: str | None = None
    """Use case (id or name) the figures are for, instead of a stage."""
    min_group: int | None = None
    """Privacy threshold; default the roadmap's ``min_group_size``."""
    as_of: dt.date | None = None
    """Dates after this day are refused as in the future; default today."""
    metrics: Mapping[str, str] = field(default_factory=dict)
    """Quantity (``active``, ``habitual``, ``actions``) → metric id or name."""
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
    comments: tuple[str, ...] = ()  # survey: free-text columns kept as feedback (*: all)
    limits: Limits = field(default_factory=Limits)


@dataclass(frozen=True)
class ImportResult:
    report: ImportReport
    batch: Batch
    """Empty (no ops) when the roadmap already holds every figure."""
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class _Planned:
    metric: Metric
    stage_id: str | None
    use_case_id: str | None
    team_id: str | None
    week: dt.date
    value: float
    sample_size: int | None

    def key(self) -> tuple[str, str | None, str | None, str | None, dt.date]:
        return (self.metric.id, self.stage_id, self.use_case_id, self.team_id, self.week)


@dataclass
class _Run:
    """What one import learns on the way, for the report."""

    log: RowLog
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    suppressed: list[tuple[str | None, dt.date]] = field(default_factory=list)
    unassigned: int = 0
    survey: survey.SurveyData | None = None
    seats: dict[dt.date, int] = field(default_factory=dict)


def plan_import(
    roadmap: Roadmap, data_path: str | Path, options: ImportOptions = ImportOptions()
) -> ImportResult:
    """Read a usage file and plan its measurements; raise :class:`UsageImportError` if bad."""
    path = Path(data_path)
    source = source_name(path)
    as_of = options.as_of or dt.date.today()
    min_group = options.min_group if options.min_group is not None else roadmap.min_group_size
    if min_group < 2:
        raise UsageImportError("the minimum group size must be at least 2")
    scope = resolve_scope(roadmap, options.stage, options.use_case)
    teams_by_user = read_team_mapping(options.teams, roadmap) if options.teams else {}
    table = read_table(path, options.limits, options.sheet)
    head = list(islice(table.rows, 31))
    if not head:
        raise UsageImportError(f"{path.name} is empty (no rows)")
    match = detect(head, options.layout, options.mapping)
    run = _Run(RowLog(table.unit))
    run.notes += table.notes
    ctx = sources.ReadContext(
        match=match,
        decimal=table.decimal,
        as_of=as_of,
        date_order=options.date_order,
        teams_by_user=teams_by_user,
        app=app_key(options.app),
        report_date=options.report_date,
        preamble=head[: match.head_index],
    )
    rows: Iterator[RawRow] = chain(head[match.head_index + 1 :], table.rows)
    planned = _plan(roadmap, match.layout.name, rows, ctx, scope, min_group, options, run)
    if run.log.read == 0:
        raise UsageImportError(
            f"{path.name} has column names but no data rows (header on {table.unit} "
            f"{match.header_line})"
        )
    extra = survey.comment_ops(roadmap, run.survey, scope, min_group, run.notes)
    extra += seat_ops(roadmap, scope.stage_id, run.seats, source, run.notes)
    report = _report(source, match.layout.name, match.layout.title, table, scope, run, min_group)
    if run.log.refused_count and not options.skip_bad_rows:
        raise UsageImportError(_refusal_lines(report), report)
    changes, ops = _operations(roadmap, planned, source)
    ops += extra
    batch = Batch(tuple(ops), f"Import usage from {source}")
    try:
        operations.apply(roadmap, batch)
    except EditError as exc:
        raise UsageImportError(
            [f"the import would break the roadmap: {p}" for p in exc.problems]
        ) from None
    return ImportResult(_with_changes(report, changes), batch, tuple(changes))


def source_name(path: Path) -> str:
    """The file's base name, made a valid single-line label."""
    name = re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", "_", path.name).strip()
    return name[:200] or "imported file"


def _plan(
    roadmap: Roadmap,
    layout: str,
    rows: Iterator[RawRow],
    ctx: sources.ReadContext,
    scope: Scope,
    min_group: int,
    options: ImportOptions,
    run: _Run,
) -> list[_Planned]:
    if layout == TIDY.name:
        tidy = sources.read_tidy(rows, ctx, run.log)
        return _plan_tidy(roadmap, tidy, scope, min_group, run)
    team_of, unknown_teams = _team_resolver(roadmap)
    eligible = _eligible(roadmap, scope)
    cohorts: Cohorts
    if layout == COPILOT_TREND.name:
        cohorts = aggregate.trend_cohorts(sources.read_trend(rows, ctx, run.log), min_group)
    elif layout == COPILOT_USERS.name:
        snapshot = sources.read_user_activity(rows, ctx, run.log)
        cohorts = aggregate.snapshot_cohorts(
            snapshot, team_of, min_group, options.denominator, eligible
        )
    elif layout == SURVEY.name:
        run.survey = survey.read_survey(rows, ctx, run.log, options.comments)
        cohorts = survey.survey_cohorts(run.survey, team_of, min_group)
    elif layout == WEEKLY_ACTIONS.name:
        weekly = sources.read_weekly_actions(rows, ctx, run.log)
        run.notes += weekly.notes
        cohorts = aggregate.weekly_cohorts(
            weekly.rows, team_of, min_group, options.denominator, eligible
        )
    else:  # pragma: no cover - detect() only returns known layouts
        raise UsageImportError(f"unknown layout {layout}")
    if unknown_teams:
        shown = ", ".join(f"'{u}'" for u in sorted(unknown_teams)[:5])
        run.warnings.append(
            f"{len(unknown_teams)} team value(s) match no team of the roadmap ({shown}"
            f"{'…' if len(unknown_teams) > 5 else ''}): those people count in the total only"
        )
    run.seats = cohorts.seats()
    return _plan_figures(roadmap, cohorts, scope, options, run)


# ---------------------------------------------------------------- tidy rows


def _plan_tidy(
    roadmap: Roadmap, rows: list[sources.TidyRow], scope: Scope, min_group: int, run: _Run
) -> list[_Planned]:
    metrics = Lookup(roadmap.metrics)
    teams = Lookup(roadmap.teams)
    planned: list[_Planned] = []
    seen: dict[tuple[object, ...], int] = {}
    for row in rows:
        metric = metrics.find(row.metric)
        problem = ""
        if metric is None:
            problem = f"unknown metric '{row.metric}' (metrics: {metrics.names()})"
        elif metric.source is not MetricSource.MEASURED:
            problem = f"metric '{metric.name}' is computed from the roadmap, not imported"
        else:
            problem = _out_of_range(metric, row.value)
        stage_id, use_case_id = scope.stage_id, scope.use_case_id
        if not problem and row.scope:
            stage_id, use_case_id, problem = scope_for_row(roadmap, row.scope)
        team = teams.find(row.team) if row.team else None
        if not problem and row.team and team is None:
            problem = f"unknown team '{row.team}' (teams: {teams.names()})"
        if problem or metric is None:
            run.log.refuse(row.line, problem)
            continue
        item = _Planned(
            metric,
            stage_id,
            use_case_id,
            team.id if team else None,
            row.week,
            row.value,
            row.sample_size,
        )
        first = seen.get(item.key())
        if first is not None:
            run.log.refuse(row.line, f"same metric, scope, team and week as {run.log.unit} {first}")
            continue
        seen[item.key()] = row.line
        size = (
            row.sample_size if row.sample_size is not None else (team.headcount if team else None)
        )
        if team is not None and size is not None and size < min_group:
            run.suppressed.append((team.id, row.week))
            continue
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
    roadmap: Roadmap, cohorts: Cohorts, scope: Scope, options: ImportOptions, run: _Run
) -> list[_Planned]:
    run.notes += cohorts.notes
    run.warnings += cohorts.warnings
    run.unassigned = cohorts.unassigned_users
    run.suppressed += [(f.team_id, f.week) for f in cohorts.suppressed]
    if cohorts.suppressed and not cohorts.figures:
        run.warnings.append(
            "nothing could be stored: every group in the file is smaller than the minimum "
            "group size"
        )
    produced = sorted({f.quantity for f in cohorts.figures}, key=list(Quantity).index)
    chosen, warnings = metrics_for(roadmap, options.metrics, produced)
    run.warnings += warnings
    if produced and not any(q in chosen for q in produced):
        raise UsageImportError(
            [
                "the roadmap has no metric to store these figures in: "
                + ", ".join(QUANTITY_LABELS[q] for q in produced),
                "add a measured metric (e.g. 'Weekly active users', unit %, kind adoption) or "
                "choose one with --metric active=METRIC",
            ]
        )
    for quantity in produced:
        if quantity in chosen:
            run.notes.append(f"{QUANTITY_LABELS[quantity]} → metric '{chosen[quantity].name}'")
    outside = {t for f in cohorts.figures if (t := f.team_id) and t not in scope.team_ids}
    if outside and scope.team_ids:
        names = {t.id: t.name for t in roadmap.teams}
        run.warnings.append(
            f"team(s) not in {scope.label}: {', '.join(sorted(names[t] for t in outside))} "
            "(their figures are stored anyway)"
        )
    planned: list[_Planned] = []
    for figure in cohorts.figures:
        metric = chosen.get(figure.quantity)
        if metric is None:
            continue
        figure = survey.in_metric_units(metric, figure)
        problem = _out_of_range(metric, figure.value)
        if problem:
            run.warnings.append(f"week of {figure.week.isoformat()}: {problem}; not stored")
            continue
        planned.append(_planned(metric, scope, figure))
    return planned


def _planned(metric: Metric, scope: Scope, figure: Figure) -> _Planned:
    return _Planned(
        metric,
        scope.stage_id,
        scope.use_case_id,
        figure.team_id,
        figure.week,
        figure.value,
        figure.sample_size,
    )


# --------------------------------------------------------------- operations


def _operations(
    roadmap: Roadmap, planned: list[_Planned], source: str
) -> tuple[list[Change], list[Op]]:
    existing = {
        (m.metric_id, m.stage_id, m.use_case_id, m.team_id, m.week): m for m in roadmap.measurements
    }
    taken = {m.id for m in roadmap.measurements}
    names = _names(roadmap)
    changes: list[Change] = []
    ops: list[Op] = []
    for item in sorted(planned, key=lambda p: (p.week, p.metric.id, p.team_id or "")):
        scope_name = names.get(item.stage_id or item.use_case_id or "", "?")
        team_name = names.get(item.team_id) if item.team_id else None
        old = existing.get(item.key())
        action: Literal["add", "replace", "same"]
        if old is None:
            measurement = Measurement(
                id=new_id("measurement", taken),
                metric_id=item.metric.id,
                stage_id=item.stage_id,
                use_case_id=item.use_case_id,
                team_id=item.team_id,
                week=item.week,
                value=item.value,
                sample_size=item.sample_size,
                source=source,
            )
            taken.add(measurement.id)
            ops.append(Insert("measurement", -1, measurement))
            action = "add"
        else:
            wanted = {"value": item.value, "sample_size": item.sample_size, "source": source}
            edits = [
                SetField("measurement", old.id, name, value)
                for name, value in wanted.items()
                if getattr(old, name) != value
            ]
            ops += edits
            action = "replace" if edits else "same"
        changes.append(
            Change(
                action,
                item.metric.name,
                scope_name,
                team_name,
                item.week,
                item.value,
                item.sample_size,
                None if old is None else old.value,
            )
        )
    return changes, ops


def _names(roadmap: Roadmap) -> dict[str, str]:
    names = {s.id: s.name for s in roadmap.stages}
    names.update({u.id: u.name for u in roadmap.use_cases})
    names.update({t.id: t.name for t in roadmap.teams})
    return names


# ------------------------------------------------------------------- report


def _report(
    source: str,
    layout: str,
    title: str,
    table: RawTable,
    scope: Scope,
    run: _Run,
    min_group: int,
) -> ImportReport:
    log = run.log
    return ImportReport(
        source=source,
        layout=layout,
        layout_title=title,
        file_format=table.describe(),
        scope=scope.label,
        rows_read=log.read,
        rows_used=log.used,
        rows_refused=log.refused_count,
        refused=tuple(log.refused),
        min_group=min_group,
        groups_suppressed=len({team for team, _ in run.suppressed}),
        figures_suppressed=len(run.suppressed),
        unassigned_users=run.unassigned,
        notes=tuple(dict.fromkeys(run.notes)),
        warnings=tuple(dict.fromkeys(run.warnings)),
    )


def _with_changes(report: ImportReport, changes: list[Change]) -> ImportReport:
    added = [c for c in changes if c.action == "add"]
    replaced = [c for c in changes if c.action == "replace"]
    return replace(
        report,
        added=len(added),
        replaced=len(replaced),
        unchanged=len(changes) - len(added) - len(replaced),
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
