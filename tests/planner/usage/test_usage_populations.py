"""Each stage gets its own population from one company-wide export (issue 11, point 1)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from planner.edit import operations
from planner.file import lineage
from planner.model.entities import (
    Metric,
    MetricKind,
    Roadmap,
    Stage,
    StageStatus,
    Team,
)
from planner.usage import ImportOptions, UsageImportError, plan_import

AS_OF = dt.date(2026, 3, 20)
WEEKS = [dt.date(2026, 2, 2) + dt.timedelta(weeks=n) for n in range(6)]
TEAMS = {  # team → (stage, people in the export)
    "Customer service": ("writing", 90),
    "Underwriting": ("writing", 60),
    "HR": ("writing", 30),
    "Project office": ("project", 25),
    "IT": ("project", 45),
    "Finance": ("project", 30),
    "Legal": (None, 20),  # a team of no stage: outside the programme
}


def roadmap(*, project_status: StageStatus = StageStatus.ACTIVE) -> Roadmap:
    teams = tuple(
        Team(id=f"t{i}", name=name, headcount=size)
        for i, (name, (_stage, size)) in enumerate(TEAMS.items())
    )
    ids = {t.name: t.id for t in teams}

    def stage(key: str, name: str, status: StageStatus) -> Stage:
        members = tuple(ids[n] for n, (s, _) in TEAMS.items() if s == key)
        return Stage(id=f"s-{key}", name=name, planned_start=dt.date(2026, 1, 5),
                     planned_end=dt.date(2026, 12, 31), status=status,
                     team_ids=members)  # fmt: skip

    return Roadmap(
        title="Two stages",
        horizon_start=dt.date(2026, 1, 5),
        horizon_end=dt.date(2026, 12, 31),
        lineage=lineage.fresh(),
        metrics=(
            Metric(
                id="m-wau",
                name="Weekly active users",
                unit="%",
                kind=MetricKind.ADOPTION,
                min_value=0,
                max_value=100,
            ),
        ),
        teams=teams,
        stages=(
            stage("writing", "Writing assistance", StageStatus.ACTIVE),
            stage("project", "Project management", project_status),
        ),
    )


def export(path: Path, *, with_team: bool = True, seed: int = 7) -> dict[tuple[str, dt.date], bool]:
    """A company-wide per-user weekly export; returns who was active when."""
    rng = random.Random(seed)
    activity: dict[tuple[str, dt.date], bool] = {}
    lines = ["PersonId,MetricDate,Total Copilot actions taken,Organization"]
    for team, (_stage, size) in TEAMS.items():
        level = rng.uniform(0.3, 0.8)
        for n in range(size):
            person = f"{team[:3].lower()}-{n:03d}"
            for week in WEEKS:
                active = rng.random() < level
                activity[(person, week)] = active
                actions = rng.randint(1, 30) if active else 0
                lines.append(f"{person},{week.isoformat()},{actions},{team if with_team else ''}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return activity


def rate(activity: dict[tuple[str, dt.date], bool], stage: str, week: dt.date) -> float:
    """Active % over the stage's own teams, computed independently of the import."""
    people = [p for (p, w) in activity if w == week and _team_of(p)[1] == stage]
    return round(100.0 * sum(activity[(p, week)] for p in people) / len(people), 8)


def _team_of(person: str) -> tuple[str, str | None]:
    team = next(t for t in TEAMS if t[:3].lower() == person.split("-")[0])
    return team, TEAMS[team][0]


def test_each_stage_gets_its_own_population(tmp_path: Path) -> None:
    path = tmp_path / "company.csv"
    activity = export(path)
    plan = roadmap()
    result = plan_import(plan, path, ImportOptions(as_of=AS_OF))
    new, _ = operations.apply(plan, result.batch)
    totals = {
        (m.stage_id, m.week): (m.value, m.sample_size)
        for m in new.measurements
        if m.metric_id == "m-wau" and m.team_id is None
    }
    for week in WEEKS:
        assert totals[("s-writing", week)] == (rate(activity, "writing", week), 180)
        assert totals[("s-project", week)] == (rate(activity, "project", week), 100)
    # Team figures go to the stage of the team; Legal's people are stored nowhere.
    legal = next(t.id for t in new.teams if t.name == "Legal")
    assert not any(m.team_id == legal for m in new.measurements)
    report = result.report
    assert (report.outside_people, report.outside_rows) == (20, 20 * len(WEEKS))
    lines = "\n".join(report.lines())
    assert "stage 'Writing assistance': 180 people, 1,080 rows" in lines
    assert "stage 'Project management': 100 people, 600 rows" in lines
    assert "    Underwriting: 60 people, 360 rows" in lines
    assert "outside the programme (teams in no stage fed): 20 people, 120 rows" in lines
    assert report.scope == "stage 'Writing assistance' and stage 'Project management'"


