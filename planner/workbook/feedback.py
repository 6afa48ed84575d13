"""The *Feedback* sheet: what people said about the pilots, newest first.

Date, stage, use case, team, kind, sentiment and text of every piece of
feedback recorded up to the as-of date. The roadmap stores no author, so none
is shown: a quote reaches the committee without a name.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.model.entities import Sentiment
from planner.vocabulary import feedback_kind_label, sentiment_label
from planner.workbook.context import Context
from planner.workbook.layout import table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import DATE, WRAP, Tone, toned
from planner.workbook.table import Column, Styled

TITLE = N_("Feedback")
TONES = {Sentiment.POSITIVE: Tone.GOOD, Sentiment.NEUTRAL: Tone.NEUTRAL,
         Sentiment.NEGATIVE: Tone.BAD}  # fmt: skip

COLUMNS = (
    Column(N_("Date"), DATE),
    Column(N_("Stage"), max_width=24),
    Column(N_("Use case"), max_width=28),
    Column(N_("Team"), max_width=20),
    Column(N_("Kind"), max_width=14),
    Column(N_("Sentiment"), max_width=12),
    Column(N_("Text"), WRAP, width=60),
)


def write(ctx: Context, sheet: Sheet) -> None:
    items = sorted(
        (f for f in ctx.roadmap.feedback if f.date <= ctx.as_of),
        key=lambda f: (-f.date.toordinal(), f.id),
    )
    use_cases = ctx.use_cases

    def rows() -> Iterator[list[Any]]:
        for item in items:
            use_case = use_cases.get(item.use_case_id or "")
            stage_id = item.stage_id or (use_case.stage_id if use_case else None)
            team = ctx.teams.get(item.team_id or "")
            yield [
                item.date,
                ctx.stage_name(stage_id),
                use_case.name if use_case else "",
                team.name if team else "",
                feedback_kind_label(item.kind),
                Styled(sentiment_label(item.sentiment), toned(TONES[item.sentiment])),
                item.text,
            ]

    table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_("{count} pieces of feedback, newest first; no author is stored", count=len(items)),
        name="Feedback",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No feedback recorded up to the as-of date."),
    )
