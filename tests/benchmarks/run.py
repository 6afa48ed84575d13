"""The performance targets of Pilot-to-Scale Planner, each measured beside its floor.

    python tests/benchmarks/run.py              # every scenario (about 3 minutes)
    python tests/benchmarks/run.py --quick      # fewer repeats (about 1.5 minutes)
    python tests/benchmarks/run.py --only open --only save
    python tests/benchmarks/run.py --markdown   # the README table
    python tests/benchmarks/run.py --smoke      # tiny sizes, one repeat: does it run?

Every scenario is repeated and reported as a median, next to a floor measured
in the same run (this machine type is shared and noisy: only ratios measured
together are stable). Start-up, memory and opening run each repetition in
a fresh process (an open is measured in a process that has only the sample
roadmap open, as the app at start); saving and the gates run in one fresh
process, alternating with their floor; the export and the timeline reuse
``bench_export.py`` and ``bench_timeline.py``. Generated roadmaps come from
``generate.py`` (deterministic). Child processes run with
``QT_QPA_PLATFORM=offscreen``, a scratch ``HOME`` and ``XDG_*`` folders (no
real settings are read or written) and a private bytecode cache, as an
installed app has. Under each missed target it prints where the time went in
this run, phase by phase, and the standing reason for the miss (``misses.py``).

| scenario | floor measured beside it | target |
|---|---|---|
| start to the first painted window (sample roadmap) | bare PySide6 window with a table | ≤ 1.5× |
| open a 10k-use-case file (parse, validate, invariants) | ``json.loads`` of the file | ≤ 1.5× |
| whole process ``pilot-planner validate`` on it | ``python -c "json.load(…)"`` | ≤ 3× |
| save it (atomic, pretty-printed) | ``json.dumps(indent=2)`` + write | ≤ 1× |
| export the workbook of 10k use cases | xlsxwriter writing the same cells | ≤ 1.2×, ≤ 50 MB extra |
| gate evaluation and forecasts, all stages | — | ≤ 100 ms at 10k |
| the same at 100k | the same at 10k | ≤ 10× and ≤ 300 ms |
| timeline frames while scrolling and zoomed out | the same frames at 1k | 100k ≤ 1.5× |
| open at 100k | open at 10k | ≤ 12× |
| memory of the app with 10k use cases open | bare window | ≤ 150 MiB more |
| a 10k-use-case plan to a visible window | GNOME Planner, same plan, same harness | ≤ 0.25× |
| import-usage, 5M person-weeks, whole command | ``wc -l``; old importer at 500k | ≤ 20 s, 1 GiB |
| its peak memory at 5M rows | the same at 1M rows | ≤ 1.25× (flat) |
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = HERE / "out" / "run"
sys.path.insert(0, str(HERE))

import misses  # noqa: E402  (beside this file)

SCENARIOS = (
    "startup", "open", "validate", "scale", "save", "export", "gates", "timeline", "memory",
    "peer", "import",
)  # fmt: skip


# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class Row:
    """One line of the table: a median beside its floor and what it is judged against."""

    scenario: str
    value: float
    floor: float | None
    unit: str
    rule: str
    """``ratio`` (value / floor ≤ limit), ``extra`` (value − floor ≤ limit), ``limit``."""
    limit: float
    note: str = ""
    profile: str = ""
    """Where the time went in this run, phase by phase (printed under a miss)."""
    why: str = ""
    """The standing explanation of a miss (``misses.WHY``), printed under it."""

    @property
    def score(self) -> float:
        if self.rule == "ratio" and self.floor:
            return self.value / self.floor
        if self.rule == "extra" and self.floor is not None:
            return self.value - self.floor
        return self.value

    @property
    def met(self) -> bool:
        return self.score <= self.limit

    def cells(self) -> list[str]:
        floor = "—" if self.floor is None else _number(self.floor, self.unit)
        if self.rule == "ratio":
            score, target = f"{self.score:.2f}×", f"≤ {self.limit:g}×"
        elif self.rule == "extra":
            score, target = f"+{self.score:.0f} {self.unit}", f"≤ +{self.limit:g} {self.unit}"
        else:
            score, target = "—", f"≤ {self.limit:g} {self.unit}"
        result = "met" if self.met else "**missed**"
        return [self.scenario, _number(self.value, self.unit), floor, score, target, result]


def _number(value: float, unit: str) -> str:
    digits = 2 if value < 10 else 0
    return f"{value:,.{digits}f} {unit}"


HEADER = ["scenario", "median", "floor", "ratio", "target", "result"]


def text_table(rows: list[Row]) -> str:
    lines = [HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    out = []
    for k, line in enumerate(lines):
        out.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if k == 0:
            out.append("  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in out)


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    from importlib.metadata import version

    def have(name: str) -> str:
        try:
            return version(name)
        except Exception:
            return "?"

    return (
        f"{os.cpu_count()} cores ({model}), {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, PySide6 {have('PySide6-Essentials')}, "
        f"pydantic {have('pydantic')}, openpyxl {have('openpyxl')}, "
        f"XlsxWriter {have('XlsxWriter')}"
    )


# ------------------------------------------------------------ configuration


@dataclass(frozen=True)
class Config:
    n: int  # the "10k" size
    big: int  # the "100k" size
    timeline: tuple[int, int]  # the timeline's small and large sizes
    repeats: dict[str, int]
    out: Path

    def file(self, n: int) -> Path:
        """A generated roadmap file of ``n`` use cases (made once per run).

        Made by a child process, so this process stays small: a child's
        ``ru_maxrss`` would start from the memory of its parent.
        """
        path = self.out / f"roadmap-{n}.pilotplan"
        if path not in _MADE:
            print(f"generating {n:,} use cases…", file=sys.stderr)
            subprocess.run(
                [sys.executable, str(HERE / "generate.py"), str(n), "--seed", "1", "-o", str(path)],
                check=True, cwd=ROOT, capture_output=True,
            )  # fmt: skip
            os.sync()  # no write-back of a fresh 100 MB file competing with what is measured
            _MADE.add(path)
        return path


_MADE: set[Path] = set()
FULL = {"startup": 11, "memory": 5, "open": 9, "validate": 9, "save": 9, "export": 3, "gates": 9,
        "timeline": 3, "scale": 7, "peer": 5, "import": 3}  # fmt: skip
QUICK = {"startup": 5, "memory": 3, "open": 5, "validate": 5, "save": 5, "export": 1, "gates": 5,
         "timeline": 1, "scale": 3, "peer": 3, "import": 1}  # fmt: skip


def child_env(scratch: Path, out: Path) -> dict[str, str]:
    """Offscreen Qt, a scratch home and a private bytecode cache (as an installed app has)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(scratch / "home"))
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(scratch / name.lower())
    env["XDG_RUNTIME_DIR"] = str(scratch / "runtime")
    env["PYTHONPYCACHEPREFIX"] = str(out / "pycache")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PILOT_PLANNER_RECOVERY_DIR", None)
    return env


