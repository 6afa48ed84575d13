"""Three-way merge on hand-made copies of the AI-adoption template."""

from __future__ import annotations

import datetime as dt

import pytest

from planner import templates
from planner.edit.operations import Insert, Move, Op, Remove, SetField, apply
from planner.file import lineage, storage
from planner.merge import (
    MINE,
    THEIRS,
    VALUE,
    Code,
    Conflict,
    MergeResult,
    merge,
    merge_ops,
    resolve,
)
from planner.model.entities import GateCriterion, Measurement, Roadmap, Team, UseCase
from planner.rules import invariants

D = dt.date


@pytest.fixture(scope="module")
def base() -> Roadmap:
    return lineage.next_revision(templates.create(templates.SAMPLE, today=D(2027, 1, 4)))


def edit(roadmap: Roadmap, *ops: Op) -> Roadmap:
    for op in ops:
        roadmap, _ = apply(roadmap, op)
    return lineage.next_revision(roadmap)


def uc(roadmap: Roadmap, uc_id: str = "uc-meeting-minutes") -> UseCase:
    return next(u for u in roadmap.use_cases if u.id == uc_id)


def content(roadmap: Roadmap | None) -> Roadmap:
    assert roadmap is not None
    return roadmap.model_copy(
        update={"lineage": lineage.fresh().model_copy(update={"document_id": "x"})}
    )


def settled(result: MergeResult) -> Roadmap:
    assert result.conflicts == []
    assert result.merged is not None
    assert invariants.check(result.merged) == []
    assert storage.load_bytes(storage.dumps(result.merged)) == result.merged
    return result.merged


def only(result: MergeResult, code: Code) -> Conflict:
    assert [c.code for c in result.conflicts] == [code], [c.sentence for c in result.conflicts]
    assert result.merged is None
    return result.conflicts[0]


# ---------------------------------------------------------- automatic


def test_changes_to_different_fields_and_entities_combine(base: Roadmap) -> None:
    u = uc(base)
    mine = edit(
        base,
        SetField("use_case", u.id, "name", "Minutes"),
        SetField("risk", "risk-claims-data", "likelihood", 5),
    )
    theirs = edit(
        base,
        SetField("use_case", u.id, "planned_end", u.planned_end + dt.timedelta(days=14)),
        SetField("roadmap", None, "owner", "Marc"),
    )
    merged = settled(merge(base, mine, theirs))
    assert uc(merged).name == "Minutes"
    assert uc(merged).planned_end == u.planned_end + dt.timedelta(days=14)
    assert merged.owner == "Marc"
    assert next(r for r in merged.risks if r.id == "risk-claims-data").likelihood == 5
    result = merge(base, mine, theirs)
    assert "Use case 'Minutes' planned end moved" in " ".join(result.auto)
    assert "Roadmap owner changed" in " ".join(result.auto)


def test_same_change_in_both_is_no_conflict(base: Roadmap) -> None:
    op = SetField("stage", "stage-project", "status", "active")
    merged = settled(merge(base, edit(base, op), edit(base, op)))
    assert merged.stages[1].status == "active"


def test_reference_lists_merge_by_element(base: Roadmap) -> None:
    u = uc(base)
    first = u.team_ids[0]
    second = next(t.id for t in base.teams if t.id not in u.team_ids)
    mine = edit(base, SetField("use_case", u.id, "team_ids", (*u.team_ids, second)))
    theirs = edit(base, SetField("use_case", u.id, "team_ids", u.team_ids[1:]))
    merged = settled(merge(base, mine, theirs))
    assert uc(merged).team_ids == (*u.team_ids[1:], second)
    assert first not in uc(merged).team_ids


def test_additions_in_both_keep_both_in_order(base: Roadmap) -> None:
    def new_team(i: str) -> Team:
        return Team(id=f"team-new-{i}", name=f"New {i}")

    mine = edit(base, Insert("team", 1, new_team("a")))
    theirs = edit(base, Insert("team", 3, new_team("b")), Insert("team", -1, new_team("c")))
    merged = settled(merge(base, mine, theirs))
    ids = [t.id for t in merged.teams]
    assert ids.index("team-new-a") == 1
    assert ids[ids.index("team-new-b") - 1] == theirs.teams[2].id
    assert ids[-1] == "team-new-c"


