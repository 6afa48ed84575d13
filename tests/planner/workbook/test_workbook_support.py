"""Shared helpers of the workbook tests (no tests here): sample roadmaps, export,
and reading the sheet XML back out of the zip."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path
from typing import Any

from planner import templates
from planner.file import lineage
from planner.model.entities import (
    Baseline,
    BaselineEntry,
    DataSource,
    FrictionPoint,
    GateCriterion,
    GateDecision,
    Measurement,
    Metric,
    MetricKind,
    Outcome,
    Person,
    Risk,
    Roadmap,
    Stage,
    StageStatus,
    Team,
    UseCase,
    UseCaseStatus,
    Window,
)
from planner.model.register import Answer, RegisterEntry, Tier
from planner.model.value import Licence, OneOffCost
from planner.workbook import export_workbook

AS_OF = dt.date(2026, 3, 11)
MONDAY = dt.date(2026, 1, 5)


def template() -> Roadmap:
    """The ai-adoption template with its story moved to the test's as-of date."""
    return templates.create(templates.SAMPLE, today=AS_OF)


def small(**changes: Any) -> Roadmap:
    """A short programme (weekly timeline) with one of everything; ``changes`` replace fields."""
    week = dt.timedelta(weeks=1)
    teams = (
        Team(id="t1", name="Claims", headcount=40),
        Team(id="t2", name="Finance", headcount=20),
    )
    stages = (
        Stage(
            id="s1",
            name="Writing",
            planned_start=MONDAY,
            planned_end=MONDAY + 8 * week,
            status=StageStatus.ACTIVE,
            team_ids=("t1",),
            target_users=40,
            gate_review=MONDAY + 8 * week - dt.timedelta(days=2),
        ),
        Stage(
            id="s2",
            name="Projects",
            planned_start=MONDAY + 6 * week,
            planned_end=MONDAY + 16 * week,
            team_ids=("t1", "t2"),
            target_users=60,
        ),
    )
    metrics = (
        Metric(
            id="m1",
            name="Weekly active users",
            unit="%",
            kind=MetricKind.ADOPTION,
            min_value=0,
            max_value=100,
        ),
        Metric(id="m2", name="Hours saved", unit="h/week", kind=MetricKind.BENEFIT, min_value=0),
    )
    criteria = (
        GateCriterion(id="c1", stage_id="s1", metric_id="m1", threshold=60, window=Window.LATEST),
        GateCriterion(id="c2", stage_id="s1", metric_id="m2", threshold=1.0, mandatory=False),
        GateCriterion(id="c3", stage_id="s2", metric_id="m1", threshold=70),
    )
    measurements = tuple(
        Measurement(
            id=f"x{i}-{m}",
            metric_id=m,
            stage_id="s1",
            week=MONDAY + i * week,
            value=(20 + 6 * i) if m == "m1" else 0.4 + 0.1 * i,
        )
        for i in range(9)
        for m in ("m1", "m2")
    )
    use_cases = (
        UseCase(
            id="u1",
            name="Draft letters",
            stage_id="s1",
            planned_start=MONDAY,
            planned_end=MONDAY + 4 * week,
            status=UseCaseStatus.LIVE,
            team_ids=("t1",),
            friction_point_ids=("f1",),
            data_source_ids=("d1",),
            owner_id="p1",
            expected_hours_saved=1.0,
            cost_per_year=5000,
            tool="Copilot",
        ),
        UseCase(
            id="u2",
            name="Summarise claims",
            stage_id="s1",
            planned_start=MONDAY + 2 * week,
            planned_end=MONDAY + 7 * week,
            status=UseCaseStatus.PAUSED,
            team_ids=("t1",),
        ),
        UseCase(
            id="u3",
            name="Status reports",
            stage_id="s2",
            planned_start=MONDAY + 7 * week,
            planned_end=MONDAY + 12 * week,
            depends_on=("u1",),
            value_per_year=12000,
        ),
    )
    base = dict(
        title="Small programme",
        organisation="Acme",
        owner="Pat Doe",
        objective="Use AI every week.",
        horizon_start=MONDAY,
        horizon_end=MONDAY + 16 * week,
        lineage=lineage.fresh().model_copy(update={"document_id": "small-doc"}),
        metrics=metrics,
        stages=stages,
        criteria=criteria,
        use_cases=use_cases,
        friction_points=(
            FrictionPoint(
                id="f1",
                title="Letters take long",
                team_id="t1",
                hours_lost_per_week=2,
                people_affected=30,
            ),
            FrictionPoint(
                id="f2", title="Nobody reads reports", hours_lost_per_week=1, people_affected=5
            ),
        ),
        teams=teams,
        people=(
            Person(
                id="p1",
                name="Ann",
                team_id="t1",
                is_ambassador=True,
                is_key_user=True,
                trained_on=MONDAY,
            ),
            Person(id="p2", name="Bob", team_id="t2", is_key_user=True),
        ),
        data_sources=(DataSource(id="d1", name="Letter archive", owner="Claims"),),
        register_entries=(
            RegisterEntry(
                id="reg-u1",
                use_case_id="u1",
                intended_purpose="Drafts letters for advisers to check",
                vendor="Contoso",
                ai_model="Assistant",
                business_process="Correspondence",
                overseer_id="p1",
                log_location="Audit log",
                notice_reference="Footer",
                answers=(Answer(question="art50_synthetic", yes=True),),
                exception_reason="Narrow",
                override_tier=Tier.MINIMAL,
                override_reason="Checked with counsel",
                sources="Workshop",
            ),
        ),
        measurements=measurements,
        decisions=(
            GateDecision(
                id="g1",
                stage_id="s1",
                date=MONDAY + 4 * week,
                outcome=Outcome.GO_WITH_CONDITIONS,
                conditions="Train Finance.",
            ),
        ),
        risks=(
            Risk(id="r1", title="Licences late", likelihood=4, impact=4, owner="IT"),
            Risk(id="r2", title="Low use", likelihood=2, impact=3),
        ),
        licences=(
            Licence(
                id="l1",
                stage_id="s1",
                product="Copilot",
                start=MONDAY,
                seats=40,
                price_per_seat_month=28.1,
                source="manual",
                note="List price",
            ),
            Licence(
                id="l2",
                stage_id="s2",
                team_id="t2",
                product="Copilot",
                start=MONDAY + 6 * week,
                seats=20,
                price_per_seat_month=28.1,
            ),
        ),
        one_off_costs=(
            OneOffCost(
                id="o1",
                stage_id="s1",
                description="Workshops",
                date=MONDAY,
                amount=3000,
                note="Quote",
            ),
        ),
        baselines=(
            Baseline(
                id="b-old",
                name="Old",
                captured_on=MONDAY - week,
                entries=(BaselineEntry(entity_id="u1", start=MONDAY, end=MONDAY + week),),
            ),
            Baseline(
                id="b-new",
                name="Kick-off",
                captured_on=MONDAY,
                entries=(
                    BaselineEntry(entity_id="s1", start=MONDAY, end=MONDAY + 6 * week),
                    BaselineEntry(entity_id="u1", start=MONDAY, end=MONDAY + 3 * week),
                ),
            ),
        ),
    )
    base.update(changes)
    return Roadmap.model_validate(base)


def export(roadmap: Roadmap, folder: Path, name: str = "out.xlsx", **options: Any) -> Path:
    path = folder / name
    export_workbook(roadmap, path, as_of=options.pop("as_of", AS_OF), **options)
    return path


def sheet_parts(path: Path) -> dict[str, bytes]:
    """Sheet title → the sheet's XML, following workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        targets = dict(re.findall(r'Id="([^"]+)"[^>]*?Target="([^"]+)"', rels))
        targets.update(
            {rid: target for target, rid in re.findall(r'Target="([^"]+)"[^>]*?Id="([^"]+)"', rels)}
        )
        result = {}
        for name, rid in re.findall(r'<sheet[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
            target = targets[rid].lstrip("/")
            part = target if target.startswith("xl/") else f"xl/{target}"
            result[_unescape(name)] = archive.read(part)
        return result


def _unescape(text: str) -> str:
    return (
        text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    )
