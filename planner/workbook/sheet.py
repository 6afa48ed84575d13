"""A worksheet with the workbook's conventions built in (see "How to add a sheet"
in :mod:`planner.workbook`).

Rows are written once, top to bottom, as lists of typed items; rows and
columns are numbered from 1 as Excel shows them. Every cell is written here,
through xlsxwriter's typed calls: text with ``write_string`` only (cleaned by
:func:`planner.workbook.cells.clean_text`, with a quote prefix when it starts
like a formula), numbers with ``write_number``, dates with ``write_datetime``
— user text cannot become a formula on any sheet. A table's data rows are written by
:mod:`planner.workbook.table` with the same calls and rules (its common cells with the
column's format found once, any other through :meth:`Sheet.write_cells_at`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Any, TypeAlias

from planner.i18n import _
from planner.numbers import round_half_up
from planner.workbook.cells import (
    MAX_CELL_CHARS,
    TRIGGERS,
    clean_text,
    column_letter,
    header_footer_text,
    needs_quote_prefix,
)
from planner.workbook.chart_data import RecentRows, Unwrap
from planner.workbook.charts import LineChart, chart_options
from planner.workbook.style import (
    DIGITS,
    MONEY,
    TEXT,
    ColourScale,
    Look,
    Rule,
    StyleBook,
    dated,
    long_date,
)
from planner.workbook.table_parts import TablePart

Item: TypeAlias = Any
"""What a row holds: ``None`` (no cell), a ``(value, look)`` pair, or a plain value
(text look). Values: ``str``, ``int``, ``float``, ``bool`` (written Yes/No),
``datetime.date`` or ``None`` (an empty cell carrying the look)."""

HEADER_FONT_SIZE = 10
"""Header and footer text; printed at the sheet's scale like the cells."""
PAPER_A4 = 9
MIN_PRINTED_PT = 8.0
"""No text is printed smaller: a sheet too wide for that at one page wide prints at a
fixed scale across several pages instead (its first column repeated)."""
PRINTABLE_WIDTH_PT = (297 / 25.4 - 2 * 0.4) * 72
"""A4 landscape between the 0.4-inch side margins."""
DEFAULT_WIDTH = 8.43
# xlsxwriter adds the cell padding (5 px of 7 px digits) to a width; the widths
# here are those stored in the file, as Excel and LibreOffice read them.
_PADDING = 5 / 7
SHORT_TEXT = _SHORT = MAX_CELL_CHARS // 2
"""Printable text up to this length needs no cleaning (see clean_text)."""
_TRIGGERS = TRIGGERS
REMEMBERED = 65_536
"""Rounded figures a workbook keeps per number of decimals (see :func:`rounded`)."""


