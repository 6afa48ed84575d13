"""Time opening and saving a large .pilotplan file against plain json (not a test).

    python tests/benchmarks/bench_storage.py [N_USE_CASES]

Targets (research/performance.md §3): open within about 2x ``json.loads`` of
the same bytes; save within about 1x ``json.dumps(indent=2)`` plus a write.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from generate import generate

from planner.file import safejson, storage
from planner.model.entities import Roadmap
from planner.rules import invariants


def best_ms(action: Callable[[], object], repeats: int = 7) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times) * 1000  # the least disturbed run: this machine is shared


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 10_000
    roadmap = generate(n, seed=1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.pilotplan"
        storage.save(roadmap, path)
        data = path.read_bytes()
        max_bytes = max(storage.MAX_FILE_BYTES, len(data) + 1)
        parsed = json.loads(data)
        body = parsed["roadmap"]
        model = storage.load(path, max_bytes=max_bytes)
        assert model == roadmap

        def plain_save() -> None:
            (Path(folder) / "plain.json").write_bytes(json.dumps(parsed, indent=2).encode())

        rows = [
            ("json.loads (reference)", best_ms(lambda: json.loads(data))),
            ("storage.load", best_ms(lambda: storage.load(path, max_bytes=max_bytes))),
            (
                "  phase 1: safejson.parse",
                best_ms(lambda: safejson.parse(data, max_bytes=max_bytes)),
            ),
            ("  Roadmap.model_validate(dict)", best_ms(lambda: Roadmap.model_validate(body))),
            ("  invariants.check", best_ms(lambda: invariants.check(model))),
            ("json.dumps(indent=2) + write (reference)", best_ms(plain_save)),
            ("storage.dumps", best_ms(lambda: storage.dumps(model))),
            ("storage.save (fsync, backup, replace)", best_ms(lambda: storage.save(model, path))),
        ]
    print(f"{n} use cases, {len(data) / 1e6:.1f} MB, gc enabled={gc.isenabled()}")
    for name, ms in rows:
        print(f"{name:45s} {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
