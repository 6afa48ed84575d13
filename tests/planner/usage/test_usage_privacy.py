"""Privacy that holds across imports and files (issue 19): one test per finding."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from usage_samples import AS_OF, small_roadmap

from planner.edit import operations
from planner.file import storage
from planner.identifiers import scrub_identifiers
from planner.model.entities import Roadmap, Team
from planner.usage import ImportOptions, plan_import
from planner.usage.privacy import EXTREMES_BELOW, MIN_GROUP_FLOOR, Candidate, protect

WEEK = dt.date(2026, 3, 2)
HEADER = "PersonId,MetricDate,Total Copilot actions taken,Organization\n"


def rows(team: str, actions: list[int], prefix: str) -> str:
    return "".join(f"{prefix}{i},{WEEK.isoformat()},{a},{team}\n" for i, a in enumerate(actions))


def imported(roadmap: Roadmap, path: Path, **options: object) -> tuple[Roadmap, object]:
    options.setdefault("as_of", AS_OF)
    result = plan_import(roadmap, path, ImportOptions(**options))  # type: ignore[arg-type]
    return operations.apply(roadmap, result.batch)[0], result


def two_teams_of_five() -> Roadmap:
    teams = (Team(id="t-hr", name="HR", headcount=5), Team(id="t-uw", name="Underwriting",
                                                          headcount=5))  # fmt: skip
    roadmap = small_roadmap()
    stages = tuple(
        s.model_copy(update={"team_ids": ("t-hr", "t-uw")}) if s.id == "s-writing" else s
        for s in roadmap.stages
    )
    return roadmap.model_copy(update={"teams": teams, "stages": stages, "use_cases": ()})


def revealed_groups(roadmap: Roadmap, min_group: int = MIN_GROUP_FLOOR) -> list[str]:
    """Every way the stored figures let a small group be found by subtraction."""
    cells: dict[tuple[object, ...], list[object]] = defaultdict(list)
    for m in roadmap.measurements:
        cells[(m.metric_id, m.stage_id, m.use_case_id, m.week)].append(m)
    found = []
    for key, members in cells.items():
        total = next((m for m in members if m.team_id is None), None)
        teams = [m for m in members if m.team_id is not None]
        if total is None or total.sample_size is None or not teams:
            continue
        rest = total.sample_size - sum(m.sample_size or 0 for m in teams)
        if 0 < rest < min_group:
            found.append(f"{key}: total − teams = {rest} people")
    return found


def test_a_corrected_file_cannot_leave_an_old_team_figure_beside_a_new_total(
    tmp_path: Path,
) -> None:
    """Finding: HR (5) + Underwriting (5), then a corrected file adding one person with no
    team — the first import's HR figure stayed beside the new total of 11."""
    roadmap = two_teams_of_five()
    first = tmp_path / "week.csv"
    first.write_text(HEADER + rows("HR", [12, 3, 8, 0, 0], "h") + rows("Underwriting",
                     [20, 5, 0, 0, 0], "u"), encoding="utf-8")  # fmt: skip
    once, result = imported(roadmap, first, stage="Writing assistance")
    stored = {(m.metric_id, m.team_id) for m in once.measurements if m.metric_id == "m-wau"}
    assert stored == {("m-wau", None), ("m-wau", "t-hr"), ("m-wau", "t-uw")}  # 10 = 5 + 5
    corrected = tmp_path / "week-corrected.csv"
    corrected.write_text(first.read_text("utf-8") + f"x0,{WEEK.isoformat()},37,\n", "utf-8")
    twice, result = imported(once, corrected, stage="Writing assistance")
    assert revealed_groups(twice) == []
    active = {m.team_id: m.sample_size for m in twice.measurements if m.metric_id == "m-wau"}
    assert active[None] == 11
    assert len(active) == 2  # the total and one team: 11 − 5 = 6 people stay hidden
    assert result.report.removed >= 1  # the old figure is removed, not left behind
    assert "stored earlier removed" in "\n".join(result.report.lines())
    # A second file name changes nothing: the rule looks at what is stored, not at files.
    other = tmp_path / "another-name.csv"
    other.write_text(corrected.read_text("utf-8"), "utf-8")
    thrice, _ = imported(twice, other, stage="Writing assistance")
    assert revealed_groups(thrice) == []


def test_the_minimum_group_has_a_floor_of_five(tmp_path: Path) -> None:
    """Finding: a copy with min_group_size 2 made the next import store teams of 3 and 4."""
    roadmap = small_roadmap(min_group=2)
    teams = (Team(id="t-a", name="A", headcount=3), Team(id="t-b", name="B", headcount=4),
             Team(id="t-c", name="C", headcount=20))  # fmt: skip
    stages = tuple(s.model_copy(update={"team_ids": ("t-a", "t-b", "t-c")})
                   if s.id == "s-writing" else s for s in roadmap.stages)  # fmt: skip
    roadmap = roadmap.model_copy(update={"teams": teams, "stages": stages, "use_cases": ()})
    path = tmp_path / "small.csv"
    path.write_text(HEADER + rows("A", [3, 0, 1], "a") + rows("B", [2, 2, 0, 1], "b")
                    + rows("C", [1, 0] * 10, "c"), encoding="utf-8")  # fmt: skip
    new, result = imported(roadmap, path)
    assert not any(m.team_id in ("t-a", "t-b") for m in new.measurements)
    assert all(m.sample_size is None or m.sample_size >= 5 for m in new.measurements)
    assert result.report.min_group == 5
    assert "(2 was asked; 5 is the floor)" in "\n".join(result.report.lines())
    _, asked = imported(roadmap, path, min_group=3)
    assert asked.report.min_group == 5


