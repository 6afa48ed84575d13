"""What the committee follows up: the decisions slide with its open actions, and the
value block of a stage slide.

Decisions were once followed by free-text conditions; they ask for **actions**
now (text, owner, due date, status: :mod:`planner.model.actions`), so the slide
lists the latest decisions with how many of their actions are still open, then
the open actions themselves, overdue first — as of the deck's date, from
:func:`planner.evidence.decisions.open_actions`. A stage slide shows the stage's
value against cost from the one value report (``Figures.value``), in the words
the app's value card and ``pilot-planner value`` use (:mod:`planner.value.text`).
"""

from __future__ import annotations

from pptx.slide import Slide
from pptx.util import Emu, Inches, Length, Pt

from planner.i18n import _, format_day, ngettext
from planner.slides import style
from planner.slides.content import DeckContent, StageReview
from planner.slides.shapes import Cell, Para, shorten, table, text_box
from planner.vocabulary import outcome_label

DECISION_ROW = Pt(40)
ACTION_ROW = Pt(24)
HEADER_ROW = Pt(24)


def fill_follow_up(slide: Slide, content: DeckContent) -> None:
    """The latest decisions, then the open actions under them."""
    top: Length = style.BODY_TOP
    if content.decisions:
        rows = [
            [
                Cell(format_day(d.date)),
                Cell(content.stage_names.get(d.stage_id, d.stage_id)),
                Cell(outcome_label(d.outcome), bold=True),
                Cell(_decision_detail(content, d.id, d.rationale, d.conditions)),
            ]
            for d in content.decisions
        ]
        table(slide, style.MARGIN, top, style.INNER, (1.4, 2.2, 1.8, 6.9),
              [_("Date"), _("Stage"), _("Decision"), _("Rationale and actions")], rows,
              size=style.SMALL_SIZE, row_height=DECISION_ROW, header_height=HEADER_ROW)  # fmt: skip
        top = Emu(top + HEADER_ROW + DECISION_ROW * len(rows) + Inches(0.2))
    else:
        text_box(slide, style.MARGIN, top, style.INNER, Inches(0.4),
                 [Para(_("No gate decision recorded up to {day}.",
                         day=format_day(content.as_of)), style.SMALL_SIZE)])  # fmt: skip
        top = Emu(top + Inches(0.5))
    count = len(content.actions) + content.more_actions
    heading = ngettext("{count} open action, overdue first", "{count} open actions, overdue first",
                       count)  # fmt: skip
    text_box(slide, style.MARGIN, top, style.INNER, Inches(0.35),
             [Para(heading if count else _("No open action."), style.BODY_SIZE, bold=True,
                   space_after=Pt(0))])  # fmt: skip
    top = Emu(top + Inches(0.4))
    if not content.actions:
        return
    rows = [
        [Cell(a.due), Cell(shorten(a.text, 110)), Cell(a.owner), Cell(a.stage),
         Cell(a.status, a.tone)]
        for a in content.actions
    ]  # fmt: skip
    table(slide, style.MARGIN, top, style.INNER, (1.4, 6.1, 1.9, 1.9, 1.0),
          [_("Due"), _("Action"), _("Owner"), _("Stage"), _("Status")], rows,
          size=style.SMALL_SIZE, row_height=ACTION_ROW, header_height=HEADER_ROW)  # fmt: skip
    if content.more_actions:
        below = Emu(top + HEADER_ROW + ACTION_ROW * len(rows) + Inches(0.05))
        text_box(slide, style.MARGIN, below, style.INNER, Inches(0.3),
                 [Para(_("{count} more in the workbook's Decisions sheet.",
                         count=content.more_actions), style.SMALLEST,
                       colour=style.MUTED)])  # fmt: skip


def _decision_detail(
    content: DeckContent, decision_id: str, rationale: str, conditions: str
) -> str:
    """The rationale (and conditions of files older than actions), shortened, and how many
    of the decision's actions are still open."""
    parts = [p for p in (conditions, rationale) if p]
    text = shorten(" ".join(parts), 200) if parts else ""
    open_count = content.asked.get(decision_id, 0)
    if open_count:
        actions = ngettext("{count} action still open.", "{count} actions still open.",
                           open_count)  # fmt: skip
        text = f"{text} {actions}".strip()
    return text


def value_paragraphs(review: StageReview) -> list[Para]:
    """The stage's value against cost in two or three short lines ([] without a report)."""
    # Imported on use, as Figures.value is: the value report needs the usage package.
    from planner.value import text as t

    figures = review.value
    if figures is None:
        return []
    currency = review.currency
    paras = [
        Para(_("Value against cost"), style.SMALL_SIZE, bold=True, space_after=Pt(2)),
        Para(shorten(t.expected_text(figures, currency), 150), style.SMALL_SIZE,
             space_after=Pt(2)),
    ]  # fmt: skip
    status = t.status_text(figures)
    if status:
        paras.append(Para(_("No realised figure yet: {why}.", why=status), style.SMALLEST,
                          colour=style.MUTED))  # fmt: skip
        return paras
    parts = [_("cost so far {amount}", amount=t.money(figures.cost, currency))]
    if figures.net_value is not None:
        parts.append(_("net {amount}", amount=t.money(figures.net_value, currency)))
    if figures.value_per_seat_month is not None:
        per_seat = _("{amount} per seat a month", amount=t.per_seat(figures.value_per_seat_month,
                                                                     currency))  # fmt: skip
        if figures.value_to_price is not None:
            per_seat = _("{per_seat} ({share} of the price)", per_seat=per_seat,
                         share=t.percent(figures.value_to_price))  # fmt: skip
        parts.append(per_seat)
    if figures.payback is not None:
        parts.append(_("payback: {when}", when=t.payback_text(figures.payback)))
    paras.append(Para(shorten(" · ".join(parts), 230), style.SMALLEST))
    return paras
