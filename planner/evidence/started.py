"""Whether a stage has started as of a date: a stage not started is not failing.

A gate is judged on the use a stage produced. Before the stage starts there is
nothing to judge, so every output (workbook, slides, calendars, timelines)
says "not started" instead of showing its criteria as not met.
"""

from __future__ import annotations

import datetime as dt

from planner.model.entities import Stage, StageStatus


def has_started(stage: Stage, as_of: dt.date) -> bool:
    """True once the stage is under way on ``as_of``: it has an actual start on or
    before that date, or its status says it moved past *planned*."""
    if stage.actual_start is not None:
        return stage.actual_start <= as_of
    return stage.status is not StageStatus.PLANNED