def test_stage_order_follows_theirs_only_when_only_theirs_moved(base: Roadmap) -> None:
    # Stages must start in order, so reorder the gate criteria list instead (any list works).
    moved = edit(base, Move("criterion", base.criteria[0].id, 5))
    assert merge(base, base, moved).merged is not None
    assert [c.id for c in settled(merge(base, base, moved)).criteria] == [
        c.id for c in moved.criteria
    ]
    mine = edit(base, Move("criterion", base.criteria[1].id, 7))
    merged = settled(merge(base, mine, moved))
    assert [c.id for c in merged.criteria] == [c.id for c in mine.criteria]


def test_measurements_imported_in_both_copies_are_kept_once(base: Roadmap) -> None:
    week = D(2027, 6, 7)

    def measurement(i: str) -> Measurement:
        return Measurement(
            id=f"m-{i}",
            metric_id="metric-active-users",
            stage_id="stage-writing",
            week=week,
            value=55,
            source="usage.csv",
        )

    merged = settled(
        merge(
            base,
            edit(base, Insert("measurement", -1, measurement("a"))),
            edit(base, Insert("measurement", -1, measurement("b"))),
        )
    )
    assert [m.id for m in merged.measurements if m.week == week] == ["m-a"]


def test_merged_lineage(base: Roadmap) -> None:
    mine = edit(base, SetField("roadmap", None, "owner", "A"))
    theirs = edit(edit(base, SetField("roadmap", None, "organisation", "B")))
    merged = settled(merge(base, mine, theirs))
    assert merged.lineage.document_id == mine.lineage.document_id
    assert merged.lineage.revision == max(mine.lineage.revision, theirs.lineage.revision) + 1
    assert merged.lineage.merged_from == (lineage.ref(mine.lineage), lineage.ref(theirs.lineage))
    assert lineage.relation(theirs, merged).kind is lineage.RelationKind.OLDER


# ---------------------------------------------------------- conflicts


def test_same_field_changed_differently(base: Roadmap) -> None:
    review = base.stages[1].gate_review
    assert review is not None
    mine = edit(
        base, SetField("stage", "stage-project", "gate_review", review + dt.timedelta(days=14))
    )
    theirs = edit(
        base, SetField("stage", "stage-project", "gate_review", review + dt.timedelta(days=21))
    )
    result = merge(base, mine, theirs)
    conflict = only(result, Code.FIELD)
    assert (conflict.kind, conflict.entity_id, conflict.field) == (
        "stage",
        "stage-project",
        "gate_review",
    )
    assert (conflict.base, conflict.mine, conflict.theirs) == (
        review,
        review + dt.timedelta(days=14),
        review + dt.timedelta(days=21),
    )
    assert conflict.sentence.startswith("Stage 'Project management' review: mine ")
    assert conflict.editable
    assert settled(resolve(result, {conflict.key: MINE})).stages[1].gate_review == conflict.mine
    assert settled(resolve(result, {conflict.key: THEIRS})).stages[1].gate_review == conflict.theirs
    chosen = review + dt.timedelta(days=1)
    assert settled(resolve(result, {conflict.key: VALUE(chosen)})).stages[1].gate_review == chosen


def test_a_value_that_is_not_valid_is_reported_again(base: Roadmap) -> None:
    mine = edit(base, SetField("risk", "risk-claims-data", "likelihood", 5))
    theirs = edit(base, SetField("risk", "risk-claims-data", "likelihood", 1))
    result = merge(base, mine, theirs)
    conflict = only(result, Code.FIELD)
    again = resolve(result, {conflict.key: VALUE(9)})
    assert again.merged is None
    assert [c.key for c in again.conflicts] == [conflict.key]
    assert "not valid" in again.conflicts[0].sentence
    assert settled(resolve(again, {conflict.key: VALUE(3)})).risks[0].likelihood == 3


def test_nothing_is_merged_until_every_conflict_is_settled(base: Roadmap) -> None:
    mine = edit(
        base, SetField("roadmap", None, "owner", "A"), SetField("roadmap", None, "title", "A")
    )
    theirs = edit(
        base, SetField("roadmap", None, "owner", "B"), SetField("roadmap", None, "title", "B")
    )
    result = merge(base, mine, theirs)
    keys = {c.field: c.key for c in result.conflicts}
    assert set(keys) == {"owner", "title"}
    half = resolve(result, {keys["owner"]: THEIRS})
    assert half.merged is None
    assert [c.key for c in half.conflicts] == [keys["title"]]
    merged = settled(resolve(half, {keys["title"]: MINE}))
    assert (merged.owner, merged.title) == ("B", "A")


