"""Compare two versions: every kind, every field, in sentences a committee reads."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any

import pytest

from planner.diff import (
    Action,
    FieldType,
    as_text,
    change_sentences,
    compare,
    field_phrase,
    field_type,
)
from planner.file import lineage
from planner.model.actions import Action as ActionItem
from planner.model.actions import ActionStatus
from planner.model.entities import (
    Baseline,
    BaselineEntry,
    Comparator,
    DataSource,
    Feedback,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Lineage,
    Measurement,
    Metric,
    Outcome,
    Person,
    Risk,
    Roadmap,
    Stage,
    StageStatus,
    Team,
    UsageFigure,
    UseCase,
)
from planner.model.ideas import Confidence, Effort, Idea
from planner.model.kinds import KINDS, Kind
from planner.model.register import (
    Affected,
    Answer,
    Lifecycle,
    LifecycleEvent,
    Oversight,
    RegisterEntry,
    Role,
)
from planner.model.value import CostCategory, Licence, OneOffCost

D = dt.date


def sample() -> Roadmap:
    """One roadmap holding two of every kind, every optional field set."""
    return Roadmap(
        title="AI rollout",
        organisation="Mutual",
        owner="Claire",
        objective="Use AI every week",
        horizon_start=D(2027, 1, 4),
        horizon_end=D(2027, 12, 31),
        lineage=Lineage(document_id="doc-1", revision=3),
        metrics=(
            Metric(
                id="m-wau",
                name="Weekly active users",
                unit="%",
                min_value=0,
                max_value=100,
                standard=UsageFigure.ACTIVE,
            ),
            Metric(id="m-hours", name="Hours saved", unit="h", min_value=0, max_value=40),
        ),
        teams=(
            Team(id="t-claims", name="Claims", department="Operations", headcount=40),
            Team(id="t-hr", name="HR", department="People", headcount=12),
        ),
        stages=(
            Stage(
                id="s-writing",
                name="Writing assistance",
                goal="Write faster",
                planned_start=D(2027, 1, 4),
                planned_end=D(2027, 3, 26),
                actual_start=D(2027, 1, 11),
                actual_end=D(2027, 3, 19),
                target_users=100,
                team_ids=("t-claims",),
                gate_review=D(2027, 3, 3),
                colour="#336699",
            ),
            Stage(
                id="s-pm",
                name="Project management",
                planned_start=D(2027, 3, 29),
                planned_end=D(2027, 6, 25),
                team_ids=("t-hr",),
                gate_review=D(2027, 3, 3),
            ),
        ),
        criteria=(
            GateCriterion(
                id="c-wau",
                stage_id="s-writing",
                metric_id="m-wau",
                threshold=40,
                note="Viva benchmark",
            ),
            GateCriterion(id="c-hours", stage_id="s-pm", metric_id="m-hours", threshold=2),
        ),
        people=(
            Person(
                id="p-anna",
                name="Anna",
                role="Lead",
                team_id="t-claims",
                email="anna@example.org",
                trained_on=D(2027, 1, 20),
            ),
            Person(id="p-bob", name="Bob", team_id="t-hr"),
        ),
        data_sources=(
            DataSource(id="d-crm", name="CRM", owner="IT", location="Cloud"),
            DataSource(id="d-wiki", name="Wiki"),
        ),
        friction_points=(
            FrictionPoint(
                id="f-minutes",
                title="Minutes take hours",
                process="Meetings",
                team_id="t-claims",
                hours_lost_per_week=2,
                people_affected=30,
                notes="From workshops",
            ),
            FrictionPoint(id="f-mail", title="Mail triage", team_id="t-hr"),
        ),
        use_cases=(
            UseCase(
                id="u-letters",
                name="Customer letters",
                description="Draft replies",
                stage_id="s-writing",
                friction_point_ids=("f-mail",),
                tool="Copilot",
                team_ids=("t-claims",),
                owner_id="p-anna",
                planned_start=D(2027, 1, 4),
                planned_end=D(2027, 3, 1),
                progress=20,
                expected_hours_saved=1.5,
                value_per_year=12000,
                cost_per_year=3000,
                data_source_ids=("d-crm",),
            ),
            UseCase(
                id="u-minutes",
                name="Meeting minutes",
                stage_id="s-pm",
                planned_start=D(2027, 4, 5),
                planned_end=D(2027, 5, 28),
                owner_id="p-bob",
                depends_on=("u-letters",),
            ),
        ),
        measurements=(
            Measurement(
                id="x-1",
                metric_id="m-wau",
                stage_id="s-writing",
                team_id="t-claims",
                week=D(2027, 2, 1),
                value=35,
                sample_size=40,
            ),
            Measurement(
                id="x-2", metric_id="m-hours", use_case_id="u-letters", week=D(2027, 2, 1), value=1
            ),
        ),
        feedback=(
            Feedback(
                id="fb-1",
                date=D(2027, 2, 3),
                stage_id="s-writing",
                use_case_id="u-letters",
                team_id="t-claims",
                text="Saves me an hour on every long letter",
            ),
            Feedback(id="fb-2", date=D(2027, 2, 4), text="Too slow"),
        ),
        decisions=(
            GateDecision(
                id="g-1",
                stage_id="s-writing",
                date=D(2027, 3, 3),
                review=D(2027, 3, 3),
                outcome=Outcome.GO_WITH_CONDITIONS,
                suggested=Outcome.GO,
                rationale="Adoption good",
                conditions="Train HR",
                attendees=("Claire", "Marc"),
            ),
            GateDecision(id="g-2", stage_id="s-pm", date=D(2027, 3, 4), outcome=Outcome.HOLD),
        ),
        risks=(
            Risk(
                id="r-leak",
                title="Data leak",
                likelihood=2,
                impact=4,
                mitigation="DLP",
                owner="CISO",
                stage_id="s-writing",
            ),
            Risk(id="r-budget", title="Budget cut", stage_id="s-pm"),
        ),
        baselines=(
            Baseline(
                id="b-jan",
                name="Committee 2027-01",
                captured_on=D(2027, 1, 15),
                entries=(
                    BaselineEntry(entity_id="s-writing", start=D(2027, 1, 4), end=D(2027, 3, 26)),
                    BaselineEntry(entity_id="u-letters", start=D(2027, 1, 4), end=D(2027, 3, 1)),
                ),
            ),
            Baseline(id="b-feb", name="Committee 2027-02", captured_on=D(2027, 2, 15)),
        ),
        actions=(
            ActionItem(
                id="a-train",
                text="Train the HR key users",
                owner="Claire",
                due=D(2027, 4, 1),
                status=ActionStatus.DONE,
                closed_on=D(2027, 3, 30),
                decision_id="g-1",
                stage_id="s-writing",
            ),
            ActionItem(id="a-lib", text="Clean the policy library"),
        ),
        register_entries=(
            RegisterEntry(
                id="reg-u-letters",
                use_case_id="u-letters",
                intended_purpose="Draft replies for advisers to check",
                role=Role.DEPLOYER,
                vendor="Contoso",
                ai_model="Assistant",
                ai_model_version="2",
                business_process="Correspondence",
                affected=(Affected.CUSTOMERS,),
                personal_data=True,
                dpia_reference="DPIA-1",
                oversight=Oversight.IN_THE_LOOP,
                overseer_id="p-anna",
                instructions_reference="Guide",
                log_location="Audit log",
                log_retention_months=12,
                workers_informed_on=D(2027, 1, 2),
                fria_on=D(2027, 1, 3),
                fria_reference="FRIA-1",
                notice_reference="Footer",
                review_on=D(2027, 6, 1),
                lifecycle=(LifecycleEvent(on=D(2027, 1, 4), state=Lifecycle.PILOTING),),
                answers=(Answer(question="art5_manipulation", yes=False),),
                exception_reason="Narrow task",
                override_tier=None,
                override_reason="Checked with legal",
                sources="Workshop",
            ),
            RegisterEntry(id="reg-u-minutes", use_case_id="u-minutes"),
        ),
        licences=(
            Licence(
                id="l-copilot",
                stage_id="s-writing",
                team_id="t-claims",
                product="Copilot",
                start=D(2027, 1, 4),
                seats=40,
                price_per_seat_month=28.1,
                source="usage.csv",
                note="List price",
            ),
            Licence(id="l-chat", stage_id="s-pm", product="Chat", start=D(2027, 3, 29), seats=12),
        ),
        one_off_costs=(
            OneOffCost(
                id="o-training",
                stage_id="s-writing",
                description="Prompt workshops",
                category=CostCategory.TRAINING,
                date=D(2027, 1, 18),
                amount=4000,
                note="Quote",
            ),
            OneOffCost(
                id="o-setup", stage_id="s-pm", description="Set-up", date=D(2027, 3, 29), amount=1
            ),
        ),
        ideas=(
            Idea(
                id="i-summaries",
                title="Claim summaries",
                date=D(2027, 2, 8),
                team_id="t-claims",
                friction_point_id="f-minutes",
                raised_by="Anna",
                effort=Effort.LARGE,
                confidence=Confidence.HIGH,
                feedback_id="fb-1",
                use_case_id="u-letters",
                notes="From the workshop",
            ),
            Idea(id="i-other", title="Other idea", date=D(2027, 2, 9)),
        ),
    )


ALL_IDS = {e.id for k in KINDS for e in k.entities(sample())}


def _other_ref(kind: Kind, field: str, current: Any) -> Any:
    ref = next(r for r in kind.refs if r.field == field)
    pool = [e.id for e in next(k for k in KINDS if k.name == ref.target).entities(sample())]
    if ref.many:
        extra = next(i for i in pool if i not in current)
        return (*current, extra)
    return next(i for i in pool if i != current)


def _other_value(kind: Kind | None, field: str, current: Any) -> Any:
    """A different value for a field (comparison needs no validity: model_copy)."""
    model: Any = Roadmap if kind is None else kind.model
    refs = {} if kind is None else {r.field: r for r in kind.refs}
    ftype = field_type(model, field, refs.get(field))
    if ftype in (FieldType.REF, FieldType.REFS):
        assert kind is not None
        return _other_ref(kind, field, current)
    if ftype is FieldType.DATE:
        return (current or D(2027, 2, 1)) + dt.timedelta(days=14)
    if ftype is FieldType.NUMBER:
        return (current or 0) + 1
    if ftype is FieldType.BOOL:
        return not current
    if ftype is FieldType.ENUM:
        enum: type[Enum] = type(current) if current is not None else Outcome
        return next(m for m in enum if m != current)
    if ftype is FieldType.NAMES:
        return (*current, "Zoé")
    if ftype is FieldType.ENTRIES:
        return (*current, BaselineEntry(entity_id="s-pm", start=D(2027, 3, 29), end=D(2027, 6, 25)))
    return f"{current} (edited)"


def _replace(roadmap: Roadmap, kind: Kind, entity: Any) -> Roadmap:
    items = tuple(entity if e.id == entity.id else e for e in kind.entities(roadmap))
    return roadmap.model_copy(update={kind.attr: items})


ENTITY_FIELDS = [
    pytest.param(k, f, id=f"{k.name}.{f}") for k in KINDS for f in k.model.model_fields if f != "id"
]


@pytest.mark.parametrize(("kind", "field"), ENTITY_FIELDS)
def test_every_field_of_every_kind_is_compared_in_words(kind: Kind, field: str) -> None:
    old = sample()
    entity = kind.entities(old)[0]
    value = _other_value(kind, field, getattr(entity, field))
    new = _replace(old, kind, entity.model_copy(update={field: value}))
    changes = compare(old, new).changes
    assert len(changes) == 1
    change = changes[0]
    assert (change.action, change.kind, change.entity_id, change.field) == (
        Action.CHANGED,
        kind.name,
        entity.id,
        field,
    )
    assert (change.old, change.new) == (getattr(entity, field), value)
    assert not any(i in change.sentence for i in ALL_IDS), change.sentence
    label = field_phrase(field)
    ref = next((r for r in kind.refs if r.field == field), None)
    if ref is not None and ref.many:  # "now also addresses friction point 'X'"
        label = next(k for k in KINDS if k.name == ref.target).label.lower()
    if field == "entries":
        label = "now also records"
    assert label in change.sentence or field in (
        kind.title_field,
        "threshold",
        "mandatory",
        "is_ambassador",
        "is_key_user",
        "stage_id",
        "team_id",
        "owner_id",
    ), change.sentence


@pytest.mark.parametrize(
    "field",
    [f for f in Roadmap.model_fields if f != "lineage" and f not in {k.attr for k in KINDS}],
)
def test_every_roadmap_field_is_compared(field: str) -> None:
    old = sample()
    value = _other_value(None, field, getattr(old, field))
    change = compare(old, old.model_copy(update={field: value})).changes[0]
    assert (change.kind, change.entity_id, change.field, change.new) == (
        "roadmap",
        None,
        field,
        value,
    )
    assert change.sentence.startswith("Roadmap")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_added_and_removed_entities_of_every_kind(kind: Kind) -> None:
    old = sample()
    entity = kind.entities(old)[1]
    without = old.model_copy(
        update={kind.attr: tuple(e for e in kind.entities(old) if e.id != entity.id)}
    )
    added = [c for c in compare(without, old).changes if c.action is Action.ADDED]
    removed = [c for c in compare(old, without).changes if c.action is Action.REMOVED]
    assert [(c.kind, c.entity_id, c.new) for c in added] == [(kind.name, entity.id, entity)]
    assert [(c.kind, c.entity_id, c.old) for c in removed] == [(kind.name, entity.id, entity)]
    assert " added" in added[0].sentence
    assert removed[0].sentence.endswith(" removed")
    assert not any(i in added[0].sentence for i in ALL_IDS)


def test_every_kind_has_a_group_in_the_order() -> None:
    from planner.diff import GROUP_ORDER

    assert set(GROUP_ORDER) == {"roadmap", *(k.name for k in KINDS)}


# ------------------------------------------------------------ the examples


def _edit(roadmap: Roadmap, kind_name: str, entity_id: str, **changes: Any) -> Roadmap:
    kind = next(k for k in KINDS if k.name == kind_name)
    entity = next(e for e in kind.entities(roadmap) if e.id == entity_id)
    return _replace(roadmap, kind, entity.model_copy(update=changes))


def _sentences(old: Roadmap, new: Roadmap) -> list[str]:
    return [c.sentence for c in compare(old, new).changes]


def test_review_moved_sentence() -> None:
    old = sample()
    new = _edit(old, "stage", "s-pm", gate_review=D(2027, 3, 17))
    assert _sentences(old, new) == [
        "Stage 'Project management' review moved from 3 Mar to 17 Mar (+14 days)"
    ]


def test_use_case_added_to_stage_sentence() -> None:
    old = sample()
    new = old.model_copy(
        update={
            "use_cases": (
                *old.use_cases,
                UseCase(
                    id="u-new",
                    name="Meeting notes",
                    stage_id="s-writing",
                    planned_start=D(2027, 1, 4),
                    planned_end=D(2027, 2, 4),
                ),
            )
        }
    )
    assert _sentences(old, new) == ["Use case 'Meeting notes' added to stage 'Writing assistance'"]


def test_gate_threshold_sentence_uses_metric_stage_and_unit() -> None:
    old = sample()
    new = _edit(old, "criterion", "c-wau", threshold=50.0)
    assert _sentences(old, new) == [
        "Gate threshold 'Weekly active users' for stage 'Writing assistance' "
        "raised from 40 % to 50 %"
    ]


def test_risk_likelihood_sentence() -> None:
    old = sample()
    assert _sentences(old, _edit(old, "risk", "r-leak", likelihood=4)) == [
        "Risk 'Data leak' likelihood raised from 2 to 4"
    ]


def test_team_removed_sentence_folds_the_references_it_detaches() -> None:
    old = sample()
    new = old.model_copy(
        update={
            "teams": (old.teams[1],),
            "stages": (old.stages[0].model_copy(update={"team_ids": ()}), old.stages[1]),
        }
    )
    comparison = compare(old, new)
    assert [c.sentence for c in comparison.changes if c.action is Action.REMOVED] == [
        "Team 'Claims' removed (it was linked to 1 stage)"
    ]
    assert as_text(comparison) == ["Teams", "  - Team 'Claims' removed (it was linked to 1 stage)"]
    detach = next(c for c in comparison.changes if c.field == "team_ids")
    assert detach.follows == "t-claims"


def test_team_removed_alone() -> None:
    old = sample().model_copy(update={"teams": (*sample().teams, Team(id="t-x", name="Legal"))})
    assert _sentences(old, sample()) == ["Team 'Legal' removed"]


def test_reference_list_sentence_uses_titles() -> None:
    old = sample()
    new = _edit(old, "use_case", "u-letters", friction_point_ids=("f-mail", "f-minutes"))
    assert _sentences(old, new) == [
        "Use case 'Customer letters' now also addresses friction point 'Minutes take hours'"
    ]
    back = _sentences(new, old)
    assert back == [
        "Use case 'Customer letters' no longer addresses friction point 'Minutes take hours'"
    ]


def test_single_reference_sentences() -> None:
    old = sample()
    moved = _edit(old, "use_case", "u-letters", stage_id="s-pm")
    assert _sentences(old, moved) == [
        "Use case 'Customer letters' moved from stage 'Writing assistance' "
        "to stage 'Project management'"
    ]
    cleared = _edit(old, "use_case", "u-letters", owner_id=None)
    assert _sentences(old, cleared) == [
        "Use case 'Customer letters' no longer linked to person 'Anna'"
    ]


def test_text_enum_bool_and_rename_sentences() -> None:
    old = sample()
    assert _sentences(old, _edit(old, "use_case", "u-letters", name="Letters")) == [
        "Use case 'Customer letters' renamed to 'Letters'"
    ]
    assert _sentences(old, _edit(old, "use_case", "u-letters", tool="ChatGPT")) == [
        "Use case 'Customer letters' tool changed from 'Copilot' to 'ChatGPT'"
    ]
    long_text = "A much longer description\nover two lines that nobody wants quoted in full"
    assert _sentences(old, _edit(old, "use_case", "u-letters", description=long_text)) == [
        "Use case 'Customer letters' description edited"
    ]
    assert _sentences(old, _edit(old, "stage", "s-pm", status=StageStatus.ACTIVE)) == [
        "Stage 'Project management' status changed from planned to active"
    ]
    assert _sentences(old, _edit(old, "person", "p-anna", is_ambassador=True)) == [
        "Person 'Anna' is now an ambassador"
    ]
    assert _sentences(old, _edit(old, "criterion", "c-wau", mandatory=False)) == [
        "Gate criterion 'Weekly active users' for stage 'Writing assistance' is now advisory"
    ]
    assert _sentences(old, _edit(old, "criterion", "c-wau", comparator=Comparator.AT_MOST)) == [
        "Gate criterion 'Weekly active users' for stage 'Writing assistance' comparator "
        "changed from ≥ to ≤"
    ]


def test_money_and_date_clearing_sentences() -> None:
    old = sample()
    assert _sentences(old, _edit(old, "use_case", "u-letters", value_per_year=15000.5)) == [
        "Use case 'Customer letters' value per year raised from 12,000 EUR to 15,000.5 EUR"
    ]
    assert _sentences(old, _edit(old, "stage", "s-writing", actual_end=None)) == [
        "Stage 'Writing assistance' actual end cleared (was 19 Mar 2027)"
    ]


def test_baseline_entries_are_compared_by_entity() -> None:
    old = sample()
    entries = (
        BaselineEntry(entity_id="s-writing", start=D(2027, 1, 4), end=D(2027, 4, 2)),
        BaselineEntry(entity_id="u-letters", start=D(2027, 1, 4), end=D(2027, 3, 1)),
    )
    assert _sentences(old, _edit(old, "baseline", "b-jan", entries=entries)) == [
        "Baseline 'Committee 2027-01' dates of stage 'Writing assistance' changed from "
        "4 Jan 2027–26 Mar 2027 to 4 Jan 2027–2 Apr 2027"
    ]


def test_stage_order_change_is_reported() -> None:
    old = sample()
    new = old.model_copy(update={"stages": old.stages[::-1]})
    assert _sentences(old, new) == [
        "Stage order changed to Project management → Writing assistance "
        "(was Writing assistance → Project management)"
    ]


def test_shifted_dates_are_summarised() -> None:
    old = sample()
    stages = [
        Stage(id=f"s{i}", name=f"S{i}", planned_start=D(2027, 1, 4), planned_end=D(2027, 6, 1))
        for i in range(14)
    ]
    old = old.model_copy(update={"stages": tuple(stages)})
    moved = [
        s.model_copy(update={"planned_end": s.planned_end + dt.timedelta(days=7 + i)})
        for i, s in enumerate(stages[:12])
    ]
    moved += [
        s.model_copy(update={"planned_end": s.planned_end - dt.timedelta(days=3)})
        for s in stages[12:]
    ]
    comparison = compare(old, old.model_copy(update={"stages": tuple(moved)}))
    assert comparison.overview == ("12 dates moved later by 1–3 weeks; 2 earlier by 3 days",)
    assert change_sentences(comparison)[0] == ("Summary", comparison.overview[0])


def test_many_measurements_are_summarised_but_kept_one_by_one() -> None:
    old = sample()
    added = tuple(
        Measurement(
            id=f"new-{i}",
            metric_id="m-wau",
            stage_id="s-writing",
            week=D(2027, 3, 1) + dt.timedelta(weeks=i % 5),
            value=40 + i,
        )
        for i in range(38)
    )
    new = old.model_copy(update={"measurements": old.measurements + added})
    comparison = compare(old, new)
    group = next(g for g in comparison.groups if g.kind == "measurement")
    assert len(group.changes) == 38
    assert group.lines == (
        "38 measurements added for weeks 1–29 March 2027 ('Weekly active users')",
    )


def test_few_measurements_are_listed() -> None:
    old = sample()
    new = _edit(old, "measurement", "x-1", value=37.5)
    assert _sentences(old, new) == [
        "Measurement of 'Weekly active users' for stage 'Writing assistance', team 'Claims' "
        "in the week of 1 Feb 2027 value raised from 35 % to 37.5 %"
    ]


def test_no_differences_and_lineage_ignored() -> None:
    old = lineage.next_revision(sample())
    new = lineage.next_revision(old)
    comparison = compare(old, new)
    assert comparison.empty
    assert as_text(comparison) == ["No differences."]
    assert comparison.relation.newer == "b"
    assert change_sentences(comparison) == []


def test_json_is_stable_and_complete() -> None:
    old = sample()
    new = _edit(old, "stage", "s-pm", gate_review=D(2027, 3, 17))
    document = compare(old, new).as_json()
    assert json.loads(json.dumps(document)) == document
    assert document["counts"] == {"added": 0, "removed": 0, "changed": 1, "reordered": 0}
    assert document["groups"][0]["changes"] == [
        {
            "action": "changed",
            "kind": "stage",
            "id": "s-pm",
            "field": "gate_review",
            "old": "2027-03-03",
            "new": "2027-03-17",
            "sentence": "Stage 'Project management' review moved from 3 Mar to 17 Mar (+14 days)",
        }
    ]
    assert document["differences"] is True
