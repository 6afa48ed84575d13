"""Three-way merge of two copies of a roadmap edited offline, by stable ids.

Given the version that was sent (``base``) and two edited copies (``mine``,
``theirs``), :func:`merge` combines them entity by entity and field by field:

- changes to different entities, or different fields, combine automatically;
  a field changed the same way in both is fine;
- lists of references (teams, friction points, dependencies …) and attendees
  merge by element: additions from both sides are kept, removals honoured;
- the order of every list follows mine, unless only theirs reordered it;
  additions from theirs go after the entity they followed in theirs;
- a field changed differently in both, an entity deleted in one copy and
  changed in the other, edits that do not fit together, a reference to
  something the other copy deleted, dependencies forming a circle, or the
  same weekly measurement recorded with two values is a :class:`Conflict`.

Nothing is merged while a conflict remains (``merged is None``): the caller
settles each one with :func:`resolve` (mine, theirs, or a value of its own),
which reruns the whole merge with those choices. The merged roadmap always
satisfies :func:`planner.rules.invariants.check`; a rule a choice breaks comes back
as a conflict. :func:`merge_ops` turns the result into one operation for the
app's undo stack.

Where each step lives: :mod:`.fields` (three-way merge of values and entities),
:mod:`.structure` (references, circles, doubled measurements), :mod:`.rules`
(the roadmap's other rules), :mod:`.wording` (the sentences), :mod:`.ops`.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.diff import compare
from planner.file import lineage
from planner.merge import structure
from planner.merge.fields import merge_kind, merge_scalars
from planner.merge.ops import merge_ops
from planner.merge.result import (
    MINE,
    THEIRS,
    VALUE,
    Choice,
    Code,
    Conflict,
    MergeResult,
    Pick,
)
from planner.merge.state import MergeState
from planner.model.entities import Roadmap
from planner.model.kinds import KINDS

__all__ = [
    "MINE",
    "THEIRS",
    "VALUE",
    "Choice",
    "Code",
    "Conflict",
    "MergeResult",
    "Pick",
    "merge",
    "merge_ops",
    "resolve",
]


def merge(base: Roadmap, mine: Roadmap, theirs: Roadmap) -> MergeResult:
    """Merge ``theirs`` into ``mine``, both edited from ``base``."""
    return _run(MergeState(base, mine, theirs, {}))


def resolve(result: MergeResult, choices: Mapping[str, Choice]) -> MergeResult:
    """The merge again, with conflicts settled by ``choices`` (key → choice).

    Choices given earlier are kept unless overridden. Nothing is merged until
    every conflict is settled; a choice that breaks a rule is reported again.
    """
    state = MergeState(result.base, result.mine, result.theirs, {**result.choices, **choices})
    return _run(state)


def _run(state: MergeState) -> MergeResult:
    merge_scalars(state)
    for kind in KINDS:
        merge_kind(state, kind)
    structure.settle(state)
    merged = None
    if not state.conflicts:
        merged = state.build(lineage.merged(state.mine.lineage, state.theirs.lineage))
    comparison = compare(state.mine, state.build(state.mine.lineage))
    auto = state.notes + [line for g in comparison.groups for line in g.lines]
    return MergeResult(
        state.base,
        state.mine,
        state.theirs,
        merged,
        list(state.conflicts.values()),
        auto,
        dict(state.choices),
    )
