"""Generators of hostile inputs, one function per class (nothing large is committed).

Each generator writes one file into a folder and returns its path. The
classes follow issue 19: memory and time without bound, values out of range,
input taken for what it is not, terminal injection. Run it to look at the
small ones by hand::

    python tests/hostile/corpus.py OUT_FOLDER [--large]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "resources" / "templates" / "blank.pilotplan"
SAMPLE = ROOT / "resources" / "templates" / "ai-adoption.pilotplan"

MIB = 1024 * 1024
ROADMAP_CAP = 20 * MIB
"""The app's size limit for a roadmap file; hostile files stay just under it."""


def envelope(sample: Path = SAMPLE) -> dict[str, Any]:
    """A valid file's envelope, to be damaged."""
    data: dict[str, Any] = json.loads(sample.read_text(encoding="utf-8"))
    return data


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _with_list(folder: Path, name: str, field: str, item: str, budget: int) -> Path:
    """The blank roadmap with ``roadmap.<field>`` made of ``item``, ``budget`` bytes long."""
    base = envelope(TEMPLATE)
    base["roadmap"][field] = ["@@"]
    head, tail = json.dumps(base).split('"@@"')
    count = (budget - len(head) - len(tail)) // (len(item) + 1)
    body = ",".join([item] * count)
    return _write(folder / name, head + body + tail)


# ----------------------------------------------------- roadmap: memory and time


def wide_objects(folder: Path) -> Path:
    """18 MB of ``{"ab": 1}`` measurements: 2 million objects (12.5 GB in the app before)."""
    return _with_list(folder, "wide-objects.pilotplan", "measurements", '{"ab": 1}', 18 * MIB)


def wide_objects_within_scan(folder: Path) -> Path:
    """Objects just large enough to pass the structure scan (20 bytes each), each wrong."""
    item = '{"abcdefghijklm":1}'
    return _with_list(folder, "wide-objects-16.pilotplan", "measurements", item, ROADMAP_CAP - MIB)


def wide_floats(folder: Path) -> Path:
    """A list of floats where measurements go (5.8 GB, 31 s before), just dense enough
    to pass the structure scan (5 bytes a value)."""
    return _with_list(folder, "wide-floats.pilotplan", "measurements", "12.5", ROADMAP_CAP - MIB)


def wide_scalars(folder: Path) -> Path:
    """Ten million one-digit numbers: the most values 20 MB can hold."""
    return _with_list(folder, "wide-scalars.pilotplan", "measurements", "1", ROADMAP_CAP - MIB)


def many_keys(folder: Path) -> Path:
    """One object with about a million keys (a million "unknown field" errors)."""
    base = envelope(TEMPLATE)
    base["roadmap"]["teams"] = ["@@"]
    head, tail = json.dumps(base).split('"@@"')
    keys = ",".join(f'"k{i:07d}":1' for i in range(1_400_000))
    return _write(folder / "many-keys.pilotplan", head + "{" + keys + "}" + tail)


def many_errors(folder: Path) -> Path:
    """150,000 teams each with a negative headcount: every one is a problem."""
    base = envelope(TEMPLATE)
    base["roadmap"]["teams"] = [
        {"id": f"t{i}", "name": "T", "headcount": -1} for i in range(150_000)
    ]
    return _write(folder / "many-errors.pilotplan", json.dumps(base))


def deep(folder: Path) -> Path:
    """Lists nested 100,000 deep (the parser would recurse)."""
    return _write(folder / "deep.pilotplan", "[" * 100_000 + "]" * 100_000)


# ----------------------------------------------------- roadmap: values out of range


def _edited(folder: Path, name: str, edit: Callable[[dict[str, Any]], None]) -> Path:
    base = envelope()
    edit(base["roadmap"])
    return _write(folder / name, json.dumps(base, indent=2))


def huge_metric_range(folder: Path) -> Path:
    """A metric whose range is ±1.7e308 (the Overview chart then crashed the app)."""

    def edit(roadmap: dict[str, Any]) -> None:
        roadmap["metrics"][0]["min_value"] = -1.7e308
        roadmap["metrics"][0]["max_value"] = 1.7e308

    return _edited(folder, "huge-metric-range.pilotplan", edit)


