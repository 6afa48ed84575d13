"""Native Excel line charts described as data, drawn by :meth:`Sheet.add_line_chart`.

A chart reads its values from cells of its own sheet (written before the
chart is added), so a reader who edits a figure sees the line move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.i18n import language
from planner.workbook.style import FORMATS, FRENCH_FORMATS, LOCALES

_FRENCH = {FORMATS[key]: value for key, value in FRENCH_FORMATS.items()}
AXIS_PT = 9
"""Axis labels and titles (10 points would turn the week labels and squeeze the plot of a
chart three to a page)."""


@dataclass(frozen=True)
class Line:
    """One series: the values of ``column`` (1-based), named by its header cell."""

    column: int
    colour: str
    width_pt: float = 2.25
    dashed: bool = False
    markers: bool = False
    """Round markers of the line's colour on each point."""
    marker_only: str = ""
    """A marker shape (``triangle``, ``diamond``) drawn on each point, without a line:
    a date marked on the chart (as-of date, gate review)."""


@dataclass(frozen=True)
class LineChart:
    """A line chart over rows ``header_row + 1`` … ``last_row`` of its sheet, with the
    dates of ``category_column`` along a date axis."""

    title: str
    header_row: int
    last_row: int
    category_column: int
    lines: tuple[Line, ...]
    date_format: str = "d mmm"
    major_unit_days: int = 7
    y_title: str = ""
    y_min: float | None = None
    y_max: float | None = None
    y_format: str | None = None
    width_cm: float = 12.0
    height_cm: float = 6.8
    title_pt: float = 11
    span_gaps: bool = True
    """A row without a value does not break the line."""
    show_hidden: bool = False
    """Draw values of hidden columns too (helper columns kept out of print)."""


_LOOKS_LIKE_A_REFERENCE = re.compile(r"^=?[^!]+!\$?[A-Z]+\$?\d+")


def literal_name(text: str) -> str:
    """A chart or axis title that xlsxwriter shows as typed: a text shaped like a
    cell reference ("Claims!A1 …") would otherwise become a formula pointing at a
    sheet. A zero-width space after each "!" breaks the shape and shows nothing."""
    if _LOOKS_LIKE_A_REFERENCE.match(text):
        return text.replace("!", "!\u200b")
    return text


def cm_to_pixels(cm: float) -> int:
    """Centimetres at the 96 dpi Excel uses for drawing sizes."""
    return round(cm / 2.54 * 96)


def chart_options(
    chart: LineChart, sheet_title: str
) -> tuple[list[dict[str, object]], dict[str, object]]:
    """The series and the chart-level settings of ``chart`` in xlsxwriter's terms
    (rows and columns zero-based there)."""
    first, last = chart.header_row, chart.last_row - 1  # zero-based: first data row is header + 1
    categories = [sheet_title, first, chart.category_column - 1, last, chart.category_column - 1]
    series: list[dict[str, object]] = []
    for line in chart.lines:
        col = line.column - 1
        border: dict[str, object] = {"color": f"#{line.colour}", "width": line.width_pt}
        if line.dashed:
            border["dash_type"] = "dash"
        marker: dict[str, object] = {"type": "none"}
        if line.marker_only:
            border = {"none": True}
            marker = {"type": line.marker_only, "size": 8, "fill": {"color": f"#{line.colour}"},
                      "border": {"color": f"#{line.colour}"}}  # fmt: skip
        elif line.markers:
            marker = {"type": "circle", "size": 4, "fill": {"color": f"#{line.colour}"},
                      "border": {"color": f"#{line.colour}"}}  # fmt: skip
        series.append({
            "name": [sheet_title, chart.header_row - 1, col],
            "categories": categories,
            "values": [sheet_title, first, col, last, col],
            "line": border,
            "marker": marker,
            "smooth": False,
        })  # fmt: skip
    # Month names and decimal commas in the workbook's language ("4 déc.", "0,5").
    locale = LOCALES.get(language(), "")
    x_axis: dict[str, object] = {"date_axis": True, "num_format": locale + chart.date_format,
                                 "num_font": {"size": AXIS_PT}, "major_unit": chart.major_unit_days,
                                 "major_unit_type": "days", "base_unit": "days"}  # fmt: skip
    y_axis: dict[str, object] = {
        "num_font": {"size": AXIS_PT},
        "major_gridlines": {"visible": True},
    }
    if chart.y_title:
        y_axis["name"] = literal_name(chart.y_title)
        y_axis["name_font"] = {"size": AXIS_PT, "bold": False}
    if chart.y_min is not None:
        y_axis["min"] = chart.y_min
    if chart.y_max is not None:
        y_axis["max"] = chart.y_max
    if chart.y_format or locale:  # "General" in French still wants its decimal comma
        y_format = chart.y_format or "General"
        if locale:  # and a narrow no-break space before its per cent sign (80 %)
            y_format = _FRENCH.get(y_format, y_format)
        y_axis["num_format"] = locale + y_format
    settings: dict[str, object] = {
        "title": {
            "name": literal_name(chart.title),
            "name_font": {"size": chart.title_pt, "bold": True},
        },
        "x_axis": x_axis,
        "y_axis": y_axis,
        "size": {"width": cm_to_pixels(chart.width_cm), "height": cm_to_pixels(chart.height_cm)},
    }
    return series, settings