def test_the_project_stage_gets_its_data_from_the_same_import(tmp_path: Path) -> None:
    """The finding: 'Project management' kept "not enough data" though its teams were in."""
    from planner.evidence.gates import evaluate_stage
    from planner.model.entities import GateCriterion

    path = tmp_path / "company.csv"
    export(path)
    plan = roadmap().model_copy(
        update={
            "criteria": (
                GateCriterion(id="c1", stage_id="s-project", metric_id="m-wau", threshold=10),
            )
        }
    )
    new, _ = operations.apply(plan, plan_import(plan, path, ImportOptions(as_of=AS_OF)).batch)
    result = evaluate_stage(new, "s-project", AS_OF)
    assert result.results[0].value is not None
    assert result.results[0].weeks_of_data == len(WEEKS)


def test_choosing_a_stage_restricts_on_purpose(tmp_path: Path) -> None:
    path = tmp_path / "company.csv"
    activity = export(path)
    plan = roadmap()
    result = plan_import(plan, path, ImportOptions(as_of=AS_OF, stage="Writing assistance"))
    stages = {c.scope for c in result.changes}
    assert stages == {"Writing assistance"}
    new, _ = operations.apply(plan, result.batch)
    week = WEEKS[-1]
    total = next(m for m in new.measurements
                 if m.team_id is None and m.week == week and m.metric_id == "m-wau")  # fmt: skip
    assert (total.value, total.sample_size) == (rate(activity, "writing", week), 180)
    # Project management's people are outside this import, not in its total.
    assert result.report.outside_people == 100 + 20


def test_people_with_no_team_count_only_where_it_is_unambiguous(tmp_path: Path) -> None:
    path = tmp_path / "no-teams.csv"
    export(path, with_team=False)
    two = plan_import(roadmap(), path, ImportOptions(as_of=AS_OF))
    assert two.changes == ()  # two stages fed: nobody can be placed
    assert two.report.no_team_people == 300
    assert any("have no team and several stages are fed" in n for n in two.report.notes)
    one = plan_import(roadmap(project_status=StageStatus.PLANNED), path, ImportOptions(as_of=AS_OF))
    assert {c.scope for c in one.changes} == {"Writing assistance"}
    assert one.report.unassigned_users == 300
    assert any("Project management' is not fed (planned)" in n for n in one.report.notes)


def test_two_active_stages_and_a_file_without_people_choose_nothing_silently(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tidy.csv"
    path.write_text("week,metric,value\n2026-03-02,Weekly active users,40\n", encoding="utf-8")
    with pytest.raises(UsageImportError) as caught:
        plan_import(roadmap(), path, ImportOptions(as_of=AS_OF))
    text = "\n".join(caught.value.lines)
    assert "nothing is chosen silently" in text
    assert "--stage" in text
    chosen = plan_import(roadmap(), path, ImportOptions(as_of=AS_OF, stage="s-project"))
    assert {c.scope for c in chosen.changes} == {"Project management"}


def test_a_mapping_that_matches_nobody_says_so_and_explains_concealed_names(
    tmp_path: Path,
) -> None:
    concealed = tmp_path / "concealed.csv"
    rows = ["Report Refresh Date,User Principal Name,Last Activity Date,Report Period"]
    rows += [f"2026-03-19,{n:032X},2026-03-18,7" for n in range(40)]
    concealed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    mapping = tmp_path / "teams.csv"
    mapping.write_text(
        "user,team\n" + "".join(f"person{n}@contoso.example,HR\n" for n in range(40)),
        encoding="utf-8",
    )
    result = plan_import(
        roadmap(project_status=StageStatus.PLANNED), concealed,
        ImportOptions(as_of=AS_OF, teams=mapping),
    )  # fmt: skip
    warnings = "\n".join(result.report.warnings)
    assert "matches none of the 40 users in the usage file" in warnings
    assert "conceal user names by default" in warnings
    assert "40 of them look concealed" in warnings
    assert "Display concealed user, group, and site names in all reports" in warnings
    # A mapping that matches most users stays quiet; one that matches few says so.
    few = tmp_path / "few.csv"
    few.write_text("user,team\n" + "".join(f"{n:032X},HR\n" for n in range(5)), "utf-8")
    partly = plan_import(
        roadmap(project_status=StageStatus.PLANNED), concealed,
        ImportOptions(as_of=AS_OF, teams=few),
    )  # fmt: skip
    assert any("matches only 5 of the 40 users" in w for w in partly.report.warnings)
