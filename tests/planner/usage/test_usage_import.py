"""plan_import end to end: every layout, re-imports, privacy and bad input."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from usage_samples import AS_OF, SAMPLES, sample, small_roadmap

from planner import templates
from planner.edit import operations
from planner.edit.operations import Batch, Insert, SetField
from planner.file import storage
from planner.model.entities import Measurement, Roadmap
from planner.usage import ImportOptions, ImportResult, UsageImportError, parse_mapping, plan_import


@pytest.fixture(scope="module")
def template() -> Roadmap:
    return templates.create(templates.SAMPLE, today=AS_OF)


def plan(roadmap: Roadmap, path: Path, **options: object) -> ImportResult:
    options.setdefault("as_of", AS_OF)
    return plan_import(roadmap, path, ImportOptions(**options))  # type: ignore[arg-type]


def applied(roadmap: Roadmap, result: ImportResult) -> Roadmap:
    new, _ = operations.apply(roadmap, result.batch)
    return new


def figures(result: ImportResult) -> set[tuple[object, ...]]:
    return {(c.metric, c.team, c.week, round(c.value, 2), c.sample_size) for c in result.changes}


def stored(roadmap: Roadmap, metric_id: str) -> dict[tuple[str | None, dt.date], float]:
    return {
        (m.team_id, m.week): round(m.value, 2)
        for m in roadmap.measurements
        if m.metric_id == metric_id
    }


# ------------------------------------------------------------------- tidy

TIDY_FIGURES = {
    ("Weekly active users", "Customer service", dt.date(2026, 3, 2), 61.5, 88),
    ("Weekly active users", "Underwriting", dt.date(2026, 3, 2), 48.25, 58),
    ("Weekly active users", "Customer service", dt.date(2026, 3, 9), 64.0, 88),
    ("Uses per active user", None, dt.date(2026, 3, 9), 7.5, 140),
    ("Satisfaction", None, dt.date(2026, 3, 9), 3.9, None),  # 11 March → its ISO week
}


@pytest.mark.parametrize(
    "name", ["tidy_basic.csv", "tidy_french.csv", "tidy_utf16.csv", "tidy_cp1252.csv"]
)
def test_every_tidy_variant_gives_the_same_figures(template: Roadmap, name: str) -> None:
    result = plan(template, sample(name))
    assert figures(result) == TIDY_FIGURES
    report = result.report
    assert (report.rows_read, report.rows_used, report.rows_refused) == (5, 5, 0)
    assert report.layout == "tidy"
    assert result.batch.label == f"Import usage from {name}"
    new = applied(template, result)
    sources = {m.source for m in new.measurements if m.week == dt.date(2026, 3, 9)}
    # A neutral source: the kind of report and the day, never the file's name.
    assert "Tidy table (week, metric, scope, value), imported 2026-03-20" in sources
    assert not any(name in source for source in sources)


def test_tidy_with_a_mapping(template: Roadmap) -> None:
    path = sample("tidy_custom_names.csv")
    with pytest.raises(UsageImportError) as caught:
        plan(template, path)
    text = "\n".join(caught.value.lines)
    assert "wrong columns" in text
    assert "tidy: week, metric, value" in text
    assert "found: 'Semaine ISO', 'KPI suivi', 'Résultat'" in text
    for mapping in (
        parse_mapping("week=Semaine ISO,metric=KPI suivi,value=Résultat"),
        parse_mapping(str(sample("tidy_mapping.txt"))),
    ):
        # The sample has two active stages and the table no scope: nothing chosen silently.
        with pytest.raises(UsageImportError, match="nothing is chosen silently"):
            plan(template, path, mapping=mapping)
        result = plan(template, path, mapping=mapping, stage="Writing assistance")
        assert figures(result) == {
            ("Weekly active users", None, dt.date(2026, 3, 2), 61.5, None),
            ("Weekly active users", None, dt.date(2026, 3, 9), 64.0, None),
        }
    with pytest.raises(UsageImportError, match="no such column"):
        plan(template, path, mapping={"week": "Semaine", "metric": "KPI suivi", "value": "x"})


def test_tidy_rows_are_checked_against_the_roadmap(template: Roadmap, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "week,metric,scope,team,value\n"
        "2026-03-02,Weekly active users,,,45\n"  # 2: fine (default scope)
        "2026-03-02,No such metric,,,45\n"  # 3
        "2026-03-02,Key users trained,,,45\n"  # 4: computed, not imported
        "2026-03-02,Weekly active users,,,120\n"  # 5: above 100 %
        "2026-03-02,Weekly active users,No such stage,,45\n"  # 6
        "2026-03-02,Weekly active users,,Nobody,45\n"  # 7
        "2026-03-04,Weekly active users,,,46\n"  # 8: same week as line 2
        "2026-03-02,Satisfaction,Meeting minutes and action lists,,4.5\n",  # 9: a use case
        encoding="utf-8",
    )
    with pytest.raises(UsageImportError) as caught:
        plan(template, path, stage="Writing assistance")
    report = caught.value.report
    assert report is not None
    reasons = {row.line: row.reason for row in report.refused}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "unknown metric 'No such metric'" in reasons[3]
    assert "computed from the roadmap" in reasons[4]
    assert "above the maximum" in reasons[5]
    assert "no stage or use case" in reasons[6]
    assert "unknown team 'Nobody'" in reasons[7]
    assert "same metric, scope, team and week as line 2" in reasons[8]
    assert "nothing was imported" in caught.value.lines[0]
    result = plan(template, path, skip_bad_rows=True, stage="Writing assistance")
    assert result.report.rows_refused == 6
    assert result.report.rows_used == 2
    by_scope = {(c.metric, c.scope) for c in result.changes}
    assert by_scope == {
        ("Weekly active users", "Writing assistance"),
        ("Satisfaction", "Meeting minutes and action lists"),
    }


# ---------------------------------------------------------- Copilot trend


def test_copilot_trend_graph_export(template: Roadmap) -> None:
    with pytest.raises(UsageImportError, match=r"whole tenant.*nothing is chosen silently"):
        plan(template, sample("copilot_trend.csv"))  # two stages are active
    result = plan(template, sample("copilot_trend.csv"), stage="Writing assistance")
    assert figures(result) == {
        ("Weekly active users", None, dt.date(2026, 3, 2), 48.0, 150),  # 72 of 150
        ("Weekly active users", None, dt.date(2026, 3, 9), 51.25, 160),  # 82 of 160
    }
    writing = {"stage": "Writing assistance"}
    teams = plan(template, sample("copilot_trend.csv"), app="Microsoft Teams", **writing)
    assert {c.value for c in teams.changes} == {24.0, 25.625}  # 36/150, 41/160
    with pytest.raises(UsageImportError, match="no Enabled/Active Users columns for Bing"):
        plan(template, sample("copilot_trend.csv"), app="Bing", **writing)


def test_copilot_trend_other_spellings(template: Roadmap) -> None:
    result = plan(template, sample("copilot_trend_variant.csv"), stage="Writing assistance")
    assert figures(result) == {("Weekly active users", None, dt.date(2026, 3, 9), 75.0, 40)}
    teams = plan(template, sample("copilot_trend_variant.csv"), app="teams", min_group=40,
                 stage="stage-writing")  # fmt: skip
    assert [c.value for c in teams.changes] == [35.0]  # 14 of 40 on Thursday


def test_a_tenant_smaller_than_the_minimum_group_stores_nothing(template: Roadmap) -> None:
    result = plan(
        template, sample("copilot_trend_variant.csv"), min_group=41, stage="stage-writing"
    )
    assert result.batch.ops == ()
    assert result.report.figures_suppressed == 1
    assert any("nothing could be stored" in w for w in result.report.warnings)


# ---------------------------------------------------- Copilot per-user table


def test_copilot_users_v1_with_concealed_names() -> None:
    result = plan(small_roadmap(), sample("copilot_users_v1.csv"))
    # 10 of 19 last active between 6 and 12 March (the report was refreshed on 12 March).
    assert figures(result) == {("Weekly active users", None, dt.date(2026, 3, 9), 52.63, 19)}
    assert result.report.unassigned_users == 19


def test_copilot_users_v2_with_a_team_mapping() -> None:
    result = plan(
        small_roadmap(), sample("copilot_users_v2.csv"), teams=sample("teams_mapping.csv")
    )
    week = dt.date(2026, 3, 16)
    assert figures(result) == {
        ("Weekly active users", None, week, 73.68, 19),
        ("Weekly active users", "Customer service", week, 75.0, 8),
        ("Weekly active users", "Underwriting", week, 83.33, 6),
        ("Actions per active user", None, week, 8.36, 14),
        ("Actions per active user", "Customer service", week, 10.17, 6),
    }
    report = result.report
    assert report.unassigned_users == 3  # the Legal people are in no team of the roadmap
    # HR (2 people) is never stored; Underwriting's prompts (4 active) neither.
    assert report.figures_suppressed == 3
    assert report.groups_suppressed == 2


def test_copilot_users_admin_centre_names_with_a_preamble_date() -> None:
    result = plan(small_roadmap(), sample("copilot_users_admin.csv"))
    assert figures(result) == {("Weekly active users", None, dt.date(2026, 3, 9), 62.5, 8)}


def test_copilot_users_per_app(tmp_path: Path) -> None:
    result = plan(small_roadmap(), sample("copilot_users_v1.csv"), app="Teams")
    assert [round(c.value, 2) for c in result.changes] == [36.84]  # 7 of 19 used Teams
    with pytest.raises(UsageImportError, match="no last-activity column for Bing"):
        plan(small_roadmap(), sample("copilot_users_v1.csv"), app="Bing")


def test_copilot_users_need_a_report_date(tmp_path: Path) -> None:
    lines = sample("copilot_users_admin.csv").read_text(encoding="utf-8").splitlines()[2:]
    path = tmp_path / "no-date.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UsageImportError, match="report date is unknown"):
        plan(small_roadmap(), path)
    result = plan(small_roadmap(), path, report_date=dt.date(2026, 3, 12))
    assert [c.value for c in result.changes] == [62.5]
    with pytest.raises(UsageImportError, match="in the future"):
        plan(small_roadmap(), path, report_date=dt.date(2026, 3, 12), as_of=dt.date(2026, 3, 11))


# --------------------------------------------------- per-user weekly actions


def test_viva_weekly_actions_per_team() -> None:
    roadmap = small_roadmap()
    result = plan(roadmap, sample("viva_weekly.csv"))
    new = applied(roadmap, result)
    active = stored(new, "m-wau")
    # Recompute one week by hand from the file: the Viva week of Sunday 1 March is the
    # ISO week of Monday 2 March; Customer service people with any action.
    with sample("viva_weekly.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["MetricDate"] == "2/22/2026"]

    def rate(people: list[dict[str, str]]) -> float:
        return round(100 * sum(int(r["Total Copilot actions taken"]) > 0 for r in people)
                     / len(people), 2)  # fmt: skip

    cs = [r for r in rows if r["Organization"] == "Customer service"]
    uw = [r for r in rows if r["Organization"] == "Underwriting"]
    assert 0 < rate(cs) < 100  # not an extreme: stored
    assert active[("t-cs", dt.date(2026, 2, 23))] == rate(cs)
    # The stage's population is its own teams: Legal (3 people, in no team of the
    # roadmap) is outside the programme, counted in the report and stored nowhere.
    stage = [r for r in rows if r["Organization"] in ("Customer service", "Underwriting", "HR")]
    assert len(stage) == 16
    assert active[(None, dt.date(2026, 2, 23))] == rate(stage)
    assert not any(m.team_id == "t-hr" for m in new.measurements)  # 2 people: never stored
    # Underwriting (6) would reveal HR (2) as total − CS − UW: withheld.
    assert ("t-uw", dt.date(2026, 2, 23)) not in active
    assert rate(uw) > 0
    # On 2 March CS is 6 of 8 and the stage 14 of 16: CS beside the total would tell
    # that all 8 others were active (100 % of 8), so CS is withheld that week.
    assert ("t-cs", dt.date(2026, 3, 2)) not in active
    assert result.report.unassigned_users == 0
    assert (result.report.outside_people, result.report.outside_rows) == (3, 18)
    assert any("'Legal'" in w for w in result.report.warnings)
    assert any("start on Sundays" in n for n in result.report.notes)


def test_habit_history_through_the_whole_import() -> None:
    roadmap = small_roadmap()
    new = applied(roadmap, plan(roadmap, sample("habit_13weeks.csv")))
    habitual = stored(new, "m-habit")
    assert habitual[(None, dt.date(2026, 1, 5))] == 50.0  # week 4: early rule, A B F
    assert habitual[(None, dt.date(2026, 3, 2))] == 33.33  # week 12: A and B (9 of 12)
    assert (None, dt.date(2025, 12, 29)) not in habitual  # week 3: too little history
    assert not stored(new, "m-actions")  # 3 active people a week: below the minimum of 5


def test_a_team_column_chosen_by_mapping() -> None:
    result = plan(
        small_roadmap(),
        sample("viva_weekly.csv"),
        mapping={"team": "FunctionType"},
    )
    # FunctionType values (Manager, Individual contributor) are no team of the roadmap:
    # everyone is outside the programme, counted in the report, stored nowhere.
    assert result.changes == ()
    assert result.report.outside_people == 19
    assert any("match no team" in w for w in result.report.warnings)


def test_eligible_denominator_is_said(tmp_path: Path) -> None:
    path = tmp_path / "only-active.csv"
    path.write_text(
        "PersonId,MetricDate,Total Copilot actions taken,Organization\n"
        + "".join(f"p{i},2026-03-02,{i + 1},Customer service\n" for i in range(6))
        + "u1,2026-03-02,4,Underwriting\nu2,2026-03-02,1,Underwriting\n",
        encoding="utf-8",
    )
    result = plan(small_roadmap(), path)
    assert any("eligible" in note for note in result.report.notes)
    values = {(c.metric, c.team): (round(c.value, 2), c.sample_size) for c in result.changes}
    assert values[("Weekly active users", None)] == (42.11, 19)  # 8 of the stage's 19 targets
    # Customer service: 6 active of a headcount of 8.
    assert values[("Weekly active users", "Customer service")] == (75.0, 8)
    # Underwriting (2 of 6) beside CS and the total would tell that the 5 other targets
    # were all inactive: withheld.
    assert ("Weekly active users", "Underwriting") not in values


# -------------------------------------------------------------------- XLSX


def test_xlsx_workbooks(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Usage export"])
    sheet.append([])
    sheet.append(["Week", "Metric", "Team", "Value", "Sample size"])
    sheet.append([dt.datetime(2026, 3, 2), "Weekly active users", "Claims", 0.5, 20])
    sheet.append([46090, "Weekly active users", "Claims", 55, 20])  # an Excel serial date
    sheet.append(["16/03/2026", "Satisfaction", None, 4.25, None])
    path = tmp_path / "usage.xlsx"
    workbook.save(path)
    result = plan(small_roadmap(), path)
    assert figures(result) == {
        ("Weekly active users", "Claims", dt.date(2026, 3, 2), 0.5, 20),
        ("Weekly active users", "Claims", dt.date(2026, 3, 9), 55.0, 20),
        ("Satisfaction", None, dt.date(2026, 3, 16), 4.25, None),
    }
    assert "Excel workbook" in result.report.file_format


# ------------------------------------------------------- re-import and fixes


def test_reimporting_the_same_file_changes_nothing() -> None:
    roadmap = small_roadmap()
    first = plan(roadmap, sample("viva_weekly.csv"))
    once = applied(roadmap, first)
    again = plan(once, sample("viva_weekly.csv"))
    assert again.batch.ops == ()
    assert again.report.unchanged == first.report.added
    assert not again.report.changed
    assert operations.apply(once, again.batch)[0] == once


def test_importing_a_corrected_file_replaces(tmp_path: Path) -> None:
    roadmap = small_roadmap()
    path = tmp_path / "claims.csv"
    text = (
        "week,metric,team,value,sample size\n"
        "2026-03-02,Weekly active users,Claims,61.5,20\n"
        "2026-03-09,Weekly active users,Claims,64,20\n"
    )
    path.write_text(text, encoding="utf-8")
    once = applied(roadmap, plan(roadmap, path))
    path.write_text(text.replace("64,20", "66.5,19"), encoding="utf-8")
    fixed = plan(once, path)
    assert (fixed.report.added, fixed.report.replaced, fixed.report.unchanged) == (0, 1, 1)
    assert fixed.report.weeks_replaced == (dt.date(2026, 3, 9),)
    assert all(isinstance(op, SetField) for op in fixed.batch.ops)
    assert {op.field for op in fixed.batch.ops if isinstance(op, SetField)} == {
        "value",
        "sample_size",
    }
    after = applied(once, fixed)
    assert stored(after, "m-wau")[("t-claims", dt.date(2026, 3, 9))] == 66.5
    assert len(after.measurements) == 2


def test_the_batch_is_one_undoable_step() -> None:
    roadmap = small_roadmap()
    result = plan(roadmap, sample("habit_13weeks.csv"))
    assert isinstance(result.batch, Batch)
    assert all(isinstance(op, Insert) for op in result.batch.ops)
    new, inverse = operations.apply(roadmap, result.batch)
    back, _ = operations.apply(new, inverse)
    assert back == roadmap


def test_scope_options() -> None:
    roadmap = small_roadmap()
    result = plan(roadmap, sample("copilot_users_v1.csv"), use_case="Meeting minutes")
    new = applied(roadmap, result)
    assert {(m.stage_id, m.use_case_id) for m in new.measurements} == {(None, "uc-minutes")}
    assert result.report.scope == "use case 'Meeting minutes'"
    result = plan(roadmap, sample("copilot_users_v1.csv"), stage="project management")
    assert {m.stage_id for m in applied(roadmap, result).measurements} == {"s-project"}
    with pytest.raises(UsageImportError, match=r"no stage 'Pilot'.*Writing assistance"):
        plan(roadmap, sample("copilot_users_v1.csv"), stage="Pilot")
    with pytest.raises(UsageImportError, match="either a stage or a use case"):
        plan(roadmap, sample("copilot_users_v1.csv"), stage="s-writing", use_case="uc-minutes")


def test_metric_choice() -> None:
    roadmap = small_roadmap()
    result = plan(roadmap, sample("copilot_users_v1.csv"), metrics={"active": "m-habit"})
    assert {m.metric_id for m in applied(roadmap, result).measurements} == {"m-habit"}
    with pytest.raises(UsageImportError, match="no such metric"):
        plan(roadmap, sample("copilot_users_v1.csv"), metrics={"active": "Nope"})
    with pytest.raises(UsageImportError, match="not a figure the import computes"):
        plan(roadmap, sample("copilot_users_v1.csv"), metrics={"happiness": "m-wau"})
    with pytest.raises(UsageImportError, match="computed from the roadmap"):
        plan(roadmap, sample("copilot_users_v1.csv"), metrics={"active": "Key users trained"})
    # Without a metric for a figure, the import adds the standard one (same undo step).
    partial = roadmap.model_copy(update={"metrics": roadmap.metrics[:1]})
    result = plan(partial, sample("habit_13weeks.csv"))
    added = [op.entity for op in result.batch.ops
             if isinstance(op, Insert) and op.kind == "metric"]  # fmt: skip
    assert {m.name for m in added} >= {"Habitual users", "Power users", "Novice users",
                                       "Low users"}  # fmt: skip
    assert all(m.standard is not None for m in added)
    assert any("standard metrics added" in n for n in result.report.notes)
    new = applied(partial, result)
    habit = next(m for m in new.metrics if m.name == "Habitual users")
    assert any(m.metric_id == habit.id for m in new.measurements)
    # A second import finds them by their standard mark: nothing is added twice.
    again = plan(new, sample("habit_13weeks.csv"))
    assert not any(isinstance(op, Insert) and op.kind == "metric" for op in again.batch.ops)


def test_team_mapping_file_problems(tmp_path: Path) -> None:
    unknown = tmp_path / "teams.csv"
    unknown.write_text("user,team\na@x.example,Customer service\nb@x.example,Finanse\n", "utf-8")
    with pytest.raises(UsageImportError) as caught:
        plan(small_roadmap(), sample("copilot_users_v2.csv"), teams=unknown)
    assert "'Finanse' (line 3)" in caught.value.lines[0]
    assert "Customer service, Underwriting" in caught.value.lines[1]
    twice = tmp_path / "twice.csv"
    twice.write_text("a@x.example;t-cs\nA@X.example;t-uw\n", "utf-8")
    with pytest.raises(UsageImportError, match=r"two teams \(lines 1 and 2\)"):
        plan(small_roadmap(), sample("copilot_users_v2.csv"), teams=twice)


# ----------------------------------------------------------------- privacy


def identifiers() -> set[str]:
    """Every name, e-mail address, user id and hash the per-user samples hold."""
    found: set[str] = set()
    columns = ("User Principal Name", "Display Name", "User name", "Display name", "PersonId",
               "User", "user")  # fmt: skip
    for name in ("copilot_users_v1.csv", "copilot_users_v2.csv", "copilot_users_admin.csv",
                 "viva_weekly.csv", "habit_13weeks.csv", "teams_mapping.csv"):  # fmt: skip
        text = (SAMPLES / name).read_text(encoding="utf-8")
        start = text.index(next(c for c in columns if c in text))
        for row in csv.DictReader(text[text.rfind("\n", 0, start) + 1 :].splitlines()):
            found.update(v for k, v in row.items() if k in columns and v)
    found |= {part for value in found for part in re.split(r"[@ .]", value) if len(part) > 3}
    return found - {"example"}


def test_no_personal_identifier_reaches_the_saved_file(tmp_path: Path) -> None:
    roadmap = small_roadmap()
    imports = [
        ("copilot_users_v1.csv", {}),
        ("copilot_users_v2.csv", {"teams": sample("teams_mapping.csv")}),
        ("copilot_users_admin.csv", {}),
        ("viva_weekly.csv", {}),
        ("habit_13weeks.csv", {}),
    ]
    for name, options in imports:
        roadmap = applied(roadmap, plan(roadmap, sample(name), **options))
    target = tmp_path / "roadmap.pilotplan"
    storage.save(roadmap, target)
    data = target.read_bytes().decode("utf-8").casefold()
    secrets = identifiers()
    assert len(secrets) > 100  # the check is not vacuous
    leaked = sorted(s for s in secrets if s.casefold() in data)
    assert leaked == []
    assert "contoso" not in data
    # Sources are neutral: the kind of report and the day, never a file's name.
    assert {m.source.rsplit(", imported ", 1)[1] for m in roadmap.measurements} == {"2026-03-20"}
    assert not any(name in m.source for m in roadmap.measurements for name, _ in imports)
    # Groups under the minimum size never appear: HR has 2 people.
    assert not any(m.team_id == "t-hr" for m in roadmap.measurements)
    assert all(m.sample_size is None or m.sample_size >= 5 for m in roadmap.measurements)


def test_the_report_names_no_person(tmp_path: Path) -> None:
    path = tmp_path / "dupes.csv"
    text = sample("copilot_users_v2.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    path.write_text("\n".join([*lines, lines[1], lines[2].replace("2026-03-16", "2027-01-01")]))
    with pytest.raises(UsageImportError) as caught:
        plan(small_roadmap(), path)
    message = "\n".join(caught.value.lines).casefold()
    assert "a second row for the same user (first at line 2)" in message
    assert not any(s.casefold() in message for s in identifiers())


def test_a_higher_minimum_group_suppresses_more() -> None:
    result = plan(small_roadmap(), sample("viva_weekly.csv"), min_group=10)
    assert {c.team for c in result.changes} == {None}  # no team has 10 people
    assert result.report.min_group == 10
    with pytest.raises(UsageImportError, match="at least 2"):
        plan(small_roadmap(), sample("viva_weekly.csv"), min_group=1)


# ---------------------------------------------------------------- bad input


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Name,Department,Salary\nAda,R&D,100\n", "wrong columns"),
        ("week,metric,value\n", "no data rows"),
        ("\n\n", "empty"),
    ],
)
def test_bad_files(tmp_path: Path, text: str, message: str) -> None:
    roadmap = small_roadmap()
    before = roadmap.model_dump()
    with pytest.raises(UsageImportError, match=message):
        plan(roadmap, write(tmp_path, "bad.csv", text))
    assert roadmap.model_dump() == before


def test_wrong_columns_say_what_was_expected_and_found(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", "Name,Department,Salary\nAda,R&D,100\n")
    with pytest.raises(UsageImportError) as caught:
        plan(small_roadmap(), path, layout="weekly-actions")
    lines = caught.value.lines
    assert lines[0].startswith("wrong columns for the weekly-actions layout: expected a person")
    assert lines[1] == "found: 'Name', 'Department', 'Salary'"


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        (
            "future.csv",
            "week,metric,value\n2026-03-02,Weekly active users,40\n"
            "2026-04-06,Weekly active users,45\n",
            "line 3: week 2026-04-06 is in the future (today is 2026-03-20)",
        ),
        (
            "negative.csv",
            "PersonId,MetricDate,Total Copilot actions taken\n"
            + "".join(f"p{i},2026-03-02,{i}\n" for i in range(6))
            + "p9,2026-03-02,-4\n",
            "line 8: Total Copilot actions taken: -4 is negative",
        ),
        (
            "text.csv",
            "Report Date,Enabled Users,Active Users\n2026-03-02,40,20\n2026-03-03,40,twenty\n",
            "line 3: Active Users: 'twenty' is not a number",
        ),
        (
            "counts.csv",
            "Report Date,Enabled Users,Active Users\n2026-03-02,40,20\n2026-03-03,-40,2\n",
            "line 3: Enabled Users: '-40' is negative",
        ),
        (
            "more-active.csv",
            "Report Date,Enabled Users,Active Users\n2026-03-02,40,20\n2026-03-03,10,20\n",
            "line 3: more active users (20) than enabled users (10)",
        ),
        (
            "bad-date.csv",
            "week,metric,value\n2026-03-02,Weekly active users,40\n"
            "31/02/2026,Weekly active users,4\n",
            "line 3: week: '31/02/2026' is not a valid date",
        ),
        (
            "last-activity.csv",
            "Report Refresh Date,User Principal Name,Last Activity Date\n"
            "2026-03-12,a@x.example,2026-03-11\n2026-03-12,b@x.example,2026-03-14\n",
            "line 3: last activity 2026-03-14 is after the report date 2026-03-12",
        ),
    ],
)
def test_bad_rows_refuse_the_file_with_line_numbers(
    tmp_path: Path, name: str, text: str, reason: str
) -> None:
    roadmap = small_roadmap()
    with pytest.raises(UsageImportError) as caught:
        plan(roadmap, write(tmp_path, name, text))
    assert any(reason in line for line in caught.value.lines), caught.value.lines
    assert caught.value.report is not None
    assert caught.value.report.rows_refused == 1


def test_not_really_xlsx_and_enormous_files(tmp_path: Path) -> None:
    fake = tmp_path / "usage.xlsx"
    fake.write_text("week,metric,value\n2026-03-02,Weekly active users,40\n", encoding="utf-8")
    with pytest.raises(UsageImportError, match=r"not really an Excel workbook.*rename it \.csv"):
        plan(small_roadmap(), fake)
    from planner.usage import Limits

    big = write(tmp_path, "big.csv", "week,metric,value\n" + "2026-03-02,x,1\n" * 100)
    with pytest.raises(UsageImportError, match="too large"):
        plan(small_roadmap(), big, limits=Limits(max_csv_bytes=500))
    with pytest.raises(UsageImportError, match="more than 50 rows"):
        plan(small_roadmap(), big, limits=Limits(max_rows=50))


def test_missing_data_file(tmp_path: Path) -> None:
    with pytest.raises(UsageImportError, match=r"cannot read nowhere\.csv"):
        plan(small_roadmap(), tmp_path / "nowhere.csv")


def test_the_source_is_a_valid_label_even_for_odd_names(tmp_path: Path) -> None:
    path = write(tmp_path, "week\t10 usage.csv", "week,metric,value\n2026-03-02,m-wau,40\n")
    result = plan(small_roadmap(), path)
    insert = result.batch.ops[0]
    assert isinstance(insert, Insert)
    assert isinstance(insert.entity, Measurement)
    assert result.report.source == "week_10 usage.csv"  # shown, never stored
    assert insert.entity.source == "Tidy table (week, metric, scope, value), imported 2026-03-20"


def test_options_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ImportOptions().layout = "tidy"  # type: ignore[misc]
