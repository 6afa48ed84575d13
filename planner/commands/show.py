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
import importlib
import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from planner import derived
from planner.commands.validate import open_roadmap
from planner.forecast import format_day, format_number
from planner.model import Risk, RiskStatus, Roadmap, Stage, UseCase

NAME = "show"
HELP = "print a readable summary of a roadmap"

TOP_FRICTION = 10
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
        type=_iso_date,
        metavar="DATE",
        help="evaluate gates and training as of this date, YYYY-MM-DD (default: today)",
    )


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    bold = _wants_bold()
    _emit("\n".join(render(roadmap, as_of, width=_width_of_terminal(), bold=bold)) + "\n")
    return 0


def render(roadmap: Roadmap, as_of: dt.date, *, width: int = 100, bold: bool = False) -> list[str]:
    """The summary as lines of text (no trailing newline)."""
    sections = (
        _programme(roadmap, as_of, width),
        _stages(roadmap, as_of, width),
        _use_cases(roadmap),
        _friction(roadmap),
        _teams(roadmap, as_of),
        _data_sources(roadmap),
        _risks(roadmap),
        _decisions(roadmap, width),
        _checks(roadmap, as_of, width),
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


def _stages(roadmap: Roadmap, as_of: dt.date, width: int) -> Section:
    if not roadmap.stages:
        return "Stages", [f"{INDENT}(none)"]
    teams = {t.id: t.name for t in roadmap.teams}
    readiness = _readiness(roadmap, as_of)
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


def _optional(module: str) -> Any:
    """A planner module written alongside this one; None while it is not there."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def _readiness(roadmap: Roadmap, as_of: dt.date) -> dict[str, tuple[str, str]]:
    """Stage id → (readiness line, explanation), when gate evaluation is available."""
    gates = _optional("planner.gates")
    if gates is None:
        return {}
    found: dict[str, tuple[str, str]] = {}
    for stage, result in zip(roadmap.stages, gates.evaluate_all(roadmap, as_of), strict=False):
        if not result.total:
            continue
        text = f"{result.met} of {result.total} criteria met as of {format_day(as_of)}"
        text += f" · evidence suggests: {_plain(result.suggested)}"
        found[stage.id] = (text, str(getattr(result, "explanation", "")))
    return found


def _use_cases(roadmap: Roadmap) -> Section:
    heading = f"Use cases (value and cost per year in {roadmap.currency})"
    if not roadmap.use_cases:
        return heading, [f"{INDENT}(none)"]
    groups: list[tuple[str, list[UseCase]]] = [
        (stage.name, [uc for uc in roadmap.use_cases if uc.stage_id == stage.id])
        for stage in roadmap.stages
    ]
    groups.append(("Not in a stage", [uc for uc in roadmap.use_cases if uc.stage_id is None]))
    lines: list[str] = []
    header = ["Use case", "Status", "Progress", "Value", "Cost", "ROI"]
    for name, use_cases in groups:
        if not use_cases:
            continue
        rows = [header]
        for uc in use_cases:
            value = derived.use_case_value(roadmap, uc)
            ratio = derived.roi(roadmap, uc)
            rows.append(
                [
                    uc.name,
                    _plain(uc.status),
                    f"{uc.progress} %",
                    _money(value.value_per_year),
                    _money(uc.cost_per_year),
                    "–" if ratio is None else f"{ratio * 100:,.0f} %",
                ]
            )
        lines.append(f"{INDENT}{name}")
        lines.extend(_table(rows, right={2, 3, 4, 5}, indent=INDENT * 2))
    return heading, lines


def _friction(roadmap: Roadmap) -> Section:
    ranking = derived.friction_ranking(roadmap)
    heading = f"Friction points, costliest first (cost per year in {roadmap.currency})"
    if not ranking:
        return heading, [f"{INDENT}(none)"]
    teams = {t.id: t.name for t in roadmap.teams}
    rows = [
        ["#", "Friction point", "Team", "Hours/week", "People", "Hours/year", "Cost", "Use cases"]
    ]
    for item in ranking[:TOP_FRICTION]:
        point = item.point
        rows.append(
            [
                str(item.rank),
                point.title,
                teams.get(point.team_id or "", "–"),
                format_number(point.hours_lost_per_week),
                f"{point.people_affected:,}",
                _money(item.hours_per_year),
                _money(item.cost_per_year),
                str(len(item.use_cases)) if item.use_cases else "none",
            ]
        )
    lines = _table(rows, right={0, 3, 4, 5, 6, 7}, indent=INDENT)
    if len(ranking) > TOP_FRICTION:
        lines.append(f"{INDENT}… and {len(ranking) - TOP_FRICTION} more")
    return heading, lines


def _teams(roadmap: Roadmap, as_of: dt.date) -> Section:
    heading = f"Teams, ambassadors and training (as of {format_day(as_of)})"
    if not roadmap.teams:
        return heading, [f"{INDENT}(none)"]
    rows = [
        [
            "Team",
            "Department",
            "Headcount",
            "People",
            "Ambassadors",
            "Per 100",
            "Key users trained",
            "Note",
        ]
    ]
    for team in roadmap.teams:
        people = [p for p in roadmap.people if p.team_id == team.id]
        ambassadors = sum(1 for p in people if p.is_ambassador)
        per_100 = derived.ambassadors_per_100(roadmap, [team.id])
        key_users = sum(1 for p in people if p.is_key_user)
        coverage = derived.training_coverage(roadmap, [team.id], as_of)
        trained = "no key users"
        if coverage is not None:
            trained = f"{round(coverage * key_users / 100)} of {key_users} ({coverage:.0f} %)"
        rows.append(
            [
                team.name,
                team.department,
                f"{team.headcount:,}",
                str(len(people)),
                str(ambassadors),
                "–" if per_100 is None else format_number(per_100),
                trained,
                "no ambassador" if ambassadors == 0 else "",
            ]
        )
    lines = _table(rows, right={2, 3, 4, 5}, indent=INDENT)
    outside = sum(1 for p in roadmap.people if p.team_id is None)
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
    rows = [
        ["Data source", "Readiness", "Storage", "Access", "Governance", "Sensitivity", "Used by"]
    ]
    for source in ordered:
        rows.append(
            [
                source.name,
                f"{derived.data_readiness(source)} of 4",
                _plain(source.storage),
                _plain(source.access),
                _plain(source.governance),
                _plain(source.sensitivity),
                _count(used_by.get(source.id, 0), "use case", "use cases"),
            ]
        )
    return heading, _table(rows, right={1}, indent=INDENT)


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
    for risk in sorted(open_risks, key=lambda r: (-score(r), r.title)):
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
    lines = _table(rows, right={0, 2, 3}, indent=INDENT)
    others = len(roadmap.risks) - len(open_risks)
    if others:
        lines.append(f"{INDENT}… and {_count(others, 'risk', 'risks')} mitigated or closed")
    return heading, lines


def _checks(roadmap: Roadmap, as_of: dt.date, width: int) -> Section:
    checks = _optional("planner.checks")
    if checks is None:
        return "", []
    findings = checks.method_checks(roadmap, as_of)
    if not findings:
        return "Method checks", [f"{INDENT}nothing to flag"]
    rows = [(str(f.severity), str(f.message)) for f in findings]
    return "Method checks", _fields(rows, width, INDENT)


def _decisions(roadmap: Roadmap, width: int) -> Section:
    if not roadmap.decisions:
        return "Gate decisions", [f"{INDENT}(none yet)"]
    stages = {s.id: s.name for s in roadmap.stages}
    lines: list[str] = []
    for decision in sorted(roadmap.decisions, key=lambda d: d.date):
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


def _plain(value: object) -> str:
    """An enum value as words: ``go_with_conditions`` → ``go with conditions``."""
    return str(getattr(value, "value", value)).replace("_", " ")


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _money(value: float) -> str:
    return f"{value:,.0f}"


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
    rows: Sequence[Sequence[str]], *, right: Iterable[int] = (), indent: str = ""
) -> list[str]:
    """Rows of cells as aligned lines; the first row is the header."""
    right = set(right)
    cells = [[_clip(c) for c in row] for row in rows]
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
            wrapped.extend(textwrap.wrap(paragraph, room) or [""])
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


def _emit(text: str) -> None:
    """Print without failing on a console that cannot show every character."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (| head): not an error. Silence the final flush too.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
