"""The *Decisions* sheet: the gate-decision log, newest first, and beside it the actions.

Each decision names the review it answers (it counts for that review whatever
day it was recorded). The actions the committee asked for — text, owner, due
date, status as of the export's date (an action closed later is still open
then; one of a decision recorded later is not there yet) — are listed beside,
open and overdue first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.evidence.decisions import action_states
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet
from planner.workbook.style import DATE, OUTCOME, WRAP, Tone, toned
from planner.workbook.table import Column, Styled, TableSpec, measure, write_tables

TITLE = "Decisions"
GAP = 2.0

COLUMNS = (
    Column("Date", DATE),
    Column("Stage", max_width=26),
    Column("Answers the review of", DATE),
    Column("Decision", max_width=22),
    Column("Evidence suggested", max_width=22),
    Column("Rationale", WRAP, max_width=50),
    Column("Conditions and actions", WRAP, max_width=45),
    Column("Attendees", WRAP, max_width=35),
)

ACTION_COLUMNS = (
    Column("Action", WRAP, max_width=45),
    Column("Owner", max_width=22),
    Column("Due", DATE),
    Column("Status", width=12),
    Column("Closed on", DATE),
    Column("Stage", max_width=26),
    Column("Decision of", DATE),
)


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
            if state.overdue:
                status: Any = Styled("⚠ Overdue", toned(Tone.BAD))
            elif state.open:
                status = Styled("○ Open", toned(Tone.WARN))
            else:
                status = Styled(f"✓ {action.status.value.capitalize()}", toned(Tone.GOOD))
            yield [
                action.text,
                action.owner,
                action.due,
                status,
                None if state.open else action.closed_on,
                ctx.stage_name(action.stage_id),
                state.decision.date if state.decision else None,
            ]

    first_actions = len(COLUMNS) + 2
    sheet.widths([*measure(COLUMNS, rows), GAP, *measure(ACTION_COLUMNS, action_rows)])
    setup(ctx, sheet, title_rows=TITLE_ROWS + 1, freeze=f"B{TITLE_ROWS + 2}")
    open_count = sum(1 for s in states if s.open)
    title_rows(
        sheet,
        TITLE,
        subtitle(ctx, f"{len(decisions)} gate decision{'' if len(decisions) == 1 else 's'}, "
                      f"newest first; {open_count} of {len(states)} actions open"),
    )  # fmt: skip
    write_tables(
        sheet,
        [
            TableSpec(ctx.table_name("Decisions"), COLUMNS, rows,
                      "No gate decision recorded yet."),
            TableSpec(ctx.table_name("Actions"), ACTION_COLUMNS, action_rows,
                      "No action asked for yet.", first_col=first_actions),
        ],
    )  # fmt: skip
