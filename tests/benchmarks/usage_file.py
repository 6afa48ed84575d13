"""A tenant's per-user weekly export (Viva-style person-week) and a roadmap to import it into.

    python tests/benchmarks/usage_file.py 5000000 -o person-weeks.csv [--roadmap plan.pilotplan]

One row per person and ISO week (``PersonId, MetricDate, Total Copilot actions
taken, Organization``), the weeks in order, every person listed every week as
Viva Insights does (zero actions included). Deterministic: the same ``rows``,
``people`` and ``teams`` always give the same bytes. Written in chunks, never
held in memory, so the 5,000,000-row file (≈ 200 MB) costs a few MB to make.
People have a steady level (never active, occasional, regular, power) with
week-to-week noise, so every figure of the funnel occurs; a few people change
team once, as in a real organisation.

The roadmap (``--roadmap``) is the sample with ``teams`` more teams named
``Team 01`` … (headcount 2,000 each), split between its two running stages.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HEADER = "PersonId,MetricDate,Total Copilot actions taken,Organization\n"
FIRST_MONDAY = dt.date(2026, 1, 5)
CHUNK = 50_000


def _mix(value: int) -> int:
    """A cheap deterministic 32-bit hash (no random module: same bytes everywhere)."""
    value = (value ^ 0x5BD1E995) * 0x9E3779B1 & 0xFFFFFFFF
    value ^= value >> 15
    value = value * 0x85EBCA6B & 0xFFFFFFFF
    return value ^ (value >> 13)


def team_name(number: int) -> str:
    return f"Team {number + 1:02d}"


def write_person_weeks(path: Path, rows: int, people: int = 100_000, teams: int = 50) -> Path:
    """``rows`` data rows: ``people`` people a week, week after week (the last one partial)."""
    ids = [f"{_mix(p) << 32 | _mix(p + 7_919):016x}" for p in range(people)]
    levels = [_mix(p * 31 + 1) % 4 for p in range(people)]
    home = [_mix(p * 17 + 3) % teams for p in range(people)]
    weeks = -(-rows // people)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        lines: list[str] = []
        written = 0
        for w in range(weeks):
            day = (FIRST_MONDAY + dt.timedelta(weeks=w)).isoformat()
            for p in range(min(people, rows - written)):
                noise = _mix(p * 1_009 + w * 7_777)
                level = levels[p]
                if level == 0 or noise % 5 == 0:
                    actions = 0
                else:
                    actions = (noise >> 4) % (3, 6, 24)[level - 1] + (0, 1, 12)[level - 1]
                team = home[p]
                if p % 97 == 0 and w >= weeks // 2:  # some people move to another team
                    team = (team + 1) % teams
                lines.append(f"{ids[p]},{day},{actions},{team_name(team)}\n")
                if len(lines) == CHUNK:
                    out.write("".join(lines))
                    lines.clear()
            written += min(people, rows - written)
        out.write("".join(lines))
    return path


def write_roadmap(path: Path, teams: int = 50) -> Path:
    """The sample roadmap with ``teams`` more teams shared between its two running stages."""
    from planner import templates
    from planner.file import storage
    from planner.model.entities import Stage, StageStatus, Team

    sample = templates.sample()
    new_teams = tuple(
        Team(id=f"team-{n + 1:02d}", name=team_name(n), headcount=2_000) for n in range(teams)
    )
    half = teams // 2
    ids = [t.id for t in new_teams]
    stages: list[Stage] = []
    for stage in sample.stages:
        if stage.status is StageStatus.ACTIVE:
            share = ids[:half] if not stages else ids[half:]
            stage = stage.model_copy(
                update={"team_ids": tuple(share), "target_users": 2_000 * len(share)}
            )
        stages.append(stage)
    data = sample.model_dump(mode="json")
    data["teams"] += [t.model_dump(mode="json") for t in new_teams]
    data["stages"] = [s.model_dump(mode="json") for s in stages]
    roadmap = type(sample).model_validate(data)
    storage.save(roadmap, path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--teams", type=int, default=50)
    parser.add_argument("--roadmap", type=Path, help="also write the roadmap to import into")
    args = parser.parse_args(argv)
    write_person_weeks(args.out, args.rows, args.people, args.teams)
    if args.roadmap:
        sys.path[:0] = [str(Path(__file__).resolve().parents[2])]
        write_roadmap(args.roadmap, args.teams)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
