"""The register's rule that spans entities: at most one register entry per use case.

Checked with the other whole-roadmap rules (:mod:`planner.rules.invariants`), on
load and on every edit of a register entry.
"""

from __future__ import annotations

from collections.abc import Iterable

from planner.i18n import _
from planner.model.entities import Roadmap
from planner.rules.problems import Problem


def register_entries(roadmap: Roadmap) -> Iterable[Problem]:
    """At most one register entry per use case."""
    entries = roadmap.register_entries
    if len({e.use_case_id for e in entries}) == len(entries):
        return
    first: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry.use_case_id in first:
            yield Problem(
                f"register_entries[{i}].use_case_id",
                "duplicate_register_entry",
                _(
                    "use case '{id}' has a second register entry "
                    "(the first is register_entries[{first}]); one per use case",
                    id=entry.use_case_id,
                    first=first[entry.use_case_id],
                ),
            )
        else:
            first[entry.use_case_id] = i
