"""The Scale-out page drives the real widgets: the sample's picture, Plan it with undo,
the ideas backlog, and the same numbers as ``pilot-planner scale-out --json`` (issue 20)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from planner.scaleout.report import to_json
from planner.scaleout.text import Names
from ui.pages.scale_out import ScaleOutPage
from ui.pages.scale_out_tables import row_key
from ui.timeline.widget import TimelineWidget


def _page(window) -> ScaleOutPage:  # type: ignore[no-untyped-def]
    window.show()  # a hidden page refreshes when it is shown next
    page = window.show_page("scale_out")
    assert isinstance(page, ScaleOutPage)
    return page


def _keys(table: QTableWidget) -> list[object]:
    return [row_key(table, r) for r in range(table.rowCount())]


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def test_the_sample_shows_a_proven_use_case_and_two_candidates(window) -> None:
    page = _page(window)
    assert ("uc-customer-replies", "team-customer-service") in _keys(page.proven)
    use_case = "uc-customer-replies"
    assert _keys(page.candidates) == [(use_case, "team-claims"), (use_case, "team-underwriting")]
    assert _column(page.candidates, 4) == ["Not ready", "Ready"]
    assert _column(page.candidates, 7) == ["no", "yes"]  # the ambassador flag
    assert "no ambassador yet" in _column(page.candidates, 5)[0]
    assert page.ideas.rowCount() == 3
    assert "A use case is proven in a team when" in page.rule.text()


def test_the_page_shows_the_command_s_numbers(window) -> None:
    page = _page(window)
    figures = window.document.figures()
    document = to_json(figures.scale_out)
    names = Names.of(window.document.roadmap)
    assert _keys(page.proven) == [(p["use_case_id"], p["team_id"]) for p in document["proven"]]
    assert _keys(page.candidates) == [(c["use_case_id"], c["team_id"])
                                      for c in document["candidates"]]  # fmt: skip
    currency = window.document.roadmap.currency
    assert _column(page.candidates, 3) == [
        f"{c['expected_value']:,.0f} {currency}" for c in document["candidates"]]  # fmt: skip
    assert _column(page.candidates, 5) == [
        "; ".join(c["reasons"]) + "." for c in document["candidates"]
    ]
    assert _keys(page.ideas) == [i["id"] for i in document["ideas"]]
    assert _column(page.proven, 1)[0] == names.team(document["proven"][0]["team_id"])


def test_plan_it_is_one_undoable_edit_and_the_timeline_follows(window, qtbot) -> None:
    page = _page(window)
    before = window.document.roadmap
    assert not page.plan_button.isEnabled()
    assert page.select_candidate("uc-customer-replies", "team-claims")
    assert page.plan_button.isEnabled()
    page.plan_button.click()
    after = window.document.roadmap
    copy = next(u for u in after.use_cases if u.scaled_from == "uc-customer-replies")
    assert copy.team_ids == ("team-claims",)
    assert any(p.team_id == "team-claims" and p.is_ambassador for p in after.people)
    assert window.document.undo_stack.count() == 1
    assert _keys(page.candidates) == [("uc-customer-replies", "team-underwriting")]
    assert "Undo" in page.planned.text()
    timeline = window.show_page("timeline")
    assert isinstance(timeline, TimelineWidget)
    assert timeline.select("use_case", copy.id)
    window.document.undo_stack.undo()
    assert window.document.roadmap == before
    page = _page(window)
    assert len(_keys(page.candidates)) == 2
    assert not timeline.select("use_case", copy.id)


def test_promote_an_idea_and_add_one(window) -> None:
    page = _page(window)
    first = row_key(page.ideas, 0)
    page.ideas.selectRow(0)
    assert page.promote_button.isEnabled()
    page.promote_button.click()
    assert first not in _keys(page.ideas)
    idea = next(i for i in window.document.roadmap.ideas if i.id == first)
    assert idea.use_case_id in {u.id for u in window.document.roadmap.use_cases}
    count = len(window.document.roadmap.ideas)
    page.add_button.click()
    assert len(window.document.roadmap.ideas) == count + 1
    assert page.tabs.currentWidget() is page.idea_browser
    new = window.document.roadmap.ideas[-1]
    assert new.raised_by == ""  # no name unless the user types one
    assert page.ideas.rowCount() == 3  # promoted one gone, the new one in


def test_double_click_shows_the_use_case(window, qtbot) -> None:
    page = _page(window)
    with qtbot.waitSignal(page.navigate) as shown:
        page.candidates.cellDoubleClicked.emit(0, 1)
    assert shown.args == ["use_case", "uc-customer-replies"]
    assert window.current_page_key() == "use_cases"


def test_read_only_disables_the_edits(window) -> None:
    page = _page(window)
    page.select_candidate("uc-customer-replies", "team-claims")
    window.document.set_read_only(True)
    assert not page.plan_button.isEnabled()
    assert not page.add_button.isEnabled()


def test_add_the_team_to_the_use_case_itself(window) -> None:
    page = _page(window)
    assert page.select_candidate("uc-customer-replies", "team-underwriting")
    page.extend_button.click()
    replies = next(u for u in window.document.roadmap.use_cases if u.id == "uc-customer-replies")
    assert "team-underwriting" in replies.team_ids
    assert not any(u.scaled_from for u in window.document.roadmap.use_cases)
    assert _keys(page.candidates) == [("uc-customer-replies", "team-claims")]
    window.document.undo_stack.undo()
    assert len(_keys(page.candidates)) == 2