def _scratch() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bench-home-"))
    for name in ("home", "config", "data", "cache", "state", "runtime"):
        (folder / name).mkdir(mode=0o700)
    return folder


def run_child(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run a child process and return the JSON object it prints last."""
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def timed_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds of one process run to its end, and the peak resident MiB it reports."""
    seconds, report, _cpu = timed_process_cpu(args, env)
    return seconds, float(report["peak_mib"])


def timed_process_cpu(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any], float]:
    """Wall seconds of one process run to its end, the JSON object it prints last, and
    the processor seconds (user + system) it used: on a shared machine, the steadier."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, report, cpu


def median(values: list[float]) -> float:
    return float(statistics.median(values))


# -------------------------------------------------------------- scenarios


def startup(cfg: Config, env: dict[str, str]) -> list[Row]:
    child = str(HERE / "startup_child.py")
    timed_process([child, "app"], env)  # warm the bytecode and page caches
    timed_process([child, "bare"], env)
    app, bare = [], []
    for _ in range(cfg.repeats["startup"]):
        bare.append(timed_process_cpu([child, "bare"], env))
        app.append(timed_process_cpu([child, "app"], env))
    cpu_app, cpu_bare = median([c for *_, c in app]) * 1000, median([c for *_, c in bare]) * 1000
    phases = misses.phases_line(
        misses.median_phases(r["phases_ms"] for _, r, _ in app),
        misses.median_phases(r["phases_ms"] for _, r, _ in bare),
        "ms",
    )
    return [
        Row("start to first painted window (sample)", median([t for t, *_ in app]) * 1000,
            median([t for t, *_ in bare]) * 1000, "ms", "ratio", 1.5,
            f"peak RSS {median([r['peak_mib'] for _, r, _ in app]):.0f} MiB vs "
            f"{median([r['peak_mib'] for _, r, _ in bare]):.0f} MiB; processor time "
            f"{cpu_app:.0f} ms vs {cpu_bare:.0f} ms ({cpu_app / cpu_bare:.2f}×)",
            f"processor time of each phase of the start, medians: {phases}",
            misses.WHY["startup"]),
    ]  # fmt: skip


def memory(cfg: Config, env: dict[str, str]) -> list[Row]:
    child = str(HERE / "startup_child.py")
    file = str(cfg.file(cfg.n))
    timed_process([child, "app", file, str(cfg.n)], env)
    app, bare = [], []
    for _ in range(cfg.repeats["memory"]):
        bare.append(timed_process([child, "bare"], env))
        app.append(timed_process([child, "app", file, str(cfg.n)], env))
    return [
        Row(f"peak memory, app with {cfg.n:,} use cases open", median([m for _, m in app]),
            median([m for _, m in bare]), "MiB", "extra", 150,
            f"start to first frame with the file: {median([t for t, _ in app]) * 1000:.0f} ms"),
    ]  # fmt: skip


def open_file(cfg: Config, env: dict[str, str]) -> list[Row]:
    file = str(cfg.file(cfg.n))
    runs = [run_child([__file__, "--child", "open", file], env)
            for _ in range(cfg.repeats["open"])]  # fmt: skip
    phases = misses.median_phases(
        run_child([__file__, "--child", "open_phases", file], env)
        for _ in range(cfg.repeats["open"])
    )
    return [
        Row(f"open {cfg.n:,} use cases ({runs[0]['megabytes']:.1f} MB)",
            median([r["ours"] for r in runs]), median([r["floor"] for r in runs]), "ms",
            "ratio", 1.5, "floor: json.loads of the same bytes; each open in a fresh process "
            "that has the sample roadmap open, as the app at start",
            "processor time of each phase, one open per fresh process, medians: "
            f"{misses.phases_line(phases, None, 'ms')}; json.loads "
            f"{median([r['floor'] for r in runs]):,.0f} ms (wall)",
            misses.WHY["open"]),
    ]  # fmt: skip


def wall_seconds(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one process, start to end (it must succeed)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return seconds


def validate(cfg: Config, env: dict[str, str]) -> list[Row]:
    file = str(cfg.file(cfg.n))
    floor_args = ["-c", f"import json; json.load(open({file!r}, 'rb'))"]
    ours_args = ["-m", "ui", "validate", file]
    wall_seconds(floor_args, env)  # warm the bytecode and page caches
    wall_seconds(ours_args, env)
    floors, ours = [], []
    for _ in range(cfg.repeats["validate"]):
        floors.append(wall_seconds(floor_args, env))
        ours.append(wall_seconds(ours_args, env))
    return [
        Row(f"whole process: pilot-planner validate, {cfg.n:,} use cases",
            median(ours) * 1000, median(floors) * 1000, "ms", "ratio", 3.0,
            "floor: python -c 'json.load(open(FILE))' on the same file; each a fresh process, "
            "alternating"),
    ]  # fmt: skip


def save_file(cfg: Config, env: dict[str, str]) -> list[Row]:
    r = run_child([__file__, "--child", "save", str(cfg.file(cfg.n)),
                   str(cfg.repeats["save"])], env)  # fmt: skip
    return [
        Row(f"save {cfg.n:,} use cases", r["ours"], r["floor"], "ms", "ratio", 1.0,
            "floor: json.dumps(indent=2) + write"),
    ]  # fmt: skip


def export(cfg: Config, env: dict[str, str]) -> list[Row]:
    import bench_export

    out = cfg.out / "export"
    out.mkdir(exist_ok=True)
    script = str(HERE / "bench_export.py")
    common = ["--use-cases", str(cfg.n), "--out", str(out)]
    ours = [run_child([script, "--child", "openpyxl", *common], env)]
    bench_export.extract(out / "ours.xlsx", out / "cells.pickle")
    theirs = [run_child([script, "--child", "xlsxwriter", *common], env)]
    for _ in range(cfg.repeats["export"] - 1):
        ours.append(run_child([script, "--child", "openpyxl", *common], env))
        theirs.append(run_child([script, "--child", "xlsxwriter", *common], env))
    seconds = median([r["seconds"] for r in ours]) * 1000
    cpu = median([r["cpu"] for r in ours]) / median([r["cpu"] for r in theirs])
    return [
        Row(f"export the workbook, {cfg.n:,} use cases", seconds,
            median([r["seconds"] for r in theirs]) * 1000, "ms", "ratio", 1.2,
            f"floor: xlsxwriter (constant_memory) writing the same cells; CPU-time "
            f"ratio {cpu:.2f}×",
            misses.export_line([r["steps"] for r in ours], [r["steps"] for r in theirs],
                               median([r["seconds"] for r in theirs])),
            misses.WHY["export"]),
        Row("memory added by the export", median([r["peak_mb"] for r in ours]),
            median([r["peak_mb"] for r in theirs]), "MB", "limit", 50,
            "floor column: what xlsxwriter adds"),
    ]  # fmt: skip


def gates(cfg: Config, env: dict[str, str]) -> list[Row]:
    repeats = str(cfg.repeats["gates"])
    small = run_child([__file__, "--child", "gates", str(cfg.n), repeats], env)
    big = run_child([__file__, "--child", "gates", str(cfg.big), repeats], env)
    return [
        Row(f"gates and forecasts, all stages, {cfg.n:,} use cases", small["ours"], None,
            "ms", "limit", 100.0,
            f"{small['measurements']:,} measurements, {small['forecasts']} forecasts"),
        Row(f"gates and forecasts, {cfg.big:,} vs {cfg.n:,} use cases", big["ours"],
            small["ours"], "ms", "ratio", 10.0,
            f"{big['measurements']:,} measurements, {big['forecasts']} forecasts"),
        Row(f"gates and forecasts, all stages, {cfg.big:,} use cases", big["ours"], None,
            "ms", "limit", 300.0, "CPU time of each evaluation, on a fresh copy (no index "
            "cached), the roadmap frozen out of garbage collection as the app does after an "
            f"open; as of after the last measured week (every week rolled up): "
            f"{big['every_week']:,.0f} ms"),
    ]  # fmt: skip


def timeline(cfg: Config, env: dict[str, str]) -> list[Row]:
    script = str(HERE / "bench_timeline.py")
    small, large = cfg.timeline
    runs: dict[int, list[dict[str, Any]]] = {small: [], large: []}
    for _ in range(cfg.repeats["timeline"]):
        for n in (small, large):
            runs[n].append(run_child([script, "--one", str(n)], env))

    def row(key: str, label: str) -> Row:
        return Row(
            f"timeline {label}, {large:,} vs {small:,}",
            median([r[key] for r in runs[large]]), median([r[key] for r in runs[small]]),
            "ms", "ratio", 1.5,
        )  # fmt: skip

    return [
        row("scroll_p50", "scroll frame (p50)"),
        row("scroll_p90", "scroll frame (p90)"),
        row("zoomed_first", "first zoomed-out frame"),
        row("zoomed", "zoomed-out frame"),
    ]


def scale(cfg: Config, env: dict[str, str]) -> list[Row]:
    small, big = str(cfg.file(cfg.n)), str(cfg.file(cfg.big))
    run_child([__file__, "--child", "open", big], env)  # warm-up: page cache, bytecode
    runs: dict[str, list[dict[str, Any]]] = {small: [], big: []}
    for _ in range(cfg.repeats["scale"]):
        for path in (small, big):  # each open in a fresh process, as for the 10k open
            runs[path].append(run_child([__file__, "--child", "open", path], env))
    limit = round(1.2 * cfg.big / cfg.n, 1)
    loads = median([r["floor"] for r in runs[big]]) / median([r["floor"] for r in runs[small]])
    return [
        Row(f"open {cfg.big:,} vs {cfg.n:,} use cases", median([r["ours"] for r in runs[big]]),
            median([r["ours"] for r in runs[small]]), "ms", "ratio", limit,
            f"{runs[big][0]['megabytes']:.0f} MB file (the app refuses files over 20 MiB; "
            f"this opens it with a raised limit); json.loads grows {loads:.1f}× meanwhile"),
    ]  # fmt: skip


def peer(cfg: Config, env: dict[str, str]) -> list[Row]:
    """The plan to a visible window beside GNOME Planner (bench_peer.py; X server needed)."""
    import bench_peer

    if not bench_peer.available():
        print("peer: GNOME Planner, Xvfb or xdotool missing (apt-get install planner xvfb "
              "xdotool): not measured", file=sys.stderr)  # fmt: skip
        return []
    r = bench_peer.measure(cfg.n, cfg.repeats["peer"], cfg.out / "peer")
    return [
        Row(f"{cfg.n:,} use cases to a visible window vs GNOME Planner", r["ours"] * 1000,
            r["peer"] * 1000, "ms", "ratio", 0.25,
            "floor: GNOME Planner opening the same plan as its XML, same harness (Xvfb, "
            "spawn to a visible window naming the plan)"),
    ]  # fmt: skip


def import_usage(cfg: Config, env: dict[str, str]) -> list[Row]:
    """A tenant's person-week export through the whole import command (bench_import.py)."""
    import bench_import

    smoke = cfg.n < 10_000
    sizes = (2_000, 4_000, 20_000) if smoke else (500_000, 1_000_000, 5_000_000)
    r = bench_import.scenario(cfg.out / "import", env, sizes, cfg.repeats["import"],
                              people=500 if smoke else 100_000)  # fmt: skip
    floor_n, small_n, big_n = (f"{n:,}" for n in sizes)
    return [
        Row(f"import-usage, {big_n} person-weeks (whole command)", r["big_seconds"],
            r["wc_seconds"], "s", "limit", 20.0,
            f"{r['megabytes']:.0f} MB, {r['people']:,} people, 50 teams; "
            "floor: wc -l of the same file "
            f"({r['big_seconds'] / max(r['wc_seconds'], 1e-9):.0f}× it); {small_n} rows: "
            f"{r['small_seconds']:.1f} s; today's row-by-row importer on {floor_n} rows: "
            f"{r['rows_seconds']:.1f} s, {r['rows_peak_mib']:.0f} MiB; processor time of the "
            f"{big_n} import {r['big_cpu']:.1f} s (load average {r['load']:.1f} during the run: "
            "on a shared machine the wall clock also counts other processes' turns)"),
        Row(f"import-usage, {big_n} person-weeks: peak memory", r["big_peak_mib"],
            r["rows_peak_mib"], "MiB", "limit", 1024.0,
            f"peak RSS of the whole command; floor: today's importer on {floor_n} rows"),
        Row(f"import-usage peak memory, {big_n} vs {small_n} rows", r["big_peak_mib"],
            r["small_peak_mib"], "MiB", "ratio", 1.25, "memory flat as the file grows"),
    ]  # fmt: skip


