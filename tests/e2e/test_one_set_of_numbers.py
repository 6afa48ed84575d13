"""One set of numbers (issue 11, point 5): one roadmap rendered through every view.

The sample roadmap as of 6 April 2026, with what made the committee doubt:

- HR has two key users, one trained in January and one on 15 April — *after*
  the as-of date: HR is 50 % trained, not 100 %;
- hours saved over the last 4 weeks average (0.9 + 1.1 + 1.3 + 1.4) / 4 =
  1.175, which rounds differently at one decimal (1.2) and at two (1.18), and
  which binary arithmetic holds as 1.1749999…: every view must say 1.18;
- a measurement, a decision and its action dated after the as-of date, which
  nothing may count.

Each figure is read back from the Overview, a table's computed column, the
detail panel, the gate review, ``show``, ``gates`` (text and JSON),
``adoption --json``, the workbook and the timeline (its layout, and the PDF's
text when poppler is installed), and compared with the one planner
computation (:class:`planner.evidence.figures.Figures`).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from planner import templates
from planner import timeline as tl
from planner.cli import main
from planner.evidence.decisions import open_actions
from planner.evidence.figures import Figures
from planner.evidence.gates import format_value
from planner.file import storage
from planner.model.actions import Action
from planner.model.entities import GateDecision, Measurement, Outcome, Roadmap, UsageFigure
from planner.numbers import NumberKind, number_text, rounded
from planner.workbook import export_workbook
from ui.dashboard.widget import DashboardWidget
from ui.dialogs.gate_review import GateReviewDialog
from ui.document import Document
from ui.models.table import EntityTableModel
from ui.views.detail import DetailPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AS_OF = dt.date(2026, 4, 6)
LATER = AS_OF + dt.timedelta(days=14)
STAGE = "stage-writing"
HOURS = "criterion-writing-hours-saved"
TRAINED = "criterion-writing-trained"


def the_roadmap() -> Roadmap:
    roadmap = templates.load("ai-adoption")  # not moved to today: its story is in spring 2026
    later = Measurement(
        id="m-later", metric_id="metric-hours-saved", stage_id=STAGE,
        week=LATER - dt.timedelta(days=LATER.weekday()), value=9.0, sample_size=150,
    )  # fmt: skip
    decision = GateDecision(id="dec-later", stage_id=STAGE, date=LATER, review=LATER,
                            outcome=Outcome.GO)  # fmt: skip
    action = Action(id="act-later", text="Celebrate", decision_id="dec-later", stage_id=STAGE,
                    due=LATER + dt.timedelta(days=7))  # fmt: skip
    return roadmap.model_copy(
        update={
            "measurements": (*roadmap.measurements, later),
            "decisions": (*roadmap.decisions, decision),
            "actions": (*roadmap.actions, action),
        }
    )


@pytest.fixture(scope="module")
def roadmap() -> Roadmap:
    return the_roadmap()


@pytest.fixture(scope="module")
def figures(roadmap: Roadmap) -> Figures:
    return Figures(roadmap, AS_OF)


@pytest.fixture
def document(qapp: object, roadmap: Roadmap) -> Document:
    document = Document(roadmap)
    document.set_as_of(AS_OF)
    return document


def test_the_planner_computation_itself(figures: Figures) -> None:
    """The reference every view is compared with."""
    hr = figures.tables.teams["team-hr"]
    assert (hr.key_users, hr.trained, hr.training_coverage) == (2, 1, 50.0)
    hours = next(r for r in figures.stage_readiness(STAGE).results if r.criterion.id == HOURS)
    assert hours.value == pytest.approx(1.175)
    assert hours.weeks_of_data == 5  # the week after the as-of date is not one of them
    assert format_value(hours.value, "h/week") == "1.18 h/week"
    assert not any(s.action.id == "act-later" for s in open_actions(roadmap_of(figures), AS_OF))


def roadmap_of(figures: Figures) -> Roadmap:
    return figures.roadmap


def _criterion_values(table: object) -> dict[str, str]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    found = {}
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        value = table.item(row, 3)
        assert item is not None
        assert value is not None
        found[str(item.data(0x0100))] = value.text()  # UserRole: the criterion id
    return found


def test_the_app_shows_the_same_figures(qtbot: QtBot, document: Document, figures: Figures) -> None:
    readiness = figures.stage_readiness(STAGE)
    expected = {r.criterion.id: format_value(r.value, r.metric.unit) for r in readiness.results
                if r.value is not None}  # fmt: skip
    # Overview: the stage card, the people list, the team grid.
    dashboard = DashboardWidget(document)
    qtbot.addWidget(dashboard)
    card = dashboard.cards[STAGE]
    shown = _criterion_values(card.criteria)
    assert shown[HOURS] == "1.18 h/week"
    assert {k: shown[k] for k in expected} == expected
    assert card.summary.text() == f"{readiness.met} of {readiness.total} criteria met"
    people = dashboard.trees["people"]
    hr = people.find_entity("team", "team-hr")
    assert hr is not None
    assert hr.text(4) == "50 %"
    qtbot.waitUntil(lambda: bool(dashboard.grids))  # filled after the first frame
    grid = dashboard.grids[STAGE]
    adoption = figures.stage_adoption(STAGE)
    team = adoption.teams[0]
    latest = team.value(UsageFigure.ACTIVE)
    assert latest is not None
    last = grid.item(0, grid.columnCount() - 1)
    assert last is not None
    assert last.text().endswith(f"{number_text(latest, NumberKind.PERCENT)} %")
    # A table's computed column and the detail panel.
    model = EntityTableModel(document, "team")
    row = model.row_of("team-hr")
    assert row is not None
    assert model.index(row, model.column_of("training_coverage")).data() == "50 %"
    panel = DetailPanel(document, "team")
    qtbot.addWidget(panel)
    panel.set_entity("team-hr")
    assert panel._computed_labels["training_coverage"].text() == "50 %"
    # The gate review.
    dialog = GateReviewDialog(document, STAGE, AS_OF)
    qtbot.addWidget(dialog)
    assert _criterion_values(dialog.criteria) == shown
    assert f"{readiness.met} of {readiness.total} criteria met" in dialog.summary.text()
    assert all(a.action.id != "act-later" for a in dialog.evidence.actions)
    assert all(d.id != "dec-later" for d in dialog.evidence.decisions)


def test_the_commands_show_the_same_figures(
    tmp_path: Path, roadmap: Roadmap, figures: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.pilotplan"
    storage.save(roadmap, path)
    day = ["--as-of", AS_OF.isoformat()]
    readiness = figures.stage_readiness(STAGE)
    # gates, text and JSON
    assert main(["gates", str(path), *day]) == 0
    text = capsys.readouterr().out
    assert "1.18 h/week" in text
    assert f"{readiness.met} of {readiness.total} criteria met" in text
    assert main(["gates", str(path), *day, "--json"]) == 0
    stage = next(s for s in json.loads(capsys.readouterr().out)["stages"] if s["id"] == STAGE)
    values = {c["id"]: c["value"] for c in stage["criteria"]}
    assert values[HOURS] == 1.18
    trained = next(r for r in readiness.results if r.criterion.id == TRAINED)
    assert trained.value is not None
    assert values[TRAINED] == rounded(trained.value, NumberKind.PERCENT)
    # show
    assert main(["show", str(path), *day]) == 0
    text = capsys.readouterr().out
    hr_line = next(line for line in text.splitlines() if line.strip().startswith("HR "))
    assert "1 of 2 (50 %)" in hr_line
    assert f"{readiness.met} of {readiness.total} criteria met" in text
    assert "Celebrate" not in text  # an action of a decision taken after the date
    # adoption
    assert main(["adoption", str(path), *day, "--json"]) == 0
    writing = json.loads(capsys.readouterr().out)["stages"][0]
    team = figures.stage_adoption(STAGE).teams[0]
    active = team.value(UsageFigure.ACTIVE)
    assert active is not None
    assert writing["teams"][0]["active_pct"] == rounded(active, NumberKind.PERCENT)


def _rows(sheet: object, header: str) -> tuple[list[str], list[list[object]]]:
    """The table whose header row starts with ``header`` in column A (or anywhere)."""
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]  # type: ignore[attr-defined]
    for i, row in enumerate(rows):
        if header in row:
            start = row.index(header)
            names = [str(c) for c in row[start:]]
            return names, [r[start:] for r in rows[i + 1 :]]
    raise AssertionError(f"no table headed {header!r}")


def test_the_workbook_shows_the_same_figures(
    tmp_path: Path, roadmap: Roadmap, figures: Figures
) -> None:
    target = tmp_path / "committee.xlsx"
    export_workbook(roadmap, target, as_of=AS_OF)
    book = openpyxl.load_workbook(target)
    names, rows = _rows(book["Gates"], "Criterion")
    hours = next(r for r in rows if r[names.index("Criterion")] == "Hours saved per user")
    assert hours[names.index("Value")] == 1.18
    names, rows = _rows(book["People & training"], "Team")
    hr = next(r for r in rows if r[0] == "HR")
    assert hr[names.index("Training coverage")] == 50.0
    assert hr[names.index("Key users trained")] == 1
    summary = [c for row in book["Summary"].iter_rows(values_only=True) for c in row if c]
    readiness = figures.stage_readiness(STAGE)
    assert f"{readiness.met} of {readiness.total}" in summary or any(
        str(c).startswith(f"{readiness.met} of {readiness.total}") for c in summary
    )
    assert "Celebrate" not in summary
    decisions = [c for row in book["Decisions"].iter_rows(values_only=True) for c in row if c]
    assert "Celebrate" not in decisions
    assert all(c != LATER for c in decisions if isinstance(c, dt.date))
    # The team × week view of the Adoption sheet: the latest week's value of the first team.
    adoption = [list(r) for r in book["Adoption"].iter_rows(values_only=True)]
    team = figures.stage_adoption(STAGE).teams[0]
    value = team.value(UsageFigure.ACTIVE)
    row = next(r for r in adoption if r[0] == team.name)
    numbers = [c for c in row[1:] if isinstance(c, int | float)]
    assert value is not None
    assert numbers[-1] == rounded(value, NumberKind.PERCENT)


def test_the_timeline_shows_the_same_gates(
    qapp: object, tmp_path: Path, roadmap: Roadmap, figures: Figures
) -> None:
    layout = tl.build(roadmap, AS_OF)
    marks = {layout.rows[m.row].id: m for m in layout.gates}
    for readiness in figures.readiness:
        mark = marks.get(readiness.stage.id)
        if mark is None:
            continue
        assert (mark.met, mark.total) == (readiness.met, readiness.total)
        assert mark.decision_id != "dec-later"  # recorded after the date: not decided yet
    from ui.export.timeline_picture import export_timeline

    pdf = tmp_path / "timeline.pdf"
    export_timeline(roadmap, pdf, as_of=AS_OF)
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the layout was compared")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    writing = figures.stage_readiness(STAGE)
    assert f"{writing.met}/{writing.total}" in text


def test_actions_appear_in_every_view(
    qtbot: QtBot, tmp_path: Path, document: Document, figures: Figures,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Issue 11, point 6: actions in the Overview, the gate review, the Decisions sheet,
    the Summary (open actions) and show; the overdue one is a method finding."""
    states = open_actions(figures.roadmap, AS_OF)
    overdue = [s for s in states if s.overdue]
    assert overdue  # the sample's library clean-up was due on 2 April
    texts = {s.action.text for s in states}
    dashboard = DashboardWidget(document)
    qtbot.addWidget(dashboard)
    tree = dashboard.trees["actions"]
    shown = {tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}  # type: ignore[union-attr]
    assert shown == texts
    dialog = GateReviewDialog(document, STAGE, AS_OF)
    qtbot.addWidget(dialog)
    table = dialog.open_actions
    assert {table.item(r, 1).text() for r in range(table.rowCount())} == texts  # type: ignore[union-attr]
    assert any(f.code == "action_overdue" and f.entity_id == overdue[0].action.id
               for f in figures.findings)  # fmt: skip
    path = tmp_path / "plan.pilotplan"
    storage.save(figures.roadmap, path)
    assert main(["show", str(path), "--as-of", AS_OF.isoformat()]) == 0
    out = capsys.readouterr().out
    assert f"Open actions ({len(states)})" in out
    assert all(text[:40] in out for text in texts)
    target = tmp_path / "committee.xlsx"
    export_workbook(figures.roadmap, target, as_of=AS_OF)
    book = openpyxl.load_workbook(target)
    summary = [c for row in book["Summary"].iter_rows(values_only=True) for c in row if c]
    assert "Decisions due and taken, open actions" in summary
    lines = [c for c in summary if isinstance(c, str) and c.startswith("Action: ")]
    # Overdue first, as many as the one page holds; the rest are counted ("… and N more").
    assert lines
    assert all(line.startswith(f"Action: {s.action.text[:40]}")
               for line, s in zip(lines, states, strict=False))  # fmt: skip
    if len(lines) < len(states):
        more = len(states) - len(lines)
        assert any(isinstance(c, str) and c.startswith(f"… and {more} more open action")
                   for c in summary)  # fmt: skip
    assert "⚠ Overdue" in summary
    decisions = [c for row in book["Decisions"].iter_rows(values_only=True) for c in row if c]
    assert texts <= set(decisions)