def far_dates(folder: Path) -> Path:
    """A horizon and a stage ending 9999-12-31 (the Timeline raised 'year 10000')."""

    def edit(roadmap: dict[str, Any]) -> None:
        roadmap["horizon_end"] = "9999-12-31"
        roadmap["stages"][-1]["planned_end"] = "9999-12-31"

    return _edited(folder, "far-dates.pilotplan", edit)


def ancient_dates(folder: Path) -> Path:
    """A use case starting 0001-01-01."""

    def edit(roadmap: dict[str, Any]) -> None:
        roadmap["horizon_start"] = "0001-01-01"
        roadmap["use_cases"][0]["planned_start"] = "0001-01-01"

    return _edited(folder, "ancient-dates.pilotplan", edit)


# ----------------------------------------------------- roadmap: taken for what it is not

COERCIONS: dict[str, tuple[str, Any]] = {
    "true for a number": ("roadmap.use_cases.0.cost_per_year", True),
    "text for a whole number": ("roadmap.teams.0.headcount", "55"),
    "number for a date": ("roadmap.use_cases.0.planned_start", 0),
    "number for a text": ("roadmap.teams.0.name", 12),
    "4,001-digit revision": ("roadmap.lineage.revision", int("9" * 4001)),
    "1 for true": ("roadmap.people.0.is_ambassador", 1),
    "text for a list": ("roadmap.use_cases.0.team_ids", "team-hr"),
    "float for a whole number": ("roadmap.working_weeks", 45.5),
    "date and time for a date": ("roadmap.horizon_start", "2026-01-05T00:00:00"),
}
"""Values a lax reader would silently convert; the schema allows none of them."""


