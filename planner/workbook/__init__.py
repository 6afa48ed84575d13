"""The steering-committee workbook (DESIGN §5): an ``.xlsx`` export of a roadmap.

Importing this package is cheap: the writer (xlsxwriter) is imported only when
a workbook is written (:func:`export_workbook` loads :mod:`planner.workbook.export`
on call), so the command line and the desktop app start without it.

How to add a sheet
------------------
1. Write a module ``planner/workbook/NAME.py`` with ``write(ctx, sheet)``:
   ``ctx`` (:class:`planner.workbook.context.Context`) holds the roadmap, the
   as-of date, lookups and the gate evaluation, computed once per export (take
   every figure from the planner computation the app shows: one set of
   numbers); ``sheet`` is a :class:`planner.workbook.sheet.Sheet`.
2. Add its title to :data:`planner.workbook.sheets.SHEET_NAMES` (tab order) and the module to
   ``MODULES`` in :mod:`planner.workbook.export`; ``--sheets`` and the app's
   export then know it.
3. In ``write``, in this order (rows are written once, top to bottom):

   - widths: ``sheet.widths([...])`` in characters, before the first row —
     :func:`planner.workbook.table.measure` fits them to a table's content;
   - print set-up: :func:`planner.workbook.layout.setup` (landscape A4, one page
     wide, title rows repeated, header and footer, frozen panes);
   - rows: ``sheet.append(items, height=, outline=, hidden=, merge=)`` where each
     item is ``None``, a plain value (text look) or ``(value, look)`` with a
     :class:`planner.workbook.style.Look`; values are ``str`` (always written as
     text, cleaned, cut at 32,767 units, quote-prefixed when it starts like a
     formula), ``int``/``float``, ``bool`` (Yes/No), ``datetime.date`` or
     ``None`` (an empty cell with the look). Never build a formula from user text;
   - a list of records: :func:`planner.workbook.layout.table_sheet` (title,
     subtitle and one Excel table with filters and a totals row), or
     :func:`planner.workbook.table.write_tables` for tables side by side, with
     :class:`~planner.workbook.table.Column` and
     :class:`~planner.workbook.table.Styled` for a cell whose look differs;
   - colour that follows the data: ``sheet.conditional(range, rule)`` with
     :func:`planner.workbook.style.expression` / ``tone_dxf`` or a
     :class:`~planner.workbook.style.ColourScale`;
   - charts: ``sheet.add_line_chart(row, column, LineChart(...))``
     (:mod:`planner.workbook.charts`), drawn from cells already written;
   - ``sheet.page_break_after(row)``, ``sheet.group_summary_above()``.
4. Status is never colour alone: a symbol and a word with it (see ``style``).
5. Tests: read the sheet back with openpyxl and python-calamine (see
   ``tests/planner/workbook/test_workbook_export.py``), add its user-text fields to
   ``tests/planner/workbook/test_workbook_safety.py``, and look at it rendered:
   ``python tests/render_workbook.py``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence

from planner.model.entities import Roadmap
from planner.workbook.sheets import CHANGES_SHEET as CHANGES_SHEET
from planner.workbook.sheets import SHEET_NAMES as SHEET_NAMES
from planner.workbook.sheets import chosen_sheets as chosen_sheets

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, step)`` after each sheet and once the file is written."""


def export_workbook(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date,
    sheets: Sequence[str] | None = None,
    progress: Progress | None = None,
    changes: Sequence[tuple[str, str]] | None = None,
    baseline_id: str | None = None,
) -> None:
    """Write the steering-committee workbook of ``roadmap`` to ``path``.

    ``sheets`` chooses a subset of :data:`SHEET_NAMES` (tab order is kept);
    ``changes`` — (group, sentence) pairs — adds a *Changes* sheet;
    ``baseline_id`` picks the baseline the timeline compares with (default: the
    newest). The same roadmap and ``as_of`` always give the same file.
    Raises ``ValueError`` for an unknown sheet or baseline.
    """
    from planner.workbook.export import write

    write(
        roadmap,
        path,
        as_of=as_of,
        sheets=sheets,
        progress=progress,
        changes=changes,
        baseline_id=baseline_id,
    )