def test_delete_versus_edit(base: Roadmap) -> None:
    mine = edit(base, Remove("risk", "risk-oversharing"))
    theirs = edit(base, SetField("risk", "risk-oversharing", "impact", 2))
    result = merge(base, mine, theirs)
    conflict = only(result, Code.DELETE_EDIT)
    assert conflict.sentence.startswith("Risk 'Confidential documents exposed")
    assert "deleted in mine but changed in theirs (impact)" in conflict.sentence
    assert conflict.options == ("Delete it", "Keep it, with their changes")
    assert not conflict.editable
    assert "risk-oversharing" not in {
        r.id for r in settled(resolve(result, {conflict.key: MINE})).risks
    }
    kept = settled(resolve(result, {conflict.key: THEIRS}))
    assert next(r for r in kept.risks if r.id == "risk-oversharing").impact == 2


def test_reference_to_a_team_the_other_copy_deleted(base: Roadmap) -> None:
    new_uc = uc(base).model_copy(
        update={"id": "uc-new", "name": "Claims triage", "team_ids": ("team-hr",), "depends_on": ()}
    )
    mine = edit(base, Insert("use_case", -1, new_uc))
    theirs = edit(base, Remove("team", "team-hr"))
    result = merge(base, mine, theirs)
    conflict = only(result, Code.DANGLING)
    assert conflict.sentence == "Use case 'Claims triage' refers to team 'HR', which theirs deleted"
    assert conflict.options == ("Keep the team", "Drop the reference")
    kept = settled(resolve(result, {conflict.key: MINE}))
    assert "team-hr" in {t.id for t in kept.teams}
    assert uc(kept, "uc-new").team_ids == ("team-hr",)
    dropped = settled(resolve(result, {conflict.key: THEIRS}))
    assert "team-hr" not in {t.id for t in dropped.teams}
    assert uc(dropped, "uc-new").team_ids == ()


def test_criterion_for_a_stage_the_other_copy_deleted_goes_with_it(base: Roadmap) -> None:
    criterion = GateCriterion(
        id="criterion-new", stage_id="stage-bespoke", metric_id="metric-uses", threshold=3
    )
    mine = edit(base, Remove("stage", "stage-bespoke"))
    theirs = edit(base, Insert("criterion", -1, criterion))
    result = merge(base, mine, theirs)
    conflict = only(result, Code.DANGLING)
    assert conflict.options == ("Delete it too", "Keep the stage")
    gone = settled(resolve(result, {conflict.key: MINE}))
    assert "criterion-new" not in {c.id for c in gone.criteria}
    assert "stage-bespoke" not in {s.id for s in gone.stages}
    back = settled(resolve(result, {conflict.key: THEIRS}))
    assert [s.id for s in back.stages] == [s.id for s in base.stages]


def test_both_add_dependencies_that_form_a_cycle(base: Roadmap) -> None:
    a, b = "uc-customer-replies", "uc-meeting-minutes"
    assert not uc(base, a).depends_on
    assert not uc(base, b).depends_on
    mine = edit(base, SetField("use_case", a, "depends_on", (b,)))
    theirs = edit(base, SetField("use_case", b, "depends_on", (a,)))
    result = merge(base, mine, theirs)
    conflict = only(result, Code.CYCLE)
    assert "would depend on each other in a circle" in conflict.sentence
    assert (
        "mine added Draft replies to customer letters → Meeting minutes and action lists"
        in conflict.sentence
    )
    by_mine = settled(resolve(result, {conflict.key: MINE}))
    assert (uc(by_mine, a).depends_on, uc(by_mine, b).depends_on) == ((b,), ())
    by_theirs = settled(resolve(result, {conflict.key: THEIRS}))
    assert (uc(by_theirs, a).depends_on, uc(by_theirs, b).depends_on) == ((), (a,))


