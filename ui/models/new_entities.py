"""Add and Duplicate in the tables: the rules are :mod:`planner.edit.factory`'s.

New entities (fresh ids, names, dates, references, the free measurement week,
a stage duplicated with its criteria) are built by the planner, so the command
line and the app make the same ones; this module only re-exports them for the
views.
"""

from __future__ import annotations

from planner.edit.factory import (
    CannotAdd,
    add_op,
    duplicate,
    free_week,
    fresh_id,
    insert_position,
    new_entity,
    stage_position,
    today_in,
    unique_name,
)

__all__ = [
    "CannotAdd",
    "add_op",
    "duplicate",
    "free_week",
    "fresh_id",
    "insert_position",
    "new_entity",
    "stage_position",
    "today_in",
    "unique_name",
]
