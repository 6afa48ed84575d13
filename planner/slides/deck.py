"""The steering-committee deck: a 16:9 PowerPoint file of native text, tables and charts.

Slides, in order: the title; the programme at a glance (every stage, its
readiness and the outcome the evidence suggests); one slide per stage under
review (started and not finished: criteria, value against cost, adoption chart
against the threshold with the forecast, feedback, risks); the timeline (the app's own
painter, as a vector picture); decisions and open actions; method findings. Every figure is
that of :class:`planner.evidence.figures.Figures` for the as-of date, in the
planner's language.
"""

from __future__ import annotations

import datetime as dt
import os

from pptx import Presentation
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.util import Emu, Inches, Length, Pt

from planner import __version__
from planner.evidence.figures import Figures
from planner.i18n import _, format_day
from planner.model.entities import Roadmap
from planner.slides import scale_out, style
from planner.slides.chart import add_adoption_chart
from planner.slides.content import DeckContent, StageReview, deck_content
from planner.slides.follow_up import fill_follow_up, value_paragraphs
from planner.slides.picture import TimelinePicture, add_timeline, draw_timeline
from planner.slides.shapes import (
    Cell,
    Para,
    footer,
    set_title,
    shorten,
    table,
    text_box,
    wrapped_heights,
)
from planner.vocabulary import feedback_kind_label, sentiment_label

TITLE_LAYOUT = 0
TITLE_ONLY_LAYOUT = 5


def write_slides(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date,
    baseline_id: str | None = None,
) -> None:
    build_deck(roadmap, as_of=as_of, baseline_id=baseline_id).save(os.fspath(path))


def build_deck(
    roadmap: Roadmap,
    *,
    as_of: dt.date,
    baseline_id: str | None = None,
    figures: Figures | None = None,
    picture: TimelinePicture | None = None,
) -> Deck:
    """The deck in memory. ``picture``: the timeline already drawn (else it is asked
    for from the painter the desktop layer lends, when there is one)."""
    figures = figures if figures is not None and figures.is_for(roadmap, as_of) else None
    figures = figures or Figures(roadmap, as_of)
    content = deck_content(figures)
    deck = Presentation()
    deck.slide_width, deck.slide_height = style.WIDTH, style.HEIGHT
    _properties(deck, roadmap, as_of)
    _title_slide(deck, content)
    _glance_slide(deck, content)
    for review in content.reviews:
        _stage_slide(deck, content, review)
    picture = picture or draw_timeline(roadmap, as_of, baseline_id)
    if picture is not None:
        _timeline_slide(deck, content, picture)
    _decisions_slide(deck, content)
    if scale_out.wanted(figures):
        scale_out.fill_scale_out(_slide(deck, content, _("Scale-out: where proven use cases go "
                                                         "next")), figures)  # fmt: skip
    _findings_slide(deck, content)
    return deck


def _properties(deck: Deck, roadmap: Roadmap, as_of: dt.date) -> None:
    props = deck.core_properties
    stamp = dt.datetime.combine(as_of, dt.time())
    props.title = roadmap.title[:255]
    props.subject = _("Steering committee, as of {day}", day=format_day(as_of))
    props.author = (roadmap.owner or roadmap.organisation)[:255]
    props.last_modified_by = props.author
    props.keywords = "AI adoption; roadmap; steering committee"
    props.comments = f"Pilot-to-Scale Planner {__version__}"
    props.created = props.modified = stamp
    props.revision = max(1, roadmap.lineage.revision)


def _slide(deck: Deck, content: DeckContent, title: str) -> Slide:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY_LAYOUT])
    set_title(slide, title)
    footer(slide, _footer_text(content), len(deck.slides))
    return slide


def _footer_text(content: DeckContent) -> str:
    parts = [
        content.roadmap.title,
        content.roadmap.organisation,
        _("as of {day}", day=format_day(content.as_of)),
    ]
    return " · ".join(p for p in parts if p)


