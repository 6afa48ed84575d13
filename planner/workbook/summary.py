"""The *Summary* sheet: the programme on one landscape page.

Objective, each stage with its status, dates, gate readiness and the outcome
the evidence suggests, the headline figures of the current stages, decisions
due and taken, the top risks and what the method checks flag. Lists are
capped so the page stays one page; the other sheets hold everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from planner.evidence.gates import SYMBOLS, CriterionResult, StageReadiness, format_value
from planner.model.entities import Risk, RiskStatus, StageStatus
from planner.rules.checks import WARNING
from planner.workbook.context import Context
from planner.workbook.layout import setup
from planner.workbook.sheet import Sheet, text_lines
from planner.workbook.style import (
    BOLD,
    CRITERION_STATUS,
    DATE,
    HEADER,
    INT,
    LABEL,
    NOTE,
    OUTCOME,
    RISK_STATUS,
    SECTION,
    STAGE_STATUS,
    SUBTITLE,
    TITLE,
    TREND,
    WRAP,
    Look,
    Tone,
    long_date,
    risk_level,
    toned,
    value_look,
)

SHEET_TITLE = "Summary"
WIDTHS = (30.0, 17.0, 12.5, 12.5, 12.5, 12.0, 22.0, 52.0)
LAST = len(WIDTHS)
MAX_HEADLINES, MAX_DECISIONS, MAX_RISKS, MAX_FINDINGS = 8, 5, 5, 6
LINE_HEIGHT = 12.8
CURRENT = (StageStatus.ACTIVE, StageStatus.AT_GATE)
DONE = (StageStatus.PASSED, StageStatus.STOPPED)
WRAP_TOP = replace(WRAP, valign="top")


def _height(*texts_and_widths: tuple[str, float]) -> float:
    lines = max(text_lines(text, width) for text, width in texts_and_widths)
    return LINE_HEIGHT * lines + 3


def write(ctx: Context, sheet: Sheet) -> None:
    roadmap = ctx.roadmap
    sheet.widths(WIDTHS)
    setup(ctx, sheet, title_rows=2, freeze="A3", fit_height=1)
    sheet.append([(roadmap.title, TITLE)], height=26)
    about = [roadmap.organisation, f"owner {roadmap.owner}" if roadmap.owner else "",
             f"steering-committee summary as of {long_date(ctx.as_of)}"]  # fmt: skip
    sheet.append([(" · ".join(a for a in about if a), SUBTITLE)], height=16)
    if roadmap.objective:
        width = sum(WIDTHS[1:])
        sheet.append(
            [("Objective", LABEL), (roadmap.objective, WRAP_TOP), *[(None, WRAP_TOP)] * (LAST - 2)],
            height=_height((roadmap.objective, width)),
            merge=(2, LAST),
        )
    readiness = ctx.readiness
    _stages(sheet, readiness)
    _headlines(sheet, readiness)
    _decisions(ctx, sheet, readiness)
    _risks(ctx, sheet)
    _attention(ctx, sheet)


def _section(sheet: Sheet, title: str) -> None:
    sheet.append([])
    sheet.append([(title, SECTION), *[(None, SECTION)] * (LAST - 1)], height=19)


def _header(sheet: Sheet, names: Sequence[str], merge_from: int | None = None) -> None:
    items: list[Any] = [(n, HEADER) for n in names]
    items += [(None, HEADER)] * (LAST - len(items))
    sheet.append(items, height=17, merge=None if merge_from is None else (merge_from, LAST))


def _stages(sheet: Sheet, readiness: list[StageReadiness]) -> None:
    _section(sheet, "Stages and gates")
    _header(sheet, ["Stage", "Status", "Start", "End", "Gate review", "Criteria met",
                    "Evidence suggests", "Readiness"])  # fmt: skip
    if not readiness:
        sheet.append([("No stages yet.", NOTE)])
    for item in readiness:
        stage = item.stage
        word, tone = STAGE_STATUS[stage.status]
        outcome, outcome_tone = OUTCOME[item.suggested]
        met_tone = (
            Tone.NEUTRAL if item.total == 0
            else Tone.GOOD if item.met == item.total
            else Tone.WARN if item.mandatory_met
            else Tone.BAD
        )  # fmt: skip
        met_text = f"{item.met} of {item.total}" + ("" if item.mandatory_met else " ✗")
        sheet.append(
            [
                (stage.name, replace(BOLD, wrap=True)),
                (word, toned(tone)),
                (stage.planned_start, DATE),
                (stage.planned_end, DATE),
                (stage.gate_review, DATE),
                (met_text, toned(met_tone, Look(align="center"))),
                (outcome, toned(outcome_tone)),
                (item.explanation, WRAP_TOP),
            ],
            height=_height((item.explanation, WIDTHS[7]), (stage.name, WIDTHS[0])),
        )


def _current(readiness: list[StageReadiness]) -> list[StageReadiness]:
    """The stages the committee is watching: active or at the gate, else the next one."""
    current = [r for r in readiness if r.stage.status in CURRENT]
    if not current:
        current = [r for r in readiness if r.stage.status not in DONE][:1]
    return current


def _headlines(sheet: Sheet, readiness: list[StageReadiness]) -> None:
    current = _current(readiness)
    _section(sheet, "Headline figures of the current stages")
    _header(sheet, ["Measure", "Status", "Latest", "Weeks of data", "Trend", "Expected",
                    "Target", "Evidence"])  # fmt: skip
    shown = hidden = 0
    for item in current:
        room = MAX_HEADLINES - shown
        if not item.results:
            continue
        if room <= 0:
            hidden += len(item.results)
            continue
        sheet.append([(item.stage.name, replace(BOLD, italic=True)), *[(None, Look())] * 7])
        for result in item.results[:room]:
            sheet.append(_headline_row(result), height=_height((_evidence(result), WIDTHS[7])))
        shown += min(room, len(item.results))
        hidden += max(0, len(item.results) - room)
    if hidden:
        sheet.append([(f"… and {hidden} more criteria on the Gates sheet.", NOTE)])
    if shown == 0:
        sheet.append([("No gate criteria on the current stages.", NOTE)])


def _evidence(result: CriterionResult) -> str:
    if result.forecast is not None:
        return f"{result.sentence}; forecast: {result.forecast.sentence}"
    return result.sentence


def _headline_row(result: CriterionResult) -> list[Any]:
    metric, criterion = result.metric, result.criterion
    look = value_look(metric.unit)
    word, tone = CRITERION_STATUS[str(result.status)]
    target = f"{SYMBOLS[criterion.comparator]} {format_value(criterion.threshold, metric.unit)}"
    if not criterion.mandatory:
        target += " (advisory)"
    expected = result.forecast.expected if result.forecast else None
    return [
        (metric.name, Look(indent=1, wrap=True)),
        (word, toned(tone)),
        (result.value, look),
        (result.weeks_of_data, INT),
        (TREND[str(result.trend)], Look()),
        (expected, DATE),
        (target, Look()),
        (_evidence(result), WRAP_TOP),
    ]


def _decisions(ctx: Context, sheet: Sheet, readiness: list[StageReadiness]) -> None:
    _section(sheet, "Decisions due and taken")
    _header(sheet, ["Stage", "Decision", "Date", "Detail"], merge_from=4)
    detail_width = sum(WIDTHS[3:])
    rows = 0
    for item in readiness:
        stage = item.stage
        if stage.gate_review is None or stage.gate_review < ctx.as_of or stage.status in DONE:
            continue
        text = f"Evidence suggests “{OUTCOME[item.suggested][0][2:]}”: {item.explanation}"
        _detail_row(sheet, [(stage.name, Look(wrap=True)), ("◆ Due", toned(Tone.WARN)),
                            (stage.gate_review, DATE)], text, detail_width)  # fmt: skip
        rows += 1
    taken = sorted(
        (d for d in ctx.roadmap.decisions if d.date <= ctx.as_of),
        key=lambda d: (-d.date.toordinal(), d.id),
    )
    for decision in taken[: max(0, MAX_DECISIONS - rows)]:
        word, tone = OUTCOME[decision.outcome]
        parts = []
        if decision.conditions:
            parts.append(f"Conditions: {decision.conditions}")
        if decision.rationale:
            parts.append(f"Rationale: {decision.rationale}")
        _detail_row(sheet, [(ctx.stage_name(decision.stage_id), Look(wrap=True)),
                            (word, toned(tone)), (decision.date, DATE)],
                    " ".join(parts), detail_width)  # fmt: skip
        rows += 1
    if rows == 0:
        sheet.append([("No decision due or recorded.", NOTE)])


def _detail_row(sheet: Sheet, lead: list[Any], text: str, width: float) -> None:
    sheet.append([*lead, (text, WRAP_TOP), *[(None, WRAP_TOP)] * (LAST - len(lead) - 1)],
                 height=_height((text, width)), merge=(len(lead) + 1, LAST))  # fmt: skip


def top_risks(risks: Sequence[Risk], limit: int) -> list[Risk]:
    open_risks = [r for r in risks if r.status is RiskStatus.OPEN]
    return sorted(open_risks, key=lambda r: (-r.likelihood * r.impact, r.title.casefold(),
                                             r.id))[:limit]  # fmt: skip


def _risks(ctx: Context, sheet: Sheet) -> None:
    risks = top_risks(ctx.roadmap.risks, MAX_RISKS)
    _section(sheet, "Top open risks")
    _header(sheet, ["Risk", "Level", "Score", "Likelihood", "Impact", "Status", "Owner",
                    "Mitigation"])  # fmt: skip
    for risk in risks:
        score = risk.likelihood * risk.impact
        word, tone = risk_level(score)
        sheet.append(
            [
                (risk.title, Look(wrap=True)),
                (word, toned(tone)),
                (score, INT),
                (risk.likelihood, INT),
                (risk.impact, INT),
                (RISK_STATUS[risk.status], Look()),
                (risk.owner, Look(wrap=True)),
                (risk.mitigation, WRAP_TOP),
            ],
            height=_height((risk.mitigation, WIDTHS[7]), (risk.title, WIDTHS[0]),
                           (risk.owner, WIDTHS[6])),
        )  # fmt: skip
    if not risks:
        sheet.append([("No open risks.", NOTE)])


def _attention(ctx: Context, sheet: Sheet) -> None:
    findings = sorted(ctx.findings, key=lambda f: f.severity != WARNING)
    _section(sheet, "Method checks")
    _header(sheet, ["Check", "Finding"], merge_from=2)
    width = sum(WIDTHS[1:])
    for finding in findings[:MAX_FINDINGS]:
        warning = finding.severity == WARNING
        label = ("⚠ Warning", toned(Tone.WARN)) if warning else ("ℹ Note", toned(Tone.INFO))
        _detail_row(sheet, [label], finding.message, width)
    if len(findings) > MAX_FINDINGS:
        more = len(findings) - MAX_FINDINGS
        sheet.append([(f"… and {more} more; the app lists them all.", NOTE)])
    if not findings:
        sheet.append([("Nothing to flag.", NOTE)])