def set_path(data: Any, dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        data = data[int(part)] if isinstance(data, list) else data[part]
    if isinstance(data, list):
        data[int(last)] = value
    else:
        data[last] = value


def coerced(folder: Path, case: str) -> Path:
    path, value = COERCIONS[case]
    base = envelope()
    set_path(base, path, value)
    name = case.replace(" ", "-").replace(",", "") + ".pilotplan"
    text = json.dumps(base, indent=2) if not isinstance(value, int) or value < 10**20 else None
    if text is None:  # json.dumps refuses ints over Python's digit limit
        base_text = json.dumps({**base, "roadmap": {**base["roadmap"], "lineage": "@@"}})
        lineage = dict(base["roadmap"]["lineage"], revision=0)
        text = base_text.replace(
            '"@@"', json.dumps(lineage).replace('"revision": 0', '"revision": ' + "9" * 4001)
        )
    return _write(folder / name, text)


# ----------------------------------------------------- terminal injection

FORGED_LINE = "valid: 3 stages, 26 gate criteria, 12 use cases"
CONTROL_TEXTS = {
    "clear screen": "\x1b[2J\x1b[H",
    "window title": "\x1b]0;pwned\x07",
    "clipboard write (OSC 52)": "\x1b]52;c;ZWNobyBoaQ==\x07",
    "forged line": "\n" + FORGED_LINE + "\n",
    "carriage return": "\rvalid",
    "right-to-left override": "\u202egnp.exe",
}


def terminal_roadmap(folder: Path) -> Path:
    """A valid roadmap whose free texts carry terminal escape sequences."""

    def edit(roadmap: dict[str, Any]) -> None:
        payload = "".join(CONTROL_TEXTS.values())
        roadmap["objective"] = "Objective" + payload
        roadmap["stages"][0]["goal"] = "Goal" + payload
        for decision in roadmap["decisions"]:
            decision["rationale"] = "Because" + payload
            decision["conditions"] = "If" + payload

    return _edited(folder, "terminal.pilotplan", edit)


def forged_name(folder: Path) -> Path:
    """A broken file whose name forges a success line when echoed raw."""
    return _write(folder / f"x\n{FORGED_LINE}\x1b[2J.pilotplan", "{not json")


# ----------------------------------------------------- usage reports

USAGE_HEADER = ["week", "metric", "value", "team"]
WEEKLY_HEADER = ["PersonId", "MetricDate", "Total Copilot actions taken", "Organization"]
TEAMS = ("HR", "Underwriting", "Customer service", "PMO")


def weekly_actions_csv(
    folder: Path, rows: int, *, bad_week: str | None = None, people: int = 100_000
) -> Path:
    """A per-user weekly actions export (Viva style) of exactly ``rows`` data rows, written
    in chunks; ``bad_week`` replaces the week of the first row."""
    path = folder / f"weekly-actions-{rows}.csv"
    mondays = [dt.date(2026, 1, 5) + dt.timedelta(weeks=w) for w in range(rows // people + 1)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(WEEKLY_HEADER) + "\n")
        lines: list[str] = []
        for n in range(rows):
            week = mondays[n // people].isoformat() if n or bad_week is None else bad_week
            lines.append(f"p{n % people},{week},{n % 23},{TEAMS[n % people % 4]}\n")
            if len(lines) == 50_000:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))
    return path


def usage_csv(
    folder: Path, name: str, rows: list[list[Any]], header: list[str] | None = None
) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header or USAGE_HEADER)
    writer.writerows(rows)
    return _write(folder / name, buffer.getvalue())


def _tidy_workbook(path: Path, rows: list[list[Any]]) -> Path:
    """A small tidy usage workbook written by openpyxl (typed cells: dates stay dates)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(USAGE_HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _with_part(path: Path, part: str, data: bytes) -> Path:
    """``path`` rewritten with one zip member replaced (or added)."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != part}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        archive.writestr(part, data)
    return path


_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def xlsx_big_shared_strings(folder: Path, megabytes: int = 40) -> Path:
    """A workbook whose table of texts expands to ``megabytes`` MiB of varied text
    (compresses about 2:1, far under any zip-bomb ratio: only its size gives it away)."""
    path = _tidy_workbook(folder / "big-shared-strings.xlsx", [["2026-W10", "met-wau", 55, "t"]])
    pieces = [b"<sst " + _MAIN + b">"]
    size = 0
    while size < megabytes * MIB:
        piece = b"<si><t>" + os.urandom(512).hex().encode() + b"</t></si>"
        pieces.append(piece)
        size += len(piece)
    pieces.append(b"</sst>")
    return _with_part(path, "xl/sharedStrings.xml", b"".join(pieces))


def xlsx_big_row(folder: Path, megabytes: float = 2) -> Path:
    """A workbook whose second row is one ``<row>`` of ``megabytes`` MiB of varied numbers."""
    path = _tidy_workbook(folder / "big-row.xlsx", [])
    cells, size, n = [], 0, 0
    while size < megabytes * MIB:
        cell = b'<c r="A2"><v>%d</v></c>' % int.from_bytes(os.urandom(6), "big")
        cells.append(cell)
        size += len(cell)
        n += 1
    row = b'<row r="2">' + b"".join(cells) + b"</row>"
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(b"</sheetData>", row + b"</sheetData>")
    if b"</sheetData>" not in sheet:  # an empty sheet is written <sheetData/>
        sheet = sheet.replace(b"<sheetData/>", b"<sheetData>" + row + b"</sheetData>")
    return _with_part(path, "xl/worksheets/sheet1.xml", sheet)


def xlsx_excel_dates(folder: Path, day: dt.date = dt.date(1900, 1, 1)) -> Path:
    """A tidy workbook whose week is a date cell outside the supported years."""
    rows: list[list[Any]] = [[dt.datetime.combine(day, dt.time()), "met-wau", 55, "team-hr"]]
    return _tidy_workbook(folder / f"excel-date-{day.isoformat()}.xlsx", rows)


def fifo(folder: Path, name: str = "usage.csv") -> Path:
    """A named pipe where a file is expected: reading it blocks until someone writes."""
    path = folder / name
    os.mkfifo(path)
    return path


# ----------------------------------------------------- the corpus at once

SMALL: dict[str, Callable[[Path], Path]] = {
    "deep": deep,
    "huge metric range": huge_metric_range,
    "far dates": far_dates,
    "ancient dates": ancient_dates,
    "terminal": terminal_roadmap,
}
LARGE: dict[str, Callable[[Path], Path]] = {
    "wide objects": wide_objects,
    "wide objects within the scan": wide_objects_within_scan,
    "wide floats": wide_floats,
    "wide scalars": wide_scalars,
    "many keys": many_keys,
    "many errors": many_errors,
}
"""Roadmap files of about 20 MB each, built to exhaust memory or time."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--large", action="store_true", help="also the ~20 MB files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    makers = {**SMALL, **(LARGE if args.large else {})}
    for make in makers.values():
        print(make(args.out))
    for case in COERCIONS:
        print(coerced(args.out, case))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
