"""Writing a row of cells as one XML element (the same bytes openpyxl writes, faster).

openpyxl's write-only worksheet writes each cell through three nested
``xmlfile.element`` contexts; for the workbook's hundreds of thousands of
plain cells that is about a third of the export. Here a row becomes one
element tree (built in C by lxml) written in one call. Only the cells this
workbook makes are handled — inline text, numbers and dates, each with its
style — and the bytes are the ones openpyxl would write (a test compares
them); a row holding anything else (a formula, a comment, a hyperlink, rich
text) is left to openpyxl.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from openpyxl.compat.strings import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.xml import LXML
from openpyxl.xml.constants import XML_NS
from openpyxl.xml.functions import Element, SubElement

_SPACE = f"{{{XML_NS}}}space"
_PLAIN = frozenset({"s", "n", "d"})

RowWriter = Callable[[Any, Iterable[Any], int], None]


def install(ws: Any) -> None:
    """Make a write-only worksheet take rows of ready cells, written as single elements.

    Call it before the first row, once the sheet's head (widths, views, print
    set-up) is final: it starts the sheet's writer.
    """
    # Rows hold ready cells; openpyxl would first try to bind each one as a value,
    # fail, format an error message and fall back (a third of the export time).
    # Each row's cells are distinct objects, so a row can be read in full first.
    ws._values_to_row = _cells_to_row
    ws._get_writer()
    if LXML:  # the fallback writer streams differently; keep openpyxl's own path
        ws._writer.write_row = _fast_row_writer(ws._writer, ws._writer.write_row)


def _cells_to_row(cells: Iterable[Any], row: int) -> Iterator[Any]:
    for column, cell in enumerate(cells, start=1):
        if cell is not None:
            cell.row, cell.column = row, column
            yield cell


def _fast_row_writer(writer: Any, original: RowWriter) -> RowWriter:
    ws = writer.ws
    workbook = ws.parent
    styles = workbook._cell_styles
    epoch = workbook.epoch
    iso_dates = workbook.iso_dates
    # Style ids by the bytes of the style array: hashing a StyleArray builds a tuple.
    style_ids: dict[bytes, int] = {}

    def write_row(xf: Any, row: Iterable[Any], row_idx: int) -> None:
        cells = list(row)
        attrs = {"r": f"{row_idx}"}
        attrs.update(ws.row_dimensions.get(row_idx, {}))
        element = Element("row", attrs)
        written = False
        for cell in cells:
            kind = cell.data_type
            value = cell._value
            if (
                kind not in _PLAIN
                or cell._comment is not None
                or cell._hyperlink is not None
                or (kind == "s" and not isinstance(value, str | None))
                or (kind == "d" and iso_dates)
            ):
                original(xf, cells, row_idx)  # not a cell this workbook makes
                return
            style = cell._style
            styled = style is not None and any(style)
            if value is None and not styled:
                continue
            written = True
            cell_attrs = {"r": f"{get_column_letter(cell.column)}{cell.row}"}
            if styled:
                key = style.tobytes()
                sid = style_ids.get(key)
                if sid is None:
                    sid = style_ids[key] = styles.add(style)
                cell_attrs["s"] = f"{sid}"
            if kind == "s":
                cell_attrs["t"] = "inlineStr"
            else:
                cell_attrs["t"] = "n"
                if kind == "d":
                    value = to_excel(value, epoch)
            c = SubElement(element, "c", cell_attrs)
            if value is None or value == "":
                c.text = ""  # openpyxl writes an empty cell open and closed: same bytes
            elif kind == "s":
                space = {_SPACE: "preserve"} if value != value.strip() else {}
                SubElement(SubElement(c, "is"), "t", space).text = value
            else:
                SubElement(c, "v").text = safe_string(value)
        if not written:
            original(xf, cells, row_idx)  # an empty row: openpyxl writes it open and closed
            return
        xf.write(element)

    return write_row
