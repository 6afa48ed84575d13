"""Time gate evaluation, forecasts and method checks on a large roadmap.

    python tests/benchmarks/bench_gates.py [USE_CASES] [--repeat N]

Builds the generated roadmap of ``USE_CASES`` use cases (10,000 by default)
and adds use-case-scoped measurements until it holds about 50,000, so that
both roll-up paths (stage teams and use cases) are exercised. Prints the best
of N runs (CPU time) for a cold evaluation (grouping the measurements included), a warm
one (index cached for the same roadmap object) and the method checks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import WEEKS_MEASURED, generate

from planner.evidence.checks import method_checks
from planner.evidence.gates import evaluate_all
from planner.model.entities import Measurement, Roadmap

TARGET_MEASUREMENTS = 50_000
METRICS = ("met-wau", "met-uses", "met-hours", "met-sat")
VALUES = {"met-wau": 35.0, "met-uses": 6.0, "met-hours": 0.8, "met-sat": 3.6}


def with_use_case_measurements(roadmap: Roadmap, target: int) -> Roadmap:
    """Add weekly use-case measurements (stages without team figures) up to ``target``."""
    measured_stages = {m.stage_id for m in roadmap.measurements}
    extra: list[Measurement] = []
    for uc in roadmap.use_cases:
        if len(roadmap.measurements) + len(extra) >= target:
            break
        stage = next(s for s in roadmap.stages if s.id == uc.stage_id)
        if stage.id in measured_stages:
            continue
        for week in range(WEEKS_MEASURED):
            monday = stage.planned_start + dt.timedelta(weeks=week)
            for metric_id in METRICS:
                growth = 1 + 0.04 * week
                extra.append(
                    Measurement.model_construct(
                        id=f"ucm-{uc.id}-{week}-{metric_id[4:]}", metric_id=metric_id,
                        stage_id=None, use_case_id=uc.id, team_id=None, week=monday,
                        value=min(VALUES[metric_id] * growth, 99.0), sample_size=12,
                        source="generated",
                    )
                )  # fmt: skip
    return roadmap.model_copy(update={"measurements": roadmap.measurements + tuple(extra)})


def best_of(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        # CPU time of this process: other programs on a busy machine do not count.
        start = time.process_time()
        result = run()
        best = min(best, time.process_time() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("use_cases", type=int, nargs="?", default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    base = with_use_case_measurements(generate(args.use_cases), TARGET_MEASUREMENTS)
    as_of = base.horizon_start + dt.timedelta(weeks=20)

    def cold() -> Any:
        fresh = base.model_copy()  # a new object: nothing cached
        return evaluate_all(fresh, as_of)

    cold_s, stages = best_of(args.repeat, cold)
    warm_s, _ = best_of(args.repeat, lambda: evaluate_all(base, as_of))
    checks_s, findings = best_of(args.repeat, lambda: method_checks(base, as_of))
    results = [r for s in stages for r in s.results]
    forecasts = sum(1 for r in results if r.forecast is not None)
    dated = sum(1 for r in results if r.forecast is not None and r.forecast.expected)
    print(
        f"{len(base.use_cases):,} use cases, {len(base.measurements):,} measurements, "
        f"{len(base.stages)} stages, {len(results)} criteria "
        f"({forecasts} forecasts, {dated} with a date)"
    )
    print(f"evaluate_all, cold (index built):  {cold_s * 1000:7.1f} ms")
    print(f"evaluate_all, warm (index cached): {warm_s * 1000:7.1f} ms")
    print(f"method_checks ({len(findings):,} findings):  {checks_s * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
