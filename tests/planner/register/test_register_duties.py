"""Duties: which apply, each one's article and date, and its status on a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from gates_data import roadmap, stage, use_case
from register_data import answers, entry

from planner.model.entities import Person, UseCaseStatus
from planner.model.register import Affected, Lifecycle, LifecycleEvent, RegisterEntry, Role, Tier
from planner.register import rules as rules_module
from planner.register.duties import DutyState, DutyStatus
from planner.register.rules import Rules, rules
from planner.register.summary import register_row

D = dt.date
BEFORE = D(2026, 3, 2)  # before 2 Aug 2026: high-risk and Art. 50 duties are upcoming
AFTER = D(2026, 9, 1)
NO_EXCEPTION = {q.id: False for q in rules().group("exception")}
PROPOSED = (LifecycleEvent(on=D(2026, 3, 2), state=Lifecycle.PROPOSED),)
"""Proposed, not in use yet: use begins on the use case's planned start (7 Sep 2026)."""


def high_risk(*extra: str, **fields: Any) -> RegisterEntry:
    more = {**NO_EXCEPTION, "art27_public_service": False, **fields.pop("more", {})}
    fields.setdefault("lifecycle", PROPOSED)
    return entry("uc1", complete=True, answers=answers("annex3_workers", *extra, **more), **fields)


def duties_of(reg: RegisterEntry | None, as_of: dt.date, **parts: Any) -> dict[str, DutyState]:
    values: dict[str, Any] = {
        "use_cases": (use_case("uc1", planned_start=D(2026, 9, 7), planned_end=D(2026, 12, 18)),),
        "stages": (stage(planned_end=D(2027, 6, 30)),),
        "register_entries": () if reg is None else (reg,),
    }
    values.update(parts)
    row = register_row(roadmap(**values), "uc1", as_of)
    assert row is not None
    return {d.id: d for d in row.duties}


def test_every_use_case_has_the_ai_literacy_duty_from_2_february_2025() -> None:
    for reg in (None, entry("uc1"), high_risk()):
        literacy = duties_of(reg, AFTER)["ai_literacy"]
        assert (literacy.article, literacy.applies_from, literacy.pending_from) == (
            "Art. 4",
            D(2025, 2, 2),
            None,
        )


def test_minimal_tier_has_only_the_literacy_duty() -> None:
    assert list(duties_of(entry("uc1"), AFTER)) == ["ai_literacy"]


def test_high_risk_deployer_duties_their_articles_and_dates() -> None:
    found = duties_of(high_risk(), AFTER)
    assert {k: v.article for k, v in found.items()} == {
        "ai_literacy": "Art. 4",
        "instructions": "Art. 26(1)",
        "oversight": "Art. 26(2)",
        "input_data": "Art. 26(4)",
        "monitoring": "Art. 26(5)",
        "logs": "Art. 26(6)",
        "workers_informed": "Art. 26(7)",
        "inform_persons": "Art. 26(11)",
    }
    for key in found.keys() - {"ai_literacy"}:
        # Annex III: 2 Aug 2026 as adopted; the pending Omnibus would say 2 Dec 2027.
        assert (found[key].applies_from, found[key].pending_from) == (
            D(2026, 8, 2),
            D(2027, 12, 2),
        ), key


def test_annex_i_high_risk_dates() -> None:
    reg = entry("uc1", "annex1_product")
    found = duties_of(reg, AFTER)
    assert (found["oversight"].applies_from, found["oversight"].pending_from) == (
        D(2027, 8, 2),
        D(2028, 8, 2),
    )
    assert "inform_persons" not in found
    assert "fria" not in found


def test_transparency_duties_and_dates() -> None:
    found = duties_of(
        entry("uc1", "art50_interaction", "art50_synthetic", "art50_emotion_biometric",
              "art50_deep_fake", "art50_public_text"),
        AFTER,
    )  # fmt: skip
    dates = {k: (v.article, v.applies_from, v.pending_from) for k, v in found.items()}
    assert dates == {
        "ai_literacy": ("Art. 4", D(2025, 2, 2), None),
        "interaction_notice": ("Art. 50(1)", D(2026, 8, 2), None),
        "content_marking": ("Art. 50(2)", D(2026, 8, 2), D(2026, 12, 2)),
        "emotion_notice": ("Art. 50(3)", D(2026, 8, 2), None),
        "deep_fake_disclosure": ("Art. 50(4), first subparagraph", D(2026, 8, 2), None),
        "public_text_disclosure": ("Art. 50(4), second subparagraph", D(2026, 8, 2), None),
    }


