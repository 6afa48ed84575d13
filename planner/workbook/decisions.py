"""The *Decisions* sheet: the gate-decision log, newest first, and under it the actions.

Each decision names the review it answers (it counts for that review whatever
day it was recorded). The actions the committee asked for — text, owner, due
date, status as of the export's date (an action closed later is still open
then; one of a decision recorded later is not there yet) — are listed under it,
open and overdue first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import zip_longest
from typing import Any

from planner.evidence.decisions import action_states
from planner.i18n import N_, _, ngettext
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, narrowed, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet
from planner.workbook.style import ACTION_STATUS, DATE, OUTCOME, SECTION, WRAP, toned
from planner.workbook.table import Column, Styled, measure, write_table

TITLE = N_("Decisions")

COLUMNS = (
    Column(N_("Date"), DATE),
    Column(N_("Stage"), max_width=26),
    Column(N_("Answers the review of"), DATE),
    Column(N_("Decision"), max_width=22),
    Column(N_("Evidence suggested"), max_width=22),
    Column(N_("Rationale"), WRAP, max_width=50),
    Column(N_("Conditions and actions"), WRAP, max_width=45),
    Column(N_("Attendees"), WRAP, max_width=35),
)

ACTION_COLUMNS = (
    Column(N_("Due"), DATE),
    Column(N_("Stage"), max_width=26),
    Column(N_("Status"), width=12),
    Column(N_("Owner"), max_width=22),
    Column(N_("Closed on"), DATE),
    Column(N_("Action"), WRAP, max_width=50),
    Column(N_("Decision of"), DATE),
)
"""Under the decisions, in the same columns: the action's text where the rationale is
(the widest, wrapping column), so the sheet prints one page wide."""


def write(ctx: Context, sheet: Sheet) -> None:
    roadmap, as_of = ctx.roadmap, ctx.as_of
    decisions = sorted(
        (d for d in roadmap.decisions if d.date <= as_of),  # later ones: not taken yet
        key=lambda d: (-d.date.toordinal(), ctx.stage_order.get(d.stage_id, 0), d.id),
    )
    states = sorted(
        action_states(roadmap, as_of),
        key=lambda s: (not s.open, not s.overdue, s.action.due is None,
                       s.action.due or as_of, s.action.id),
    )  # fmt: skip
    asked: dict[str, list[str]] = {}
    for state in states:
        asked.setdefault(state.action.decision_id or "", []).append(state.action.text)

    def rows() -> Iterator[list[Any]]:
        for decision in decisions:
            word, tone = OUTCOME[decision.outcome]
            suggested = OUTCOME[decision.suggested][0] if decision.suggested else ""
            follow_up = [decision.conditions] if decision.conditions else []
            follow_up += [f"• {text}" for text in asked.get(decision.id, [])]
            yield [
                decision.date,
                ctx.stage_name(decision.stage_id),
                decision.review,
                Styled(word, toned(tone)),
                suggested,
                decision.rationale,
                "\n".join(follow_up),
                ", ".join(decision.attendees),
            ]

    def action_rows() -> Iterator[list[Any]]:
        for state in states:
            action = state.action
            key = "overdue" if state.overdue else "open" if state.open else action.status.value
            word, tone = ACTION_STATUS[key]
            yield [
                action.due,
                ctx.stage_name(action.stage_id),
                Styled(word, toned(tone)),
                action.owner,
                None if state.open else action.closed_on,
                action.text,
                state.decision.date if state.decision else None,
            ]

    # Computed once, measured, then written.
    decision_data: list[Sequence[Any]] = list(rows())
    action_data: list[Sequence[Any]] = list(action_rows())
    # One set of column widths for both tables (the wider of the two in each column),
    # narrowed so the sheet prints one page wide with its text at 8 pt or more.
    both = [max(pair) for pair in zip_longest(measure(COLUMNS, decision_data),
                                              measure(ACTION_COLUMNS, action_data),
                                              fillvalue=0.0)]  # fmt: skip
    sheet.widths(narrowed(COLUMNS, both))
    # The title rows repeat on every page; the two tables' headers differ.
    setup(ctx, sheet, title_rows=TITLE_ROWS, freeze=f"B{TITLE_ROWS + 2}")
    open_count = sum(1 for s in states if s.open)
    detail = ngettext("{count} gate decision, newest first", "{count} gate decisions, newest first",
                      len(decisions))  # fmt: skip
    actions = ngettext("{count} action, {open} still open", "{count} actions, {open} still open",
                       len(states), open=open_count)  # fmt: skip
    title_rows(sheet, TITLE, subtitle(ctx, f"{detail}; {actions}"))
    write_table(sheet, ctx.table_name("Decisions"), COLUMNS, lambda: decision_data,
                empty_note=_("No gate decision recorded yet."))  # fmt: skip
    sheet.append([])
    sheet.append([(_("Actions asked for by the decisions, open and overdue first"), SECTION),
                  *[(None, SECTION)] * (len(COLUMNS) - 1)], height=18)  # fmt: skip
    write_table(sheet, ctx.table_name("Actions"), ACTION_COLUMNS, lambda: action_data,
                empty_note=_("No action asked for yet."))  # fmt: skip
