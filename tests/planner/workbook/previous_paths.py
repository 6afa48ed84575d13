"""The workbook's code paths as they were before the export's speed-ups (no tests here):
the equivalence tests write the same roadmap through these and through today's code and
compare every part of the two files. Kept verbatim apart from names and typing."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest

from planner.i18n import _
from planner.model.register import Lifecycle, Tier
from planner.numbers import round_half_up
from planner.register import report
from planner.register.duties import DutyState, DutyStatus
from planner.register.summary import RegisterRow
from planner.workbook import adoption, people, summary, value_sheet
from planner.workbook import register as register_sheet
from planner.workbook import sheet as sheet_module
from planner.workbook import table as table_module
from planner.workbook.cells import TRIGGERS, clean_text
from planner.workbook.sheet import _SHORT, Sheet, display_width, text_lines
from planner.workbook.style import DIGITS, HEADER, NOTE, Look, wrapped
from planner.workbook.table import (
    Beside,
    Styled,
    TableSpec,
    header_height,
    row_height,
    unique_headers,
)


def write_row(
    self: Sheet, r: int, first: int, values: Sequence[Any], looks: Sequence[Look | None]
) -> None:
    self._recent.keep(r, first, values, looks)
    ws = self.ws
    styles = self.styles
    by_id = styles.by_id
    write_string, write_number, write_blank = ws.write_string, ws.write_number, ws.write_blank
    write_datetime = ws.write_datetime
    for i, look in enumerate(looks):
        if look is None:
            continue
        c = first + i
        value = values[i]
        hit = by_id.get(id(look)) or styles.resolve(look)
        kind = value.__class__
        if kind is str:
            if not (value.isprintable() and len(value) <= _SHORT):
                value = clean_text(value)
            if value:
                write_string(r, c, value, hit[2] if value[0] in TRIGGERS else hit[1])
            else:
                write_blank(r, c, None, hit[1])
        elif kind is float or kind is int:
            if math.isfinite(value):
                if kind is float and (digits := DIGITS.get(look.fmt)) is not None:
                    value = round_half_up(value, digits)
                write_number(r, c, value, hit[1])
            else:
                write_blank(r, c, None, hit[1])
        elif value is None:
            write_blank(r, c, None, hit[1])
        elif kind is dt.date and look.fmt != "text":
            write_datetime(r, c, value, hit[1])
        else:
            self._write_other(r, c, value, look)


def keep_row(self: Sheet, r: int, looks: Sequence[Look | None]) -> None:
    if looks.count(None) == len(looks):
        if self._default is None:
            self._default = self.book.add_format()
        self.ws.write_blank(r, 0, None, self._default)


def fill(self: Any, row: Sequence[Any], values: list[Any], looks: list[Any], at: int) -> int:
    count = len(self.looks)
    if len(row) != count:
        raise ValueError(f"a row of {len(row)} values for {count} columns")
    values[at : at + count] = row
    looks[at : at + count] = self.looks
    lines = 1
    limits = self.limits
    for index, value in enumerate(row):
        kind = value.__class__
        if kind is str:
            if len(value) <= limits[index] and "\n" not in value:
                continue
            look = self.looks[index]
        elif kind is Styled:
            value, look = value.value, value.look
            values[at + index], looks[at + index] = value, look
            if value.__class__ is not str or (len(value) <= limits[index] and "\n" not in value):
                continue
        else:
            continue
        if "\n" in value or len(value) > self.one_line[index]:
            needed = text_lines(value, self.widths[index])
        else:
            needed = 1
        if needed > 1 or look.wrap:
            lines = max(lines, needed)
            looks[at + index] = self.wrapped[index] if look is self.looks[index] else wrapped(look)
    for index in self.totalled:
        value = values[at + index]
        if isinstance(value, (int, float)):
            self.sums[index] += value
    return lines


def append_values(
    self: Sheet, values: Sequence[Any], looks: Sequence[Look | None], *, height: float | None = None
) -> int:
    """Write the next row from parallel lists of values and looks (a ``None`` look:
    no cell); what :meth:`append` does, without pairing items (for long tables)."""
    r = self._next_row(0, height, False)
    self._write_row(r, 0, values, looks)
    if height is not None:
        self._keep_row(r, looks)
    self._note_fonts(looks)
    return self.row


def write_tables(
    sheet: Sheet, specs: Sequence[TableSpec], beside: Beside | None = None
) -> list[int]:
    """Write tables side by side from the sheet's next row on: one header row, the
    rows, and a totals row under each table that has column totals; register each
    Excel table. Column widths must already be set (see :func:`measure`). Rows are
    written once, top to bottom: ``beside`` gives the helper cells of each row.
    Returns the number of data rows of each table."""
    width = max(s.first_col + len(s.columns) - 1 for s in specs)
    headers = [unique_headers([_(c.header) for c in s.columns]) for s in specs]
    line: list[Any] = [None] * width
    height = 0.0
    for spec, names in zip(specs, headers, strict=True):
        line[spec.first_col - 1 : spec.first_col - 1 + len(names)] = [(h, HEADER) for h in names]
        height = max(height, header_height(names, [sheet.column_width(spec.first_col + i)
                                                   for i in range(len(names))]))  # fmt: skip
    header_row = sheet.append(line, height=height)
    if beside is not None:
        sheet.write_cells(header_row, beside[0], beside[1](0))
    streams = [iter(spec.rows()) for spec in specs]
    fillers = [table_module._Filler(sheet, spec) for spec in specs]
    counts = [0] * len(specs)
    closed = [False] * len(specs)  # totals row or empty note written
    while not all(closed):
        values: list[Any] = [None] * width
        looks: list[Any] = [None] * width
        lines = 1
        filled = False
        for i, spec in enumerate(specs):
            if closed[i]:
                continue
            at = spec.first_col - 1
            row = next(streams[i], None)
            if row is not None:
                counts[i] += 1
                lines = max(lines, fillers[i].fill(row, values, looks, at))
                filled = True
                continue
            closed[i] = True
            end = at + len(spec.columns)
            if counts[i] == 0:
                values[at], looks[at] = spec.empty_note, NOTE
                filled = True
            elif any(c.total for c in spec.columns):
                values[at:end], looks[at:end] = fillers[i].totals()
                filled = True
        if filled:
            tall = row_height(lines) if lines > 1 else None
            at_row = append_values(sheet, values, looks, height=tall)
            data_row = at_row - header_row
            if beside is not None and all(data_row <= count for count in counts):
                sheet.write_cells(at_row, beside[0], beside[1](data_row))
    for spec, names, count in zip(specs, headers, counts, strict=True):
        if count:
            table_module._register(sheet, spec, names, header_row, header_row + count)
    return counts


def content_width(values: list[Any], look: Look) -> float:
    """The widest of :func:`display_width` over ``values``, found by kind: the
    longest text, the largest and the most negative number (a width grows with
    the number's size)."""
    texts: list[str] = []
    numbers: list[float] = []
    widest = 0.0
    for value in values:
        kind = value.__class__
        if kind is str:
            texts.append(value)
        elif kind is float or kind is int:
            numbers.append(value)
        elif value is not None:
            value_look = look
            if kind is Styled:
                value, value_look = value.value, value.look
            widest = max(widest, display_width(value, value_look))
    if texts:
        multi_line = [t for t in texts if "\n" in t]
        if multi_line:  # only the longest line of a text counts
            longest = max(len(line) for t in multi_line for line in t.split("\n"))
            single = [t for t in texts if "\n" not in t]
            longest = max(longest, max(map(len, single), default=0))
        else:
            longest = max(map(len, texts))
        widest = max(widest, longest * (1.1 if look.bold else 1.0))
    if numbers:
        widest = max(widest, display_width(max(numbers, key=abs), look),
                     display_width(min(numbers), look))  # fmt: skip
    return widest


def latest_quotes(ctx: Any, stage_id: str, limit: int) -> list[Any]:
    """The newest feedback with text about a stage or its use cases, up to the as-of date."""
    cases = {u.id for u in ctx.roadmap.use_cases if u.stage_id == stage_id}
    found = [
        f for f in ctx.roadmap.feedback
        if f.text and f.date <= ctx.as_of and (f.stage_id == stage_id or f.use_case_id in cases)
    ]  # fmt: skip
    return sorted(found, key=lambda f: (-f.date.toordinal(), f.id))[:limit]


def tier_text(tier: Tier) -> str:
    return {
        Tier.PROHIBITED: _("prohibited"),
        Tier.HIGH_RISK: _("high-risk"),
        Tier.TRANSPARENCY: _("transparency"),
        Tier.MINIMAL: _("minimal"),
        Tier.NOT_SCREENED: _("not screened"),
    }[tier]


def status_text(status: DutyStatus) -> str:
    return {
        DutyStatus.MET: _("met"),
        DutyStatus.MISSING: _("missing"),
        DutyStatus.UPCOMING: _("upcoming"),
        DutyStatus.TO_CHECK: _("to check"),
    }[status]


def lifecycle_text(state: Lifecycle) -> str:
    return {
        Lifecycle.PROPOSED: _("proposed"),
        Lifecycle.PILOTING: _("piloting"),
        Lifecycle.APPROVED: _("approved"),
        Lifecycle.RESTRICTED: _("restricted"),
        Lifecycle.RETIRED: _("retired"),
    }[state]


def duty_line(duty: DutyState) -> str:
    from planner.i18n import format_day

    line = _(
        "{article} — {duty}: {status}, from {day}",
        article=duty.article,
        duty=duty.duty,
        status=status_text(duty.status),
        day=format_day(duty.applies_from),
    )
    if duty.pending_from:
        line += " " + _("(pending: {day})", day=format_day(duty.pending_from))
    return line


def sheet_row(row: RegisterRow, duty_text: Any = None) -> tuple[Any, ...]:
    data = report.row_json(row)
    return (
        data["name"],
        data["stage"] or "",
        tier_text(row.tier),
        report.REASON_SEPARATOR.join(data["reasons"]),
        report.REASON_SEPARATOR.join(duty_line(d) for d in row.duties),
        data["overseer"] or "",
        "" if row.lifecycle is None else lifecycle_text(row.lifecycle),
        row.lifecycle_on,
        _("yes") if row.complete else _("no"),
        report.REASON_SEPARATOR.join(data["gaps"]),
    )


@contextmanager
def previous_paths() -> Iterator[None]:
    """Today's workbook code with the previous paths put back in its place."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sheet_module.Sheet, "_write_row", write_row)
        patch.setattr(sheet_module.Sheet, "_keep_row", keep_row)
        patch.setattr(table_module._Filler, "fill", fill, raising=False)
        patch.setattr(table_module, "_content_width", content_width)
        patch.setattr(summary, "latest_quotes", latest_quotes)
        for module in (table_module, people, value_sheet, adoption):
            patch.setattr(module, "write_tables", write_tables)
        patch.setattr(register_sheet, "sheet_row", sheet_row)
        patch.setattr(register_sheet, "tier_text", tier_text)
        yield
