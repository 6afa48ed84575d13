"""The tenant-scale usage import, whole command, beside its floors (for ``run.py``).

``pilot-planner import-usage`` of a person-week export (``usage_file.py``:
100,000 people, 50 teams) at 1,000,000 and 5,000,000 rows, each run in a
fresh process through a small wrapper that reports the wall time and the
peak resident memory of the command (``resource.getrusage`` of its child).
Beside it, in the same run: ``wc -l`` of the same 5M file, and today's
row-by-row importer (``--engine rows``) on 500,000 rows.

    python tests/benchmarks/bench_import.py [--rows 1000000 --rows 5000000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
print(json.dumps({"seconds": seconds, "peak_mib": peak, "cpu": cpu, "code": done.returncode,
                  "stderr": done.stderr.decode(errors="replace")[-2000:]}))
"""


def make_files(out: Path, sizes: list[int], people: int, teams: int) -> dict[int, Path]:
    """The person-week files (made once per folder: the generator is deterministic)."""
    out.mkdir(parents=True, exist_ok=True)
    files: dict[int, Path] = {}
    roadmap = out / f"tenant-{teams}.pilotplan"
    for n in sizes:
        path = out / f"person-weeks-{n}-{people}.csv"
        files[n] = path
        if path.exists() and roadmap.exists():
            continue
        print(f"generating {n:,} person-weeks…", file=sys.stderr)
        args = [str(HERE / "usage_file.py"), str(n), "-o", str(path), "--people", str(people),
                "--teams", str(teams), "--roadmap", str(roadmap)]  # fmt: skip
        subprocess.run([sys.executable, *args], check=True, cwd=ROOT)
    os.sync()
    return files


def measure(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Wall seconds and peak RSS (MiB) of one command run to its end (it must succeed)."""
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True, env=env,
        cwd=ROOT, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result['stderr']}")
    return result


def import_usage(
    roadmap: Path, data: Path, env: dict[str, str], work: Path, engine: str = "auto"
) -> dict[str, Any]:
    """One whole ``pilot-planner import-usage`` (it writes a fresh copy of the roadmap)."""
    target = work / "import-target.pilotplan"
    shutil.copyfile(roadmap, target)
    for stale in work.glob("import-target.pilotplan.*"):
        stale.unlink()
    args = [sys.executable, "-m", "ui", "import-usage", str(target), str(data),
            "--as-of", "2026-12-31", "--engine", engine]  # fmt: skip
    return measure(args, env)


def scenario(
    out: Path, env: dict[str, str], sizes: tuple[int, int, int], repeats: int,
    people: int = 100_000, teams: int = 50,
) -> dict[str, Any]:  # fmt: skip
    """Medians of ``repeats`` runs: (floor size, small, big) = (500k, 1M, 5M) normally."""
    floor_n, small_n, big_n = sizes
    files = make_files(out, sorted({floor_n, small_n, big_n}), people, teams)
    roadmap = out / f"tenant-{teams}.pilotplan"
    work = out / "work"
    work.mkdir(exist_ok=True)
    import_usage(roadmap, files[small_n], env, work, "columnar")  # warm: bytecode, page cache
    runs: dict[str, list[dict[str, Any]]] = {"wc": [], "rows": [], "small": [], "big": []}
    for _ in range(repeats):
        runs["wc"].append(measure(["wc", "-l", str(files[big_n])], env))
        runs["rows"].append(import_usage(roadmap, files[floor_n], env, work, "rows"))
        runs["small"].append(import_usage(roadmap, files[small_n], env, work, "columnar"))
        runs["big"].append(import_usage(roadmap, files[big_n], env, work, "columnar"))

    def mid(key: str, what: str) -> float:
        values = sorted(r[what] for r in runs[key])
        return float(values[len(values) // 2])

    return {
        "sizes": sizes,
        "people": people,
        "megabytes": files[big_n].stat().st_size / 1e6,
        "load": os.getloadavg()[0],
        **{
            f"{key}_{what}": mid(key, what)
            for key in runs
            for what in ("seconds", "peak_mib", "cpu")
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=3, default=[500_000, 1_000_000, 5_000_000])
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=HERE / "out" / "import")
    args = parser.parse_args(argv)
    sizes = (args.sizes[0], args.sizes[1], args.sizes[2])
    result = scenario(args.out, dict(os.environ), sizes, args.repeats, args.people)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