def test_dates_combined_into_an_end_before_the_start(base: Roadmap) -> None:
    u = uc(base)
    mine = edit(
        base, SetField("use_case", u.id, "planned_start", u.planned_end - dt.timedelta(days=1))
    )
    theirs = edit(
        base, SetField("use_case", u.id, "planned_end", u.planned_start + dt.timedelta(days=1))
    )
    result = merge(base, mine, theirs)
    conflict = only(result, Code.INVARIANT)
    assert conflict.sentence.startswith("After combining both copies, use case ")
    by_mine = settled(resolve(result, {conflict.key: MINE}))
    assert (uc(by_mine).planned_start, uc(by_mine).planned_end) == (
        uc(mine).planned_start,
        uc(mine).planned_end,
    )
    by_theirs = settled(resolve(result, {conflict.key: THEIRS}))
    assert uc(by_theirs).planned_end == uc(theirs).planned_end
    still = resolve(result, {conflict.key: VALUE(u.planned_start)})
    assert still.merged is None
    assert "did not settle it" in still.conflicts[0].sentence


def test_edits_that_do_not_fit_together_in_one_entity(base: Roadmap) -> None:
    metric = next(m for m in base.metrics if m.id == "metric-data-readiness")
    assert (metric.min_value, metric.max_value) == (0, 4)
    mine = edit(base, SetField("metric", metric.id, "min_value", 3.0))
    theirs = edit(base, SetField("metric", metric.id, "max_value", 2.0))
    result = merge(base, mine, theirs)
    conflict = only(result, Code.INVALID)
    assert "do not fit together" in conflict.sentence
    by_theirs = settled(resolve(result, {conflict.key: THEIRS}))
    assert next(m for m in by_theirs.metrics if m.id == metric.id) == next(
        m for m in theirs.metrics if m.id == metric.id
    )


def test_same_week_measured_twice_with_different_values(base: Roadmap) -> None:
    week = D(2027, 6, 7)

    def measurement(i: str, value: float) -> Measurement:
        return Measurement(
            id=f"m-{i}",
            metric_id="metric-active-users",
            stage_id="stage-writing",
            week=week,
            value=value,
        )

    result = merge(
        base,
        edit(base, Insert("measurement", -1, measurement("a", 50))),
        edit(base, Insert("measurement", -1, measurement("b", 52))),
    )
    conflict = only(result, Code.DUPLICATE)
    assert (conflict.mine, conflict.theirs) == (50, 52)
    assert [
        m.id
        for m in settled(resolve(result, {conflict.key: THEIRS})).measurements
        if m.week == week
    ] == ["m-b"]
    valued = settled(resolve(result, {conflict.key: VALUE(51)}))
    assert [m.value for m in valued.measurements if m.week == week] == [51]


# ------------------------------------------------------------ applying


@pytest.mark.parametrize("direction", ["mine", "theirs"])
def test_merge_ops_apply_the_merge_as_one_undoable_operation(base: Roadmap, direction: str) -> None:
    u = uc(base)
    mine = edit(
        base,
        SetField("use_case", u.id, "name", "Minutes"),
        Remove("team", "team-hr"),
        Move("stage", "stage-bespoke", 2),
    )
    theirs = edit(
        base,
        SetField("use_case", u.id, "planned_end", u.planned_end + dt.timedelta(days=7)),
        Insert("team", 0, Team(id="team-legal", name="Legal")),
        Remove("risk", "risk-oversharing"),
        SetField("roadmap", None, "owner", "Marc"),
    )
    if direction == "theirs":
        mine, theirs = theirs, mine
    merged = settled(merge(base, mine, theirs))
    batch = merge_ops(mine, merged, "Merge with theirs.pilotplan")
    assert batch.label == "Merge with theirs.pilotplan"
    after, inverse = apply(mine, batch)
    assert after.model_copy(update={"lineage": merged.lineage}) == merged
    assert after.lineage == mine.lineage
    back, _ = apply(after, inverse)
    assert back == mine


def test_merge_ops_of_identical_roadmaps_do_nothing(base: Roadmap) -> None:
    assert merge_ops(base, base).ops == ()


def test_inputs_are_not_changed(base: Roadmap) -> None:
    mine = edit(base, SetField("roadmap", None, "owner", "A"))
    theirs = edit(base, SetField("roadmap", None, "owner", "B"))
    dumped = [storage.dumps(r) for r in (base, mine, theirs)]
    result = merge(base, mine, theirs)
    resolve(result, {result.conflicts[0].key: THEIRS})
    assert [storage.dumps(r) for r in (base, mine, theirs)] == dumped
