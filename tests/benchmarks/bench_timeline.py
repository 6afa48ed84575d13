"""Time the timeline on generated roadmaps of 1k, 10k and 100k use cases.

    python tests/benchmarks/bench_timeline.py                # 1k, 10k, 100k
    python tests/benchmarks/bench_timeline.py 1000 10000     # chosen sizes

Each size runs in a fresh process (offscreen, 1280×800 widget, month zoom) so
memory figures do not mix. Measured, with ``viewport().repaint()`` so every
frame really paints through the offscreen backing store:

- layout: :func:`planner.timeline.build` alone (flat rows from the models);
- first paint: widget built (layout included) until its first frame is painted;
- gates: the deferred gate evaluation that colours the diamonds;
- scroll p50/p90: a frame after each of 60 scroll steps of 3 rows;
- jump: a frame after scrolling to a far row;
- zoomed out (first / next): fit + overview, the first frame (bands computed)
  and the median of 20 more;
- edit: dragging one bar (one undoable edit) until the layout is rebuilt;
- RSS added: resident memory added by the widget after the frames above;
- PDF: exporting the timeline (fit to width), with its page count.

The table ends with the ratio 100k/1k for each column, so the growth is
visible: painting is meant to stay flat; building, gates and the PDF grow
with the number of rows.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SIZES = (1_000, 10_000, 100_000)
AS_OF = dt.date(2026, 6, 1)
COLUMNS = (
    ("layout", "layout ms"),
    ("first_paint", "first paint ms"),
    ("gates", "gates ms"),
    ("scroll_p50", "scroll p50 ms"),
    ("scroll_p90", "scroll p90 ms"),
    ("jump", "jump ms"),
    ("zoomed_first", "zoomed-out 1st ms"),
    ("zoomed", "zoomed-out ms"),
    ("edit", "edit ms"),
    ("rss", "RSS added MB"),
    ("pdf", "PDF s"),
)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def measure(n: int) -> dict[str, float | int]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path[:0] = [str(HERE), str(ROOT)]
    from generate import generate

    from PySide6.QtWidgets import QApplication

    from planner import gc_policy
    from planner import timeline as tl
    from planner.timeline import DragMode, Zoom
    from ui.document import Document
    from ui.export.timeline_picture import export_timeline
    from ui.timeline.widget import TimelineWidget

    gc_policy.apply()  # as the program does at start (ui.launcher)
    app = QApplication(["bench"])
    roadmap = generate(n, seed=1)
    document = Document(roadmap)
    result: dict[str, float | int] = {"n": n}

    start = time.perf_counter()
    layout = tl.build(roadmap, AS_OF, readiness=())
    result["layout"] = _ms(start)
    del layout

    rss = _rss_mb()
    start = time.perf_counter()
    widget = TimelineWidget(document)
    widget.resize(1280, 800)
    view = widget.view
    painted = _count_paints(view)
    widget.show()
    while not painted[0]:  # the offscreen platform exposes and paints from the event loop
        app.processEvents()
    result["first_paint"] = _ms(start)

    start = time.perf_counter()
    view.set_as_of(AS_OF)  # evaluates the gates (what the deferred timer does)
    result["gates"] = _ms(start)
    view.viewport().repaint()

    bar = view.verticalScrollBar()
    step = round(3 * view.style_.row_height)
    frames = []
    for _ in range(60):
        bar.setValue(bar.value() + step)
        start = time.perf_counter()
        view.viewport().repaint()
        frames.append(_ms(start))
    result["scroll_p50"] = statistics.median(frames)
    result["scroll_p90"] = statistics.quantiles(frames, n=10)[-1]

    bar.setValue(bar.maximum() // 2)
    start = time.perf_counter()
    view.viewport().repaint()
    result["jump"] = _ms(start)

    view.set_zoom(Zoom.FIT)
    view.set_overview(True)
    start = time.perf_counter()
    view.viewport().repaint()
    result["zoomed_first"] = _ms(start)
    zoomed = []
    for _ in range(20):
        start = time.perf_counter()
        view.viewport().repaint()
        zoomed.append(_ms(start))
    result["zoomed"] = statistics.median(zoomed)
    view.set_overview(False)
    view.set_zoom(Zoom.MONTH)

    use_case = roadmap.use_cases[n // 2]
    start = time.perf_counter()
    view.reschedule("use_case", use_case.id, DragMode.MOVE, 7)
    view.viewport().repaint()
    result["edit"] = _ms(start)
    result["rss"] = _rss_mb() - rss

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "timeline.pdf"
        start = time.perf_counter()
        export_timeline(document.roadmap, path, as_of=AS_OF)
        result["pdf"] = time.perf_counter() - start
        result["pages"] = path.read_bytes().count(b"/Type /Page\n") or path.read_bytes().count(
            b"/Type /Page"
        )
    assert painted[0] >= 80, f"only {painted[0]} frames painted"
    widget.close()
    app.processEvents()
    return result


def _count_paints(view: object) -> list[int]:
    """Count real paint events, so a frame that did not paint cannot look fast."""
    count = [0]
    paint = type(view).paintEvent  # type: ignore[attr-defined]

    def counting(self: object, event: object) -> None:
        count[0] += 1
        paint(self, event)

    type(view).paintEvent = counting  # type: ignore[attr-defined]
    return count


def table(results: list[dict[str, float | int]]) -> str:
    header = ["use cases", *(title for _, title in COLUMNS), "PDF pages"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in results:
        cells = [f"{int(r['n']):,}"]
        for key, _ in COLUMNS:
            value = float(r[key])
            cells.append(f"{value:.2f}" if value < 10 else f"{value:.0f}")
        cells.append(str(int(r["pages"])))
        lines.append("| " + " | ".join(cells) + " |")
    by_n = {int(r["n"]): r for r in results}
    if 1_000 in by_n and 100_000 in by_n:
        small, large = by_n[1_000], by_n[100_000]
        cells = ["**100k / 1k**"]
        for key, _ in COLUMNS:
            base = float(small[key])
            cells.append(f"×{float(large[key]) / base:.1f}" if base > 0 else "—")
        cells.append(f"×{int(large['pages']) / max(1, int(small['pages'])):.0f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        print(json.dumps(measure(int(argv[1]))))
        return 0
    sizes = [int(a) for a in argv] or list(SIZES)
    results = []
    for n in sizes:
        print(f"measuring {n:,} use cases…", file=sys.stderr)
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        )  # fmt: skip
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