class Sheet:
    def __init__(self, book: Any, title: str, styles: StyleBook) -> None:
        """``book`` is the xlsxwriter workbook; ``title`` an already valid, unique name."""
        self.book = book
        self.ws: Any = book.add_worksheet(title)
        self.title = title
        self.styles = styles
        self.row = 0
        """The number of the last row written (1-based); 0 before the first."""
        self.ready = False
        self._widths: dict[int, float] = {}
        self._hidden: set[int] = set()
        self._breaks: list[int] = []
        self._fit_height = 0
        self._default: Any = None
        self._recent = RecentRows(_cell_text)
        self.smallest_font = 10.0
        """The smallest font size written on a visible row (points)."""
        self.print_columns: int | None = None
        """The last column printed (helper columns beyond it stay out of print)."""
        self.print_scale: int | None = None
        """Set by :meth:`finish`: a fixed print scale (%), or None when fitted to the width."""
        self.key_columns = 1
        """How many first columns name a row: repeated on every page across when the sheet
        prints across several pages (a gate criterion is its stage and its name)."""
        self.tables: list[TablePart] = []
        """The sheet's Excel tables, in the order added (see :meth:`add_table`)."""

    # --------------------------------------------------------------- columns

    def widths(self, widths: Sequence[float], first: int = 1) -> None:
        """Column widths in characters (before the first row is written)."""
        if self.row:
            raise RuntimeError("column widths must be set before the first row")
        for offset, width in enumerate(widths):
            self._column(first + offset, round(width, 1))

    def column_width(self, index: int) -> float:
        return self._widths.get(index, DEFAULT_WIDTH)

    def hide_columns(self, first: int, last: int) -> None:
        for index in range(first, last + 1):
            self._column(index, self.column_width(index), hidden=True)

    def _column(self, index: int, width: float, hidden: bool = False) -> None:
        self._widths[index] = width
        if hidden:
            self._hidden.add(index)
        options = {"hidden": True} if hidden else None
        self.ws.set_column(index - 1, index - 1, max(0.0, width - _PADDING), None, options)

    # ------------------------------------------------------------------ rows

    def append(
        self,
        items: Iterable[Item] = (),
        *,
        outline: int = 0,
        height: float | None = None,
        hidden: bool = False,
        merge: tuple[int, int] | None = None,
    ) -> int:
        """Write the next row; returns its number. ``merge`` = (first, last) columns
        to merge in this row (the first one's value and look fill them)."""
        values, looks = _split(items)
        r = self._next_row(outline, height, hidden)
        if merge is not None:
            first, last = merge
            # merge_range writes with the generic write(): give it nothing, then
            # write the first cell below with the typed call (the documented way).
            look = looks[first - 1] or TEXT
            self.ws.merge_range(r, first - 1, r, last - 1, None, self.styles.formats(look)[0])
        self._write_row(r, 0, values, looks)
        if merge is None and (outline or height is not None or hidden):
            self._keep_row(r, looks)
        if not hidden:
            self._note_fonts(looks)
        return self.row

    def next_row(self) -> int:
        """Start the next row, with no options (a table's data row: see
        :mod:`planner.workbook.table`, which writes its cells and then, when its text
        wraps, its height with :meth:`row_height`); returns its zero-based index."""
        return self._next_row(0, None, False)

    def row_height(self, r: int, height: float) -> None:
        """The height of the row being written (zero-based ``r``): the writer keeps a
        row's options until the next row starts, so they may follow its cells."""
        self.ws.set_row(r, height, None, {})

    def write_part(
        self, r: int, first: int, values: Sequence[Any], looks: Sequence[Look | None]
    ) -> None:
        """Cells of the row being written (zero-based ``r``, from the zero-based column
        ``first``), on a visible row: what :meth:`append` writes, for part of a row."""
        self._write_row(r, first, values, looks)
        self._note_fonts(looks)

    def note_font(self, size: float) -> None:
        """A font size written on a visible row (see :attr:`smallest_font`)."""
        if size < self.smallest_font:
            self.smallest_font = size

    def keep_recent(self, r: int, first: int, values: Sequence[Any],
                    looks: Sequence[Look | None], unwrap: Unwrap | None) -> None:  # fmt: skip
        """Remember cells written without :meth:`write_part` for the charts drawn from them
        (see :class:`~planner.workbook.chart_data.RecentRows`)."""
        self._recent.keep(r, first, values, looks, unwrap)

    def _keep_row(self, r: int, looks: Sequence[Look | None]) -> None:
        """A row with a height, outline level or hidden but no cell (a spacer) gets an
        empty cell of the default style: the writer streams rows that hold cells only."""
        if not any(looks):  # a Look is always true
            if self._default is None:
                self._default = self.book.add_format()
            self.ws.write_blank(r, 0, None, self._default)

    def write_cells(self, row: int, column: int, items: Sequence[Item]) -> None:
        """Write ``items`` into the row just appended, from ``column`` on (1-based):
        helper cells beside a table, say. Earlier rows are on disk already (the writer
        streams rows: ``constant_memory``)."""
        if row != self.row or not row:
            raise ValueError(f"row {row} is not the row being written ({self.row})")
        values, looks = _split(items)
        self._write_row(row - 1, column - 1, values, looks)

    def _note_fonts(self, looks: Sequence[Look | None]) -> None:
        """Keep the smallest font written on a visible row (the print scale needs it)."""
        for look in looks:
            if look is not None and look.size < self.smallest_font:
                self.smallest_font = look.size

    def _next_row(self, outline: int, height: float | None, hidden: bool) -> int:
        """Start the next row (its options set); returns its zero-based index."""
        if not self.ready:
            raise RuntimeError("call setup() before writing rows")
        self.row += 1
        r = self.row - 1
        if outline or height is not None or hidden:
            options: dict[str, Any] = {}
            if outline:
                options["level"] = outline
            if hidden:
                options["hidden"] = True
            self.ws.set_row(r, height, None, options)
        return r

    def _write_row(
        self, r: int, first: int, values: Sequence[Any], looks: Sequence[Look | None]
    ) -> None:
        """The typed writes of one row's cells (0-based row, from the 0-based column first)."""
        self._recent.keep(r, first, values, looks)
        self.write_cells_at(r, first, values, looks)

    def write_cells_at(
        self, r: int, first: int, values: Sequence[Any], looks: Sequence[Look | None]
    ) -> None:
        """:meth:`_write_row` without remembering the cells for charts."""
        ws = self.ws
        by_id = self.styles.by_id
        resolve = self.styles.resolve
        write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
        isfinite = math.isfinite
        c = first - 1
        for value, look in zip(values, looks, strict=True):
            c += 1
            if look is None:
                continue
            hit = by_id.get(id(look)) or resolve(look)
            kind = value.__class__
            if kind is str:
                if not (value.isprintable() and len(value) <= _SHORT):
                    value = clean_text(value)
                    if not value:
                        write_blank(r, c, None, hit[1])
                        continue
                elif not value:
                    write_blank(r, c, None, hit[1])
                    continue
                write_string(r, c, value, hit[2] if value[0] in _TRIGGERS else hit[1])
            elif kind is float or kind is int:
                if not isfinite(value):  # no figure (the model refuses NaN; a ratio may overflow)
                    write_blank(r, c, None, hit[1])
                elif kind is float and (digits := hit[3]) is not None:  # the app's rounding
                    number = hit[4].get(value)
                    if number is None:
                        number = rounded(value, digits, hit[4])
                    write_number(r, c, number, hit[1])
                else:
                    write_number(r, c, value, hit[1])
            elif value is None:
                write_blank(r, c, None, hit[1])
            elif kind is dt.date and look.fmt != "text":
                ws.write_datetime(r, c, value, hit[1])
            else:
                self._write_other(r, c, value, look)

    def _write_other(self, r: int, c: int, value: Any, look: Look) -> None:
        """Booleans (Yes/No), dates, and subclasses of str, int and float (enums)."""
        plain, quoted = self.styles.formats(look)
        if isinstance(value, bool):
            self.ws.write_string(r, c, _("Yes") if value else _("No"), plain)
        elif isinstance(value, dt.date):
            if look.fmt == "text":  # a date shown as a number would mean nothing
                plain = self.styles.formats(dated(look))[0]
            self.ws.write_datetime(r, c, value, plain)
        elif isinstance(value, str):  # a str subclass (an enum value): its text
            text = clean_text(str.__str__(value))
            self.ws.write_string(r, c, text, quoted if needs_quote_prefix(text) else plain)
        elif isinstance(value, int | float):
            if math.isfinite(value):
                digits = DIGITS.get(look.fmt)
                number = float(value) if digits is None else round_half_up(float(value), digits)
                self.ws.write_number(r, c, number, plain)
        else:
            raise TypeError(f"cannot export a {type(value).__name__}")

    def page_break_after(self, row: int) -> None:
        """Start a new printed page after ``row``."""
        self._breaks.append(row)
        self.ws.set_h_pagebreaks(list(self._breaks))

    def group_summary_above(self) -> None:
        """Outline groups (``append(outline=1)``) collapse into the row above them."""
        self.ws.outline_settings(True, False, True, False)

    # ------------------------------------------------- tables, rules and charts

    def add_table(self, name: str, top: int, first_col: int, bottom: int,
                  headers: Sequence[str], header_look: Look) -> None:  # fmt: skip
        """An Excel table over rows ``top`` (its header) … ``bottom``, with filters and
        banded rows. The header row must already hold ``headers`` (one line, unique),
        written with ``header_look``. The table is added when the file is written
        (:mod:`planner.workbook.table_parts`): the writer streams rows to disk."""
        if bottom <= top:
            raise ValueError(f"table {name!r} needs at least one row under its header")
        last_col = first_col + len(headers) - 1
        ref = f"{column_letter(first_col)}{top}:{column_letter(last_col)}{bottom}"
        self.tables.append(TablePart(name, ref, tuple(clean_text(h) for h in headers)))

    def conditional(self, cells: str, rule: Rule | ColourScale) -> None:
        """A conditional format over ``cells`` (A1 range); rules apply in the order added."""
        if isinstance(rule, Rule):
            options: dict[str, Any] = {
                "type": "formula",
                "criteria": f"={rule.formula}",
                "format": self.styles.dxf(rule.dxf),
                "stop_if_true": rule.stop,
            }
        else:
            options = {
                "type": "3_color_scale",
                "min_type": "num", "min_value": rule.low_value, "min_color": f"#{rule.low}",
                "mid_type": "num", "mid_value": rule.mid_value, "mid_color": f"#{rule.mid}",
                "max_type": "num", "max_value": rule.high_value, "max_color": f"#{rule.high}",
            }  # fmt: skip
        self.ws.conditional_format(cells, options)

    def add_line_chart(self, row: int, column: int, chart: LineChart) -> None:
        """A native line chart with its top-left corner at (``row``, ``column``)."""
        series, settings = chart_options(chart, self.title)
        made = self.book.add_chart({"type": "line"})
        # The values the chart caches (see chart_data), zero-based as chart_options has them.
        data = self._recent.data
        first, last, category = chart.header_row, chart.last_row - 1, chart.category_column - 1
        categories = data(first, category, last, category)
        for line, one in zip(chart.lines, series, strict=True):
            c = line.column - 1
            one = {
                **one,
                "name_data": data(first - 1, c, first - 1, c),
                "categories_data": categories,
                "values_data": data(first, c, last, c),
            }
            made.add_series(one)
        made.set_title(settings["title"])
        made.set_x_axis(settings["x_axis"])
        made.set_y_axis(settings["y_axis"])
        made.set_legend({"position": "bottom"})
        made.set_size(settings["size"])
        if chart.span_gaps:
            made.show_blanks_as("span")
        if chart.show_hidden:
            made.show_hidden_data()
        self.ws.insert_chart(row - 1, column - 1, made)

    # ------------------------------------------------------------ print set-up

    def setup(
        self,
        *,
        roadmap_title: str,
        as_of: dt.date,
        title_rows: int,
        freeze: str | None,
        fit_height: int = 0,
        gridlines: bool = False,
    ) -> None:
        """Freeze panes and print set-up (before the first row): landscape A4, one
        page wide, titles repeated, header and footer."""
        self.ready = True
        ws = self.ws
        if freeze:
            ws.freeze_panes(freeze)
        ws.set_landscape()
        ws.set_paper(PAPER_A4)
        self._fit_height = fit_height
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.hide_gridlines(0 if gridlines else 1)
        ws.center_horizontally()
        if title_rows:
            ws.repeat_rows(0, title_rows - 1)
        size = f"&{HEADER_FONT_SIZE} "
        title = header_footer_text(roadmap_title)
        as_of_text = header_footer_text(_("As of {day}", day=long_date(as_of)))
        ws.set_header(f"&L{size}{title}&C{size}&A&R{size}{as_of_text}", {"margin": 0.25})
        footer = header_footer_text(_("Pilot-to-Scale Planner — steering-committee workbook"))
        # "&P" and "&N" are the page number and count: codes, kept out of the translation.
        pages = _("Page {page} of {pages}", page="&P", pages="&N")
        ws.set_footer(f"&L{size}{footer}&R{size}{pages}", {"margin": 0.25})

    def finish(self) -> None:
        """The print scale, once every row is written: one page wide when the smallest
        text stays at :data:`MIN_PRINTED_PT` or more at that scale (or the sheet is a
        one-page sheet), else the scale that keeps it there, the sheet continuing on
        further pages across with its first column repeated."""
        if self.print_columns is not None and self.row:
            self.ws.print_area(0, 0, self.row - 1, self.print_columns - 1)
        needed = MIN_PRINTED_PT / self.smallest_font
        if self._fit_height or self.fit_scale() >= needed:
            self.ws.fit_to_pages(1, self._fit_height)
            self.print_scale = None
            return
        self.print_scale = min(100, math.ceil(needed * 100))
        self.ws.set_print_scale(self.print_scale)
        self.ws.repeat_columns(0, max(1, self.key_columns) - 1)

    def fit_scale(self) -> float:
        """The scale at which the visible columns fill one page's width."""
        last = self.print_columns or max(self._widths, default=0)
        pixels = sum(
            self.column_width(i) * 7 + 5 for i in range(1, last + 1) if i not in self._hidden
        )
        return PRINTABLE_WIDTH_PT / max(1.0, pixels * 0.75)


