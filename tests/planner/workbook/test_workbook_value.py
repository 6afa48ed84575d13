"""The workbook's Value sheet and Summary hold the figures of ``pilot-planner value --json``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from planner import cli, templates
from planner.file import storage
from planner.workbook import export_workbook

AS_OF = dt.date(2026, 4, 3)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("value-book")
    roadmap = templates.load("ai-adoption")
    path = folder / "ai.pilotplan"
    storage.save(roadmap, path)
    book = folder / "ai.xlsx"
    export_workbook(roadmap, book, as_of=AS_OF)
    return {"path": path}, book


@pytest.fixture(scope="module")
def document(files: tuple[dict[str, Any], Path]) -> dict[str, Any]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert (
            cli.main(["value", str(files[0]["path"]), "--as-of", AS_OF.isoformat(), "--json"]) == 0
        )
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def rows(book: Path, sheet: str) -> list[list[Any]]:
    ws = openpyxl.load_workbook(book)[sheet]
    return [[cell.value for cell in row] for row in ws.iter_rows()]


STAGE_TITLES = ("Writing assistance — ", "Project management — ", "Bespoke tasks — ")


def section(data: list[list[Any]], title: str) -> list[list[Any]]:
    """The rows of one stage's section: from its title to the next stage's."""

    def is_title(row: list[Any]) -> bool:
        return isinstance(row[0], str) and row[0].startswith(STAGE_TITLES)

    start = next(i for i, r in enumerate(data) if isinstance(r[0], str) and r[0].startswith(title))
    end = next((i for i in range(start + 1, len(data)) if is_title(data[i])), len(data))
    return data[start:end]


def test_key_figures_weekly_totals_and_use_cases_equal_the_json(
    files: tuple[dict[str, Any], Path], document: dict[str, Any]
) -> None:
    data = rows(files[1], "Value")
    writing = document["stages"][0]
    part = section(data, "Writing assistance — ")
    figures = {r[0].strip(): r[1] for r in part if isinstance(r[0], str) and r[1] is not None}
    assert figures["Expected value per year"] == writing["expected_value_per_year"]
    assert figures["Cost so far"] == writing["cost"]
    assert figures["licences"] == writing["licence_cost"]
    assert figures["one-off costs"] == writing["one_off_cost"]
    assert figures["Realised value so far"] == writing["realised_value"]
    assert figures["Share of the expected yearly value"] == writing["realised_share"]
    assert figures["Telemetry estimate"] == writing["telemetry_value"]
    assert figures["Net value"] == writing["net_value"]
    assert figures["Value per seat per month"] == writing["value_per_seat_month"]
    assert figures["Value per seat ÷ price per seat"] == writing["value_to_price"]
    assert figures["Break-even minutes saved a week"] == writing["break_even_minutes"]
    assert figures["Expected ROI"] == writing["expected_roi"]
    assert figures["ROI adjusted by measured adoption"] == writing["adjusted_roi"]
    payback = figures["Payback week"]
    assert payback.date().isoformat() == writing["payback"]["week"]
    # The weekly table: one row per week, and its totals are the stage's figures.
    header = next(i for i, r in enumerate(part) if r[0] == "Week")
    weeks = part[header + 1 : header + 1 + len(writing["weeks"])]
    assert [w[0].date().isoformat() for w in weeks] == [w["week"] for w in writing["weeks"]]
    assert [w[5] for w in weeks] == [w["value"] for w in writing["weeks"]]
    total = part[header + 1 + len(writing["weeks"])]
    assert total[0] == "Total"
    assert total[5:9] == [writing["realised_value"], writing["telemetry_value"],
                          writing["licence_cost"], writing["one_off_cost"]]  # fmt: skip
    # Use cases.
    header = next(i for i, r in enumerate(part) if r[0] == "Use case")
    shown = {r[0]: r for r in part[header + 1 : header + 1 + len(writing["use_cases"])]}
    for use_case in writing["use_cases"]:
        row = shown[use_case["name"]]
        assert row[2] == use_case["expected_value_per_year"]
        assert row[4] == use_case["expected_roi"]
        assert row[6] == use_case["realised_value"]
        assert row[8] == use_case["adjusted_roi"]


def test_a_stage_too_early_has_no_realised_figure_and_no_false_total(
    files: tuple[dict[str, Any], Path], document: dict[str, Any]
) -> None:
    data = rows(files[1], "Value")
    project = document["stages"][1]
    assert project["status"] == "too_early"
    part = section(data, "Project management — too early: 3 of 8 weeks of usage data")
    labels = {r[0].strip() for r in part if isinstance(r[0], str)}
    assert "Realised value so far" not in labels
    assert "Net value" not in labels
    header = next(i for i, r in enumerate(part) if r[0] == "Week")
    total = part[header + 1 + len(project["weeks"])]
    assert total[0] == "Total"
    assert total[5] is None  # no "0 €" of value before there is any
    assert total[7] == project["licence_cost"]


def test_the_summary_has_the_money_figures(
    files: tuple[dict[str, Any], Path], document: dict[str, Any]
) -> None:
    data = rows(files[1], "Summary")
    start = next(i for i, r in enumerate(data) if (r[0] or "").startswith("Value against cost"))
    by_stage = {r[0]: r for r in data[start + 2 : start + 2 + len(document["stages"])]}
    for stage in document["stages"]:
        row = by_stage[stage["name"]]
        assert row[2] == stage["expected_value_per_year"]
        assert row[3] == stage["realised_value"]
        assert row[4] == stage["cost"]
        assert row[5] == stage["net_value"]


def test_the_assumptions_block_lists_every_assumption_with_its_source(
    files: tuple[dict[str, Any], Path], document: dict[str, Any]
) -> None:
    data = rows(files[1], "Value")
    start = next(i for i, r in enumerate(data) if r[0] == "Assumption")
    listed = {
        r[0]: (r[1], r[3]) for r in data[start + 1 : start + 1 + len(document["assumptions"])]
    }
    for item in document["assumptions"].values():
        value, source = listed[item["label"]]
        assert value == item["value"]
        assert source == item["source"]
