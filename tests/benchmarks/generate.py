"""Generate large, realistic roadmaps for benchmarks (deterministic from a seed).

    python tests/benchmarks/generate.py 10000 -o out/roadmap-10k.pilotplan

A roadmap of N use cases has the proportions of an organisation-wide
programme: one team per 50 use cases (at least 6), ten people per team, a
friction point per three use cases, a data source per twenty, weekly
measurements of the four measured metrics for every team of the active
stages over 26 weeks, feedback, decisions and risks. Every reference is
valid and every invariant holds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from planner.file import lineage
from planner.model.entities import (
    Access,
    DataSource,
    Direction,
    Effort,
    Feedback,
    FeedbackKind,
    FrictionKind,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Governance,
    Measurement,
    Metric,
    MetricKind,
    MetricSource,
    Outcome,
    Person,
    Risk,
    Roadmap,
    Sentiment,
    Stage,
    StageStatus,
    Storage,
    Team,
    UseCase,
    UseCaseStatus,
    Window,
)

START = dt.date(2026, 1, 5)  # a Monday
WEEKS_MEASURED = 26
STAGE_NAMES = (
    "Writing assistance",
    "Project management",
    "Bespoke tasks",
    "Customer service",
    "Analytics",
    "Scale-out",
)
DEPARTMENTS = ("Claims", "Underwriting", "Finance", "HR", "IT", "Sales", "Legal", "Operations")
TOOLS = ("Copilot Chat", "Copilot in Word", "Copilot in Teams", "Custom agent", "Planner AI")
VERBS = ("Draft", "Summarise", "Classify", "Translate", "Review", "Plan", "Answer", "Extract")
OBJECTS = ("meeting minutes", "claims letters", "status reports", "contracts", "e-mails", "tickets")

METRICS = (
    Metric(id="met-wau", name="Weekly active users", unit="%", kind=MetricKind.ADOPTION,
           min_value=0, max_value=100),
    Metric(id="met-uses", name="Uses per active user per week", unit="uses/week",
           kind=MetricKind.FREQUENCY, min_value=0, max_value=1000),
    Metric(id="met-hours", name="Hours saved per user per week", unit="h/week",
           kind=MetricKind.BENEFIT, min_value=0, max_value=40),
    Metric(id="met-sat", name="Satisfaction", unit="1–5", kind=MetricKind.SATISFACTION,
           min_value=1, max_value=5),
    Metric(id="met-trained", name="Key users trained", unit="%", kind=MetricKind.TRAINING,
           source=MetricSource.TRAINED_PERCENT, min_value=0, max_value=100),
    Metric(id="met-amb", name="Ambassadors per 100 users", unit="per 100",
           kind=MetricKind.ADOPTION, source=MetricSource.AMBASSADORS_PER_100, min_value=0),
    Metric(id="met-data", name="Data readiness", unit="0–4", kind=MetricKind.DATA_READINESS,
           source=MetricSource.DATA_READINESS, min_value=0, max_value=4,
           direction=Direction.HIGHER_IS_BETTER),
)  # fmt: skip
THRESHOLDS = {"met-wau": 40.0, "met-uses": 5.0, "met-hours": 1.0, "met-sat": 3.5}


def generate(n_use_cases: int, seed: int = 0) -> Roadmap:
    """A valid roadmap with ``n_use_cases`` use cases, identical for the same seed."""
    rng = random.Random(seed)
    n_stages = 3 if n_use_cases < 1000 else 6
    n_teams = max(6, n_use_cases // 50)
    stages = _stages(n_stages, n_teams, rng)
    teams = tuple(
        Team(id=f"team-{i}", name=f"{_department(i)} {i // len(DEPARTMENTS) + 1}",
             department=_department(i), headcount=rng.randint(8, 120))
        for i in range(n_teams)
    )  # fmt: skip
    people = tuple(
        Person(
            id=f"pers-{t}-{j}", name=f"Person {t}-{j}", role="Key user" if j < 3 else "Member",
            team_id=f"team-{t}", is_ambassador=j == 0 and t % 7 != 3, is_key_user=j < 3,
            trained_on=START + dt.timedelta(weeks=rng.randint(0, 20)) if j < 2 else None,
        )
        for t in range(n_teams)
        for j in range(10)
    )  # fmt: skip
    frictions = tuple(
        FrictionPoint(
            id=f"fric-{i}", title=f"Time lost on {OBJECTS[i % len(OBJECTS)]} #{i}",
            process=OBJECTS[i % len(OBJECTS)].capitalize(), team_id=f"team-{i % n_teams}",
            kind=list(FrictionKind)[i % 3], hours_lost_per_week=round(rng.uniform(0.5, 6), 1),
            people_affected=rng.randint(5, 200),
        )
        for i in range(max(1, n_use_cases // 3))
    )  # fmt: skip
    sources = tuple(
        DataSource(
            id=f"data-{i}", name=f"Data source {i}", owner=f"Owner {i}", location="SharePoint",
            storage=list(Storage)[i % 2], access=list(Access)[i % 3 if i % 11 == 0 else i % 2],
            governance=list(Governance)[i % 3],
        )
        for i in range(max(1, n_use_cases // 20))
    )  # fmt: skip
    use_cases = _use_cases(n_use_cases, stages, n_teams, len(frictions), len(sources), rng)
    criteria = tuple(
        GateCriterion(
            id=f"crit-{s.id}-{m}", stage_id=s.id, metric_id=m,
            threshold=round(value * (1 + 0.25 * k), 2), mandatory=m in ("met-wau", "met-hours"),
            window=Window.MEAN if m == "met-wau" else Window.LATEST,
        )
        for k, s in enumerate(stages)
        for m, value in THRESHOLDS.items()
    )  # fmt: skip
    measurements = _measurements(stages, rng)
    feedback = tuple(
        Feedback(
            id=f"fb-{i}", date=START + dt.timedelta(days=rng.randint(0, 180)),
            stage_id=stages[i % 2].id, team_id=f"team-{i % n_teams}",
            kind=list(FeedbackKind)[i % 4], sentiment=list(Sentiment)[i % 3],
            text=f"Feedback {i}: the assistant helps with {OBJECTS[i % len(OBJECTS)]}.",
        )
        for i in range(max(3, n_use_cases // 20))
    )  # fmt: skip
    decisions = (
        GateDecision(id="dec-0", stage_id=stages[0].id, date=stages[0].gate_review or START,
                     outcome=Outcome.GO_WITH_CONDITIONS, rationale="Adoption on track.",
                     attendees=("Sponsor", "Programme manager")),
    )  # fmt: skip
    risks = tuple(
        Risk(id=f"risk-{i}", title=f"Risk {i}", likelihood=rng.randint(1, 5),
             impact=rng.randint(1, 5), stage_id=stages[i % n_stages].id, mitigation="Monitor.")
        for i in range(max(3, n_use_cases // 100))
    )  # fmt: skip
    return Roadmap(
        title=f"Generated programme ({n_use_cases} use cases)",
        organisation="Benchmark Insurance",
        owner="Programme office",
        objective="Take AI from pilots to everyday use.",
        horizon_start=START,
        horizon_end=stages[-1].planned_end,
        lineage=lineage.fresh().model_copy(update={"document_id": f"generated-{seed}"}),
        metrics=METRICS,
        stages=stages,
        criteria=criteria,
        use_cases=use_cases,
        friction_points=frictions,
        teams=teams,
        people=people,
        data_sources=sources,
        measurements=measurements,
        feedback=feedback,
        decisions=decisions,
        risks=risks,
    )


def _department(i: int) -> str:
    return DEPARTMENTS[i % len(DEPARTMENTS)]


def _stages(n_stages: int, n_teams: int, rng: random.Random) -> tuple[Stage, ...]:
    stages = []
    for k in range(n_stages):
        start = START + dt.timedelta(weeks=13 * k)
        end = start + dt.timedelta(weeks=26)
        status = StageStatus.ACTIVE if k < 2 else StageStatus.PLANNED
        teams = tuple(f"team-{t}" for t in range(n_teams) if t % n_stages <= k)
        stages.append(
            Stage(
                id=f"stage-{k}", name=STAGE_NAMES[k], goal=f"Goal of {STAGE_NAMES[k].lower()}",
                planned_start=start, planned_end=end, status=status,
                target_users=50 * (k + 1) * max(1, n_teams // 10), team_ids=teams,
                gate_review=end - dt.timedelta(days=3),
            )
        )  # fmt: skip
    return tuple(stages)


def _use_cases(
    n: int, stages: tuple[Stage, ...], n_teams: int, n_frictions: int, n_sources: int,
    rng: random.Random,
) -> tuple[UseCase, ...]:  # fmt: skip
    result = []
    for i in range(n):
        stage = stages[i % len(stages)]
        offset = rng.randint(0, 10)
        start = stage.planned_start + dt.timedelta(weeks=offset)
        end = start + dt.timedelta(weeks=rng.randint(2, 16))
        depends = (f"uc-{i - 1}",) if i % 10 == 5 else ()  # chains backwards: never a cycle
        result.append(
            UseCase(
                id=f"uc-{i}",
                name=f"{VERBS[i % len(VERBS)]} {OBJECTS[(i // len(VERBS)) % len(OBJECTS)]} #{i}",
                description="Generated use case.", stage_id=stage.id,
                friction_point_ids=(f"fric-{i % n_frictions}",), tool=TOOLS[i % len(TOOLS)],
                team_ids=(f"team-{i % n_teams}",), owner_id=f"pers-{i % n_teams}-1",
                planned_start=start, planned_end=end, status=list(UseCaseStatus)[i % 6],
                progress=rng.randint(0, 100), expected_hours_saved=round(rng.uniform(0, 3), 1),
                cost_per_year=float(rng.randint(0, 50) * 1000), effort=list(Effort)[i % 3],
                data_source_ids=(f"data-{i % n_sources}",), depends_on=depends,
            )
        )  # fmt: skip
    return tuple(result)


def _measurements(stages: tuple[Stage, ...], rng: random.Random) -> tuple[Measurement, ...]:
    result = []
    for stage in stages:
        if stage.status is not StageStatus.ACTIVE:
            continue
        for team_id in stage.team_ids:
            adoption = rng.uniform(0.05, 0.2)
            for week in range(WEEKS_MEASURED):
                monday = stage.planned_start + dt.timedelta(weeks=week)
                adoption = min(0.95, adoption + rng.uniform(0, 0.05))
                values = {
                    "met-wau": round(100 * adoption, 1),
                    "met-uses": round(3 + 10 * adoption + rng.uniform(-1, 1), 1),
                    "met-hours": round(0.3 + 2 * adoption, 2),
                    "met-sat": round(min(5.0, 3 + adoption * 1.5), 2),
                }
                for metric_id, value in values.items():
                    result.append(
                        Measurement(
                            id=f"meas-{stage.id}-{team_id}-{week}-{metric_id[4:]}",
                            metric_id=metric_id, stage_id=stage.id, team_id=team_id,
                            week=monday, value=value, sample_size=rng.randint(8, 120),
                            source="generated",
                        )
                    )  # fmt: skip
    return tuple(result)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("use_cases", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    from planner.file import storage

    roadmap = generate(args.use_cases, args.seed)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(storage.dumps(roadmap))
    print(f"{args.output}: {args.output.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
