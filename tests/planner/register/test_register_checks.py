"""AI literacy per team, completeness, the register's method checks and its gate metric."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gates_data import criterion, roadmap, stage, use_case
from register_data import answers, entry

from planner.evidence.checks import Finding, method_checks
from planner.evidence.gates import CriterionStatus, evaluate_stage
from planner.model.entities import (
    Metric,
    MetricSource,
    Person,
    Roadmap,
    StageStatus,
    Team,
    UseCaseStatus,
)
from planner.model.register import Lifecycle, LifecycleEvent, RegisterEntry
from planner.register.literacy import team_literacy
from planner.register.rules import rules
from planner.register.summary import complete_percent, register_rows, stage_compliance

D = dt.date
AS_OF = D(2026, 9, 1)
NO_EXCEPTION = {q.id: False for q in rules().group("exception")}
REGISTER = Metric(id="reg", name="AI register complete", unit="%",
                  source=MetricSource.REGISTER_COMPLETE, min_value=0, max_value=100)  # fmt: skip


def trained(person_id: str, team: str, day: dt.date | None) -> Person:
    return Person(id=person_id, name=person_id.title(), team_id=team, trained_on=day)


# ------------------------------------------------------------------ literacy


def test_literacy_counts_the_team_people_trained_by_the_date() -> None:
    people = (
        trained("p1", "legal", D(2026, 1, 5)),
        trained("p2", "legal", D(2026, 3, 2)),
        trained("p3", "legal", None),
    )
    rm = roadmap(people=people)  # Legal's headcount is 10
    before = team_literacy(rm, D(2026, 3, 1))["legal"]
    after = team_literacy(rm, D(2026, 3, 2))["legal"]
    assert (before.trained, before.people, before.percent) == (1, 10, 10.0)
    assert (after.trained, after.people, after.percent) == (2, 10, 20.0)
    assert after.sentence() == "Legal: 2 of 10 people trained (20 %), target 80 %"
    assert not after.meets


def test_literacy_target_and_a_team_listing_more_people_than_its_headcount() -> None:
    team = Team(id="tiny", name="Tiny", headcount=2)
    people = tuple(trained(f"p{i}", "tiny", D(2026, 1, 5)) for i in range(4))
    rm = roadmap(teams=(team,), people=people, stages=(stage(team_ids=("tiny",)),),
                 friction_points=(), ai_literacy_target=100)  # fmt: skip
    found = team_literacy(rm, AS_OF)["tiny"]
    assert (found.trained, found.people, found.meets) == (4, 4, True)
    nobody = roadmap(teams=(Team(id="empty", name="Empty"),), people=(), friction_points=(),
                     stages=(stage(team_ids=("empty",)),))  # fmt: skip
    assert team_literacy(nobody, AS_OF)["empty"].percent is None


# ---------------------------------------------------------------- complete


def _rm(*entries: RegisterEntry, **parts: Any) -> Roadmap:
    values: dict[str, Any] = {
        "use_cases": (use_case("uc1"), use_case("uc2")),
        "register_entries": entries,
        "ai_literacy_target": 0,
    }
    values.update(parts)
    return roadmap(**values)


def test_a_complete_entry_and_what_keeps_one_incomplete() -> None:
    rows = register_rows(_rm(entry("uc1"), entry("uc2", complete=False)), AS_OF)
    assert rows[0].complete
    assert rows[0].gaps == ()
    assert rows[1].gaps == (
        "To fill in: intended purpose, role, vendor, model, business process, people affected, "
        "personal data, oversight model, lifecycle state, review date.",
    )
    none = register_rows(_rm(entry("uc1")), AS_OF)[1]
    assert none.gaps == ("No register entry yet.",)


def test_missing_duties_make_a_high_risk_entry_incomplete_but_literacy_does_not() -> None:
    found = answers("annex3_workers", **NO_EXCEPTION, art27_public_service=False)
    bare = entry("uc1", answers=found, instructions_reference="Guide")
    row = register_rows(_rm(bare, ai_literacy_target=80), AS_OF)[0]
    assert not row.complete
    assert any(g.startswith("Art. 26(2): No overseer named.") for g in row.gaps)
    assert not any(g.startswith("Art. 4") for g in row.gaps)


def test_stage_compliance_line() -> None:
    found = answers("annex3_workers", **NO_EXCEPTION, art27_public_service=False)
    rm = _rm(entry("uc1", answers=found), ai_literacy_target=80,
             use_cases=(use_case("uc1"), use_case("uc2"), use_case("uc3")))  # fmt: skip
    line = stage_compliance(rm, AS_OF)[0]
    assert (line.use_cases, line.complete) == (3, 0)
    assert line.sentence() == (
        "Register: 0 of 3 use cases complete — 1 high-risk, 2 not screened; 5 duties missing. "
        "AI literacy below 80 % in Claims, Finance."
    )


# ------------------------------------------------------------------- checks


def codes(rm: Roadmap, prefix: str = "register_") -> list[Finding]:
    return [f for f in method_checks(rm, AS_OF) if f.code.startswith(prefix)]


def test_prohibited_use_case_in_any_stage() -> None:
    banned = entry("uc1", "art5_social_scoring")
    rm = _rm(banned, entry("uc2"), stages=(stage(status=StageStatus.PLANNED),))
    found = codes(rm)
    assert [(f.code, f.kind, f.entity_id) for f in found] == [
        ("register_prohibited_use_case", "use_case", "uc1")
    ]
    assert "AI Act Art. 5" in found[0].message
    retired = banned.model_copy(
        update={"lifecycle": (LifecycleEvent(on=D(2026, 6, 1), state=Lifecycle.RETIRED),)}
    )
    assert codes(_rm(retired, entry("uc2"))) == []


def test_unscreened_use_case_entering_an_active_stage() -> None:
    rm = _rm(entry("uc1"))
    found = codes(rm)
    assert [(f.code, f.entity_id) for f in found] == [
        ("register_unscreened_in_active_stage", "uc2")
    ]
    planned = _rm(entry("uc1"), stages=(stage(status=StageStatus.PLANNED),))
    assert codes(planned) == []
    idea = _rm(
        entry("uc1"), use_cases=(use_case("uc1"), use_case("uc2", status=UseCaseStatus.IDEA))
    )
    assert codes(idea) == []


def test_high_risk_use_case_in_an_active_stage_with_a_missing_duty() -> None:
    found = answers("annex3_workers", **NO_EXCEPTION, art27_public_service=False)
    proposed = (LifecycleEvent(on=D(2026, 3, 2), state=Lifecycle.PROPOSED),)
    bare = entry("uc1", answers=found, log_retention_months=3, log_location="Audit log",
                 lifecycle=proposed)  # fmt: skip
    rm = _rm(bare, entry("uc2"), use_cases=(use_case("uc1", planned_start=D(2026, 9, 7),
             planned_end=D(2026, 12, 18)), use_case("uc2")),
             stages=(stage(planned_end=D(2026, 12, 31)),))  # fmt: skip
    found = codes(rm)
    assert [(f.code, f.entity_id) for f in found] == [("register_high_risk_duty_missing", "uc1")]
    message = found[0].message
    for article in ("Art. 26(1)", "Art. 26(2)", "Art. 26(6)", "Art. 26(7)"):
        assert article in message
    assert "logs kept 3 months" in message.lower()
    # Before the duties apply (2 Aug 2026) nothing is missing yet.
    early = [f for f in method_checks(rm, D(2026, 7, 1)) if f.code.startswith("register_")]
    assert early == []


def test_team_of_an_active_stage_below_the_literacy_target() -> None:
    people = tuple(trained(f"c{i}", "claims", D(2026, 1, 5)) for i in range(16))
    rm = _rm(entry("uc1"), entry("uc2"), people=people, ai_literacy_target=80)
    found = codes(rm)
    # Claims: 16 of 20 trained (80 %) meets; Finance: 0 of 60 does not; Legal is in no stage.
    assert [(f.code, f.kind, f.entity_id) for f in found] == [
        ("register_literacy_below_target", "team", "finance")
    ]
    assert found[0].message == (
        "AI literacy (AI Act Art. 4) below the 80 % target in a team of an active stage: "
        "Finance (0 of 60 trained). Record the training of its people."
    )
    nobody = _rm(entry("uc1"), entry("uc2"), people=(), ai_literacy_target=80)
    [both] = codes(nobody)
    assert (both.kind, both.entity_id) == ("team", "claims")
    assert "2 teams of active stages: Claims (0 of 20 trained), Finance (0 of 60" in both.message


# -------------------------------------------------------------- the gate


def _gated(*entries: RegisterEntry, **parts: Any) -> Roadmap:
    return _rm(*entries, metrics=(REGISTER,), criteria=(criterion("c-reg", "reg", 100),),
               **parts)  # fmt: skip


def test_register_complete_criterion() -> None:
    half = evaluate_stage(_gated(entry("uc1")), "s1", AS_OF).results[0]
    assert (half.status, half.value) == (CriterionStatus.NOT_MET, 50.0)
    full = evaluate_stage(_gated(entry("uc1"), entry("uc2")), "s1", AS_OF).results[0]
    assert (full.status, full.value) == (CriterionStatus.MET, 100.0)
    dropped = _gated(
        entry("uc1"), use_cases=(use_case("uc1"), use_case("uc2", status=UseCaseStatus.DROPPED))
    )
    assert evaluate_stage(dropped, "s1", AS_OF).results[0].value == 100.0  # fmt: skip
    empty = evaluate_stage(_gated(use_cases=()), "s1", AS_OF).results[0]
    assert empty.status is CriterionStatus.NO_DATA
    assert "the stage has no use cases" in empty.sentence


def test_complete_percent_counts_only_use_cases_past_the_idea() -> None:
    rows = register_rows(
        _rm(entry("uc1"), use_cases=(use_case("uc1"), use_case("uc2", status=UseCaseStatus.IDEA))),
        AS_OF,
    )
    assert complete_percent(rows) == 100.0