RUNNERS: dict[str, Callable[[Config, dict[str, str]], list[Row]]] = {
    "startup": startup, "open": open_file, "validate": validate, "save": save_file,
    "export": export, "gates": gates, "timeline": timeline, "scale": scale, "memory": memory,
    "peer": peer, "import": import_usage,
}  # fmt: skip


# ------------------------------------------------------- measuring children


def alternate(
    first: Callable[[], object], second: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Median milliseconds of two actions run in turn (after one warm-up each)."""
    first()
    second()
    a, b = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        first()
        a.append(time.perf_counter() - start)
        start = time.perf_counter()
        second()
        b.append(time.perf_counter() - start)
    return median(a) * 1000, median(b) * 1000


def child_open(path: str) -> dict[str, Any]:
    """One open as the app does it (read, parse, validate, check, freeze) beside ``json.loads``."""
    from planner import gc_policy, templates
    from planner.file import storage
    from planner.file.safejson import read_file
    from ui.files.loading import load_frozen

    # The desktop app's collector policy (ui.window.start: apply(), then automatic
    # collections off; the due ones run on the main thread at idle, and an open's
    # objects are frozen by settle() before any is due, so no read collects in the app).
    gc_policy.collect_on_main_thread_only()

    file = Path(path)
    sample = templates.sample()  # what the app holds when the first file is opened
    load_frozen(storage.dumps(sample), "sample")  # warm the loader's code paths
    start = time.perf_counter()
    json.loads(file.read_bytes())
    floor = time.perf_counter() - start
    start = time.perf_counter()
    limit = max(storage.MAX_FILE_BYTES, file.stat().st_size)  # 100k is above the app's cap
    load_frozen(read_file(path, max_bytes=limit), path, max_bytes=limit)
    ours = time.perf_counter() - start
    return {"floor": floor * 1000, "ours": ours * 1000, "megabytes": file.stat().st_size / 1e6}


def child_save(path: str, repeats: str) -> dict[str, Any]:
    from planner.file import storage

    data = Path(path).read_bytes()
    roadmap = storage.load_bytes(data, max_bytes=len(data))
    parsed = json.loads(data)
    with tempfile.TemporaryDirectory(dir=Path(path).parent) as folder:
        plain, target = Path(folder) / "plain.json", Path(folder) / "saved.pilotplan"

        def floor() -> None:
            plain.write_bytes(json.dumps(parsed, indent=2).encode())

        def ours() -> None:
            storage.save(roadmap, target)

        floor_ms, ours_ms = alternate(floor, ours, int(repeats))
    return {"floor": floor_ms, "ours": ours_ms}


def child_gates(n: str, repeats: str) -> dict[str, Any]:
    import datetime as dt
    import gc

    from bench_gates import TARGET_MEASUREMENTS, with_use_case_measurements
    from generate import generate

    from planner.evidence.gates import evaluate_all

    # 50,000 measurements at 10,000 use cases: five per use case at every size
    target = TARGET_MEASUREMENTS * int(n) // 10_000
    base = with_use_case_measurements(generate(int(n), seed=1), target)
    # The app freezes what an open made out of later collections (ui.files.loading):
    # so here, or the evaluation's new tuples would make the collector walk the roadmap.
    gc.freeze()
    as_of = base.horizon_start + dt.timedelta(weeks=20)
    times, stages = [], []
    for _ in range(int(repeats) + 1):
        fresh = base.model_copy()  # a new object: no index cached from the run before
        # CPU time: the evaluation runs on one thread, and on a shared machine the wall
        # clock also counts the other processes' turns (2-3x here under load).
        start = time.process_time()
        stages = evaluate_all(fresh, as_of)
        times.append(time.process_time() - start)
    forecasts = sum(1 for s in stages for r in s.results if r.forecast is not None)
    # The date above leaves most generated weeks in its future (the index rolls a week
    # up when a date first asks for it): also as of after the last week, every week.
    late = max(m.week for m in base.measurements) + dt.timedelta(days=6)
    every = []
    for _ in range(int(repeats) + 1):
        fresh = base.model_copy()
        start = time.process_time()
        evaluate_all(fresh, late)
        every.append(time.process_time() - start)
    return {
        "every_week": median(every[1:]) * 1000,
        "ours": median(times[1:]) * 1000,
        "measurements": len(base.measurements),
        "forecasts": forecasts,
    }


CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "open": child_open, "save": child_save, "gates": child_gates,
    "open_phases": misses.child_open_phases,
}  # fmt: skip


# ------------------------------------------------------------------- main


def config(args: argparse.Namespace) -> Config:
    args.out.mkdir(parents=True, exist_ok=True)
    if args.smoke:
        return Config(200, 600, (100, 300), dict.fromkeys(FULL, 1), args.out)
    return Config(10_000, 100_000, (1_000, 100_000), QUICK if args.quick else FULL, args.out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one repeat each")
    parser.add_argument(
        "--only",
        action="append",
        choices=SCENARIOS,
        metavar="NAME",
        help=f"run only this scenario (repeatable): {', '.join(SCENARIOS)}",
    )
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for generated files")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("child_args", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)  # fmt: skip
    if args.child:
        sys.path[:0] = [str(HERE), str(ROOT)]
        print(json.dumps(CHILDREN[args.child](*args.child_args)))
        return 0

    cfg = config(args)
    scratch = _scratch()
    env = child_env(scratch, cfg.out)
    rows: list[Row] = []
    started = time.perf_counter()
    try:
        for name in [s for s in SCENARIOS if not args.only or s in args.only]:
            print(f"measuring {name}…", file=sys.stderr)
            rows += RUNNERS[name](cfg, env)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    minutes = (time.perf_counter() - started) / 60
    mode = "smoke" if args.smoke else "quick" if args.quick else "full"
    if args.markdown:
        print(markdown_table(rows))
        print()
        print(f"Medians of repeated runs ({mode} mode, {minutes:.1f} min), measured on: "
              f"{machine()}. Reproduce with `python tests/benchmarks/run.py"
              f"{' --quick' if args.quick else ''}`.")  # fmt: skip
    else:
        print(text_table(rows))
        print(f"\n{mode} mode, {minutes:.1f} min; {machine()}")
    notes = [f"- {row.scenario.strip()}: {row.note}" for row in rows if row.note]
    if notes:
        print("\nNotes:\n" + "\n".join(notes))
    for row in rows:
        if not row.met:
            cells = row.cells()
            print("\n".join(misses.report(row.scenario.strip(), cells[3], cells[4],
                                           row.profile, row.why)))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
