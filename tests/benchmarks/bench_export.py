"""Benchmark: the steering-committee workbook of a 10,000-use-case roadmap.

    python tests/benchmarks/bench_export.py [--use-cases 10000] [--repeat 3]

Times our export (xlsxwriter, constant-memory mode, from the roadmap to the
closed file: gate evaluation, derived values, every sheet, the tables added)
and reports its added peak memory, next to xlsxwriter (``constant_memory``)
writing the same cells — the values, number formats, bold, ink and fill
colours, column widths, the rows' heights, hidden rows and outline levels,
frozen panes and conditional formats read back from our workbook — as the
yardstick.
xlsxwriter gets the cells ready-made, so its time is for writing only; the
ratio is therefore an upper bound of what changing libraries would gain.
Both sides run under the program's collector policy and import xlsxwriter inside
their clock (ours through planner.workbook.export, loaded on the first export).
Each measurement runs in a fresh process (median of ``--repeat``); peak memory
is the growth of the process's maximum resident set during the export.
Not collected by pytest (the file name does not start with ``test_``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "out" / "export"
AS_OF = dt.date(2026, 4, 1)


class Peak:
    """Growth of the resident set during a measurement: Linux lets a process reset its
    high-water mark (``clear_refs`` 5), so earlier peaks (building the input) do not
    hide the measured one; elsewhere, the growth of ``ru_maxrss``."""

    def __init__(self) -> None:
        self.start = _status("VmRSS")
        try:
            Path("/proc/self/clear_refs").write_text("5")
            self.reset = True
        except OSError:
            self.reset = False
            self.start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def added_mb(self) -> float:
        high = (
            _status("VmHWM") if self.reset else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        )
        return max(0, high - self.start) / 1024


def _status(key: str) -> int:
    """A ``/proc/self/status`` figure in kB (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def child_openpyxl(use_cases: int, out: Path) -> dict[str, Any]:
    sys.path[:0] = [str(ROOT), str(HERE)]
    from generate import generate

    from planner import gc_policy
    from planner.workbook import export_workbook

    gc_policy.apply()  # as the program does at start (ui.launcher)
    roadmap = generate(use_cases)
    peak = Peak()
    cpu = time.process_time()
    steps: dict[str, float] = {}
    last = [time.perf_counter()]

    def progress(done: int, total: int, step: str) -> None:
        now = time.perf_counter()
        steps[step] = now - last[0]
        last[0] = now

    start = last[0] = time.perf_counter()
    export_workbook(roadmap, out, as_of=AS_OF, progress=progress)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak.added_mb(),
        "steps": steps,
        "bytes": out.stat().st_size,
    }


def extract(workbook: Path, cells_file: Path) -> int:
    """Read our workbook's cells and looks into a pickle for the xlsxwriter child."""
    import openpyxl

    book = openpyxl.load_workbook(workbook)
    sheets = []
    count = 0
    for ws in book.worksheets:
        rows = []
        for row in ws.iter_rows():
            cells = []
            for cell in row:
                if cell.value is None and not cell.has_style:
                    cells.append(None)
                    continue
                fill = cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None
                ink = cell.font.color.rgb if cell.font.color is not None else None
                look = (
                    cell.number_format,
                    bool(cell.font.b),
                    _rgb(ink),
                    _rgb(fill),
                    bool(cell.alignment.wrap_text),
                )
                cells.append((cell.value, look))
                count += 1
            rows.append(cells)
        widths = {k: d.width for k, d in ws.column_dimensions.items() if d.width}
        # The rows as written: a height (wrapped text), hidden, an outline level.
        heights = {
            r - 1: (d.height if d.customHeight else None, bool(d.hidden), d.outlineLevel or 0)
            for r, d in ws.row_dimensions.items()
            if d.customHeight or d.hidden or d.outlineLevel
        }
        rules = [
            (str(cf.sqref), r.formula[0], r.dxf.fill.fgColor.rgb if r.dxf and r.dxf.fill else None)
            for cf in ws.conditional_formatting
            for r in cf.rules
            if r.type == "expression"
        ]
        sheets.append(
            {
                "title": ws.title,
                "rows": rows,
                "widths": widths,
                "heights": heights,
                "freeze": ws.freeze_panes,
                "rules": rules,
            }
        )
    cells_file.write_bytes(pickle.dumps(sheets))
    return count


def _rgb(value: Any) -> str | None:
    return value[-6:] if isinstance(value, str) and len(value) >= 6 else None