def _title_slide(deck: Deck, content: DeckContent) -> None:
    roadmap = content.roadmap
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_LAYOUT])
    title = slide.shapes.title
    assert title is not None
    title.left, title.top = style.MARGIN, Inches(1.6)
    title.width, title.height = style.INNER, Inches(1.5)
    title.text_frame.text = roadmap.title
    run = title.text_frame.paragraphs[0].runs[0]
    run.font.size, run.font.bold, run.font.name = Pt(40), True, style.FONT
    run.font.color.rgb = style.ACCENT
    for placeholder in list(slide.placeholders):
        if placeholder.placeholder_format.idx != 0:
            placeholder._element.getparent().remove(placeholder._element)
    paras = [
        Para(
            _("Steering committee · as of {day}", day=format_day(content.as_of)),
            Pt(22),
            colour=style.INK,
        ),
    ]
    who = " · ".join(p for p in (roadmap.organisation, roadmap.owner) if p)
    if who:
        paras.append(Para(who, Pt(18), colour=style.MUTED, space_after=Pt(18)))
    if roadmap.objective:
        paras.append(Para(shorten(roadmap.objective, 420), Pt(16), colour=style.INK))
    text_box(slide, style.MARGIN, Inches(3.2), style.INNER, Inches(3.4), paras)


def _glance_slide(deck: Deck, content: DeckContent) -> None:
    slide = _slide(deck, content, _("Programme at a glance"))
    header = [
        _("Stage"),
        _("Status"),
        _("Planned"),
        _("Gate review"),
        _("Readiness"),
        _("Suggested outcome"),
    ]
    rows = [
        [
            Cell(row.stage.name, bold=True),
            Cell(row.status),
            Cell(row.planned),
            Cell(row.review),
            Cell(row.readiness, row.tone),
            Cell(row.outcome, row.tone),
        ]
        for row in content.glance
    ]
    if not rows:
        _say_only(slide, _("The roadmap has no stages yet."))
        return
    size = style.BODY_SIZE if len(rows) <= 8 else style.SMALL_SIZE
    height = Pt(34) if len(rows) <= 8 else Pt(24)
    table(
        slide,
        style.MARGIN,
        style.BODY_TOP,
        style.INNER,
        (2.6, 1.2, 2.6, 1.4, 1.9, 1.7),
        header,
        rows,
        size=size,
        row_height=height,
    )
    note_top = Emu(style.BODY_TOP + height * (len(rows) + 1) + Inches(0.3))
    if note_top < style.BODY_BOTTOM - Inches(0.6):
        text_box(
            slide,
            style.MARGIN,
            note_top,
            style.INNER,
            Inches(0.6),
            [
                Para(
                    _(
                        "Suggested outcomes follow from the gate evidence as of {day}; "
                        "the committee decides.",
                        day=format_day(content.as_of),
                    ),
                    style.SMALL_SIZE,
                    colour=style.MUTED,
                    italic=True,
                )
            ],
        )


def _stage_slide(deck: Deck, content: DeckContent, review: StageReview) -> None:
    stage = review.stage
    title = (
        _("{stage} — gate review {day}", stage=stage.name, day=format_day(stage.gate_review))
        if stage.gate_review
        else stage.name
    )
    slide = _slide(deck, content, title)
    left_width = Inches(6.55)
    right_left = Emu(style.MARGIN + left_width + Inches(0.3))
    right_width = Emu(style.WIDTH - style.MARGIN - right_left)
    text_box(
        slide,
        style.MARGIN,
        Inches(1.1),
        style.INNER,
        Inches(0.75),
        [
            Para(review.headline, style.HEADLINE_SIZE, bold=True, space_after=Pt(2)),
            Para(shorten(review.explanation, 230), style.SMALL_SIZE, colour=style.MUTED),
        ],
    )
    top: Length = Inches(1.95)
    header = [_("Criterion"), _("Needs"), _("Value"), _("Status")]
    rows = [
        [Cell(shorten(r.metric, 40)), Cell(r.requirement), Cell(r.value), Cell(r.status, r.tone)]
        for r in review.criteria
    ]
    if rows:
        row_height = Pt(25) if len(rows) <= 8 else Pt(23)
        shares = (2.5, 1.5, 1.5, 1.4)
        widths = [Emu(int(left_width * share / sum(shares))) for share in shares]
        # A French status or requirement may wrap: the rows grow and what follows moves down.
        heights = wrapped_heights(rows, widths, style.SMALL_SIZE, row_height)
        table(
            slide,
            style.MARGIN,
            top,
            left_width,
            shares,
            header,
            rows,
            size=style.SMALL_SIZE,
            row_height=row_height,
            row_heights=heights,
        )
        below = Emu(top + row_height + sum(heights) + Inches(0.1))
        after = Emu(below + (Inches(0.35) if review.more_criteria else 0))
        if review.more_criteria:
            text_box(
                slide,
                style.MARGIN,
                below,
                left_width,
                Inches(0.3),
                [
                    Para(
                        _(
                            "{count} more criteria in the workbook's Gates sheet.",
                            count=review.more_criteria,
                        ),
                        style.SMALLEST,
                        colour=style.MUTED,
                    )
                ],
            )
    else:
        text_box(
            slide,
            style.MARGIN,
            top,
            left_width,
            Inches(0.5),
            [Para(_("The gate has no criteria yet."))],
        )
        after = Emu(top + Inches(0.6))
    value = value_paragraphs(review)
    if value and after < style.BODY_BOTTOM - Inches(0.6):
        text_box(slide, style.MARGIN, after, left_width, Emu(style.BODY_BOTTOM - after), value)
    _voices(slide, review, right_left, right_width)


