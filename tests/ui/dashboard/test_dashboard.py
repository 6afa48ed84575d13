"""The Overview dashboard: its numbers are planner's, and everything on it can be clicked."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

from planner import templates
from planner.edit.operations import SetField
from planner.evidence import gates
from planner.evidence.figures import Figures
from planner.evidence.gates import format_value
from planner.measures import derived
from planner.model.kinds import EntityKind
from planner.numbers import NumberKind, number_text
from ui.dashboard.cards import CHART_SOURCES
from ui.dashboard.chart import nice_ceiling, status_text
from ui.dashboard.sections import MAX_FRICTION, LinkTree, team_coverage
from ui.dashboard.widget import DashboardWidget
from ui.document import Document
from ui.models.labels import enum_label

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

AS_OF = dt.date(2026, 3, 2)


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(templates.create(templates.SAMPLE, today=AS_OF))


@pytest.fixture
def dashboard(qtbot: QtBot, document: Document) -> DashboardWidget:
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    widget.set_as_of(AS_OF)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _assert_matches_planner(dashboard: DashboardWidget, document: Document, day: dt.date) -> None:
    expected = gates.evaluate_all(document.roadmap, day)
    assert [r.stage.id for r in dashboard.readiness] == [r.stage.id for r in expected]
    for readiness in expected:
        card = dashboard.cards[readiness.stage.id]
        assert card.summary.text() == f"{readiness.met} of {readiness.total} criteria met"
        assert card.suggested.text() == f"Suggested outcome: {enum_label(readiness.suggested)}"
        assert card.explanation.text() == readiness.explanation
        if readiness.mandatory_met:
            assert card.mandatory.text().startswith("✓")
        else:
            assert f"({len(readiness.mandatory_failed)})" in card.mandatory.text()
            for failed in readiness.mandatory_failed:
                assert failed.metric.name in card.mandatory.text()
        table = card.criteria
        assert table.rowCount() == readiness.total
        for row, result in enumerate(readiness.results):
            assert table.item(row, 0).text() == status_text(result.status)
            assert table.item(row, 1).text().startswith(result.metric.name)
            value = "—" if result.value is None else format_value(result.value, result.metric.unit)
            assert table.item(row, 3).text() == value
            forecast = "—" if result.forecast is None else result.forecast.sentence
            assert table.item(row, 5).text() == forecast
        charted = {c.result.criterion.id for c in card.charts}
        for result in readiness.results:
            if result.criterion.id in charted:
                assert result.metric.source in CHART_SOURCES
        for chart in card.charts:
            assert chart.result.value == next(
                r.value for r in readiness.results if r.criterion.id == chart.result.criterion.id
            )
            assert chart.points


def test_numbers_equal_the_gate_evaluation(dashboard: DashboardWidget, document: Document) -> None:
    _assert_matches_planner(dashboard, document, AS_OF)
    assert dashboard.cards["stage-writing"].charts  # the sample has measured use


def test_another_as_of_date_evaluates_again(dashboard: DashboardWidget, document: Document) -> None:
    earlier = AS_OF - dt.timedelta(weeks=6)
    dashboard.as_of_edit.setDate(dashboard.as_of_edit.date().addDays(-42))
    assert dashboard.as_of() == earlier
    _assert_matches_planner(dashboard, document, earlier)
    dashboard.today_button.click()
    assert dashboard.as_of() == dt.date.today()


def test_edits_refresh_the_dashboard(
    qtbot: QtBot, dashboard: DashboardWidget, document: Document
) -> None:
    assert document.execute(SetField("stage", "stage-writing", "name", "Writing & drafting"), "x")
    qtbot.waitUntil(
        lambda: dashboard.cards["stage-writing"].name_button.text() == "Writing && drafting"
    )
    _assert_matches_planner(dashboard, document, AS_OF)


def test_people_coverage_equals_derived(dashboard: DashboardWidget, document: Document) -> None:
    tree = dashboard.trees["people"]
    roadmap = document.roadmap
    coverage = team_coverage(Figures(roadmap, AS_OF))
    assert tree.topLevelItemCount() == len(coverage)
    for i, team in enumerate(coverage):
        item = tree.topLevelItem(i)
        assert item is not None
        assert item.text(0) == team.name
        per_100 = derived.ambassadors_per_100(roadmap, [team.team_id])
        assert item.text(3) == ("—" if per_100 is None else number_text(per_100, NumberKind.NUMBER))
        trained = derived.training_coverage(roadmap, [team.team_id], AS_OF)
        shown = "—" if trained is None else f"{number_text(trained, NumberKind.PERCENT)} %"
        assert item.text(4) == shown
    # Teams without an ambassador come first.
    assert [t.ambassadors > 0 for t in coverage] == sorted(t.ambassadors > 0 for t in coverage)


def test_friction_ranking_with_its_use_cases(
    dashboard: DashboardWidget, document: Document
) -> None:
    tree = dashboard.trees["friction"]
    ranking = derived.friction_ranking(document.roadmap)
    shown = min(tree.topLevelItemCount(), MAX_FRICTION)  # then "… and N more"
    for i, ranked in enumerate(ranking[:shown]):
        item = tree.topLevelItem(i)
        assert item is not None
        assert item.text(0) == ranked.point.title
        assert item.text(3) == f"#{ranked.rank}"
        names = [item.child(c).text(0) for c in range(item.childCount())]  # type: ignore[union-attr]
        for use_case in ranked.use_cases:
            assert f"↳ {use_case.name}" in names


def _click_item(qtbot: QtBot, tree: LinkTree, kind: str, entity_id: str) -> None:
    item = tree.find_entity(kind, entity_id)
    assert item is not None
    tree.scrollToItem(item)
    centre = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_clicking_anything_navigates(
    qtbot: QtBot, dashboard: DashboardWidget, document: Document
) -> None:
    roadmap = document.roadmap
    card = dashboard.cards["stage-writing"]
    with qtbot.waitSignal(dashboard.navigate) as stage:
        qtbot.mouseClick(card.name_button, Qt.MouseButton.LeftButton)
    assert stage.args == ["stage", "stage-writing"]
    assert stage.args[0] is EntityKind.STAGE  # typed, not a free string

    table = card.criteria
    rect = table.visualItemRect(table.item(0, 1))
    with qtbot.waitSignal(dashboard.navigate) as criterion:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert criterion.args == ["criterion", card.readiness.results[0].criterion.id]

    chart = card.charts[0]
    with qtbot.waitSignal(dashboard.navigate) as charted:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert charted.args == ["criterion", chart.result.criterion.id]
    assert charted.args[0] is EntityKind.CRITERION

    ranked = derived.friction_ranking(roadmap)[0]
    friction = dashboard.trees["friction"]
    with qtbot.waitSignal(dashboard.navigate) as point:
        _click_item(qtbot, friction, "friction_point", ranked.point.id)
    assert point.args == ["friction_point", ranked.point.id]
    assert point.args[0] is EntityKind.FRICTION_POINT
    with qtbot.waitSignal(dashboard.navigate) as use_case:
        _click_item(qtbot, friction, "use_case", ranked.use_cases[0].id)
    assert use_case.args == ["use_case", ranked.use_cases[0].id]

    team = team_coverage(Figures(roadmap, AS_OF))[0]
    with qtbot.waitSignal(dashboard.navigate) as team_clicked:
        _click_item(qtbot, dashboard.trees["people"], "team", team.team_id)
    assert team_clicked.args == ["team", team.team_id]
    assert team_clicked.args[0] is EntityKind.TEAM

    findings = dashboard.trees["findings"]
    first = findings.topLevelItem(0)
    assert first is not None
    kind, entity_id = (
        first.data(0, Qt.ItemDataRole.UserRole),
        first.data(0, Qt.ItemDataRole.UserRole + 1),
    )
    with qtbot.waitSignal(dashboard.navigate) as finding:
        _click_item(qtbot, findings, kind, entity_id)
    assert finding.args == [kind, entity_id]

    with qtbot.waitSignal(dashboard.review_requested) as review:
        card.review_button.click()
    assert review.args == ["stage-writing"]


def test_keyboard_activates_charts(qtbot: QtBot, dashboard: DashboardWidget) -> None:
    chart = dashboard.cards["stage-writing"].charts[0]
    chart.setFocus()
    with qtbot.waitSignal(dashboard.navigate):
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chart.accessibleName().startswith("Chart of")
    assert chart.caption() in chart.accessibleDescription()


def test_select_reveals_without_a_signal(qtbot: QtBot, dashboard: DashboardWidget) -> None:
    point = derived.friction_ranking(dashboard._document.roadmap)[2].point
    with qtbot.assertNotEmitted(dashboard.selection_changed):
        assert dashboard.select("friction_point", point.id)
        assert dashboard.select("stage", "stage-project")
    current = dashboard.trees["friction"].currentItem()
    assert current is not None
    assert current.data(0, Qt.ItemDataRole.UserRole + 1) == point.id
    assert not dashboard.select("risk", "nope")
    tree = dashboard.trees["people"]
    tree.setFocus()
    with qtbot.waitSignal(dashboard.selection_changed) as moved:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert moved.args[0] == "team"


def test_nice_ceiling() -> None:
    assert nice_ceiling(9.08) == 10
    assert nice_ceiling(1.68) == 2
    assert nice_ceiling(40.8) == 50
    assert nice_ceiling(72) == 100
    assert nice_ceiling(0.21) == 0.25
    assert nice_ceiling(0) == 0


def test_an_empty_roadmap(qtbot: QtBot, document: Document) -> None:
    empty = templates.create("blank", today=AS_OF)
    document.replace(empty)
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    assert set(widget.cards) == {s.id for s in empty.stages}
    assert not widget.grab().isNull()


def test_team_by_week_grid_shows_the_planners_figures(
    qtbot: QtBot, dashboard: DashboardWidget, document: Document
) -> None:
    from planner.evidence.figures import Figures
    from planner.measures.adoption import Tone, team_weeks
    from planner.model.entities import UsageFigure
    from ui.dashboard.team_weeks import cell_text

    qtbot.waitUntil(lambda: bool(dashboard.grids))  # filled after the first frame
    grid = dashboard.grids["stage-writing"]
    adoption = Figures(document.roadmap, AS_OF).stage_adoption("stage-writing")
    weeks, rows = team_weeks(adoption)
    assert grid.rowCount() == len(rows) == len(adoption.teams) + 1
    assert grid.columnCount() == len(weeks) + 1
    tones = set()
    for r, row in enumerate(rows):
        for c, cell in enumerate(row.cells[UsageFigure.ACTIVE], start=1):
            item = grid.item(r, c)
            assert item is not None
            assert item.text().endswith(cell_text(UsageFigure.ACTIVE, cell.value))
            tones.add(cell.tone)
    assert Tone.BELOW in tones  # laggards stand out against the 60 % threshold
    team = adoption.teams[0]
    with qtbot.waitSignal(dashboard.navigate) as clicked:
        first = grid.item(0, 0)
        assert first is not None
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                         pos=grid.visualItemRect(first).center())  # fmt: skip
    assert clicked.args == ["team", team.team_id]
    assert "Ambassadors:" in (grid.item(0, 0).toolTip() if grid.item(0, 0) else "")
    # Another figure, same grid shape.
    dashboard.figure_combo.setCurrentIndex(dashboard.figure_combo.findData("actions"))
    dashboard.figure_combo.activated.emit(dashboard.figure_combo.currentIndex())
    grid = dashboard.grids["stage-writing"]
    assert "Actions per active user" in grid.accessibleName()


def test_open_actions_are_listed_overdue_first(
    qtbot: QtBot, dashboard: DashboardWidget, document: Document
) -> None:
    from planner.evidence.decisions import open_actions

    tree = dashboard.trees["actions"]
    states = open_actions(document.roadmap, AS_OF)
    assert states
    assert tree.topLevelItemCount() == len(states)
    for i, state in enumerate(states):
        item = tree.topLevelItem(i)
        assert item is not None
        assert item.text(1) == state.action.text
        assert item.text(0).startswith("⚠") == state.overdue
    with qtbot.waitSignal(dashboard.navigate) as clicked:
        _click_item(qtbot, tree, "action", states[0].action.id)
    assert clicked.args == ["action", states[0].action.id]
