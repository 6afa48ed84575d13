"""Colours, fonts and sizes of the timeline, for the window (palette) or for print.

The window takes text and background colours from the widget's palette, so
light and dark schemes both work; print always uses a light, ink-friendly
look. Sizes come from font metrics, so the chart follows the system font
size and stays crisp at any device pixel ratio.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from planner.timeline import GateState
from ui.app.theme import Tone, tone

_R = QPalette.ColorRole

_GATE_LIGHT = {
    GateState.GO: "#2E7D32",
    GateState.GO_WITH_CONDITIONS: "#558B2F",
    GateState.READY: "#2E7D32",
    GateState.ON_TRACK: "#1565C0",
    GateState.HOLD: "#B26A00",
    GateState.RECYCLE: "#D84315",
    GateState.NOT_MET: "#C62828",
    GateState.STOP: "#B71C1C",
    GateState.NO_DATA: "#757575",
    GateState.NOT_STARTED: "#8A939E",
}
_GATE_DARK = {
    GateState.GO: "#81C784",
    GateState.GO_WITH_CONDITIONS: "#AED581",
    GateState.READY: "#81C784",
    GateState.ON_TRACK: "#64B5F6",
    GateState.HOLD: "#FFB74D",
    GateState.RECYCLE: "#FF8A65",
    GateState.NOT_MET: "#EF6C6C",
    GateState.STOP: "#E57373",
    GateState.NO_DATA: "#B0B0B0",
    GateState.NOT_STARTED: "#98A2AD",
}


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0–1) of the way to ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass
class Style:
    """The timeline's fonts, sizes and colours, for the window or for print."""

    font: QFont
    bold: QFont
    small: QFont
    row_height: float
    header_height: float
    name_width: float
    status_width: float
    base: QColor
    alternate: QColor
    panel: QColor
    """Background of the label column and the header."""
    text: QColor
    muted: QColor
    grid: QColor
    grid_strong: QColor
    highlight: QColor
    highlighted_text: QColor
    today: QColor
    link: QColor
    late: QColor
    early: QColor
    dark: bool
    cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    """Colours and words computed once per look, not once per row and frame."""

    @property
    def label_width(self) -> float:
        return self.name_width + self.status_width

    def gate_colour(self, state: GateState) -> QColor:
        return QColor((_GATE_DARK if self.dark else _GATE_LIGHT)[state])

    def colour(self, name: str) -> QColor:
        """The QColor of ``#RRGGBB`` (cached)."""
        found = self.cache.get(name)
        if found is None:
            found = self.cache[name] = QColor(name)
        return found

    def fill(self, colour: QColor, strength: float) -> QColor:
        """``colour`` faded towards the background (0 = background, 1 = colour)."""
        return self.mixed(self.base, colour, strength)

    def mixed(self, a: QColor, b: QColor, amount: float) -> QColor:
        """:func:`mix`, cached."""
        key = (a.rgba(), b.rgba(), amount)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = mix(a, b, amount)
        return found

    def bar_height(self) -> float:
        return round(self.row_height * 0.56)


def _sizes(font: QFont) -> tuple[float, float]:
    metrics = QFontMetricsF(font)
    return round(metrics.height() + 9), round(2 * metrics.height() + 10)


def from_palette(palette: QPalette, font: QFont) -> Style:
    """The window's look: palette roles for text and backgrounds."""
    dark = palette.color(_R.Window).lightness() < 128
    base = palette.color(_R.Base)
    text = palette.color(_R.Text)
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * 0.88)
    else:
        small.setPixelSize(max(8, round(small.pixelSize() * 0.88)))
    row, header = _sizes(font)
    average = QFontMetricsF(font).averageCharWidth()
    return Style(
        font=font, bold=bold, small=small, row_height=row, header_height=header,
        name_width=round(average * 30), status_width=round(average * 16),
        base=base, alternate=palette.color(_R.AlternateBase), panel=palette.color(_R.Window),
        text=text, muted=mix(text, base, 0.4), grid=mix(text, base, 0.88),
        grid_strong=mix(text, base, 0.7), highlight=palette.color(_R.Highlight),
        highlighted_text=palette.color(_R.HighlightedText),
        today=tone(Tone.TODAY, palette), link=mix(text, base, 0.45),
        late=tone(Tone.LATE, palette), early=tone(Tone.GOOD, palette), dark=dark,
    )  # fmt: skip


def for_print(pixel_size: int = 12) -> Style:
    """A light look for paper and slides; sizes in 1/96 inch."""
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(pixel_size)
    # No ligatures: "ff" stays two letters, so the PDF's text can be searched and copied.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPixelSize(max(7, round(pixel_size * 0.85)))
    row, header = _sizes(font)
    average = QFontMetricsF(font).averageCharWidth()
    white, ink = QColor("#FFFFFF"), QColor("#1F2933")
    return Style(
        font=font, bold=bold, small=small, row_height=row, header_height=header,
        name_width=round(average * 34), status_width=round(average * 16),
        base=white, alternate=QColor("#F6F7F9"), panel=QColor("#EEF1F5"), text=ink,
        muted=QColor("#5B6675"), grid=QColor("#E3E7EC"), grid_strong=QColor("#B8C0CA"),
        highlight=QColor("#CFE0F5"), highlighted_text=ink, today=QColor("#D62828"),
        link=QColor("#6B7785"), late=QColor("#B3261E"), early=QColor("#2E7D32"), dark=False,
    )  # fmt: skip
