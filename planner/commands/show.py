"""``pilot-planner show FILE``: a readable summary of a roadmap for a terminal.

Sections: the programme, its stages (dates, status, teams, gate review,
criteria and — when gate evaluation is available — readiness), use cases per
stage with value and ROI, the costliest friction points, teams with their
ambassadors and training, data sources with readiness, open risks by score and
gate decisions. Columns are aligned with spaces; headings are bold only on a
terminal that accepts it (never when the output is piped or NO_COLOR is set).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence

from planner.commands import day_argument, emit, safe_text
from planner.commands.validate import open_roadmap
from planner.evidence import derived
from planner.evidence.figures import Figures
from planner.evidence.forecast import format_day
from planner.evidence.numbers import NumberKind, number_text, rounded
from planner.model.entities import Person, Risk, RiskStatus, Roadmap, Stage, UseCase

NAME = "show"
HELP = "print a readable summary of a roadmap"

TOP_FRICTION = 10
LIST_LIMIT = 20
"""Longest list printed per table; the rest is counted (a summary, not a dump)."""
CELL_LIMIT = 50
"""Longest text shown in a table cell; longer names are cut with an ellipsis."""
INDENT = "  "


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print a summary of a roadmap: stages and gates, use cases with value and ROI, "
        "the costliest friction points, teams and training, data readiness, risks and decisions."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    parser.add_argument(
        "--as-of",
        type=day_argument,
        metavar="DATE",
        help="evaluate gates and training as of this date, YYYY-MM-DD (default: today)",
    )


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
        _use_cases(figures),
        _friction(figures),
        _teams(figures),
        _data_sources(roadmap),
        _risks(roadmap),
        _decisions(roadmap, as_of, width),
        _checks(figures, width),
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


# ------------------------------------------------------------------ sections

Section = tuple[str, list[str]]


def _programme(roadmap: Roadmap, as_of: dt.date, width: int) -> Section:
    weeks = (roadmap.horizon_end - roadmap.horizon_start).days // 7
    rows = [
        ("Organisation", roadmap.organisation),
        ("Owner", roadmap.owner),
        ("Objective", roadmap.objective),
        ("Horizon", f"{_span(roadmap.horizon_start, roadmap.horizon_end)} ({weeks} weeks)"),
        ("As of", format_day(as_of)),
        (
            "Costing",
            f"{_money(roadmap.hourly_cost)} {roadmap.currency} an hour, "
            f"{roadmap.working_weeks} working weeks a year",
        ),
    ]
    return roadmap.title, _fields([(k, v) for k, v in rows if v], width, INDENT)


def _stages(figures: Figures, width: int) -> Section:
    roadmap = figures.roadmap
    if not roadmap.stages:
        return "Stages", [f"{INDENT}(none)"]
    teams = {t.id: t.name for t in roadmap.teams}
    readiness = _readiness(figures)
    lines: list[str] = []
    for number, stage in enumerate(roadmap.stages, start=1):
        criteria = [c for c in roadmap.criteria if c.stage_id == stage.id]
        mandatory = sum(1 for c in criteria if c.mandatory)
        dates = _span(stage.planned_start, stage.planned_end)
        if stage.actual_start is not None:
            dates += f", started {format_day(stage.actual_start)}"
        if stage.actual_end is not None:
            dates += f", ended {format_day(stage.actual_end)}"
        gate = format_day(stage.gate_review) if stage.gate_review else "no date yet"
        gate += f" · {_count(len(criteria), 'criterion', 'criteria')}"
        if criteria:
            gate += f", {mandatory} mandatory"
        ready, why = readiness.get(stage.id, ("", ""))
        rows = [
            ("Goal", stage.goal),
            ("Planned", dates),
            ("Users", _users(stage, teams)),
            ("Gate review", gate),
            ("Readiness", ready),
            ("Why", why),
        ]
        head = f"{INDENT}{number}. "
        lines.append(f"{head}{stage.name} — {_plain(stage.status)}")
        lines.extend(_fields([(k, v) for k, v in rows if v], width, " " * len(head)))
    return "Stages", lines


def _users(stage: Stage, teams: dict[str, str]) -> str:
    names = [teams.get(t, t) for t in stage.team_ids]
    text = f"{stage.target_users:,} target users" if stage.target_users else "target users not set"
    return f"{text} in {', '.join(names)}" if names else text


def _readiness(figures: Figures) -> dict[str, tuple[str, str]]:
    """Stage id → (readiness line, explanation)."""
    found: dict[str, tuple[str, str]] = {}
    for result in figures.readiness:
        if not result.total:
            continue
        text = f"{result.met} of {result.total} criteria met as of {format_day(figures.as_of)}"
        text += f" · evidence suggests: {_plain(result.suggested)}"
        found[result.stage.id] = (text, result.explanation)
    return found


def _use_cases(figures: Figures) -> Section:
    roadmap = figures.roadmap
    values = figures.tables.use_case_value
    rois = figures.tables.use_case_roi
    heading = f"Use cases (value and cost per year in {roadmap.currency})"
    if not roadmap.use_cases:
        return heading, [f"{INDENT}(none)"]
    by_stage: dict[str | None, list[UseCase]] = {}
    for uc in roadmap.use_cases:
        by_stage.setdefault(uc.stage_id, []).append(uc)
    groups = [(stage.name, by_stage.get(stage.id, [])) for stage in roadmap.stages]
    groups.append(("Not in a stage", by_stage.get(None, [])))
    lines: list[str] = []
    for name, use_cases in groups:
        if not use_cases:
            continue
        rows = [["Use case", "Status", "Progress", "Value", "Cost", "ROI"]]
        total_value = total_cost = 0.0
        for i, uc in enumerate(use_cases):
            value = values[uc.id].value_per_year
            total_value += value
            total_cost += uc.cost_per_year
            if i < LIST_LIMIT:
                ratio = rois[uc.id]
                rows.append(
                    [
                        uc.name,
                        _plain(uc.status),
                        f"{uc.progress} %",
                        _money(value),
                        _money(uc.cost_per_year),
                        _percent(ratio),
                    ]
                )
        hidden = len(use_cases) - LIST_LIMIT
        label = f"Total of {len(use_cases)}" if hidden <= 0 else f"… {hidden} more; total of all"
        ratio = (total_value - total_cost) / total_cost if total_cost > 0 else None
        rows.append([label, "", "", _money(total_value), _money(total_cost), _percent(ratio)])
        lines.append(f"{INDENT}{name}")
        lines.extend(_table(rows, right={2, 3, 4, 5}, indent=INDENT * 2))
    return heading, lines


def _percent(ratio: float | None) -> str:
    return "–" if ratio is None else f"{number_text(ratio, NumberKind.RATIO)} %"


def _friction(figures: Figures) -> Section:
    roadmap = figures.roadmap
    ranking = figures.tables.friction_ranking
    heading = f"Friction points, costliest first (cost per year in {roadmap.currency})"
    if not ranking:
        return heading, [f"{INDENT}(none)"]
    teams = {t.id: t.name for t in roadmap.teams}
    rows = [["#", "Friction point", "Team", "h/week", "People", "Cost", "Use cases"]]
    for item in ranking[:TOP_FRICTION]:
        point = item.point
        rows.append(
            [
                str(item.rank),
                point.title,
                teams.get(point.team_id or "", "–"),
                number_text(point.hours_lost_per_week, NumberKind.NUMBER),
                f"{point.people_affected:,}",
                _money(item.cost_per_year),
                str(len(item.use_cases)) if item.use_cases else "none",
            ]
        )
    lines = _table(rows, right={0, 3, 4, 5, 6}, indent=INDENT, limits={1: 42, 2: 20})
    if len(ranking) > TOP_FRICTION:
        lines.append(f"{INDENT}… and {len(ranking) - TOP_FRICTION} more friction points")
    return heading, lines


def _teams(figures: Figures) -> Section:
    roadmap, as_of = figures.roadmap, figures.as_of
    heading = f"Teams, ambassadors and training (as of {format_day(as_of)})"
    if not roadmap.teams:
        return heading, [f"{INDENT}(none)"]
    rows = [
        [
            "Team",
            "Department",
            "Headcount",
            "Ambassadors",
            "Per 100",
            "Key users trained",
            "Note",
        ]
    ]
    members: dict[str | None, list[Person]] = {}
    for person in roadmap.people:
        members.setdefault(person.team_id, []).append(person)
    for team in roadmap.teams[:LIST_LIMIT]:
        found = figures.tables.teams[team.id]
        ambassadors, per_100, coverage = (
            found.ambassadors,
            found.ambassadors_per_100,
            found.training_coverage,
        )
        trained = "no key users"
        if coverage is not None:
            shown = number_text(coverage, NumberKind.PERCENT)
            trained = f"{found.trained} of {found.key_users} ({shown} %)"
        rows.append(
            [
                team.name,
                team.department,
                f"{team.headcount:,}",
                str(ambassadors),
                "–" if per_100 is None else number_text(per_100, NumberKind.NUMBER),
                trained,
                "no ambassador" if ambassadors == 0 else "",
            ]
        )
    lines = _table(rows, right={2, 3, 4}, indent=INDENT, limits={0: 30, 1: 20})
    if len(roadmap.teams) > LIST_LIMIT:
        hidden = roadmap.teams[LIST_LIMIT:]
        alone = sum(1 for t in hidden if not any(p.is_ambassador for p in members.get(t.id, [])))
        lines.append(f"{INDENT}… and {len(hidden)} more teams ({alone} without an ambassador)")
    outside = len(members.get(None, []))
    if outside:
        lines.append(f"{INDENT}Not in a team: {_count(outside, 'person', 'people')}")
    return heading, lines


def _data_sources(roadmap: Roadmap) -> Section:
    heading = "Data sources (readiness 0–4: the weakest source limits a use case)"
    if not roadmap.data_sources:
        return heading, [f"{INDENT}(none)"]
    used_by: dict[str, int] = {}
    for uc in roadmap.use_cases:
        for source_id in uc.data_source_ids:
            used_by[source_id] = used_by.get(source_id, 0) + 1
    ordered = sorted(roadmap.data_sources, key=lambda s: (derived.data_readiness(s), s.name))
    rows = [["Data source", "Readiness", "Storage", "Access", "Governance", "Used by"]]
    for source in ordered[:LIST_LIMIT]:
        rows.append(
            [
                source.name,
                f"{derived.data_readiness(source)} of 4",
                _plain(source.storage),
                _plain(source.access),
                _plain(source.governance),
                _count(used_by.get(source.id, 0), "use case", "use cases"),
            ]
        )
    table = _table(rows, right={1}, indent=INDENT, limits={0: 40})
    return heading, table + _more(ordered, "data sources")


def _risks(roadmap: Roadmap) -> Section:
    heading = "Open risks, highest score first (likelihood × impact)"
    open_risks = [r for r in roadmap.risks if r.status is RiskStatus.OPEN]
    if not open_risks:
        closed = len(roadmap.risks)
        return heading, [
            f"{INDENT}(none open{f'; {closed} mitigated or closed' if closed else ''})"
        ]
    stages = {s.id: s.name for s in roadmap.stages}

    def score(risk: Risk) -> int:
        return risk.likelihood * risk.impact

    rows = [["Score", "Risk", "L", "I", "Stage", "Owner"]]
    ranked = sorted(open_risks, key=lambda r: (-score(r), r.title))
    for risk in ranked[:LIST_LIMIT]:
        rows.append(
            [
                str(score(risk)),
                risk.title,
                str(risk.likelihood),
                str(risk.impact),
                stages.get(risk.stage_id or "", "–"),
                risk.owner or "–",
            ]
        )
    lines = _table(rows, right={0, 2, 3}, indent=INDENT, limits={1: 44, 4: 24, 5: 24})
    lines += _more(ranked, "open risks")
    others = len(roadmap.risks) - len(open_risks)
    if others:
        lines.append(f"{INDENT}… and {_count(others, 'risk', 'risks')} mitigated or closed")
    return heading, lines


def _checks(figures: Figures, width: int) -> Section:
    findings = figures.findings
    if not findings:
        return "Method checks", [f"{INDENT}nothing to flag"]
    rows = [(str(f.severity), str(f.message)) for f in findings[:LIST_LIMIT]]
    return "Method checks", _fields(rows, width, INDENT) + _more(findings, "findings")


def _decisions(roadmap: Roadmap, as_of: dt.date, width: int) -> Section:
    known = [d for d in roadmap.decisions if d.date <= as_of]  # later ones: not taken yet
    if not known:
        return "Gate decisions", [f"{INDENT}(none yet)"]
    stages = {s.id: s.name for s in roadmap.stages}
    lines: list[str] = []
    latest = sorted(known, key=lambda d: d.date)[-LIST_LIMIT:]
    if len(known) > LIST_LIMIT:
        lines.append(f"{INDENT}… {len(known) - LIST_LIMIT} earlier decisions")
    for decision in latest:
        stage = stages.get(decision.stage_id, decision.stage_id)
        lines.append(f"{INDENT}{format_day(decision.date)}  {stage}: {_plain(decision.outcome)}")
        rows = [
            ("Rationale", decision.rationale),
            ("Conditions", decision.conditions),
            ("Attendees", ", ".join(decision.attendees)),
        ]
        lines.extend(_fields([(k, v) for k, v in rows if v], width, INDENT * 2))
    return "Gate decisions", lines


# ------------------------------------------------------------------ layout


def _more(items: Sequence[object], noun: str) -> list[str]:
    """The line counting what a table left out (none when everything is listed)."""
    hidden = len(items) - LIST_LIMIT
    return [f"{INDENT}… and {hidden} more {noun}"] if hidden > 0 else []


def _plain(value: object) -> str:
    """An enum value as words: ``go_with_conditions`` → ``go with conditions``."""
    return str(getattr(value, "value", value)).replace("_", " ")


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _money(value: float) -> str:
    return f"{rounded(value, NumberKind.MONEY):,.0f}"


def _span(start: dt.date, end: dt.date) -> str:
    return f"{format_day(start)} – {format_day(end)}"


def _display_width(text: str) -> int:
    """Columns a text takes in a terminal (wide East Asian characters count twice)."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _clip(text: str, limit: int = CELL_LIMIT) -> str:
    text = " ".join(text.split())  # a cell is one line
    if _display_width(text) <= limit:
        return text
    while _display_width(text) > limit - 1:
        text = text[:-1]
    return text.rstrip() + "…"


