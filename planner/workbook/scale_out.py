"""The *Scale-out* sheet: which proven use case to spread to which team next (issue 20).

Three tables under the rule, from the one scale-out computation
(:attr:`planner.evidence.figures.Figures.scale_out`) the app's Scale-out page
and ``pilot-planner scale-out`` show: the candidates ranked by expected value
with their readiness and reasons, the use cases proven in a team, and the ideas
backlog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from planner.i18n import N_, _
from planner.scaleout.rule import bars, bars_text, rule_text, verdict_text
from planner.scaleout.text import (
    SHOWN,
    Names,
    confidence_word,
    effort_word,
    flag_words,
    more_text,
    ready_word,
    source_word,
    summary,
)
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, narrowed, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet, text_lines
from planner.workbook.style import DATE, INT, MONEY, NOTE, PERCENT, SECTION, WRAP
from planner.workbook.table import Column, measure, write_table

TITLE = N_("Scale-out")
WIDTH = 9
"""Columns of each table: the three tables line up (names, then figures, then a sentence)."""

CANDIDATES = (
    Column(N_("Use case"), WRAP, max_width=28),
    Column(N_("Team"), max_width=18),
    Column(N_("Expected value / year"), MONEY, width=13),
    Column(N_("Ready"), width=12),
    Column(N_("Data ready"), width=10),
    Column(N_("Ambassador"), width=11),
    Column(N_("Key users trained"), width=10),
    Column(N_("Register complete"), width=10),
    Column(N_("Reasons"), WRAP, max_width=48),
)
PROVEN = (
    Column(N_("Use case"), WRAP, max_width=28),
    Column(N_("Team"), max_width=18),
    Column(N_("Active users"), PERCENT, width=13),
    Column(N_("Bar"), PERCENT, width=12),
    Column(N_("Value per seat vs price"), PERCENT, width=10),
    Column(N_("Negative feedback"), INT, width=11),
    Column(N_("Feedback"), INT, width=10),
    Column(N_("Week"), DATE, width=12),
    Column(N_("Verdict"), WRAP, max_width=48),
)
IDEAS = (
    Column(N_("Idea"), WRAP, max_width=28),
    Column(N_("Team"), max_width=18),
    Column(N_("Score"), MONEY, width=13),
    Column(N_("Friction cost / year"), MONEY, width=12),
    Column(N_("Reach (teams)"), INT, width=10),
    Column(N_("Effort"), width=11),
    Column(N_("Confidence"), width=10),
    Column(N_("From"), width=10),
    Column(N_("Friction point"), WRAP, max_width=48),
)


def write(ctx: Context, sheet: Sheet) -> None:
    figures = ctx.figures
    report = figures.scale_out
    names = Names.of(ctx.roadmap)
    candidates: list[Sequence[Any]] = []
    for c in report.candidates[:SHOWN]:
        flags = flag_words(c.flags)
        candidates.append([
            names.use_case(c.use_case_id), names.team(c.team_id), c.expected_value,
            ready_word(c), flags["data"], flags["ambassador"], flags["trained"],
            flags["register"], c.sentence(),
        ])  # fmt: skip
    proven: list[Sequence[Any]] = [
        [names.use_case(e.use_case_id), names.team(e.team_id), e.active_pct, e.bars.active_min,
         e.value_to_price_pct, e.negative, e.feedback, e.week, verdict_text(e)]
        for e in report.proven[:SHOWN]
    ]  # fmt: skip
    ideas: list[Sequence[Any]] = [
        [i.title, names.team(i.team_id), i.score, i.friction_cost, i.reach or None,
         effort_word(i.effort), confidence_word(i.confidence), source_word(i.source),
         names.friction.get(i.friction_point_id or "", "")]
        for i in report.ideas[:SHOWN]
    ]  # fmt: skip
    widths = [0.0] * WIDTH
    for columns, rows in ((CANDIDATES, candidates), (PROVEN, proven), (IDEAS, ideas)):
        for i, w in enumerate(narrowed(columns, measure(columns, rows))):
            widths[i] = max(widths[i], w)
    sheet.widths(widths)
    setup(ctx, sheet, title_rows=TITLE_ROWS, freeze=f"A{TITLE_ROWS + 1}")
    title_rows(sheet, _(TITLE), subtitle(ctx, summary(report)))
    _paragraph(sheet, rule_text(), sum(widths))
    stages = [bars_text(stage.name, bars(figures, stage)) for stage in ctx.roadmap.stages]
    if stages:
        lines = text_lines(" · ".join(stages), sum(widths))
        sheet.append([(" · ".join(stages), replace(NOTE, wrap=True))], merge=(1, WIDTH),
                     height=12.75 * lines + 2)  # fmt: skip
    _paragraph(sheet, _("Expected value = the team's headcount × what the friction costs one "
                         "person a year × the adoption reached where the use case is proven. "
                         "Idea score = friction cost per year × teams with the same friction × "
                         "confidence (low 0.5, medium 0.8, high 1) ÷ effort (small 1, medium 2, "
                         "large 4)."), sum(widths))  # fmt: skip
    _section(sheet, _("Candidates, highest expected value first"))
    write_table(sheet, ctx.table_name("ScaleOutCandidates"), CANDIDATES, lambda: candidates,
                empty_note=_("No candidate yet: no proven use case has a team with the same "
                             "friction left."))  # fmt: skip
    if more_text(len(report.candidates)):
        sheet.append([(more_text(len(report.candidates)), NOTE)], merge=(1, WIDTH))
    _section(sheet, _("Proven use cases"))
    write_table(sheet, ctx.table_name("ScaleOutProven"), PROVEN, lambda: proven,
                empty_note=_("No use case is proven in a team yet."))  # fmt: skip
    _section(sheet, _("Ideas backlog, highest score first"))
    write_table(sheet, ctx.table_name("ScaleOutIdeas"), IDEAS, lambda: ideas,
                empty_note=_("No idea in the backlog."))  # fmt: skip


def _paragraph(sheet: Sheet, text: str, width: float) -> None:
    """A wrapped note across the tables, as tall as its lines."""
    lines = text_lines(text, width)
    sheet.append([(text, replace(WRAP, border=False))], merge=(1, WIDTH), height=12.75 * lines + 2)


def _section(sheet: Sheet, title: str) -> None:
    sheet.append([], height=8)
    sheet.append([(title, SECTION), *[(None, SECTION)] * (WIDTH - 1)], height=19)
