"""The timeline as a PDF (vector, one or more pages), a PNG or an SVG (one image).

    export_timeline(roadmap, "roadmap.pdf", as_of=date(2027, 3, 1))

Same layout (:mod:`planner.timeline`) and same painter as the window, so
the printed picture is the one on screen, in a light print style. Each page
has a title block (roadmap, organisation, as-of date, baseline, page number),
the date header, the row labels and a legend. ``fit="width"`` spreads the
whole plan over the width of one page (rows continue on further pages);
``fit="tile"`` keeps the month scale and tiles the chart across pages, the
row labels repeated on every page. A PNG is one image: the width of the page
at 192 dpi for ``width``, the whole chart at the month scale for ``tile``. An
SVG is the same image as vectors (the slides embed it); ``title=False`` leaves
out the title block, for a page that has its own title.

Needs only a ``QGuiApplication``; one is created (offscreen) when there is
none, so the command line can export headless.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from planner import APP_NAME
from planner import i18n as planner_i18n
from planner import timeline as tl
from planner.model.entities import Roadmap
from planner.outputs import PictureError, PictureRequest
from ui.app.i18n import install
from ui.timeline import legend, texts
from ui.timeline.geometry import Frame, content_width, fit_scale
from ui.timeline.painter import TimelinePainter
from ui.timeline.style import for_print

PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "LETTER": QPageSize.PageSizeId.Letter,
}
FITS = ("width", "tile")
UNITS_PER_INCH = 96.0
"""Drawing units: the same 1/96 inch "pixels" as the window, whatever the device."""
PDF_DPI = 1200
PNG_DPI = 192
MARGIN = 34.0
"""About 9 mm around the page."""
FONT_PIXELS = (14, 13, 12, 11)
"""Text sizes tried, largest first (1/96 inch: 14 px is 10.5 pt, 11 px about 8 pt)."""
LEGEND_GAP = 12.0
MAX_PNG_SIDE = 30_000
"""Longest side of a PNG in pixels; beyond it, the PDF (pages) is the way."""

_APP: list[QGuiApplication] = []
_spoken: list[str] = []


class TimelineExportError(PictureError):
    """The export cannot be made as asked (bad option, too large for a PNG, unwritable)."""


@dataclass(frozen=True)
class _Page:
    width: float
    height: float


def _speak(language: str) -> None:
    """The timeline's words in ``language`` when this module made the application (the
    command line); the desktop app has its translators installed already."""
    if _APP and _spoken != [language]:
        install(_APP[0], language)
        _spoken[:] = [language]


def ensure_gui() -> None:
    """A QGuiApplication for fonts and painting; an offscreen one when none exists."""
    if QGuiApplication.instance() is None:
        _APP.append(QGuiApplication(["pilot-planner", "-platform", "offscreen"]))


def write_picture(roadmap: Roadmap, path: Path, request: PictureRequest) -> None:
    """The core's picture writer (registered by :mod:`ui.launcher`), in the planner's
    language (``export --lang``)."""
    ensure_gui()
    _speak(planner_i18n.language())
    export_timeline(
        roadmap,
        path,
        as_of=request.as_of,
        page_size=request.page_size,
        orientation=request.orientation,
        fit=request.fit,
        baseline_id=request.baseline_id,
        file_format=request.file_format,
        title=request.title,
    )


def export_timeline(
    roadmap: Roadmap,
    path: str | Path,
    *,
    as_of: dt.date,
    page_size: str = "A4",
    orientation: str = "landscape",
    fit: str = "width",
    baseline_id: str | None = None,
    file_format: str | None = None,
    title: bool = True,
) -> None:
    """Write the timeline to ``path`` (``.pdf``, ``.png`` or ``.svg``).

    ``baseline_id``: None compares with the newest baseline (if any), ``""``
    with none. ``file_format`` (``"pdf"`` or ``"png"``) overrides the suffix,
    for writing to a temporary name first. Raises :class:`TimelineExportError`
    for an unknown option, a chart too large for a PNG, or a file that cannot
    be written.
    """
    target = Path(path)
    suffix = f".{file_format.lower()}" if file_format else target.suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise TimelineExportError(f"the timeline is written as .pdf, .png or .svg, not '{suffix}'")
    size_id = PAGE_SIZES.get(page_size.upper())
    if size_id is None:
        raise TimelineExportError(f"unknown page size '{page_size}' (use A4, A3 or Letter)")
    if orientation not in ("landscape", "portrait"):
        raise TimelineExportError(f"unknown orientation '{orientation}'")
    if fit not in FITS:
        raise TimelineExportError(f"unknown fit '{fit}' (use width or tile)")
    _check_writable(target)
    ensure_gui()
    try:
        layout = tl.build(roadmap, as_of, baseline_id=baseline_id)
    except ValueError as exc:
        raise TimelineExportError(str(exc)) from None
    points = QPageSize(size_id).size(QPageSize.Unit.Point)
    landscape = orientation == "landscape"
    long_side, short_side = (
        max(points.width(), points.height()),
        min(points.width(), points.height()),
    )
    width, height = (long_side, short_side) if landscape else (short_side, long_side)
    page = _Page(width * UNITS_PER_INCH / 72, height * UNITS_PER_INCH / 72)
    sheet = _Sheet(roadmap, layout, page, fit, title)
    # Drawn into memory, then written by Python: Qt and libpng do not report a
    # write that fails half-way (a full disk), Python raises an OSError for it.
    data = _pdf(sheet, size_id, landscape) if suffix == ".pdf" else _image(sheet, suffix)
    with open(target, "wb") as out:
        out.write(data)


def _check_writable(target: Path) -> None:
    """Fail early with a reason (Qt would only warn); an existing file is left as it is."""
    folder = target.parent
    if not folder.is_dir():
        raise TimelineExportError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise TimelineExportError(f"cannot write {target}: it is a folder")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise TimelineExportError(f"cannot write {target}: permission denied")


class _Sheet:
    """Where everything goes on a page, and the tiles of the chart.

    Text is as large as lets every row fit on one page (up to 14 px, 10.5 pt);
    longer plans use the smallest size and continue on further pages.
    """

    def __init__(
        self, roadmap: Roadmap, layout: tl.Layout, page: _Page, fit: str, title: bool = True
    ) -> None:
        self.roadmap = roadmap
        self.with_title = title
        self.layout = layout
        self.page = page
        self.fit = fit
        for pixels in FONT_PIXELS:  # the last size tried stays, fitting or not
            self._arrange(pixels)
            if len(self.tiles) <= self._columns():
                break  # every row on the first band of pages

    def _columns(self) -> int:
        return max(t.column for t in self.tiles) + 1

    def _arrange(self, pixels: int) -> None:
        layout, page = self.layout, self.page
        self.style = style = for_print(pixels)
        inner = page.width - 2 * MARGIN
        bold, normal = QFontMetricsF(style.bold), QFontMetricsF(style.font)
        names = max(
            ((bold if r.kind != "use_case" else normal).horizontalAdvance(r.label) + 14 * r.depth
             for r in layout.rows[:2000]),
            default=100.0,
        )  # fmt: skip
        style.name_width = max(120.0, min(inner * 0.3, names + 28))
        self.chart_space = inner - style.label_width
        if self.fit == "width":
            self.scale = fit_scale(layout, style, self.chart_space - 4)
        else:
            self.scale = tl.scale_for(layout, tl.Zoom.MONTH)
            columns = content_width(layout, style, self.scale) / self.chart_space
            if columns > 1 and columns % 1 < 0.25:  # no page for a sliver: a little smaller
                room = math.floor(columns) * self.chart_space
                ppd = self.scale.px_per_day * math.floor(columns) / columns
                while content_width(layout, style, tl.Scale(layout.start, ppd)) > room:
                    ppd *= 0.99  # captions do not shrink with the scale
                self.scale = tl.Scale(layout.start, ppd)
        self.chart_width = (
            min(content_width(layout, style, self.scale), self.chart_space)
            if (self.fit == "width")
            else content_width(layout, style, self.scale)
        )
        self.painter = TimelinePainter(layout, style, self.scale)
        self.legend = legend.items(layout, self.painter)
        self.title_height = round(style.row_height * 2.4) if self.with_title else 0
        self.legend_height = legend.paint(None, self.painter, self.legend, QRectF(0, 0, inner, 1))
        row_space = (
            page.height - 2 * MARGIN - self.title_height - style.header_height
            - self.legend_height - LEGEND_GAP
        )  # fmt: skip
        if row_space < style.row_height:
            raise TimelineExportError("the page is too small for the title, legend and one row")
        self.tiles = tl.paginate(
            len(layout.rows), self.chart_width, chart_space=self.chart_space,
            row_space=row_space, row_height=style.row_height,
        )  # fmt: skip

    def paint_page(self, p: QPainter, tile: tl.Tile, pages: int, height: float) -> None:
        """One page (or the PNG) with the rows and chart columns of ``tile``."""
        style = self.style
        inner = self.page.width - 2 * MARGIN
        p.fillRect(QRectF(0, 0, self.page.width, height), style.base)
        if self.with_title:
            self._title(p, QRectF(MARGIN, MARGIN, inner, self.title_height), tile, pages)
        rows = range(tile.first, tile.stop)
        frame = Frame(
            width=style.label_width + max(tile.x1 - tile.x0, min(self.chart_space, inner)),
            height=style.header_height + (tile.stop - tile.first) * style.row_height,
            rows=rows,
            top=tile.first * style.row_height,
            left=tile.x0,
        )
        frame.width = min(frame.width, inner)
        p.save()
        p.translate(MARGIN, MARGIN + self.title_height)
        p.setClipRect(QRectF(0, 0, frame.width, frame.height))
        self.painter.paint(p, frame)
        p.setClipping(False)
        p.setPen(style.grid_strong)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(0.5, 0.5, frame.width - 1, frame.height - 1))
        p.restore()
        legend_top = MARGIN + self.title_height + frame.height + LEGEND_GAP
        legend.paint(p, self.painter, self.legend, QRectF(MARGIN, legend_top, inner, 1))

    def _title(self, p: QPainter, box: QRectF, tile: tl.Tile, pages: int) -> None:
        style = self.style
        roadmap = self.roadmap
        title_font = QFont(style.bold)
        title_font.setPixelSize(round(style.font.pixelSize() * 1.6))
        p.setFont(title_font)
        p.setPen(style.text)
        top = QRectF(box.left(), box.top(), box.width(), box.height() * 0.55)
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, roadmap.title)
        p.setFont(style.font)
        if roadmap.organisation:
            p.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       roadmap.organisation)  # fmt: skip
        parts = [texts.tr("Timeline as of {date}").format(date=texts.day_text(self.layout.as_of))]
        if self.layout.baseline_id is not None:
            baseline = next(b for b in roadmap.baselines if b.id == self.layout.baseline_id)
            parts.append(
                texts.tr("compared with baseline '{name}' of {date}").format(
                    name=baseline.name, date=texts.day_text(baseline.captured_on)
                )
            )
        bottom = QRectF(box.left(), top.bottom(), box.width(), box.height() - top.height())
        p.setPen(style.muted)
        p.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   " · ".join(parts))  # fmt: skip
        if pages > 1:
            page_text = texts.tr("Page {n} of {total}").format(n=tile.page, total=pages)
            p.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       page_text)  # fmt: skip


def _memory() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def _pdf(sheet: _Sheet, size_id: QPageSize.PageSizeId, landscape: bool) -> bytes:
    buffer = _memory()
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"{sheet.roadmap.title} — timeline")
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size_id),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    p = QPainter()
    if not p.begin(writer):
        raise TimelineExportError("cannot draw the PDF")
    factor = PDF_DPI / UNITS_PER_INCH
    try:
        for tile in sheet.tiles:
            if tile.page > 1:
                writer.newPage()
            p.save()
            p.scale(factor, factor)
            sheet.paint_page(p, tile, len(sheet.tiles), sheet.page.height)
            p.restore()
    finally:
        p.end()
    return bytes(buffer.data().data())


def _image(sheet: _Sheet, suffix: str) -> bytes:
    """The whole chart as one picture: a PNG, or an SVG of the same drawing."""
    style = sheet.style
    rows = len(sheet.layout.rows)
    chart = sheet.chart_width if sheet.fit == "tile" else min(sheet.chart_width, sheet.chart_space)
    width = 2 * MARGIN + style.label_width + chart
    height = (
        2 * MARGIN + sheet.title_height + style.header_height + rows * style.row_height
        + LEGEND_GAP + sheet.legend_height
    )  # fmt: skip
    if sheet.fit == "tile":
        sheet.page = _Page(max(width, sheet.page.width), height)
        sheet.legend_height = legend.paint(
            None, sheet.painter, sheet.legend, QRectF(0, 0, sheet.page.width - 2 * MARGIN, 1)
        )
    else:
        sheet.page = _Page(sheet.page.width, height)
    whole = tl.Tile(1, 0, 0, rows, 0.0, chart)
    if suffix == ".svg":
        return _svg(sheet, whole)
    factor = PNG_DPI / UNITS_PER_INCH
    pixels = QSizeF(sheet.page.width * factor, sheet.page.height * factor)
    if max(pixels.width(), pixels.height()) > MAX_PNG_SIDE:
        raise TimelineExportError(
            f"{rows} rows make a picture too large for a PNG "
            f"({math.ceil(pixels.width())} × {math.ceil(pixels.height())} pixels); "
            "export a PDF instead, which spreads the rows over pages"
        )
    image = QImage(math.ceil(pixels.width()), math.ceil(pixels.height()),
                   QImage.Format.Format_ARGB32_Premultiplied)  # fmt: skip
    dots = round(PNG_DPI / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(style.base)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.scale(factor, factor)
    sheet.paint_page(p, whole, 1, sheet.page.height)
    p.end()
    buffer = _memory()
    writer = QImageWriter(buffer, b"png")
    if not writer.write(image):
        raise TimelineExportError(f"cannot draw the PNG: {writer.errorString()}")
    return bytes(buffer.data().data())


def _svg(sheet: _Sheet, whole: tl.Tile) -> bytes:
    """Vectors in the window's 1/96-inch units, so 1 unit is 1 SVG pixel."""
    width, height = math.ceil(sheet.page.width), math.ceil(sheet.page.height)
    buffer = _memory()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(round(UNITS_PER_INCH))
    generator.setTitle(f"{sheet.roadmap.title} — timeline")
    p = QPainter()
    if not p.begin(generator):
        raise TimelineExportError("cannot draw the SVG")
    try:
        sheet.paint_page(p, whole, 1, sheet.page.height)
    finally:
        p.end()
    return bytes(buffer.data().data())