def _table(
    rows: Sequence[Sequence[str]],
    *,
    right: Iterable[int] = (),
    indent: str = "",
    limits: dict[int, int] | None = None,
) -> list[str]:
    """Rows of cells as aligned lines; the first row is the header.

    ``right`` lists the right-aligned (numeric) columns; ``limits`` caps the
    width of some columns (others are capped at :data:`CELL_LIMIT`).
    """
    right = set(right)
    limits = limits or {}
    cells = [[_clip(c, limits.get(i, CELL_LIMIT)) for i, c in enumerate(row)] for row in rows]
    widths = [max(_display_width(row[i]) for row in cells) for i in range(len(cells[0]))]
    lines = []
    for row in cells:
        parts = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - _display_width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        lines.append((indent + "  ".join(parts)).rstrip())
    return lines


def _fields(rows: Sequence[tuple[str, str]], width: int, indent: str) -> list[str]:
    """``Label  value`` lines, long values wrapped under themselves."""
    if not rows:
        return []
    label_width = max(len(label) for label, _ in rows)
    lines = []
    for label, value in rows:
        head = f"{indent}{label.ljust(label_width)}  "
        room = max(30, width - len(head))
        wrapped: list[str] = []
        for paragraph in value.splitlines() or [""]:
            # Continuation lines are indented under the value: a line break in a
            # typed text cannot start a line of its own; anything else is escaped.
            wrapped.extend(textwrap.wrap(safe_text(paragraph), room) or [""])
        lines.append((head + wrapped[0]).rstrip())
        lines.extend((" " * len(head) + more).rstrip() for more in wrapped[1:])
    return lines


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
