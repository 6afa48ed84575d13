"""The *Summary* sheet: the programme on one landscape page.

Objective, each stage with its status, dates, gate readiness and the outcome
the evidence suggests, the headline figures of the current stages, decisions
due and taken (a review decided counts once, as taken, whatever day its
decision was recorded: :mod:`planner.evidence.decisions`) and under them the
open actions (overdue first), the top risks and what the method checks flag. Lists are
capped so the page stays one page; the other sheets hold everything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from planner.evidence.checks import WARNING
from planner.evidence.gates import SYMBOLS, CriterionResult, StageReadiness, format_value
from planner.evidence.started import has_started
from planner.i18n import N_, _, ngettext
from planner.model.entities import Feedback, Risk, RiskStatus, StageStatus
from planner.value import text as t
from planner.value.compute import Status
from planner.value.report import StageFigures
from planner.vocabulary import feedback_kind_label, sentiment_label
from planner.workbook.context import Context
from planner.workbook.layout import setup
from planner.workbook.one_page import Caps, Rows, fitted
from planner.workbook.sheet import Sheet
from planner.workbook.style import (
    BOLD,
    CRITERION_STATUS,
    DATE,
    INT,
    LABEL,
    MONEY,
    MONEY_CENTS,
    NOTE,
    OUTCOME,
    RISK_STATUS,
    STAGE_STATUS,
    SUBTITLE,
    TITLE,
    TREND,
    Look,
    Tone,
    long_date,
    not_started,
    risk_level,
    toned,
    value_look,
)
from planner.workbook.summary_decisions import decisions
from planner.workbook.summary_rows import (
    DONE,
    LAST,
    MAX_LINE,
    ROW_HEIGHT,
    WIDTHS,
    WRAP_TOP,
    detail_row,
    header,
    height,
    section,
    shortened,
)

SHEET_TITLE = N_("Summary")
MOST = {"headlines": 4, "quotes": 3, "decisions": 3, "actions": 3, "risks": 3, "findings": 3}
"""The longest each list of the page may be; they give way in turn (this order) while the
page is too tall to print at a legible scale (:mod:`planner.workbook.one_page`)."""
GIVE_WAY = ("findings", "risks", "headlines", "quotes", "actions", "decisions")
QUOTES_PER_STAGE, MAX_QUOTE = 1, 120
CURRENT = (StageStatus.ACTIVE, StageStatus.AT_GATE, StageStatus.ON_HOLD)


def write(ctx: Context, sheet: Sheet) -> None:
    sheet.widths(WIDTHS)
    setup(ctx, sheet, title_rows=2, freeze="A3", fit_height=1)
    # One line of 10-point text: rows no taller than they need keep the page legible.
    sheet.ws.set_default_row(ROW_HEIGHT)
    caps = Caps(dict(MOST), {}, GIVE_WAY)
    fitted(lambda rows, caps: _content(ctx, rows, caps), caps, ROW_HEIGHT).write(sheet)


def _content(ctx: Context, rows: Rows, caps: Caps) -> None:
    roadmap = ctx.roadmap
    rows.append([(roadmap.title, TITLE)], height=22)
    about = [roadmap.organisation, _("owner {owner}", owner=roadmap.owner) if roadmap.owner else "",
             _("steering-committee summary as of {day}", day=long_date(ctx.as_of))]  # fmt: skip
    rows.append([(" · ".join(a for a in about if a), SUBTITLE)], height=16)
    if roadmap.objective:
        width = sum(WIDTHS[1:])
        rows.append(
            [
                (_("Objective"), LABEL),
                (roadmap.objective, WRAP_TOP),
                *[(None, WRAP_TOP)] * (LAST - 2),
            ],
            height=height((roadmap.objective, width)),
            merge=(2, LAST),
        )
    readiness = ctx.readiness
    _stages(rows, readiness)
    _headlines(rows, readiness, caps["headlines"])
    _value(ctx, rows)
    _voices(ctx, rows, readiness, caps["quotes"])
    decisions(ctx, rows, readiness, caps)
    _risks(ctx, rows, caps["risks"])
    _attention(ctx, rows, caps["findings"])


def _stages(rows: Rows, readiness: list[StageReadiness]) -> None:
    section(rows, _("Stages and gates"))
    header(rows, [_("Stage"), _("Status"), _("Start"), _("End"), _("Gate review"),
                    _("Criteria met"), _("Evidence suggests"), _("Readiness")])  # fmt: skip
    if not readiness:
        rows.append([(_("No stages yet."), NOTE)])
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
        rows.append(
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
            height=height((explanation, WIDTHS[7]), (stage.name, WIDTHS[0]),
                           (met_text, WIDTHS[5])),
        )  # fmt: skip


def _current(readiness: list[StageReadiness]) -> list[StageReadiness]:
    """The stages the committee is watching: active or at the gate, else the next one."""
    current = [r for r in readiness if r.stage.status in CURRENT]
    if not current:
        current = [r for r in readiness if r.stage.status not in DONE][:1]
    return current


def _headlines(rows: Rows, readiness: list[StageReadiness], most: int) -> None:
    current = _current(readiness)
    section(rows, _("Headline figures of the current stages"))
    header(rows, [_("Measure"), _("Status"), _("Value"), _("Weeks of data"), _("Trend"),
                    _("Expected"), _("Target"), _("Evidence")])  # fmt: skip
    shown = hidden = 0
    for item in current:
        room = most - shown
        if not item.results:
            continue
        if room <= 0:
            hidden += len(item.results)
            continue
        rows.append([(item.stage.name, replace(BOLD, italic=True)), *[(None, Look())] * 7])
        ranked = sorted(item.results, key=lambda r: (r.status.value == "met",
                                                     not r.criterion.mandatory))  # fmt: skip
        for result in ranked[:room]:
            rows.append(_headline_row(result), height=height((_evidence(result), WIDTHS[7])))
        shown += min(room, len(item.results))
        hidden += max(0, len(item.results) - room)
    if hidden:
        rows.append([(_("… and {count} more criteria on the Gates sheet.", count=hidden), NOTE)])
    if shown == 0:
        rows.append([(_("No gate criteria on the current stages."), NOTE)])


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


def _value(ctx: Context, rows: Rows) -> None:
    """Money figures per stage, one line each, from the value report (the Value sheet has
    the detail, the assumptions and the full sentences)."""
    report = ctx.value
    section(rows, _("Value against cost ({currency}; expected value a year; detail on the Value "
                     "sheet)", currency=report.currency))  # fmt: skip
    header(rows, [_("Stage"), _("Usage data"), _("Expected value"), _("Realised"),
                   _("Cost"), _("Net value"), _("Per seat a month"),
                   _("Value per seat against price; payback")])  # fmt: skip
    for stage in report.stages:
        payback = t.payback_text(stage.payback) if stage.payback is not None else ""
        if stage.value_to_price is not None:  # what a seat brings against its price, first
            payback = _("{share} of the price; payback {when}",
                        share=t.percent(stage.value_to_price), when=payback)  # fmt: skip
        payback = shortened(payback, MAX_LINE - 6)
        rows.append(
            [
                (stage.name, Look(wrap=True)),
                (_usage_data(stage), Look(wrap=True)),
                (stage.expected_value_per_year, MONEY),
                (stage.realised_value, MONEY),
                (stage.cost, MONEY),
                (stage.net_value, MONEY),
                (stage.value_per_seat_month, MONEY_CENTS),
                (payback, WRAP_TOP),
            ],
            height=height((payback, WIDTHS[7]), (stage.name, WIDTHS[0])),
        )
    if not report.stages:
        rows.append([(_("No stages yet."), NOTE)])


def _usage_data(stage: StageFigures) -> str:
    """The weeks of usage data in a few words (the Value sheet says why in full)."""
    if stage.status is Status.NO_USAGE:
        return _("none yet")
    if stage.status is Status.TOO_EARLY:
        return _("{weeks} of {needed} weeks", weeks=stage.weeks_of_data, needed=stage.min_weeks)
    if stage.status is Status.NO_HOURS:
        return _("no hours saved")
    return ngettext("{count} week", "{count} weeks", stage.weeks_of_data)


def latest_quotes(ctx: Context, stage_id: str, limit: int) -> list[Feedback]:
    """The newest feedback with text about a stage or its use cases, up to the as-of date."""
    return ctx.quotes.get(stage_id, [])[:limit]


def _voices(ctx: Context, rows: Rows, readiness: list[StageReadiness], most: int) -> None:
    """The latest quotes of the current stages (all of them on the Feedback sheet)."""
    quotes = [(r.stage, f) for r in _current(readiness)
              for f in latest_quotes(ctx, r.stage.id, QUOTES_PER_STAGE)][:most]  # fmt: skip
    if not quotes:
        return
    section(rows, _("Latest feedback from the current stages"))
    header(rows, [_("Stage"), _("Kind"), _("Date"), _("What was said")], merge_from=4)
    width = sum(WIDTHS[3:])
    for stage, item in quotes:
        kind = f"{feedback_kind_label(item.kind)} · {sentiment_label(item.sentiment)}"
        detail_row(rows, [(stage.name, Look(wrap=True)), (kind, Look(wrap=True)),
                            (item.date, DATE)],
                    _("“{text}”", text=shortened(item.text, MAX_QUOTE)), width)  # fmt: skip


def top_risks(risks: Sequence[Risk], limit: int) -> list[Risk]:
    open_risks = [r for r in risks if r.status is RiskStatus.OPEN]
    return sorted(open_risks, key=lambda r: (-r.likelihood * r.impact, r.title.casefold(),
                                             r.id))[:limit]  # fmt: skip


def _risks(ctx: Context, rows: Rows, most: int) -> None:
    risks = top_risks(ctx.roadmap.risks, most)
    section(rows, _("Top open risks"))
    header(rows, [_("Risk"), _("Level"), _("Score"), _("Likelihood"), _("Impact"), _("Status"),
                    _("Owner"), _("Mitigation")])  # fmt: skip
    for risk in risks:
        score = risk.likelihood * risk.impact
        word, tone = risk_level(score)
        rows.append(
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
            height=height((shortened(risk.mitigation, MAX_LINE), WIDTHS[7]),
                           (risk.title, WIDTHS[0]), (risk.owner, WIDTHS[6])),
        )  # fmt: skip
    if not risks:
        rows.append([(_("No open risks."), NOTE)])


def _attention(ctx: Context, rows: Rows, most: int) -> None:
    # Overdue actions are listed with the decisions above.
    findings = sorted((f for f in ctx.findings if f.kind != "action"),
                      key=lambda f: f.severity != WARNING)  # fmt: skip
    # How many more there are goes in the title, not in a row of its own.
    title = _("Method checks")
    if len(findings) > most:
        title = ngettext(
            "Method checks: {count} of {total} shown (the app lists them all)",
            "Method checks: {count} of {total} shown (the app lists them all)",
            most,
            total=len(findings),
        )
    section(rows, title)
    header(rows, [_("Check"), _("Finding")], merge_from=2)
    width = sum(WIDTHS[1:])
    for finding in findings[:most]:
        warning = finding.severity == WARNING
        label = (_("⚠ Warning"), toned(Tone.WARN)) if warning else (_("ℹ Note"), toned(Tone.INFO))
        detail_row(rows, [label], shortened(finding.message, 2 * MAX_LINE), width)
    if not findings:
        rows.append([(_("Nothing to flag."), NOTE)])
