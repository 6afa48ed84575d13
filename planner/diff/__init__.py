"""Compare two versions of a roadmap, by stable ids, in sentences a committee reads.

- :mod:`planner.diff.compare` finds what changed (every kind, every field);
- :mod:`planner.diff.wording` says each change in a sentence, with names;
- :mod:`planner.diff.summary` folds many changes of a sort into one line;
- :mod:`planner.diff.names` and :mod:`planner.diff.formats` name entities and
  write values, also for the merge's conflicts.
"""

from __future__ import annotations

from planner.diff.changes import (
    GROUP_ORDER,
    Action,
    Change,
    Comparison,
    Group,
    as_text,
    change_sentences,
)
from planner.diff.compare import compare
from planner.diff.formats import fmt_date, fmt_number
from planner.diff.names import Names, value_text
from planner.model.fields import FieldType, base_type, field_phrase, field_spec, field_type

__all__ = [
    "GROUP_ORDER",
    "Action",
    "Change",
    "Comparison",
    "FieldType",
    "Group",
    "Names",
    "as_text",
    "base_type",
    "change_sentences",
    "compare",
    "field_phrase",
    "field_spec",
    "field_type",
    "fmt_date",
    "fmt_number",
    "value_text",
]
