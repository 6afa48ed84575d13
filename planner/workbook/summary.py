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
from planner.evidence.started import has_started
from planner.i18n import N_, _
from planner.model.entities import Feedback, Risk, RiskStatus, StageStatus
from planner.rules.checks import WARNING
from planner.vocabulary import feedback_kind_label, sentiment_label
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
    not_started,
    risk_level,
    toned,
    value_look,
)

SHEET_TITLE = N_("Summary")
WIDTHS = (30.0, 17.0, 12.5, 12.5, 12.5, 12.0, 22.0, 52.0)
LAST = len(WIDTHS)
MAX_HEADLINES, MAX_DECISIONS, MAX_RISKS, MAX_FINDINGS = 4, 3, 3, 2
QUOTES_PER_STAGE, MAX_QUOTE = 1, 120
ROW_HEIGHT = 13.5
MAX_LINE = 58
"""About one line of the widest column."""
"""Longest text of a cell, so the page holds at a legible scale (details on the other sheets)."""
LINE_HEIGHT = 12.8
CURRENT = (StageStatus.ACTIVE, StageStatus.AT_GATE)
DONE = (StageStatus.PASSED, StageStatus.STOPPED)
WRAP_TOP = replace(WRAP, valign="top")


def _height(*texts_and_widths: tuple[str, float]) -> float:
    lines = max(text_lines(text, width) for text, width in texts_and_widths)
    return LINE_HEIGHT * lines + 0.7


def write(ctx: Context, sheet: Sheet) -> None:
    roadmap = ctx.roadmap
    sheet.widths(WIDTHS)
    setup(ctx, sheet, title_rows=2, freeze="A3", fit_height=1)
    # One line of 10-point text: rows no taller than they need keep the page legible.
    sheet.ws.set_default_row(ROW_HEIGHT)
    sheet.append([(roadmap.title, TITLE)], height=22)
    about = [roadmap.organisation, _("owner {owner}", owner=roadmap.owner) if roadmap.owner else "",
             _("steering-committee summary as of {day}", day=long_date(ctx.as_of))]  # fmt: skip
    sheet.append([(" · ".join(a for a in about if a), SUBTITLE)], height=16)
    if roadmap.objective:
        width = sum(WIDTHS[1:])
        sheet.append(
            [
                (_("Objective"), LABEL),
                (roadmap.objective, WRAP_TOP),
                *[(None, WRAP_TOP)] * (LAST - 2),
            ],
            height=_height((roadmap.objective, width)),
            merge=(2, LAST),
        )
    readiness = ctx.readiness
    _stages(sheet, readiness)
    _headlines(sheet, readiness)
    _voices(ctx, sheet, readiness)
    _decisions(ctx, sheet, readiness)
    _risks(ctx, sheet)
    _attention(ctx, sheet)


def _section(sheet: Sheet, title: str) -> None:
    sheet.append([], height=2)
    sheet.append([(title, SECTION), *[(None, SECTION)] * (LAST - 1)], height=16)


def _header(sheet: Sheet, names: Sequence[str], merge_from: int | None = None) -> None:
    items: list[Any] = [(n, HEADER) for n in names]
    items += [(None, HEADER)] * (LAST - len(items))
    # Headers that wrap (longer in French) get the lines they need.
    lines = max(text_lines(n, w) for n, w in zip(names, WIDTHS, strict=False))
    sheet.append(items, height=12.5 * lines + 2.5,
                 merge=None if merge_from is None else (merge_from, LAST))  # fmt: skip


