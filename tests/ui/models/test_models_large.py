"""Tables of 10,000+ rows build, sort, filter and edit (timings live in tests/benchmarks)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QPersistentModelIndex, Qt

from planner.edit.operations import Remove, SetField
from ui.document import Document
from ui.models.proxy import EntityFilterProxy
from ui.models.table import ID_ROLE, EntityTableModel

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate


@pytest.fixture(scope="module")
def big():
    return generate(10_000, seed=1)


@pytest.mark.slow
def test_ten_thousand_use_cases_build_sort_filter_and_edit(qapp, big) -> None:
    document = Document(big)
    model = EntityTableModel(document, "use_case")
    proxy = EntityFilterProxy(model)
    assert proxy.rowCount() == 10_000
    tracked = QPersistentModelIndex(model.index(1234, 0))
    tracked_id = tracked.data(ID_ROLE)
    for key in ("name", "planned_end", "value", "roi", "stage_id", "status"):
        proxy.sort(model.column_of(key), Qt.SortOrder.DescendingOrder)
        assert tracked.data(ID_ROLE) == tracked_id  # selections survive sorting
    ends = [model.entity(r).planned_end for r in range(model.rowCount())]
    proxy.sort(model.column_of("planned_end"), Qt.SortOrder.AscendingOrder)
    ends = [model.entity(r).planned_end for r in range(model.rowCount())]
    assert ends == sorted(ends)
    proxy.set_filter_text(big.use_cases[42].name)
    assert 1 <= proxy.rowCount() < 10_000
    document.execute(SetField("use_case", tracked_id, "progress", 55), "edit")
    assert model.index(model.row_of(tracked_id), model.column_of("progress")).data() == "55"
    document.execute(Remove("use_case", tracked_id), "delete")
    assert model.rowCount() == 9_999
    document.undo_stack.undo()
    assert model.rowCount() == 10_000


@pytest.mark.slow
def test_ten_thousand_people_and_measurements(qapp, big) -> None:
    document = Document(big)
    for kind in ("person", "measurement", "friction_point", "team"):
        model = EntityTableModel(document, kind)
        assert model.rowCount() > 100
        model.sort(0, Qt.SortOrder.AscendingOrder)
        model.sort(model.columnCount() - 1, Qt.SortOrder.DescendingOrder)
