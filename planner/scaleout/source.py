"""What the scale-out reads: the figures of one roadmap version as of one date.

:class:`planner.evidence.figures.Figures` is such a source. It also holds the
scale-out report (``Figures.scale_out``, made from itself), so this package
names the parts it reads instead of importing the figures: the figures sit
above the scale-out, which sits above what it reads.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # for the annotations only: importing this module stays cheap
    from planner.measures.adoption import StageAdoption
    from planner.measures.tables import DerivedTables
    from planner.model.entities import Roadmap
    from planner.register.summary import RegisterRow
    from planner.value.report import ValueReport


class FigureSource(Protocol):
    """The parts of one set of figures (:class:`planner.evidence.figures.Figures`)
    the scale-out reads."""

    @property
    def roadmap(self) -> Roadmap: ...

    @property
    def as_of(self) -> dt.date: ...

    @property
    def tables(self) -> DerivedTables: ...

    @property
    def register(self) -> dict[str, RegisterRow]: ...

    @property
    def value(self) -> ValueReport: ...

    def stage_adoption(self, stage_id: str) -> StageAdoption: ...