def _voices(slide: Slide, review: StageReview, left: Emu, width: Emu) -> None:
    """The right column: chart, forecast, feedback and risks."""
    top: Length = Inches(1.95)
    if review.chart is not None:
        add_adoption_chart(slide, review.chart, left, top, width, Inches(2.75))
        top = Emu(top + Inches(2.8))
    else:
        text_box(
            slide,
            left,
            top,
            width,
            Inches(0.5),
            [Para(_("No measured criterion to chart."), style.SMALL_SIZE, colour=style.MUTED)],
        )
        top = Emu(top + Inches(0.5))
    paras: list[Para] = []
    if review.forecast:
        paras.append(Para(shorten(review.forecast, 160), style.SMALL_SIZE, space_after=Pt(6)))
    if review.feedback:
        paras.append(Para(_("Feedback"), style.SMALL_SIZE, bold=True, space_after=Pt(2)))
        for item in review.feedback:
            about = " · ".join(
                [
                    format_day(item.date),
                    feedback_kind_label(item.kind),
                    sentiment_label(item.sentiment),
                ]
            )
            paras.append(
                Para(
                    _("“{text}” ({about})", text=shorten(item.text, 150), about=about),
                    style.SMALLEST,
                    italic=True,
                    space_after=Pt(3),
                )
            )
    if review.risks:
        paras.append(Para(_("Open risks"), style.SMALL_SIZE, bold=True, space_after=Pt(2)))
        for risk in review.risks:
            paras.append(
                Para(
                    _(
                        "{title} (score {score})",
                        title=shorten(risk.title, 90),
                        score=risk.likelihood * risk.impact,
                    ),
                    style.SMALLEST,
                    space_after=Pt(2),
                )
            )
    if paras:
        text_box(slide, left, top, width, Emu(style.BODY_BOTTOM - top), paras)


def _timeline_slide(deck: Deck, content: DeckContent, picture: TimelinePicture) -> None:
    slide = _slide(deck, content, _("Timeline"))
    add_timeline(
        slide,
        picture,
        style.MARGIN,
        Inches(1.15),
        style.INNER,
        Emu(style.BODY_BOTTOM - Inches(1.15)),
    )


def _decisions_slide(deck: Deck, content: DeckContent) -> None:
    fill_follow_up(_slide(deck, content, _("Decisions and open actions")), content)


def _findings_slide(deck: Deck, content: DeckContent) -> None:
    slide = _slide(deck, content, _("Method findings"))
    if not content.findings:
        _say_only(slide, _("The method checks found nothing to flag."))
        return
    paras = [
        Para(
            ("⚠ " if f.severity == "warning" else "ℹ ") + shorten(f.message, 220),
            style.BODY_SIZE,
            space_after=Pt(8),
        )
        for f in content.findings
    ]
    if content.more_findings:
        paras.append(
            Para(
                _("{count} more in the workbook's Summary sheet.", count=content.more_findings),
                style.SMALL_SIZE,
                colour=style.MUTED,
            )
        )
    text_box(
        slide,
        style.MARGIN,
        style.BODY_TOP,
        style.INNER,
        Emu(style.BODY_BOTTOM - style.BODY_TOP),
        paras,
    )


def _say_only(slide: Slide, text: str) -> None:
    """A slide's one sentence where its table or list would be (nothing to show)."""
    text_box(slide, style.MARGIN, style.BODY_TOP, style.INNER, Inches(1), [Para(text)])
