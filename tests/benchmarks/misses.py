"""What ``run.py`` says under a missed target: where the time went in this run, and why.

The *profile* is measured in the same run as the row (phase by phase, in processor
time, so that the other processes of a shared machine count less); the *why* is the
standing explanation of a miss that rounds of work have not removed, with the
figures that bound it (the README's Performance section has the measurements).
A scenario that has no standing explanation says so: its miss is news.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

WHY = {
    "startup": (
        "the first frame shows the roadmap, so it needs what the bare window never "
        "loads: the program's core, pydantic and the ~40 model classes (the phase "
        "before Qt, ~130 ms; `defer_build` and unvalidated sample models measured "
        "~20 ms less), then its Qt side, the window and the Overview with its gates "
        "and first stage card (~170 ms against the bare window's ~75 ms, after every "
        "page, dialog and card the first frame does not show was moved after it). "
        "Without the phase before Qt at all the start would still be ~1.75× the bare "
        "window: 1.5× needs a first frame that is not the program's window."
    ),
    "open": (
        "pydantic's strict parse and validation alone costs more than json.loads (its "
        "phase above); the structure scan that keeps hostile files from exhausting "
        "memory must run before it (one object of 1.4 million keys takes pydantic "
        "1.2 GB), and the whole-roadmap rules before the roadmap is accepted. 1.5× "
        "leaves under half a json.loads for reading, scan, key count and rules "
        "together; they take more than half of one after each pass was measured "
        "against its alternatives. Only cheaper model classes would close the gap."
    ),
    "export": (
        "the floor only writes the cells it is given; the export also works them out: "
        "every figure it shows (one planner computation for the as-of date), each "
        "cell's type, format and width, the Excel tables xlsxwriter's constant-memory "
        "mode cannot write (added while its file is copied into place) and its own "
        "modules. That work is spread over every sheet (each takes a fifth to two "
        "fifths longer than the floor's same cells, in the steps above), not one "
        "step to remove: 1.2× leaves a fifth of the floor's time for all of it."
    ),
}
NO_STANDING_REASON = (
    "no standing explanation: this scenario met its target when the README table was "
    "last measured. A regression, or a machine busy enough to change a ratio: run "
    "`run.py --only` on it again, idle."
)


def report(scenario: str, ratio: str, target: str, profile: str, why: str) -> list[str]:
    """The lines printed for one missed row."""
    lines = [f"missed: {scenario} ({ratio}, target {target})"]
    lines.append(f"  profile (this run): {profile or 'none measured for this scenario'}")
    lines.append(f"  why: {why or NO_STANDING_REASON}")
    return lines


def median_phases(runs: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """Each phase's median over runs (phases in the order of the first run)."""
    listed = list(runs)
    if not listed:
        return {}
    return {name: statistics.median(r[name] for r in listed) for name in listed[0]}


def phases_line(ours: Mapping[str, float], floor: Mapping[str, float] | None, unit: str) -> str:
    """``name a (floor b), …`` in the order given."""
    parts = []
    for name, value in ours.items():
        text = f"{name} {_figure(value)} {unit}"
        if floor is not None and name in floor:
            text += f" (floor {_figure(floor[name])})"
        parts.append(text)
    return ", ".join(parts)


def _figure(value: float) -> str:
    return f"{value:,.1f}" if abs(value) < 10 else f"{value:,.0f}"


def export_line(
    ours: Iterable[Mapping[str, float]],
    floor: Iterable[Mapping[str, float]],
    floor_seconds: float,
    top: int = 6,
) -> str:
    """The export's slowest steps (median wall seconds), each beside the floor's same
    sheet, the other steps together, and the floor's whole time."""
    mine, theirs = median_phases(ours), median_phases(floor)
    slowest = sorted(mine.items(), key=lambda item: item[1], reverse=True)[:top]
    shown = ", ".join(
        f"{name} {seconds:.2f} s" + (f" (floor {theirs[name]:.2f})" if name in theirs else "")
        for name, seconds in slowest
    )
    names = {name for name, _ in slowest}
    rest = sum(v for k, v in mine.items() if k not in names)
    floor_rest = sum(v for k, v in theirs.items() if k not in names)
    return (
        f"wall time by step (each ends with a sheet written; ours computes the figures "
        f"in its first): {shown}, the other {len(mine) - len(slowest)} steps {rest:.2f} s "
        f"(floor {floor_rest:.2f}); floor in all {floor_seconds:.2f} s"
    )


# ------------------------------------------------------- the open, phase by phase


class _Phases:
    """Processor milliseconds spent inside wrapped functions, by phase name."""

    def __init__(self) -> None:
        self.ms: dict[str, float] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.ms[name] = self.ms.get(name, 0.0) + (time.process_time() - start) * 1000

        return timed


def child_open_phases(path: str) -> dict[str, Any]:
    """Processor time of each phase of one open, as ``run.child_open`` opens.

    A fresh process with the app's collector mode, the sample roadmap open and the
    loader's code paths warmed by it, then one open of the file. Phases are timed by
    wrapping the loader's steps (the structure scan, the key count, the whole-roadmap
    rules, the freeze); pydantic's parse and validation is the rest of the open."""
    from planner import gc_policy, templates
    from planner.file import loader, storage
    from planner.file.safejson import read_file
    from planner.rules import invariants
    from ui.files import loading

    gc_policy.collect_on_main_thread_only()
    loading.load_frozen(storage.dumps(templates.sample()), "sample")
    phases = _Phases()
    steps = [(loader, "check_shape", "scan"), (loader, "_keys_set", "key count"),
             (invariants, "check", "rules"), (gc_policy, "settle", "freeze")]  # fmt: skip
    for module, name, phase in steps:
        setattr(module, name, phases.wrap(phase, getattr(module, name)))
    limit = max(storage.MAX_FILE_BYTES, Path(path).stat().st_size)
    start = time.process_time()
    data = read_file(path, max_bytes=limit)
    read = (time.process_time() - start) * 1000
    start = time.process_time()
    loading.load_frozen(data, path, max_bytes=limit)
    rest = (time.process_time() - start) * 1000 - sum(phases.ms.values())
    ms = phases.ms
    return {"read": read, "scan": ms["scan"], "pydantic (the rest)": rest,
            "key count": ms["key count"], "rules": ms["rules"], "freeze": ms["freeze"]}  # fmt: skip
