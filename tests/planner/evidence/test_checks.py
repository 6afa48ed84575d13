"""Method checks: each finding appears when it should, and only then."""

from __future__ import annotations

import datetime as dt

from gates_data import REVIEW, criterion, roadmap, stage, use_case, week
from register_data import entry

from planner.evidence.checks import Finding, method_checks
from planner.model.entities import (
    Comparator,
    FrictionPoint,
    GateDecision,
    Outcome,
    Person,
    Roadmap,
    StageStatus,
    UseCaseStatus,
    Window,
)

AS_OF = dt.date(2026, 3, 2)


def codes(rm: Roadmap, code: str, as_of: dt.date = AS_OF) -> list[Finding]:
    return [f for f in method_checks(rm, as_of) if f.code == code]


def clean(**parts: object) -> Roadmap:
    """A roadmap with nothing to flag, unless ``parts`` add something."""
    values: dict[str, object] = {
        "use_cases": (use_case("uc1", data_source_ids=("ds-dms",)),),
        "criteria": (criterion("c1", "wau", 60),),
        "register_entries": (entry("uc1"),),
        "ai_literacy_target": 0,  # literacy has its own tests (test_register_checks.py)
    }
    values.update(parts)
    return roadmap(**values)


def test_a_clean_roadmap_has_no_findings() -> None:
    assert method_checks(clean(), AS_OF) == []


def test_use_case_without_friction() -> None:
    rm = clean(use_cases=(
        use_case("uc1", data_source_ids=("ds-dms",)),
        use_case("uc2", friction_point_ids=()),
        use_case("uc3", friction_point_ids=(), status=UseCaseStatus.DROPPED),
    ))  # fmt: skip
    found = codes(rm, "use_case_without_friction")
    assert found == [
        Finding("use_case_without_friction", "use_case", "uc2", "warning",
                "Use case 'Use case uc2' addresses no friction point: link it to the time, "
                "productivity or quality it should win back."),
    ]  # fmt: skip


def test_friction_without_use_case() -> None:
    extra = FrictionPoint(id="fp-minutes", title="Writing meeting minutes", people_affected=40,
                          hours_lost_per_week=1)  # fmt: skip
    rm = clean(friction_points=(*roadmap().friction_points, extra))
    found = codes(rm, "friction_without_use_case")
    assert [(f.kind, f.entity_id, f.severity) for f in found] == [
        ("friction_point", "fp-minutes", "info")
    ]
    assert (
        found[0].message
        == "Friction point 'Writing meeting minutes' is not addressed by any use case yet."
    )


def test_stage_team_without_ambassador_names_the_teams() -> None:
    rm = clean(stages=(stage(team_ids=("claims", "finance", "legal")),))
    found = codes(rm, "stage_team_without_ambassador")
    assert [(f.kind, f.entity_id) for f in found] == [("stage", "s1")]
    assert found[0].message == "Stage 'Stage s1': team 'Legal' has no ambassador."
    # A non-ambassador in the team does not count; naming an ambassador clears it.
    ambassador = Person(id="p-lee", name="Lee", team_id="legal", is_ambassador=True)
    fixed = clean(stages=(stage(team_ids=("claims", "finance", "legal")),),
                  people=(*roadmap().people, ambassador))  # fmt: skip
    assert codes(fixed, "stage_team_without_ambassador") == []
    # Passed stages are not flagged.
    passed = clean(stages=(stage(team_ids=("legal",), status=StageStatus.PASSED),))
    assert codes(passed, "stage_team_without_ambassador") == []


def test_several_teams_without_ambassador() -> None:
    people = tuple(p for p in roadmap().people if not p.is_ambassador)
    rm = clean(people=people, stages=(stage(team_ids=("claims", "finance", "legal")),))
    (found,) = codes(rm, "stage_team_without_ambassador")
    assert (
        found.message
        == "Stage 'Stage s1': teams 'Claims', 'Finance' and 'Legal' have no ambassador."
    )


def test_siloed_data_in_active_stage() -> None:
    ucs = (
        use_case("uc1", data_source_ids=("ds-dms",)),
        use_case("uc2", data_source_ids=("ds-dms", "ds-claims", "ds-old")),
    )
    found = codes(clean(use_cases=ucs), "siloed_data_in_active_stage")
    assert [(f.kind, f.entity_id, f.severity) for f in found] == [("use_case", "uc2", "warning")]
    assert found[0].message == (
        "Use case 'Use case uc2' runs in active stage 'Stage s1' but needs data that is not "
        "ready: 'Claims system (siloed)' and 'Legacy archive (unavailable)'."
    )
    planned = clean(use_cases=ucs, stages=(stage(status=StageStatus.PLANNED),))
    assert codes(planned, "siloed_data_in_active_stage") == []


def test_gate_review_overdue() -> None:
    after_review = REVIEW + dt.timedelta(days=10)
    found = codes(clean(), "gate_review_overdue", after_review)
    assert [(f.kind, f.entity_id) for f in found] == [("stage", "s1")]
    assert found[0].message == (
        "Stage 'Stage s1': the gate review was on 20 Apr 2026 (10 days ago) and no decision "
        "is recorded."
    )
    assert codes(clean(), "gate_review_overdue", REVIEW) == []  # the review day itself
    decided = GateDecision(id="d1", stage_id="s1", date=REVIEW, outcome=Outcome.GO)
    assert codes(clean(decisions=(decided,)), "gate_review_overdue", after_review) == []