def rounded(value: float, digits: int, known: dict[float, float]) -> float:
    """``round_half_up(value, digits)`` (the app's rounding), kept in ``known`` (a style
    entry's last item) for the next cell with that value, which looks it up there first:
    a column repeats its figures (0, 0.1, a licence's cost). Equal floats round alike
    (0.0 and -0.0 both to 0.0)."""
    if len(known) >= REMEMBERED:
        known.clear()
    number = known[value] = round_half_up(value, digits)
    return number


def text_lines(text: str, width: float, limit: int = 40) -> int:
    """Lines a text wraps to in a column ``width`` characters wide (greedy word
    wrap). A width unit is a digit of the default 11-point font, so about 1.3
    characters of 10-point text fit in it, in Excel (Calibri) as in LibreOffice
    (DejaVu Sans, wider but in wider columns); 1.2 leaves a margin.
    Counting stops at ``limit``."""
    capacity = max(1.0, width * 1.2 - 1)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0
        for word in part.split():
            size = len(word)
            if used and used + 1 + size > capacity:
                lines += 1
                used = 0
            if size > capacity:  # a long word breaks across lines
                lines += int((size - 1) // capacity)
                size = int((size - 1) % capacity) + 1
            used += size + (1 if used else 0)
        if lines >= limit:
            return limit
    return max(lines, 1)


def display_width(value: Any, look: Look) -> float:
    """Characters a value needs in its column (an estimate good for fitting widths)."""
    if value is None:
        return 0
    if isinstance(value, str):
        longest = max((len(line) for line in value.split("\n")), default=0)
        return longest * (1.1 if look.bold else 1.0)
    if isinstance(value, dt.date):
        return 12 if look.fmt == "date" else 7
    if isinstance(value, bool):
        return 3
    if isinstance(value, (int, float)):
        digits = len(f"{abs(value):,.0f}") + (3 if look.fmt in ("number", "percent") else 0)
        extra = 5 if look is MONEY or look.fmt == "money" else 1
        return digits + extra + (1 if value < 0 else 0)
    return 10


def _cell_text(value: Any, look: Look) -> str:
    """The text a cell holds for a value written as text (see ``_write_row``)."""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, str):
        return clean_text(str.__str__(value))
    raise TypeError(f"cannot export a {type(value).__name__}")


def _split(items: Iterable[Item]) -> tuple[list[Any], list[Look | None]]:
    """Parallel lists of values and looks (a bare value is text; None: no cell)."""
    values: list[Any] = []
    looks: list[Look | None] = []
    for item in items:
        if item is None:
            values.append(None)
            looks.append(None)
        elif item.__class__ is tuple:
            values.append(item[0])
            looks.append(item[1])
        else:
            values.append(item)
            looks.append(TEXT)
    return values, looks