def test_prohibited_use_case_must_stop_from_2_february_2025() -> None:
    reg = entry("uc1", "art5_emotions_work")
    stop = duties_of(reg, AFTER)["stop_prohibited"]
    assert (stop.article, stop.applies_from, stop.status) == (
        "Art. 5",
        D(2025, 2, 2),
        DutyStatus.MISSING,
    )
    retired = reg.model_copy(
        update={"lifecycle": (LifecycleEvent(on=D(2026, 5, 4), state=Lifecycle.RETIRED),)}
    )
    assert duties_of(retired, AFTER)["stop_prohibited"].status is DutyStatus.MET
    dropped = duties_of(reg, AFTER, use_cases=(use_case("uc1", status=UseCaseStatus.DROPPED),))[
        "stop_prohibited"
    ]
    assert dropped.status is DutyStatus.MET


def test_missing_evidence_is_upcoming_before_the_date_and_missing_after() -> None:
    bare = high_risk(overseer_id=None, log_retention_months=None)
    assert duties_of(bare, BEFORE)["oversight"].status is DutyStatus.UPCOMING
    assert duties_of(bare, AFTER)["oversight"].status is DutyStatus.MISSING
    assert duties_of(bare, D(2026, 8, 2))["oversight"].status is DutyStatus.MISSING


def test_oversight_needs_a_trained_overseer() -> None:
    trained = duties_of(high_risk(overseer_id="p-ana"), AFTER)["oversight"]
    assert (trained.status, trained.detail) == (DutyStatus.MET, "Ana, trained on 12 Jan 2026.")
    untrained = duties_of(high_risk(overseer_id="p-di"), AFTER)["oversight"]
    assert (untrained.status, untrained.detail) == (
        DutyStatus.MISSING,
        "Di has no training record yet.",
    )
    # A training dated after the as-of date does not count yet.
    later = duties_of(high_risk(overseer_id="p-cy"), D(2026, 3, 1))["oversight"]
    assert later.detail == "Cy has no training record yet."


@pytest.mark.parametrize(
    ("months", "place", "status"),
    [
        (None, "", DutyStatus.MISSING),
        (3, "Audit log", DutyStatus.MISSING),
        (6, "", DutyStatus.MISSING),
        (6, "Audit log", DutyStatus.MET),
        (24, "Audit log", DutyStatus.MET),
    ],
)
def test_logs_are_kept_at_least_six_months(months: int | None, place: str, status: str) -> None:
    logs = duties_of(high_risk(log_retention_months=months, log_location=place), AFTER)["logs"]
    assert logs.status is status
    if months == 3:
        assert logs.detail == "Logs kept 3 months: at least six are required."


def test_workers_must_be_informed_before_use() -> None:
    start = D(2026, 9, 7)  # the use case's planned start
    on_time = duties_of(high_risk(workers_informed_on=D(2026, 8, 24)), AFTER)["workers_informed"]
    assert (on_time.status, on_time.detail) == (DutyStatus.MET, "Informed on 24 Aug 2026.")
    late = duties_of(high_risk(workers_informed_on=D(2026, 9, 14)), D(2026, 10, 1))
    assert late["workers_informed"].status is DutyStatus.MISSING
    assert "after use began on 7 Sep 2026" in late["workers_informed"].detail
    planned = duties_of(high_risk(workers_informed_on=start), AFTER)["workers_informed"]
    assert planned.detail == "Planned for 7 Sep 2026."
    # Only where employees are affected (deployers who are employers, Art. 26(7)).
    customers = high_risk(affected=(Affected.CUSTOMERS,))
    assert "workers_informed" not in duties_of(customers, AFTER)


