"""The slides' look: a 16:9 page, sizes and colours (text never below 10 pt)."""

from __future__ import annotations

from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from planner.slides.content import Tone

WIDTH = Inches(13.333)
HEIGHT = Inches(7.5)
MARGIN = Inches(0.5)
INNER = Emu(WIDTH - 2 * MARGIN)
TITLE_TOP = Inches(0.3)
TITLE_HEIGHT = Inches(0.8)
BODY_TOP = Inches(1.25)
FOOTER_TOP = Inches(7.0)
FOOTER_HEIGHT = Inches(0.3)
BODY_BOTTOM = Inches(6.95)

FONT = "Calibri"
TITLE_SIZE = Pt(28)
HEADLINE_SIZE = Pt(16)
BODY_SIZE = Pt(14)
TABLE_SIZE = Pt(12)
SMALL_SIZE = Pt(11)
FOOTER_SIZE = Pt(10)
SMALLEST = Pt(10)
PARAGRAPH_GAP = Pt(6)
ROW_HEIGHT = Pt(26)
"""No text on a slide is smaller."""

INK = RGBColor(0x1F, 0x29, 0x33)
MUTED = RGBColor(0x5F, 0x6B, 0x7A)
ACCENT = RGBColor(0x1F, 0x5F, 0x99)
HEADER_FILL = RGBColor(0x1F, 0x5F, 0x99)
HEADER_TEXT = RGBColor(0xFF, 0xFF, 0xFF)
BAND_FILL = RGBColor(0xF2, 0xF5, 0xF8)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
RULE = RGBColor(0xC9, 0xD2, 0xDC)

TONE_TEXT = {
    Tone.GOOD: RGBColor(0x1B, 0x5E, 0x20),
    Tone.WARN: RGBColor(0x8A, 0x5A, 0x00),
    Tone.BAD: RGBColor(0xB7, 0x1C, 0x1C),
    Tone.NEUTRAL: RGBColor(0x45, 0x50, 0x5C),
}
TONE_FILL = {
    Tone.GOOD: RGBColor(0xE3, 0xF1, 0xE4),
    Tone.WARN: RGBColor(0xFD, 0xF1, 0xD8),
    Tone.BAD: RGBColor(0xFB, 0xE4, 0xE4),
    Tone.NEUTRAL: RGBColor(0xEE, 0xF1, 0xF4),
}

SERIES = RGBColor(0x1F, 0x5F, 0x99)
THRESHOLD_MET = RGBColor(0x2E, 0x7D, 0x32)
THRESHOLD_NOT_MET = RGBColor(0xC6, 0x28, 0x28)
FORECAST = RGBColor(0x5F, 0x6B, 0x7A)
AS_OF = RGBColor(0xC6, 0x28, 0x28)
REVIEW = RGBColor(0x1F, 0x29, 0x33)
