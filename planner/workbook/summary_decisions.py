"""The Summary's decisions: reviews due, decisions taken, and the open actions under them.

Each stage under review has one line: its review's decision when one is recorded
(it counts for that review whatever day it was recorded:
:mod:`planner.evidence.decisions`), else the review as due with what the evidence
suggests. Earlier decisions follow while there is room, then the open actions,
overdue first — under the same header, one section, so the page keeps its legible
scale (the Decisions sheet has them all).
"""

from __future__ import annotations

from planner.evidence.decisions import open_actions, review_decisions
from planner.evidence.gates import StageReadiness
from planner.evidence.started import has_started
from planner.i18n import _, ngettext
from planner.model.entities import GateDecision
from planner.workbook.context import Context
from planner.workbook.one_page import Caps, Rows
from planner.workbook.style import ACTION_STATUS, DATE, NOTE, OUTCOME, Look, Tone, long_date, toned
from planner.workbook.summary_rows import (
    DONE,
    MAX_LINE,
    WIDTHS,
    detail_row,
    header,
    section,
    shortened,
)

DETAIL_WIDTH = sum(WIDTHS[3:])
"""The merged detail cell, from the fourth column to the last."""


def decisions(ctx: Context, rows: Rows, readiness: list[StageReadiness], caps: Caps) -> None:
    """One line per stage under review (its decision, else the review as due), earlier
    decisions while ``caps["decisions"]`` allows, then the open actions (overdue first)."""
    states = open_actions(ctx.roadmap, ctx.as_of)
    asked: dict[str, int] = {}
    for state in states:
        key = state.action.decision_id or ""
        asked[key] = asked.get(key, 0) + 1
    section(rows, _("Decisions due and taken, open actions"))
    header(rows, [_("Stage"), _("Decision"), _("Date"), _("Detail")], merge_from=4)
    decided = review_decisions(ctx.roadmap, ctx.as_of)
    shown: set[str] = set()
    for item in readiness:
        stage = item.stage
        decision = decided.get(stage.id)
        if decision is not None:  # listed once, as taken, whatever day it was recorded
            _taken(ctx, rows, decision, asked)
            shown.add(decision.id)
        elif (stage.gate_review is not None and stage.gate_review >= ctx.as_of
              and stage.status not in DONE):  # fmt: skip
            _due(ctx, rows, item)
            shown.add(stage.id)
    earlier = sorted(
        (d for d in ctx.roadmap.decisions if d.date <= ctx.as_of and d.id not in shown),
        key=lambda d: (-d.date.toordinal(), d.id),
    )
    for decision in earlier[: max(0, caps["decisions"] - len(shown))]:
        _taken(ctx, rows, decision, asked)
        shown.add(decision.id)
    for state in states[: caps["actions"]]:
        action = state.action
        word, tone = ACTION_STATUS["overdue" if state.overdue else "open"]
        text = (
            _("Action: {action} — {owner}", action=action.text, owner=action.owner)
            if action.owner
            else _("Action: {action}", action=action.text)
        )
        detail_row(rows, [(ctx.stage_name(action.stage_id), Look(wrap=True)),
                          (word, toned(tone)), (action.due, DATE)],
                   shortened(text, 2 * MAX_LINE), DETAIL_WIDTH)  # fmt: skip
    if len(states) > caps["actions"]:
        more = len(states) - caps["actions"]
        rows.append([(ngettext("… and {count} more open action on the Decisions sheet.",
                               "… and {count} more open actions on the Decisions sheet.",
                               more), NOTE)])  # fmt: skip
    if not shown and not states:
        rows.append([(_("No decision due or recorded, no open action."), NOTE)])


def _due(ctx: Context, rows: Rows, item: StageReadiness) -> None:
    stage = item.stage
    if has_started(stage, ctx.as_of):
        text = _(
            "Evidence suggests “{outcome}”: {why}",
            outcome=OUTCOME[item.suggested][0][2:],
            why=item.explanation,
        )
    else:
        text = _("Not started: planned to start {day}.", day=long_date(stage.planned_start))
    detail_row(rows, [(stage.name, Look(wrap=True)), (_("◆ Due"), toned(Tone.WARN)),
                      (stage.gate_review, DATE)],
               shortened(text, 2 * MAX_LINE), DETAIL_WIDTH)  # fmt: skip


def _taken(ctx: Context, rows: Rows, decision: GateDecision, asked: dict[str, int]) -> None:
    word, tone = OUTCOME[decision.outcome]
    parts = []
    if decision.review is not None and decision.review != decision.date:
        parts.append(_("Answers the gate review of {day}.", day=long_date(decision.review)))
    actions = asked.get(decision.id, 0)
    if actions:  # before the free text, which may be cut
        parts.append(ngettext("{count} action open (below).",
                              "{count} actions open (below).", actions))  # fmt: skip
    if decision.conditions:
        parts.append(_("Conditions: {text}", text=decision.conditions))
    if decision.rationale:
        parts.append(_("Rationale: {text}", text=decision.rationale))
    detail_row(rows, [(ctx.stage_name(decision.stage_id), Look(wrap=True)),
                      (word, toned(tone)), (decision.date, DATE)],
               shortened(" ".join(parts), 2 * MAX_LINE), DETAIL_WIDTH)  # fmt: skip