def child_xlsxwriter(cells_file: Path, out: Path) -> dict[str, Any]:
    sys.path[:0] = [str(ROOT)]
    from planner import gc_policy

    # The collector policy our side runs under (child_openpyxl, as the program does):
    # with CPython's defaults, the floor's clock paid ~0.07 s of collections that scanned
    # the ~1M objects of its unpickled input again and again — the benchmark's input held
    # in memory, not a cost of writing the cells.
    gc_policy.apply()
    sheets = pickle.loads(cells_file.read_bytes())
    peak = Peak()
    cpu = time.process_time()
    start = time.perf_counter()
    # Imported inside the clock, as our side imports it (planner.workbook.export is loaded
    # by the first export_workbook call): a program that writes these cells loads it.
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    formats: dict[tuple[Any, ...], Any] = {}

    def fmt(look: tuple[Any, ...]) -> Any:
        if look not in formats:
            number, bold, ink, fill, wrap = look
            spec: dict[str, Any] = {
                "num_format": number,
                "bold": bold,
                "border": 1,
                "text_wrap": wrap,
                "valign": "top",
            }
            if ink:
                spec["font_color"] = f"#{ink}"
            if fill:
                spec["bg_color"] = f"#{fill}"
            formats[look] = book.add_format(spec)
        return formats[look]

    steps: dict[str, float] = {}  # wall seconds per sheet, as our side's progress steps
    last = start
    for sheet in sheets:
        ws = book.add_worksheet(sheet["title"])
        for letter, width in sheet["widths"].items():
            ws.set_column(f"{letter}:{letter}", width)
        if sheet["freeze"]:
            ws.freeze_panes(sheet["freeze"])
        heights = sheet["heights"]
        for r, row in enumerate(sheet["rows"]):
            if r in heights:
                height, hidden, level = heights[r]
                ws.set_row(r, height, None, {"hidden": hidden, "level": level})
            for c, item in enumerate(row):
                if item is None:
                    continue
                value, look = item
                if isinstance(value, str):
                    ws.write_string(r, c, value, fmt(look))
                elif isinstance(value, dt.datetime | dt.date):
                    ws.write_datetime(r, c, value, fmt(look))
                elif value is None:
                    ws.write_blank(r, c, None, fmt(look))
                else:
                    ws.write_number(r, c, value, fmt(look))
        for cells, formula, fill in sheet["rules"]:
            style = book.add_format({"bg_color": f"#{fill[-6:]}"} if fill else {})
            ws.conditional_format(
                cells,
                {
                    "type": "formula",
                    "criteria": f"={formula}",
                    "format": style,
                    "stop_if_true": True,
                },
            )
        now = time.perf_counter()
        steps[sheet["title"]], last = now - last, now
    book.close()
    seconds = time.perf_counter() - start
    steps["Saved"] = time.perf_counter() - last
    return {
        "seconds": seconds,
        "cpu": time.process_time() - cpu,
        "peak_mb": peak.added_mb(),
        "steps": steps,
        "bytes": out.stat().st_size,
    }


def spawn(*args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--use-cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=["openpyxl", "xlsxwriter"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    ours, yardstick = args.out / "ours.xlsx", args.out / "xlsxwriter.xlsx"
    cells_file = args.out / "cells.pickle"
    if args.child == "openpyxl":
        print(json.dumps(child_openpyxl(args.use_cases, ours)))
        return 0
    if args.child == "xlsxwriter":
        print(json.dumps(child_xlsxwriter(cells_file, yardstick)))
        return 0

    common = ["--use-cases", str(args.use_cases), "--out", str(args.out)]
    mine = [spawn("--child", "openpyxl", *common) for _ in range(args.repeat)]
    count = extract(ours, cells_file)
    theirs = [spawn("--child", "xlsxwriter", *common) for _ in range(args.repeat)]

    def median(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(run[key] for run in runs))

    print(
        f"{args.use_cases:,} use cases, {count:,} cells written, median of {args.repeat} "
        "fresh processes"
    )
    print(f"{'':28}{'wall':>8}{'CPU':>8}{'added peak':>13}{'file':>10}")
    for label, runs in (
        ("ours (xlsxwriter)", mine),
        ("xlsxwriter constant_memory", theirs),
    ):
        print(
            f"{label:28}{median(runs, 'seconds'):7.2f}s{median(runs, 'cpu'):7.2f}s"
            f"{median(runs, 'peak_mb'):10.1f} MB{median(runs, 'bytes') / 1e6:7.2f} MB"
        )
    ratio = median(mine, "cpu") / median(theirs, "cpu")
    print(f"ratio of CPU time (ours / xlsxwriter): {ratio:.1f}×")
    steps = {k: statistics.median(r["steps"][k] for r in mine) for k in mine[0]["steps"]}
    print("ours, per step: " + ", ".join(f"{k} {v:.2f}s" for k, v in steps.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
