"""A stage's adoption chart as a native, editable PowerPoint chart.

An XY scatter chart with lines, dates on the horizontal axis (as the serial
day numbers Office uses, shown as "4 Dec"): the weekly values, the threshold,
the forecast to the expected date, and vertical lines at the as-of date and
the gate review. Each is a series of its own, so a reader can restyle or
hide any of them in PowerPoint.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from pptx.chart.chart import Chart
from pptx.chart.data import XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.slide import Slide
from pptx.util import Length, Pt

from planner import i18n
from planner.evidence.adoption_chart import AdoptionChart
from planner.evidence.gates import SYMBOLS, CriterionStatus, format_value
from planner.i18n import _, format_day
from planner.numbers import unit_label
from planner.slides import style

EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Office's date serial numbers."""
_DATE_FORMATS = {"en": "[$-809]d mmm", "fr": "[$-40C]d mmm"}


def serial(day: dt.date) -> int:
    """The Office serial number of a day (what a date axis counts in)."""
    return (day - EPOCH).days


def add_adoption_chart(
    slide: Slide, chart: AdoptionChart, left: Length, top: Length, width: Length, height: Length
) -> Chart:
    result = chart.result
    metric = result.metric
    data = XyChartData()
    measured = data.add_series(metric.name)
    for day, value in chart.points:
        measured.add_data_point(serial(day), value)
    symbol = SYMBOLS[result.criterion.comparator]
    requirement = f"{symbol} {format_value(chart.threshold, metric.unit)}"
    threshold_name = _("Threshold {requirement}", requirement=requirement)
    threshold = data.add_series(threshold_name)
    threshold.add_data_point(serial(chart.start), chart.threshold)
    threshold.add_data_point(serial(chart.end), chart.threshold)
    met = result.status is CriterionStatus.MET
    threshold_colour = style.THRESHOLD_MET if met else style.THRESHOLD_NOT_MET
    styles: list[tuple[RGBColor, MSO_LINE_DASH_STYLE | None, float, bool]] = [
        (style.SERIES, None, 2.25, True),
        (threshold_colour, MSO_LINE_DASH_STYLE.DASH, 1.5, False),
    ]
    if chart.forecast is not None:
        (last_day, last_value), (expected, target) = chart.forecast
        forecast = data.add_series(_("Forecast: {day}", day=format_day(expected)))
        forecast.add_data_point(serial(last_day), last_value)
        forecast.add_data_point(serial(expected), target)
        styles.append((style.FORECAST, MSO_LINE_DASH_STYLE.SQUARE_DOT, 1.75, False))
    as_of = data.add_series(_("As of {day}", day=format_day(chart.as_of)))
    as_of.add_data_point(serial(chart.as_of), chart.low)
    as_of.add_data_point(serial(chart.as_of), chart.high)
    styles.append((style.AS_OF, None, 1.25, False))
    if chart.review is not None:
        review = data.add_series(_("Gate review {day}", day=format_day(chart.review)))
        review.add_data_point(serial(chart.review), chart.low)
        review.add_data_point(serial(chart.review), chart.high)
        styles.append((style.REVIEW, MSO_LINE_DASH_STYLE.LONG_DASH, 1.25, False))

    # add_chart returns the graphic frame holding the chart (annotated otherwise).
    frame: Any = slide.shapes.add_chart(
        XL_CHART_TYPE.XY_SCATTER_LINES, left, top, width, height, cast(Any, data)
    )
    drawn: Chart = frame.chart
    drawn.font.size = style.SMALL_SIZE
    drawn.font.name = style.FONT
    drawn.has_legend = True
    legend = drawn.legend
    legend.position = XL_LEGEND_POSITION.BOTTOM
    legend.include_in_layout = False
    legend.font.size = style.SMALLEST
    for series, (colour, dash, width_pt, markers) in zip(
        drawn.plots[0].series, styles, strict=True
    ):
        line = series.format.line
        line.color.rgb = colour
        line.width = Pt(width_pt)
        if dash is not None:
            line.dash_style = dash
        series.smooth = False
        if markers:
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 5
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = colour
            series.marker.format.line.color.rgb = colour
        else:
            series.marker.style = XL_MARKER_STYLE.NONE
    _axes(drawn, chart)
    return drawn


def _axes(drawn: Chart, chart: AdoptionChart) -> None:
    days = drawn.category_axis  # the horizontal value axis of an XY chart
    days.minimum_scale = serial(chart.start)
    days.maximum_scale = serial(chart.end)
    span = (chart.end - chart.start).days
    days.major_unit = 7 * max(1, round(span / 7 / 6))
    days.has_major_gridlines = False
    labels = days.tick_labels
    labels.number_format = _DATE_FORMATS.get(i18n.language(), _DATE_FORMATS["en"])
    labels.number_format_is_linked = False
    labels.font.size = style.SMALLEST
    values = drawn.value_axis
    values.minimum_scale = chart.low
    values.maximum_scale = chart.high
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = style.RULE
    values.tick_labels.font.size = style.SMALLEST
    values.tick_labels.number_format = "General"
    values.tick_labels.number_format_is_linked = False
    unit = chart.result.metric.unit
    if unit:
        values.has_title = True
        values.axis_title.text_frame.text = unit_label(unit)  # a standard unit in French too
        run = values.axis_title.text_frame.paragraphs[0].runs[0]
        run.font.size = style.SMALLEST
        run.font.bold = False
