"""The committee slide "Scale-out": where proven use cases should go next (issue 20).

From the one scale-out computation (:attr:`planner.evidence.figures.Figures.scale_out`),
in the words the app's Scale-out page, the workbook's sheet and ``pilot-planner
scale-out`` use: the candidates ranked by expected value with whether they are
ready and why, then the use cases proven so far and the top of the ideas backlog.
"""

from __future__ import annotations

from pptx.slide import Slide
from pptx.util import Emu, Inches, Length, Pt

from planner.evidence.figures import Figures
from planner.i18n import _
from planner.scaleout.text import Names, idea_line, value_text
from planner.slides import style
from planner.slides.content import Tone
from planner.slides.shapes import Cell, Para, shorten, table, text_box

MAX_CANDIDATES = 6
MAX_IDEAS = 3
ROW = Pt(40)
HEADER = Pt(24)


def wanted(figures: Figures) -> bool:
    """Whether the deck has a scale-out slide: something is proven, or ideas wait."""
    report = figures.scale_out
    return bool(report.proven or report.ideas)


def fill_scale_out(slide: Slide, figures: Figures) -> None:
    report = figures.scale_out
    names = Names.of(figures.roadmap)
    currency = figures.roadmap.currency
    top: Length = style.BODY_TOP
    shown = report.candidates[:MAX_CANDIDATES]
    if shown:
        rows = [
            [
                Cell(f"{names.use_case(c.use_case_id)} → {names.team(c.team_id)}", bold=True),
                Cell(value_text(c, currency)),
                Cell(_("ready") if c.ready else _("not ready"),
                     Tone.GOOD if c.ready else Tone.WARN),
                Cell(shorten(c.sentence(), 150)),
            ]
            for c in shown
        ]  # fmt: skip
        table(slide, style.MARGIN, top, style.INNER, (3.6, 1.7, 1.2, 5.8),
              [_("Candidate"), _("Expected value / year"), _("Ready"), _("Reasons")], rows,
              size=style.SMALL_SIZE, row_height=ROW, header_height=HEADER)  # fmt: skip
        top = Emu(top + HEADER + ROW * len(rows) + Inches(0.25))
    else:
        text_box(slide, style.MARGIN, top, style.INNER, Inches(0.4),
                 [Para(_("No candidate yet: no proven use case has a team with the same "
                         "friction left."), style.SMALL_SIZE)])  # fmt: skip
        top = Emu(top + Inches(0.5))
    proven = list(
        dict.fromkeys(
            f"{names.use_case(e.use_case_id)} ({names.team(e.team_id)})" for e in report.proven
        )
    )
    paras = [
        Para(_("Proven use cases"), style.SMALL_SIZE, bold=True, space_after=Pt(2)),
        Para(shorten(_("; ").join(proven), 300) if proven else _("(none yet)"), style.SMALL_SIZE),
    ]
    if report.ideas:
        paras.append(Para(_("Ideas backlog, highest score first"), style.SMALL_SIZE, bold=True,
                          space_after=Pt(2)))  # fmt: skip
        for idea in report.ideas[:MAX_IDEAS]:
            paras.append(Para(shorten(idea_line(idea), 170), style.SMALL_SIZE, space_after=Pt(2)))
    text_box(slide, style.MARGIN, top, style.INNER, Emu(style.BODY_BOTTOM - top), paras)
