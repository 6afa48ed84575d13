"""One set of numbers: an export computes the figures once (one :class:`Figures` for the
as-of date, each of its parts once, the gates' computed metrics reading the same value
report and register rows), whatever the number of sheets showing them."""

from __future__ import annotations

import collections
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner import templates
from planner.evidence import figures as figures_module
from planner.evidence import gates
from planner.evidence.figures import Figures
from planner.evidence.index import EvidenceIndex
from planner.i18n import using
from planner.measures import adoption, tables
from planner.model.entities import Roadmap
from planner.register import summary
from planner.value import report
from planner.workbook import export_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

AS_OF = dt.date(2026, 4, 1)
COUNTED = [
    (gates, "evaluate_all"),
    (report, "value_report"),
    (summary, "register_rows"),
    (tables, "DerivedTables"),
    (adoption, "stage_adoption"),
    (figures_module, "method_checks"),
    (figures_module, "EvidenceIndex"),
]


def _count_calls(patch: pytest.MonkeyPatch) -> collections.Counter[str]:
    """Count the calls of each COUNTED function wherever a planner module holds it."""
    calls: collections.Counter[str] = collections.Counter()
    for home, name in COUNTED:
        original = getattr(home, name)

        def call(*args: Any, _f: Callable[..., Any] = original, _n: str = name,
                 **kwargs: Any) -> Any:  # fmt: skip
            calls[_n] += 1
            return _f(*args, **kwargs)

        for module in list(sys.modules.values()):
            if (module.__name__ or "").startswith("planner.") and (
                getattr(module, name, None) is original
            ):
                patch.setattr(module, name, call)
    made = Figures.__init__

    def init(self: Figures, *args: Any) -> None:
        calls["Figures"] += 1
        made(self, *args)

    patch.setattr(Figures, "__init__", init)
    return calls


def test_every_figure_is_computed_once_per_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_calls(monkeypatch)
    # The sample's gates read value per seat ÷ price and register completeness.
    export_workbook(templates.sample(), tmp_path / "book.xlsx", as_of=AS_OF)
    assert calls == {"Figures": 1, **{name: 1 for _, name in COUNTED}}


def _alone(roadmap: Roadmap) -> tuple[Any, ...]:
    """The gates and value report of an index computing its own metrics (no holder)."""
    index = EvidenceIndex(roadmap)
    return tuple(gates.evaluate_all(roadmap, AS_OF, index)), report.value_report(
        roadmap, AS_OF, EvidenceIndex(roadmap)
    )


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("first", ["readiness", "value"])
def test_shared_parts_give_the_same_figures(language: str, first: str) -> None:
    """Whichever part is asked first, the figures are those of separate computations."""
    with using(language):
        for roadmap in (templates.sample(), generate(300)):
            figures = Figures(roadmap, AS_OF)
            getattr(figures, first)
            assert (figures.readiness, figures.value) == _alone(roadmap)
