"""MS Project XML (MSPDI): the schema's element order, the round trip, what is not mapped,
and files that must be refused."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner import templates
from planner.edit.operations import Insert, SetField, apply
from planner.interchange.mspdi import NAMESPACE, ORDERS, working_days
from planner.interchange.mspdi_read import ProjectReadError, parse_project, read_project
from planner.interchange.mspdi_write import write_project
from planner.interchange.project_import import plan_import
from planner.model.entities import Roadmap

AS_OF = dt.date(2026, 3, 30)
NS = {"p": NAMESPACE}


@pytest.fixture
def roadmap() -> Roadmap:
    return templates.load("ai-adoption")


@pytest.fixture
def exported(roadmap: Roadmap, tmp_path: Path) -> Path:
    path = tmp_path / "plan.xml"
    write_project(roadmap, path, as_of=AS_OF)
    return path


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def test_elements_follow_the_schema_order(exported: Path) -> None:
    root = ET.parse(exported).getroot()
    checked = 0
    for element in root.iter():
        order = ORDERS.get(_local(element.tag))
        children = [_local(c.tag) for c in element]
        if order is None or not children:
            continue
        positions = [order.index(name) for name in children]
        assert positions == sorted(positions), _local(element.tag)
        checked += 1
    assert checked > 20


def test_the_plan_is_stages_use_cases_and_gate_milestones(roadmap: Roadmap, exported: Path) -> None:
    root = ET.parse(exported).getroot()
    tasks = root.findall("p:Tasks/p:Task", NS)
    summaries = [t for t in tasks if t.findtext("p:Summary", namespaces=NS) == "1"]
    milestones = [t for t in tasks if t.findtext("p:Milestone", namespaces=NS) == "1"]
    assert [t.findtext("p:Name", namespaces=NS) for t in summaries] == [
        s.name for s in roadmap.stages
    ]
    assert len(milestones) == sum(1 for s in roadmap.stages if s.gate_review)
    assert len(tasks) == len(summaries) + len(milestones) + len(roadmap.use_cases)
    for task in tasks:
        assert task.findtext("p:Manual", namespaces=NS) == "1"
    links = root.findall("p:Tasks/p:Task/p:PredecessorLink", NS)
    assert len(links) == sum(len(u.depends_on) for u in roadmap.use_cases)
    assert {link.findtext("p:Type", namespaces=NS) for link in links} == {"1"}  # FS
    baselines = root.findall("p:Tasks/p:Task/p:Baseline", NS)
    assert {b.findtext("p:Number", namespaces=NS) for b in baselines} == {"0"}
    assert root.findtext("p:StatusDate", namespaces=NS) == "2026-03-30T17:00:00"


def test_reimporting_an_export_changes_nothing(roadmap: Roadmap, exported: Path) -> None:
    plan = plan_import(roadmap, read_project(exported))
    assert plan.empty
    assert plan.kept == []
    assert {row.action for row in plan.rows} == {"same"}


def test_round_trip_into_another_roadmap_gives_the_same_plan(
    roadmap: Roadmap, exported: Path
) -> None:
    blank = templates.load("blank")
    plan = plan_import(blank, read_project(exported), source="plan.xml")
    imported, _undo = apply(blank, plan.batch)
    new_stages = [s for s in imported.stages if s.id not in {b.id for b in blank.stages}]
    shape = [(s.name, s.planned_start, s.planned_end, s.gate_review) for s in new_stages]
    assert shape == [
        (s.name, s.planned_start, s.planned_end, s.gate_review) for s in roadmap.stages
    ]
    names = {s.id: s.name for s in imported.stages}
    original_names = {s.id: s.name for s in roadmap.stages}
    case_names = {u.id: u.name for u in imported.use_cases}
    original_case_names = {u.id: u.name for u in roadmap.use_cases}

    def cases(r: Roadmap, stage_names: dict[str, str], own: dict[str, str]) -> set[object]:
        return {
            (
                u.name,
                stage_names.get(u.stage_id or ""),
                u.planned_start,
                u.planned_end,
                u.progress,
                u.description,
                tuple(sorted(own[d] for d in u.depends_on)),
            )
            for u in r.use_cases
        }

    assert cases(imported, names, case_names) == cases(roadmap, original_names, original_case_names)
    assert [s.name for s in imported.stages] == ["Pilot", *(s.name for s in roadmap.stages)]


def test_edits_made_in_ms_project_come_back_as_one_step(roadmap: Roadmap, exported: Path) -> None:
    tree = ET.parse(exported)
    tasks = tree.getroot().find("p:Tasks", NS)
    assert tasks is not None
    minutes = next(t for t in tasks if t.findtext("p:Name", namespaces=NS).startswith("Meeting"))
    minutes.find("p:Finish", NS).text = "2026-05-08T17:00:00"  # type: ignore[union-attr]
    new = ET.SubElement(tasks, f"{{{NAMESPACE}}}Task")
    for name, value in (
        ("UID", "99"),
        ("Name", "Contract summaries"),
        ("OutlineLevel", "2"),
        ("Start", "2026-04-06T08:00:00"),
        ("Finish", "2026-05-29T17:00:00"),
    ):
        ET.SubElement(new, f"{{{NAMESPACE}}}{name}").text = value
    # A task added at the end of the outline belongs to the last stage.
    tree.write(exported, encoding="UTF-8", xml_declaration=True)
    plan = plan_import(roadmap, read_project(exported))
    sets = [op for op in plan.batch.ops if isinstance(op, SetField)]
    inserts = [op for op in plan.batch.ops if isinstance(op, Insert)]
    assert [(op.id, op.field, op.value) for op in sets] == [
        ("uc-meeting-minutes", "planned_end", dt.date(2026, 5, 8))
    ]
    assert [op.entity.name for op in inserts] == ["Contract summaries"]  # type: ignore[attr-defined]
    after, undo = apply(roadmap, plan.batch)
    added = next(u for u in after.use_cases if u.name == "Contract summaries")
    assert added.stage_id == "stage-bespoke"
    back, _ = apply(after, undo)
    assert back == roadmap


FOREIGN = """<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Title>Vendor plan</Title>
  <Tasks>
    <Task><UID>0</UID><Name>Vendor plan</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary>
      <Start>2026-01-05T08:00:00</Start><Finish>2026-06-30T17:00:00</Finish></Task>
    <Task><UID>1</UID><Name>Kick-off</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone>
      <Start>2026-01-05T08:00:00</Start><Finish>2026-01-05T08:00:00</Finish></Task>
    <Task><UID>2</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary>
      <Start>2026-01-12T08:00:00</Start><Finish>2026-04-30T17:00:00</Finish></Task>
    <Task><UID>3</UID><Name>Design</Name><OutlineLevel>2</OutlineLevel>
      <Start>2026-01-12T08:00:00</Start><Finish>2026-02-27T17:00:00</Finish></Task>
    <Task><UID>4</UID><Name>Sprints</Name><OutlineLevel>2</OutlineLevel><Summary>1</Summary>
      <Start>2026-03-02T08:00:00</Start><Finish>2026-04-30T17:00:00</Finish></Task>
    <Task><UID>5</UID><Name>Sprint 1</Name><OutlineLevel>3</OutlineLevel>
      <Start>2026-03-02T08:00:00</Start><Finish>2026-03-14T00:00:00</Finish>
      <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type>
        <LinkLag>4800</LinkLag></PredecessorLink></Task>
    <Task><UID>6</UID><Name>Sprint 2</Name><OutlineLevel>3</OutlineLevel>
      <Start>2026-03-16T08:00:00</Start><Finish>2026-03-27T17:00:00</Finish>
      <PredecessorLink><PredecessorUID>5</PredecessorUID><Type>3</Type></PredecessorLink></Task>
    <Task><UID>7</UID><Name>Go-live review</Name><OutlineLevel>2</OutlineLevel>
      <Milestone>1</Milestone>
      <Start>2026-05-04T08:00:00</Start><Finish>2026-05-04T08:00:00</Finish></Task>
    <Task><UID>8</UID><Name>Undated</Name><OutlineLevel>2</OutlineLevel></Task>
    <Task><UID>9</UID><IsNull>1</IsNull></Task>
  </Tasks>
  <Resources><Resource><UID>1</UID></Resource><Resource><UID>2</UID></Resource></Resources>
  <Assignments><Assignment><UID>1</UID></Assignment></Assignments>