def test_an_old_or_future_decision_does_not_settle_the_review() -> None:
    after_review = REVIEW + dt.timedelta(days=10)
    old = GateDecision(id="d0", stage_id="s1", date=REVIEW - dt.timedelta(days=60),
                       outcome=Outcome.HOLD)  # fmt: skip
    assert len(codes(clean(decisions=(old,)), "gate_review_overdue", after_review)) == 1
    early = GateDecision(id="d1", stage_id="s1", date=REVIEW - dt.timedelta(days=7),
                         outcome=Outcome.GO)  # fmt: skip
    assert codes(clean(decisions=(early,)), "gate_review_overdue", after_review) == []
    later = GateDecision(id="d2", stage_id="s1", date=after_review + dt.timedelta(days=1),
                         outcome=Outcome.GO)  # fmt: skip
    assert len(codes(clean(decisions=(later,)), "gate_review_overdue", after_review)) == 1


def two_stages(**parts: object) -> Roadmap:
    s2 = stage("s2", planned_start=week(16), planned_end=week(40), gate_review=week(39),
               status=StageStatus.PLANNED)  # fmt: skip
    return clean(stages=(stage(), s2), **parts)


def test_threshold_easier_than_previous_stage_respects_the_comparator() -> None:
    rm = two_stages(criteria=(
        criterion("c1", "wau", 60),
        criterion("c2", "wau", 50, stage_id="s2"),
        criterion("e1", "errors", 5, comparator=Comparator.AT_MOST),
        criterion("e2", "errors", 8, comparator=Comparator.AT_MOST, stage_id="s2"),
        criterion("h1", "hours", 10),
        criterion("h2", "hours", 20, stage_id="s2"),
        criterion("q1", "data", 2, comparator=Comparator.EQUAL),
        criterion("q2", "data", 1, comparator=Comparator.EQUAL, stage_id="s2"),
    ))  # fmt: skip
    found = codes(rm, "threshold_easier_than_previous_stage")
    assert [(f.kind, f.entity_id) for f in found] == [("criterion", "c2"), ("criterion", "e2")]
    assert found[0].message == (
        "Stage 'Stage s2' asks Weekly active users ≥ 50 %, less than the ≥ 60 % of the earlier "
        "stage 'Stage s1': later stages should ask at least as much."
    )


def test_threshold_check_compares_the_strictest_criterion_and_skips_stages() -> None:
    s3 = stage("s3", planned_start=week(41), planned_end=week(60), gate_review=week(59),
               status=StageStatus.PLANNED)  # fmt: skip
    s2 = stage("s2", planned_start=week(16), planned_end=week(40), gate_review=week(39),
               status=StageStatus.PLANNED)  # fmt: skip
    rm = clean(
        stages=(stage(), s2, s3),
        criteria=(
            criterion("a", "wau", 40, window=Window.MEAN),
            criterion("b", "wau", 60),
            criterion("c", "wau", 55, stage_id="s3"),  # s2 has none: compared with s1's 60
            criterion("d", "sat", 3.5, stage_id="s2"),
        ),
    )
    found = codes(rm, "threshold_easier_than_previous_stage")
    assert [f.entity_id for f in found] == ["c"]


def test_stage_without_criteria_and_criteria_without_review() -> None:
    rm = two_stages(criteria=(criterion("c1", "wau", 60),))
    found = codes(rm, "stage_without_criteria")
    assert [(f.kind, f.entity_id, f.severity) for f in found] == [("stage", "s2", "warning")]
    no_review = clean(stages=(stage(gate_review=None),))
    found = codes(no_review, "stage_criteria_without_review")
    assert [(f.entity_id, f.severity) for f in found] == [("s1", "info")]
    assert codes(clean(), "stage_criteria_without_review") == []


def test_use_case_outside_stage_dates() -> None:
    rm = clean(use_cases=(
        use_case("uc1", data_source_ids=("ds-dms",)),
        use_case("uc2", planned_start=week(10), planned_end=week(20)),
        use_case("uc3", stage_id=None, planned_start=week(50), planned_end=week(60)),
    ))  # fmt: skip
    found = codes(rm, "use_case_outside_stage_dates")
    assert [(f.kind, f.entity_id, f.severity) for f in found] == [("use_case", "uc2", "info")]
    assert found[0].message == (
        "Use case 'Use case uc2' is planned 16 Mar 2026 – 25 May 2026, outside its stage "
        "'Stage s1' (5 Jan 2026 – 30 Apr 2026)."
    )


def test_findings_come_in_check_order() -> None:
    rm = clean(
        use_cases=(use_case("uc2", friction_point_ids=(), data_source_ids=("ds-old",)),),
        stages=(stage(team_ids=("legal",)),),
        register_entries=(),
    )
    order = [f.code for f in method_checks(rm, REVIEW + dt.timedelta(days=1))]
    assert order == [
        "use_case_without_friction",
        "friction_without_use_case",
        "stage_team_without_ambassador",
        "siloed_data_in_active_stage",
        "gate_review_overdue",
        "register_unscreened_in_active_stage",
    ]