def test_use_begins_with_the_pilot_in_the_lifecycle() -> None:
    piloting = (LifecycleEvent(on=D(2026, 8, 10), state=Lifecycle.PILOTING),)
    reg = high_risk(workers_informed_on=D(2026, 8, 24), lifecycle=piloting)
    assert duties_of(reg, AFTER)["workers_informed"].status is DutyStatus.MISSING


@pytest.mark.parametrize(
    ("area", "public", "applies"),
    [
        ("annex3_credit", False, True),  # Annex III point 5(b), whoever deploys it
        ("annex3_insurance", False, True),  # point 5(c)
        ("annex3_workers", True, True),  # a body governed by public law or a public service
        ("annex3_workers", False, False),
        ("annex3_infrastructure", True, False),  # point 2 is outside Art. 27(1)
    ],
)
def test_fundamental_rights_impact_assessment_scope(area: str, public: bool, applies: bool) -> None:
    reg = entry(
        "uc1",
        complete=True,
        answers=answers(area, **NO_EXCEPTION, art27_public_service=public),
        lifecycle=PROPOSED,
    )
    found = duties_of(reg, AFTER)
    assert ("fria" in found) is applies
    if applies:
        assert found["fria"].article == "Art. 27(1)"
        done = reg.model_copy(update={"fria_on": D(2026, 8, 3), "fria_reference": "FRIA-1"})
        assert duties_of(done, AFTER)["fria"].status is DutyStatus.MET


def test_fria_scope_unknown_until_the_public_service_question_is_answered() -> None:
    reg = entry("uc1", complete=True, answers=answers("annex3_workers", **NO_EXCEPTION))
    fria = duties_of(reg, AFTER)["fria"]
    assert fria.status is DutyStatus.TO_CHECK
    assert "public body" in fria.detail


def test_personal_data_brings_the_dpia_duty() -> None:
    assert "dpia" not in duties_of(high_risk(personal_data=False), AFTER)
    dpia = duties_of(high_risk(personal_data=True), AFTER)["dpia"]
    assert (dpia.article, dpia.status) == ("Art. 26(9)", DutyStatus.MISSING)
    met = duties_of(high_risk(personal_data=True, dpia_reference="DPIA-7"), AFTER)["dpia"]
    assert (met.status, met.detail) == (DutyStatus.MET, "DPIA-7")


def test_the_role_decides_provider_or_deployer_duties() -> None:
    provider = duties_of(high_risk(role=Role.PROVIDER), AFTER)
    assert "provider_high_risk" in provider
    assert "oversight" not in provider
    assert provider["provider_high_risk"].status is DutyStatus.TO_CHECK
    both = duties_of(high_risk(role=Role.BOTH), AFTER)
    assert {"provider_high_risk", "oversight"} <= both.keys()
    unknown = duties_of(high_risk(role=None), AFTER)  # unrecorded: a deployer's duties
    assert "oversight" in unknown


def test_an_override_to_high_risk_brings_the_deployer_duties() -> None:
    reg = entry("uc1", override_tier=Tier.HIGH_RISK, override_reason="Prudence")
    assert "oversight" in duties_of(reg, AFTER)


def test_the_pending_track_decides_once_the_rule_file_says_it_is_law(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    r = rules()
    tracks = tuple(t.model_copy(update={"status": "law"}) for t in r.tracks)
    as_law: Rules = r.model_copy(update={"tracks": tracks})
    monkeypatch.setattr(rules_module, "rules", lambda: as_law)
    from planner.register import duties as duties_module

    monkeypatch.setattr(duties_module, "rules", lambda: as_law)
    oversight = duties_of(high_risk(overseer_id=None), AFTER)["oversight"]
    assert (oversight.applies_from, oversight.pending_from) == (D(2027, 12, 2), None)
    assert oversight.status is DutyStatus.UPCOMING


def test_duty_status_follows_the_as_of_date_of_a_training() -> None:
    person = Person(id="p-zoe", name="Zoé", team_id="claims", trained_on=D(2026, 10, 5))
    values = {"people": (person,)}
    reg = high_risk(overseer_id="p-zoe")
    assert duties_of(reg, D(2026, 10, 4), **values)["oversight"].status is DutyStatus.MISSING
    assert duties_of(reg, D(2026, 10, 5), **values)["oversight"].status is DutyStatus.MET