def test_sources_are_neutral_whatever_the_file_is_called(tmp_path: Path) -> None:
    """Finding: an e-mail address in the usage file's name was written 156 times."""
    path = tmp_path / "usage-ada.lovelace@contoso.com-1234567.csv"
    path.write_text(HEADER + rows("Customer service", [1, 2, 0, 4, 5, 0, 7, 0], "p"), "utf-8")
    new, result = imported(small_roadmap(), path)
    assert new.measurements
    for m in new.measurements:
        assert m.source == (
            "Per-user weekly action counts (Viva Insights person query), imported 2026-03-20"
        )
    target = tmp_path / "roadmap.pilotplan"
    storage.save(new, target)
    text = target.read_text("utf-8")
    assert "contoso" not in text
    assert "lovelace" not in text
    assert "1234567" not in text
    assert result.report.source == path.name  # shown to the user, never stored


def test_sources_stored_by_older_versions_are_cleaned_when_upgraded() -> None:
    from planner.file import migrations

    envelope = {"schema_version": 2, "roadmap": {"measurements": [
        {"id": "m1", "source": "usage-ada.lovelace@contoso.com.csv"},
        {"id": "m2", "source": "pulse survey"}, "damaged"]}}  # fmt: skip
    measurements = migrations.STEPS[2](envelope)["roadmap"]["measurements"]
    assert "@" not in measurements[0]["source"]
    assert "lovelace" not in measurements[0]["source"]
    assert measurements[1]["source"] == "pulse survey"
    assert measurements[2] == "damaged"


def test_identifiers_are_scrubbed_from_any_text() -> None:
    text = "usage ada.lovelace@contoso.com 5F2C8A9B5F2C8A9B5F2C8A9B5F2C8A9B emp 0012345.csv"
    clean = scrub_identifiers(text)
    assert "@" not in clean
    assert "5F2C" not in clean
    assert "0012345" not in clean
    assert clean.startswith("usage ")
    assert clean.endswith(".csv")


def test_extreme_shares_of_small_groups_are_withheld(tmp_path: Path) -> None:
    """Finding: 0 % or 100 % on a team of 5–12 reveals every member's status."""
    roadmap = small_roadmap()
    teams = (Team(id="t-8", name="Eight", headcount=8), Team(id="t-13", name="Thirteen",
                                                            headcount=13))  # fmt: skip
    stages = tuple(s.model_copy(update={"team_ids": ("t-8", "t-13")})
                   if s.id == "s-writing" else s for s in roadmap.stages)  # fmt: skip
    roadmap = roadmap.model_copy(update={"teams": teams, "stages": stages, "use_cases": ()})
    path = tmp_path / "all-active.csv"
    path.write_text(HEADER + rows("Eight", [4] * 8, "e") + rows("Thirteen", [6] * 13, "t"),
                    encoding="utf-8")  # fmt: skip
    new, result = imported(roadmap, path)
    active = {m.team_id: m.value for m in new.measurements if m.metric_id == "m-wau"}
    assert "t-8" not in active  # 8 of 8: every member's status
    assert active["t-13"] == 100.0  # 13 of 13 hides who is who no better, but the rule
    # stops at 13 (documented): below it, an extreme is withheld.
    assert EXTREMES_BELOW == 13
    assert dict(result.report.withheld)["extreme"] >= 1


def test_protect_by_hand() -> None:
    def c(key: str, team: str | None, size: int, count: float | None = None) -> Candidate:
        return Candidate(key, "cell", team, size, count)

    # Rule 2: too small.
    assert protect([c("a", None, 4)], 5) == {"a": "small"}
    # Rule 3: total 16 − 8 − 6 leaves 2: the smaller team goes.
    assert protect([c("t", None, 16), c("cs", "cs", 8), c("uw", "uw", 6)], 5) == {
        "uw": "subtraction"
    }
    # Rule 3 on extremes: total 20 (10 active) − team 10 (0 active) leaves 10 people all
    # active: the team goes.
    assert protect([c("t", None, 20, 10), c("a", "a", 10, 5), c("b", "b", 10, 5)], 5) == {}
    assert protect([c("t", None, 20, 10), c("a", "a", 10, 0)], 5) == {"a": "extreme"}
    assert protect([c("t", None, 22, 12), c("a", "a", 13, 2)], 5) == {"a": "subtraction"}
    # Already stored figures keep the minimum they were stored under (not below 5).
    kept = Candidate("old", "cell", "x", 6, None, established=True)
    assert protect([kept], 10) == {}
    assert protect([Candidate("old", "cell", "x", 4, None, established=True)], 10) == {
        "old": "small"
    }
