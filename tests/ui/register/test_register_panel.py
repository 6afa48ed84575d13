"""The AI register in the app: the tier column and filter, the register tab, the
questionnaire, fields, lifecycle and override as undoable edits, the Overview line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt

from planner import templates
from planner.i18n import format_day
from planner.model.register import Lifecycle, Tier
from planner.register import edit
from planner.register.report import to_json
from planner.register.screening import TIER_WORDS
from planner.register.summary import register_rows, stage_compliance
from ui.dashboard.register_line import RegisterLine
from ui.dashboard.widget import DashboardWidget as Dashboard
from ui.document import Document
from ui.models.labels import enum_label
from ui.pages.use_cases import UseCasesPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HR = "uc-performance-reviews"
ROUTING = "uc-complaint-routing"  # an idea: no register entry yet


@pytest.fixture
def document(qapp) -> Iterator[Document]:
    found = Document(templates.load("ai-adoption"))
    yield found
    # Undo commands refer to their document: clear them while both are alive, or the
    # garbage collector meets the cycle later and Qt deletes the commands out of order.
    found.undo_stack.clear()


@pytest.fixture
def page(qtbot, document: Document) -> UseCasesPage:
    widget = UseCasesPage(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tiers(page: UseCasesPage) -> dict[str, str]:
    model = page.browser.proxy
    column = page.browser.model.column_of("tier")
    found = {}
    for row in range(model.rowCount()):
        source = model.mapToSource(model.index(row, column))
        uc_id = page.browser.model.entity_id(source.row())
        found[uc_id] = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
    return found


def test_tier_column_shows_the_screening_of_each_use_case(page: UseCasesPage) -> None:
    tiers = _tiers(page)
    assert tiers[HR] == enum_label(Tier.HIGH_RISK)
    assert tiers["uc-meeting-minutes"] == enum_label(Tier.MINIMAL)
    assert tiers["uc-customer-replies"] == enum_label(Tier.TRANSPARENCY)
    assert tiers[ROUTING] == enum_label(Tier.NOT_SCREENED)
    column = page.browser.model.column_of("tier")
    index = page.browser.proxy.index(len(tiers) - 1, column)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Annex III, point 4(b)" in tip


def test_tier_filter_keeps_one_tier_and_follows_edits(page: UseCasesPage, document) -> None:
    combo = page.tier_filter
    combo.setCurrentIndex(combo.findData(Tier.HIGH_RISK.value))
    assert list(_tiers(page)) == [HR]
    op = edit.set_override(document.roadmap, ROUTING, Tier.HIGH_RISK, "Prudence")
    assert document.execute(op, "override")
    assert list(_tiers(page)) == [ROUTING, HR]
    combo.setCurrentIndex(0)
    assert len(_tiers(page)) == len(document.roadmap.use_cases)


def test_show_entity_of_a_register_entry_opens_its_tab(page: UseCasesPage) -> None:
    page.tier_filter.setCurrentIndex(page.tier_filter.findData(Tier.MINIMAL.value))
    assert page.show_entity("register_entry", f"reg-{HR}")
    assert page.tabs.currentWidget() is page.register
    assert page.browser.current_id() == HR  # the filter gave way
    assert page.register.use_case_id() == HR
    assert page.show_entity("register_entry", ROUTING)  # no entry yet: its use case
    assert page.register.use_case_id() == ROUTING
    assert not page.show_entity("register_entry", "no-such-id")


def test_answering_the_questionnaire_creates_the_entry_and_undoes(
    qtbot, page: UseCasesPage, document: Document
) -> None:
    page.show_entity("register_entry", ROUTING)
    panel = page.register
    row = panel.questionnaire.rows["art5_emotions_work"]
    qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)
    entry = edit.entry_of(document.roadmap, ROUTING)
    assert entry is not None
    assert entry.answer("art5_emotions_work") is True
    assert panel.tier.text() == "AI Act tier: Prohibited"
    assert document.undo_stack.undoText() == (
        "Answer 'Art. 5(1)(f): yes' in the AI register of 'Complaint classification and routing'"
    )
    qtbot.mouseClick(row.yes, Qt.MouseButton.LeftButton)  # a second click takes it back
    assert edit.entry_of(document.roadmap, ROUTING).answer("art5_emotions_work") is None  # type: ignore[union-attr]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert edit.entry_of(document.roadmap, ROUTING) is None
    assert panel.tier.text() == "AI Act tier: Not screened"


def test_exception_and_public_service_questions_show_when_they_matter(
    page: UseCasesPage,
) -> None:
    page.show_entity("register_entry", HR)
    groups = page.register.questionnaire.groups
    assert not groups["exception"].isHidden()
    assert not groups["fria"].isHidden()
    page.show_entity("register_entry", "uc-meeting-minutes")
    assert groups["exception"].isHidden()
    assert groups["fria"].isHidden()


def test_register_fields_edit_with_undo(qtbot, page: UseCasesPage, document: Document) -> None:
    page.show_entity("register_entry", HR)
    vendor = page.register.form.editors["vendor"]
    vendor.setFocus()
    vendor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(vendor, "Contoso")
    assert edit.entry_of(document.roadmap, HR).vendor == "Contoso"  # type: ignore[union-attr]
    assert document.undo_stack.count() == 1  # the burst of typing is one step
    document.undo_stack.undo()
    assert edit.entry_of(document.roadmap, HR).vendor == "Microsoft"  # type: ignore[union-attr]
    assert vendor.text() == "Microsoft"  # type: ignore[attr-defined]


def test_override_needs_its_justification(qtbot, page: UseCasesPage, document: Document) -> None:
    page.show_entity("register_entry", "uc-meeting-minutes")
    override = page.register.override
    assert not override.set_button.isEnabled()
    override.tier.setCurrentIndex(override.tier.findData(Tier.HIGH_RISK))
    override.reason.setPlainText("The works council asked for the high-risk duties.")
    assert override.set_button.isEnabled()
    qtbot.mouseClick(override.set_button, Qt.MouseButton.LeftButton)
    assert page.register.tier.text() == "AI Act tier: High-risk (set by hand)"
    assert page.register.reasons.text().startswith(
        "• Tier set by hand to high-risk (the screening gives minimal): The works council"
    )
    assert override.clear_button.isEnabled()
    qtbot.mouseClick(override.clear_button, Qt.MouseButton.LeftButton)
    assert page.register.tier.text() == "AI Act tier: Minimal"


def test_lifecycle_change_is_recorded_in_date_order(page: UseCasesPage, document) -> None:
    page.show_entity("register_entry", HR)
    editor = page.register.lifecycle
    editor.state.setCurrentIndex(editor.state.findData(Lifecycle.PILOTING))
    editor.date.setDate(dt.date(2026, 10, 5))
    editor.note.setText("Pilot with two managers")
    editor.record.click()
    history = edit.entry_of(document.roadmap, HR).lifecycle  # type: ignore[union-attr]
    assert [(e.state, e.on) for e in history][-1] == (Lifecycle.PILOTING, dt.date(2026, 10, 5))
    assert editor.history.rowCount() == len(history)


def test_the_app_shows_the_same_register_as_the_command(page: UseCasesPage, document) -> None:
    """One computation: the tier column and the duties table say what ``register --json`` says."""
    rows = register_rows(document.roadmap, document.as_of())
    data = {
        item["id"]: item for item in to_json(document.roadmap, document.as_of(), rows)["use_cases"]
    }
    column = page.browser.model.column_of("tier")
    model = page.browser.model
    tables = document.figures().tables
    for i, uc_id in enumerate(model.ids()):
        raw = model.columns[column].raw(tables, model.entity(i))
        assert TIER_WORDS[raw] == data[uc_id]["tier"]
    page.show_entity("register_entry", HR)
    shown = [row[:4] for row in page.register.duties.rows()]

    def shown_day(iso: str | None) -> str:  # ISO in --json, the app's own format on screen
        return format_day(dt.date.fromisoformat(iso)) if iso else ""

    expected = [
        (
            d["article"],
            d["duty"],
            shown_day(d["applies_from"]),
            shown_day(d["applies_from_pending"]),
        )
        for d in data[HR]["duties"]
    ]
    assert shown == expected


def test_overview_shows_the_register_line_of_each_stage(qtbot, document: Document) -> None:
    dashboard = Dashboard(document)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    compliance = stage_compliance(document.roadmap, dashboard.as_of())
    lines = {c.stage.id: c.sentence() for c in compliance}
    assert set(lines) == set(dashboard.cards)
    for stage_id, card in dashboard.cards.items():
        found = [line.text.text() for line in card.findChildren(RegisterLine)]
        assert found == ["⚖ " + lines[stage_id]]
