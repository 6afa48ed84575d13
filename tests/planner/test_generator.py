"""Smoke test of the benchmark generator: it produces valid, deterministic roadmaps."""

from __future__ import annotations

import sys
from pathlib import Path

from planner.rules import invariants

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import generate


def test_generated_roadmap_is_valid_and_deterministic() -> None:
    roadmap = generate(300, seed=7)
    assert len(roadmap.use_cases) == 300
    assert invariants.check(roadmap) == []
    assert generate(300, seed=7) == roadmap
    assert generate(300, seed=8) != roadmap


def test_generated_roadmap_has_every_kind_of_data() -> None:
    roadmap = generate(1200)
    assert len(roadmap.stages) == 6
    for attr in ("teams", "people", "friction_points", "data_sources", "measurements",
                 "feedback", "decisions", "risks", "criteria"):  # fmt: skip
        assert getattr(roadmap, attr), attr
    assert invariants.check(roadmap) == []
