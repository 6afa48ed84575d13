"""The Overview's value cards show the figures of ``pilot-planner value --json``, nothing else."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from planner import cli, i18n, templates
from planner.edit.operations import SetField
from planner.file import storage
from planner.value import text as t
from ui.dashboard.widget import DashboardWidget
from ui.document import Document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date(2026, 4, 10)
"""The template is moved so that its last sample week is the week before this one."""


@pytest.fixture
def document(qapp: object) -> Document:
    return Document(templates.create(templates.SAMPLE, today=TODAY))


@pytest.fixture
def dashboard(qtbot: QtBot, document: Document) -> DashboardWidget:
    widget = DashboardWidget(document)
    qtbot.addWidget(widget)
    widget.set_as_of(TODAY)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def value_json(document: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    path = tmp_path / "ai.pilotplan"
    storage.save(document.roadmap, path)
    capsys.readouterr()
    assert cli.main(["value", str(path), "--as-of", TODAY.isoformat(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_every_card_shows_the_command_s_figures(
    dashboard: DashboardWidget,
    document: Document,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stages = value_json(document, tmp_path, capsys)["stages"]
    cards = {card.figures.id: card for card in dashboard.value_cards}
    assert list(cards) == [s["id"] for s in stages]
    writing = stages[0]
    card = cards["stage-writing"]
    assert writing["status"] == "ok"
    assert card.expected.text() == (
        f"Expected {t.grouped(writing['expected_value_per_year'])} EUR a year, realised so far "
        f"{t.grouped(writing['realised_value'])} EUR ({t.percent(writing['realised_share'])})"
    )
    shown = {key: label.text() for key, label in card.values.items()}
    assert shown["net"] == f"{t.grouped(writing['net_value'])} EUR"
    assert shown["cost"].startswith(f"{t.grouped(writing['cost'])} EUR (licences ")
    assert shown["realised"].startswith(f"{t.grouped(writing['realised_value'])} EUR: ")
    assert shown["telemetry"].startswith(f"{t.grouped(writing['telemetry_value'])} EUR: ")
    assert shown["per_seat"] == (
        f"{t.grouped(writing['value_per_seat_month'], 2)} EUR a month "
        f"({t.percent(writing['value_to_price'])} of its price)"
    )
    assert shown["break_even"].startswith(f"{t.number(writing['break_even_minutes'])} min saved")
    assert t.ratio(writing["adjusted_roi"]) in shown["roi"]
    assert shown["payback"].startswith("week of ")
    project = cards["stage-project"]
    assert project.status.text() == "too early: 3 of 8 weeks of usage data"
    assert "realised" not in project.values
    assert "net" not in project.values
    assert project.values["cost"].text().startswith(f"{t.grouped(stages[1]['cost'])} EUR")


def test_the_assumptions_are_on_the_card_and_lead_to_where_they_change(
    qtbot: QtBot, dashboard: DashboardWidget, document: Document
) -> None:
    card = dashboard.value_cards[0]
    assert "55 EUR an hour · 50 % of saved time recaptured · 6 min per action" in (
        card.assumptions.text()
    )
    assert "Forrester" in card.assumptions.toolTip()
    with qtbot.waitSignal(dashboard.properties_requested):
        qtbot.mouseClick(card.assumptions_button, Qt.MouseButton.LeftButton)
    # A new recapture rate changes the realised value on the next refresh.
    before = dashboard.value_cards[0].values["realised"].text()
    assert document.execute(SetField("roadmap", None, "recapture_rate", 100.0), "Recapture")
    qtbot.waitUntil(lambda: dashboard.value_cards[0].values["realised"].text() != before)
    assert "100 % recaptured" in dashboard.value_cards[0].values["realised"].text()


def test_the_card_speaks_french(qtbot: QtBot, document: Document) -> None:
    i18n.set_language("fr")
    try:
        widget = DashboardWidget(document)
        qtbot.addWidget(widget)
        widget.set_as_of(TODAY)
        card = widget.value_cards[1]
        assert card.status.text() == "trop tôt\u00a0: 3 semaines de données d’usage sur 8"
        assert card.expected.text().startswith("Attendu 309\u202f376\u00a0EUR par an")
    finally:
        i18n.set_language("en")
