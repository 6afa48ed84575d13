"""Time the editing tables on a large roadmap (not collected by pytest).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_tables.py 10000

Prints seconds for: building the model, sorting by several columns, the
first filter (builds the search text of every row) and a second one, and
one field edit with the table sorted and filtered, sorted, and plain.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.edit.operations import SetField
from ui.document import Document
from ui.models.proxy import EntityFilterProxy
from ui.models.table import EntityTableModel


def _timed(label: str, action) -> None:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    print(f"{label:<32} {time.perf_counter() - start:8.3f} s")


def main(n: int) -> None:
    app = QApplication.instance() or QApplication([])
    roadmap = generate(n, seed=1)
    document = Document(roadmap)
    holder: dict[str, object] = {}

    def build() -> None:
        model = EntityTableModel(document, "use_case")
        holder["model"], holder["proxy"] = model, EntityFilterProxy(model)

    _timed(f"build model ({n} use cases)", build)
    model: EntityTableModel = holder["model"]  # type: ignore[assignment]
    proxy: EntityFilterProxy = holder["proxy"]  # type: ignore[assignment]
    for key in ("name", "planned_end", "value", "roi", "stage_id", "team_ids"):
        _timed(
            f"sort by {key}",
            lambda k=key: proxy.sort(model.column_of(k), Qt.SortOrder.DescendingOrder),
        )
    _timed("first filter", lambda: proxy.set_filter_text("draft"))
    _timed("second filter", lambda: proxy.set_filter_text("draft minutes"))
    target = roadmap.use_cases[5].id
    _timed(
        "edit, sorted and filtered",
        lambda: document.execute(SetField("use_case", target, "progress", 12), "e"),
    )
    proxy.set_filter_text("")
    _timed(
        "edit, sorted", lambda: document.execute(SetField("use_case", target, "progress", 13), "e")
    )
    proxy.sort(-1)
    _timed("edit", lambda: document.execute(SetField("use_case", target, "progress", 14), "e"))
    del app


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