def _stages(sheet: Sheet, readiness: list[StageReadiness]) -> None:
    _section(sheet, _("Stages and gates"))
    _header(sheet, [_("Stage"), _("Status"), _("Start"), _("End"), _("Gate review"),
                    _("Criteria met"), _("Evidence suggests"), _("Readiness")])  # fmt: skip
    if not readiness:
        sheet.append([(_("No stages yet."), NOTE)])
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
        met_text = _("{met} of {total}", met=item.met, total=item.total) + (
            "" if item.mandatory_met else " ✗"
        )
        explanation = shortened(item.explanation, MAX_LINE * 3 // 2)
        if not has_started(stage, item.as_of):  # nothing to judge yet: not a failure
            met_text, met_tone, outcome, outcome_tone = (
                not_started(),
                Tone.NEUTRAL,
                "—",
                Tone.NEUTRAL,
            )
            explanation = _(
                "Not started: planned to start {day}.", day=long_date(stage.planned_start)
            )
        sheet.append(
            [
                (stage.name, replace(BOLD, wrap=True)),
                (word, toned(tone)),
                (stage.planned_start, DATE),
                (stage.planned_end, DATE),
                (stage.gate_review, DATE),
                (met_text, toned(met_tone, Look(align="center", wrap=True))),
                (outcome, toned(outcome_tone)),
                (explanation, WRAP_TOP),
            ],
            height=_height((explanation, WIDTHS[7]), (stage.name, WIDTHS[0]),
                           (met_text, WIDTHS[5])),
        )  # fmt: skip


def _current(readiness: list[StageReadiness]) -> list[StageReadiness]:
    """The stages the committee is watching: active or at the gate, else the next one."""
    current = [r for r in readiness if r.stage.status in CURRENT]
    if not current:
        current = [r for r in readiness if r.stage.status not in DONE][:1]
    return current


def _headlines(sheet: Sheet, readiness: list[StageReadiness]) -> None:
    current = _current(readiness)
    _section(sheet, _("Headline figures of the current stages"))
    _header(sheet, [_("Measure"), _("Status"), _("Latest"), _("Weeks of data"), _("Trend"),
                    _("Expected"), _("Target"), _("Evidence")])  # fmt: skip
    shown = hidden = 0
    for item in current:
        room = MAX_HEADLINES - shown
        if not item.results:
            continue
        if room <= 0:
            hidden += len(item.results)
            continue
        sheet.append([(item.stage.name, replace(BOLD, italic=True)), *[(None, Look())] * 7])
        ranked = sorted(item.results, key=lambda r: (r.status.value == "met",
                                                     not r.criterion.mandatory))  # fmt: skip
        for result in ranked[:room]:
            sheet.append(_headline_row(result), height=_height((_evidence(result), WIDTHS[7])))
        shown += min(room, len(item.results))
        hidden += max(0, len(item.results) - room)
    if hidden:
        sheet.append([(_("… and {count} more criteria on the Gates sheet.", count=hidden), NOTE)])
    if shown == 0:
        sheet.append([(_("No gate criteria on the current stages."), NOTE)])


def _evidence(result: CriterionResult) -> str:
    if result.forecast is not None:
        return shortened(result.forecast.sentence, MAX_LINE)
    return shortened(result.sentence, MAX_LINE)


def _headline_row(result: CriterionResult) -> list[Any]:
    metric, criterion = result.metric, result.criterion
    look = value_look(metric.unit)
    word, tone = CRITERION_STATUS[str(result.status)]
    target = f"{SYMBOLS[criterion.comparator]} {format_value(criterion.threshold, metric.unit)}"
    if not criterion.mandatory:
        target = _("{target} (advisory)", target=target)
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


def shortened(text: str, limit: int) -> str:
    """One line, cut at a word with … past ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


def latest_quotes(ctx: Context, stage_id: str, limit: int) -> list[Feedback]:
    """The newest feedback with text about a stage or its use cases, up to the as-of date."""
    cases = {u.id for u in ctx.roadmap.use_cases if u.stage_id == stage_id}
    found = [
        f for f in ctx.roadmap.feedback
        if f.text and f.date <= ctx.as_of and (f.stage_id == stage_id or f.use_case_id in cases)
    ]  # fmt: skip
    return sorted(found, key=lambda f: (-f.date.toordinal(), f.id))[:limit]


def _voices(ctx: Context, sheet: Sheet, readiness: list[StageReadiness]) -> None:
    """The latest quotes of the current stages (all of them on the Feedback sheet)."""
    quotes = [(r.stage, f) for r in _current(readiness)
              for f in latest_quotes(ctx, r.stage.id, QUOTES_PER_STAGE)]  # fmt: skip
    if not quotes:
        return
    _section(sheet, _("Latest feedback from the current stages"))
    _header(sheet, [_("Stage"), _("Kind"), _("Date"), _("What was said")], merge_from=4)
    width = sum(WIDTHS[3:])
    for stage, item in quotes:
        kind = f"{feedback_kind_label(item.kind)} · {sentiment_label(item.sentiment)}"
        _detail_row(sheet, [(stage.name, Look(wrap=True)), (kind, Look(wrap=True)),
                            (item.date, DATE)],
                    f"“{shortened(item.text, MAX_QUOTE)}”", width)  # fmt: skip


def _decisions(ctx: Context, sheet: Sheet, readiness: list[StageReadiness]) -> None:
    _section(sheet, _("Decisions due and taken"))
    _header(sheet, [_("Stage"), _("Decision"), _("Date"), _("Detail")], merge_from=4)
    detail_width = sum(WIDTHS[3:])
    rows = 0
    for item in readiness:
        stage = item.stage
        if stage.gate_review is None or stage.gate_review < ctx.as_of or stage.status in DONE:
            continue
        if has_started(stage, ctx.as_of):
            text = _(
                "Evidence suggests “{outcome}”: {why}",
                outcome=OUTCOME[item.suggested][0][2:],
                why=item.explanation,
            )
        else:
            text = _("Not started: planned to start {day}.", day=long_date(stage.planned_start))
        text = shortened(text, 2 * MAX_LINE)
        _detail_row(sheet, [(stage.name, Look(wrap=True)), (_("◆ Due"), toned(Tone.WARN)),
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
            parts.append(_("Conditions: {text}", text=decision.conditions))
        if decision.rationale:
            parts.append(_("Rationale: {text}", text=decision.rationale))
        _detail_row(sheet, [(ctx.stage_name(decision.stage_id), Look(wrap=True)),
                            (word, toned(tone)), (decision.date, DATE)],
                    shortened(" ".join(parts), 2 * MAX_LINE), detail_width)  # fmt: skip
        rows += 1
    if rows == 0:
        sheet.append([(_("No decision due or recorded."), NOTE)])


def _detail_row(sheet: Sheet, lead: list[Any], text: str, width: float) -> None:
    sheet.append([*lead, (text, WRAP_TOP), *[(None, WRAP_TOP)] * (LAST - len(lead) - 1)],
                 height=_height((text, width)), merge=(len(lead) + 1, LAST))  # fmt: skip


def top_risks(risks: Sequence[Risk], limit: int) -> list[Risk]:
    open_risks = [r for r in risks if r.status is RiskStatus.OPEN]
    return sorted(open_risks, key=lambda r: (-r.likelihood * r.impact, r.title.casefold(),
                                             r.id))[:limit]  # fmt: skip


def _risks(ctx: Context, sheet: Sheet) -> None:
    risks = top_risks(ctx.roadmap.risks, MAX_RISKS)
    _section(sheet, _("Top open risks"))
    _header(sheet, [_("Risk"), _("Level"), _("Score"), _("Likelihood"), _("Impact"), _("Status"),
                    _("Owner"), _("Mitigation")])  # fmt: skip
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
                (shortened(risk.mitigation, MAX_LINE), WRAP_TOP),
            ],
            height=_height((shortened(risk.mitigation, MAX_LINE), WIDTHS[7]),
                           (risk.title, WIDTHS[0]), (risk.owner, WIDTHS[6])),
        )  # fmt: skip
    if not risks:
        sheet.append([(_("No open risks."), NOTE)])


def _attention(ctx: Context, sheet: Sheet) -> None:
    findings = sorted(ctx.findings, key=lambda f: f.severity != WARNING)
    # How many more there are goes in the title: the page keeps the same rows however
    # many findings a roadmap has (a row per finding pushed it past one legible page).
    title = _("Method checks")
    if len(findings) > MAX_FINDINGS:
        title = _(
            "Method checks: the {shown} first of {count} (the app lists them all)",
            shown=MAX_FINDINGS,
            count=len(findings),
        )
    _section(sheet, title)
    _header(sheet, [_("Check"), _("Finding")], merge_from=2)
    width = sum(WIDTHS[1:])
    for finding in findings[:MAX_FINDINGS]:
        warning = finding.severity == WARNING
        label = (_("⚠ Warning"), toned(Tone.WARN)) if warning else (_("ℹ Note"), toned(Tone.INFO))
        _detail_row(sheet, [label], shortened(finding.message, 2 * MAX_LINE), width)
    if not findings:
        sheet.append([(_("Nothing to flag."), NOTE)])
