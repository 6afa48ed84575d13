"""Small builders for the slides' native shapes: titles, text boxes, tables, footers."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.shapes.graphfrm import GraphicFrame
from pptx.slide import Slide
from pptx.table import _Cell
from pptx.text.text import TextFrame, _Run
from pptx.util import Emu, Length, Pt

from planner.slides import style

Tone = str
_BREAKS = re.compile(r"[ \t\r\n\v\f]+")


@dataclass(frozen=True)
class Para:
    """One paragraph of a text box."""

    text: str
    size: Length = style.BODY_SIZE
    bold: bool = False
    colour: RGBColor = style.INK
    italic: bool = False
    space_after: Length = style.PARAGRAPH_GAP


@dataclass(frozen=True)
class Cell:
    text: str
    tone: Tone | None = None
    bold: bool = False


def set_title(slide: Slide, text: str) -> None:
    """The slide's title placeholder, placed for the 16:9 page (screen readers and the
    outline view read it)."""
    title = slide.shapes.title
    if title is None:
        raise ValueError("the slide layout has no title")
    title.left, title.top = style.MARGIN, style.TITLE_TOP
    title.width, title.height = style.INNER, style.TITLE_HEIGHT
    frame = title.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.text = text
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    _font(paragraph.runs[0], style.TITLE_SIZE, True, style.ACCENT)


def text_box(
    slide: Slide, left: Length, top: Length, width: Length, height: Length, paras: Sequence[Para]
) -> TextFrame:
    """A text box holding ``paras``; text wraps inside the box."""
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Pt(2)
    frame.margin_top = frame.margin_bottom = Pt(2)
    for i, para in enumerate(paras):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.space_after = para.space_after
        run = paragraph.add_run()
        run.text = para.text
        _font(run, para.size, para.bold, para.colour, para.italic)
    return frame


def table(
    slide: Slide,
    left: Length,
    top: Length,
    width: Length,
    shares: Sequence[float],
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    size: Length = style.TABLE_SIZE,
    row_height: Length = style.ROW_HEIGHT,
    header_height: Length | None = None,
    row_heights: Sequence[Length] | None = None,
) -> GraphicFrame:
    """A native table: a coloured header row, then ``rows``; a cell with a tone is tinted
    and its text coloured (its words say the same). ``row_heights``: one per row, for rows
    whose text wraps (see :func:`wrapped_heights`); else every row is ``row_height``."""
    heights = list(row_heights) if row_heights is not None else [row_height] * len(rows)
    frame = slide.shapes.add_table(
        len(rows) + 1,
        len(header),
        left,
        top,
        width,
        Emu((header_height or row_height) + sum(heights)),
    )
    grid = frame.table
    total = sum(shares)
    for i, share in enumerate(shares):
        grid.columns[i].width = Emu(int(width * share / total))
    for i, text in enumerate(header):
        _cell(grid.cell(0, i), Cell(text, bold=True), size, style.HEADER_FILL, style.HEADER_TEXT)
    for r, row in enumerate(rows, start=1):
        band = style.BAND_FILL if r % 2 == 0 else style.WHITE
        for c, cell in enumerate(row):
            fill = style.TONE_FILL[cell.tone] if cell.tone else band
            colour = style.TONE_TEXT[cell.tone] if cell.tone else style.INK
            _cell(grid.cell(r, c), cell, size, fill, colour)
    for i, row_ in enumerate(grid.rows):
        row_.height = Emu(header_height or row_height) if i == 0 else Emu(heights[i - 1])
    return frame


def wrapped_heights(
    rows: Sequence[Sequence[Cell]], widths: Sequence[Length], size: Length, least: Length
) -> list[Length]:
    """Each row's height once its longest cell wraps in its column (a cell's text in
    ``size`` points, about 0.48 em a character, between its 5-point margins): the rows
    then take the room they will take when drawn, and what goes under the table can be
    placed below it, whatever the language."""
    heights: list[Length] = []
    for row in rows:
        lines = 1
        for cell, width in zip(row, widths, strict=False):
            room = max(1.0, (Emu(width).pt - 10) / (Emu(size).pt * 0.48))
            for part in cell.text.split("\n"):
                lines = max(lines, math.ceil(len(part) / room) if part else 1)
        heights.append(Emu(max(int(least), int(Pt(Emu(size).pt * 1.2 * lines + 8)))))
    return heights


def _cell(cell: _Cell, content: Cell, size: Length, fill: RGBColor, colour: RGBColor) -> None:
    cell.fill.solid()
    cell.fill.fore_color.rgb = fill
    cell.margin_left = cell.margin_right = Pt(5)
    cell.margin_top = cell.margin_bottom = Pt(3)
    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame = cell.text_frame
    frame.word_wrap = True
    frame.text = content.text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            _font(run, size, content.bold, colour)


def footer(slide: Slide, left_text: str, number: int) -> None:
    """Roadmap and date on the left, the slide number on the right (10 pt)."""
    width = style.INNER
    text_box(
        slide,
        style.MARGIN,
        style.FOOTER_TOP,
        Emu(int(width * 0.8)),
        style.FOOTER_HEIGHT,
        [Para(left_text, style.FOOTER_SIZE, colour=style.MUTED, space_after=Pt(0))],
    )
    right = text_box(
        slide,
        Emu(style.MARGIN + int(width * 0.8)),
        style.FOOTER_TOP,
        Emu(int(width * 0.2)),
        style.FOOTER_HEIGHT,
        [Para(str(number), style.FOOTER_SIZE, colour=style.MUTED, space_after=Pt(0))],
    )
    right.paragraphs[0].alignment = PP_ALIGN.RIGHT


def _font(run: _Run, size: Length, bold: bool, colour: RGBColor, italic: bool = False) -> None:
    font = run.font
    font.name = style.FONT
    font.size = size
    font.bold = bold
    font.italic = italic
    font.color.rgb = colour


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut with … at a word boundary past ``limit`` characters;
    no-break spaces stay (French typography)."""
    flat = " ".join(_BREAKS.split(text.strip()))
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