</Project>
"""


def test_a_foreign_plan_lists_what_it_cannot_map(roadmap: Roadmap) -> None:
    plan = plan_import(roadmap, parse_project(FOREIGN.encode()))
    added = [(r.kind, r.name) for r in plan.rows if r.action == "add"]
    assert added == [
        ("stage", "Build"),
        ("use_case", "Design"),
        ("use_case", "Sprint 1"),
        ("use_case", "Sprint 2"),
    ]
    text = "\n".join(plan.unmapped)
    for expected in (
        "Milestone 'Kick-off' is outside any stage",
        "Summary task 'Sprints' only groups tasks",
        "Task 'Undated' has no dates",
        "Link from 'Design' to 'Sprint 1': its lag is not kept",
        "Link from 'Sprint 1' to 'Sprint 2' is not finish-to-start",
        "2 resources are not imported",
        "1 assignment is not imported",
    ):
        assert expected in text
    after, _undo = apply(roadmap, plan.batch)
    build = next(s for s in after.stages if s.name == "Build")
    assert build.gate_review == dt.date(2026, 5, 4)
    sprint = next(u for u in after.use_cases if u.name == "Sprint 1")
    assert sprint.planned_end == dt.date(2026, 3, 13)  # midnight = the end of the day before
    assert [u.name for u in after.use_cases if u.id in sprint.depends_on] == ["Design"]
    starts = [s.planned_start for s in after.stages]
    assert starts == sorted(starts)  # stages stay in date order (Build starts first)
    assert after.stages[0].name == "Build"
    assert len(plan.kept) == len(roadmap.stages) + len(roadmap.use_cases)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<Project><Tasks><Task>", "not well-formed XML at line 1"),
        (b"<?xml version='1.0'?><Workbook/>", "its root element is <Workbook>"),
        (
            b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project>&a;</Project>',
            "declares a DTD or entities",
        ),
        (b"", "not well-formed XML"),
    ],
)
def test_files_that_are_not_plans_are_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(ProjectReadError, match=message):
        parse_project(data)


def test_a_missing_file_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(ProjectReadError, match="cannot read the file"):
        read_project(tmp_path / "missing.xml")


def test_working_days() -> None:
    monday = dt.date(2026, 3, 2)
    assert working_days(monday, monday + dt.timedelta(days=4)) == 5
    assert working_days(monday, monday + dt.timedelta(days=13)) == 10
    assert working_days(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) == 1
