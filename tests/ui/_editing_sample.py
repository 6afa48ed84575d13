"""A small roadmap with every kind of entity and reference, for the editing tests."""

from __future__ import annotations

import datetime as dt

from planner.model.actions import Action
from planner.model.entities import (
    Access,
    DataSource,
    Feedback,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Governance,
    Lineage,
    Measurement,
    Metric,
    Outcome,
    Person,
    Risk,
    Roadmap,
    Stage,
    StageStatus,
    Storage,
    Team,
    UseCase,
)
from planner.model.ideas import Idea
from planner.model.register import Answer, RegisterEntry, Role
from planner.model.value import CostCategory, Licence, OneOffCost

D = dt.date


def sample() -> Roadmap:
    return Roadmap(
        title="AI rollout",
        organisation="Insurer",
        horizon_start=D(2026, 1, 5),
        horizon_end=D(2026, 12, 28),
        lineage=Lineage(document_id="doc-sample"),
        metrics=(
            Metric(id="met-wau", name="Weekly active users", unit="%", min_value=0, max_value=100),
            Metric(id="met-sat", name="Satisfaction", unit="1–5", min_value=1, max_value=5),
        ),
        teams=(
            Team(id="team-claims", name="Claims", department="Operations", headcount=40),
            Team(id="team-legal", name="Legal", department="Support", headcount=10),
        ),
        people=(
            Person(id="p-anna", name="Anna", team_id="team-claims", is_ambassador=True,
                   is_key_user=True, trained_on=D(2026, 2, 2)),
            Person(id="p-bob", name="Bob", team_id="team-claims", is_key_user=True),
            Person(id="p-cleo", name="Cleo", team_id="team-legal"),
        ),
        stages=(
            Stage(id="st-write", name="Writing assistance", planned_start=D(2026, 1, 5),
                  planned_end=D(2026, 3, 27), status=StageStatus.ACTIVE, target_users=50,
                  team_ids=("team-claims", "team-legal"), gate_review=D(2026, 3, 20)),
            Stage(id="st-pm", name="Project management", planned_start=D(2026, 4, 6),
                  planned_end=D(2026, 6, 26)),
        ),
        criteria=(
            GateCriterion(id="cr-wau", stage_id="st-write", metric_id="met-wau", threshold=60),
            GateCriterion(id="cr-sat", stage_id="st-write", metric_id="met-sat", threshold=3.5,
                          mandatory=False),
            GateCriterion(id="cr-pm", stage_id="st-pm", metric_id="met-wau", threshold=70),
        ),
        data_sources=(
            DataSource(id="ds-crm", name="CRM", storage=Storage.CENTRALISED, access=Access.OPEN,
                       governance=Governance.ENFORCED),
            DataSource(id="ds-share", name="File shares"),
        ),
        friction_points=(
            FrictionPoint(id="fp-min", title="Writing minutes", team_id="team-claims",
                          hours_lost_per_week=2, people_affected=30),
            FrictionPoint(id="fp-letters", title="Claims letters", team_id="team-claims",
                          hours_lost_per_week=3, people_affected=20),
        ),
        use_cases=(
            UseCase(id="uc-min", name="Meeting minutes", stage_id="st-write",
                    friction_point_ids=("fp-min",), team_ids=("team-claims",), owner_id="p-anna",
                    planned_start=D(2026, 1, 12), planned_end=D(2026, 3, 20),
                    cost_per_year=1000, data_source_ids=("ds-crm", "ds-share")),
            UseCase(id="uc-letters", name="Claims letters", stage_id="st-write",
                    friction_point_ids=("fp-letters", "fp-min"), planned_start=D(2026, 2, 2),
                    planned_end=D(2026, 3, 27), expected_hours_saved=1.5,
                    depends_on=("uc-min",)),
            UseCase(id="uc-plan", name="Project plans", stage_id="st-pm",
                    planned_start=D(2026, 4, 6), planned_end=D(2026, 6, 1),
                    value_per_year=5000, cost_per_year=2000),
        ),
        measurements=(
            Measurement(id="m-1", metric_id="met-wau", stage_id="st-write", week=D(2026, 2, 2),
                        value=42),
            Measurement(id="m-2", metric_id="met-wau", stage_id="st-write", week=D(2026, 2, 9),
                        value=55),
            Measurement(id="m-3", metric_id="met-sat", use_case_id="uc-min", week=D(2026, 2, 9),
                        value=4.1),
        ),
        feedback=(
            Feedback(id="fb-1", date=D(2026, 2, 10), stage_id="st-write",
                     text="Saves me an hour a week"),
        ),
        decisions=(
            GateDecision(id="dec-1", stage_id="st-write", date=D(2026, 3, 20),
                         outcome=Outcome.GO_WITH_CONDITIONS, attendees=("Anna", "Dana")),
        ),
        risks=(
            Risk(id="risk-1", title="Low adoption", likelihood=3, impact=4, stage_id="st-write"),
        ),
        actions=(
            Action(id="act-1", text="Train the remaining key users", owner="Anna",
                   due=D(2026, 4, 17), decision_id="dec-1", stage_id="st-write"),
        ),
        register_entries=(
            RegisterEntry(id="reg-uc-plan", use_case_id="uc-plan", vendor="Contoso",
                          role=Role.DEPLOYER, overseer_id="p-bob",
                          answers=(Answer(question="art5_manipulation", yes=False),)),
        ),
        licences=(
            Licence(id="lic-1", stage_id="st-write", product="Copilot", start=D(2026, 1, 12),
                    seats=40, price_per_seat_month=28.1, note="List price"),
        ),
        one_off_costs=(
            OneOffCost(id="cost-1", stage_id="st-write", description="Prompt workshops",
                       category=CostCategory.TRAINING, date=D(2026, 1, 19), amount=4000),
        ),
        ideas=(
            Idea(id="idea-1", title="Summaries of claim files", date=D(2026, 2, 2),
                 team_id="team-claims", friction_point_id="fp-letters"),
        ),
    )  # fmt: skip
