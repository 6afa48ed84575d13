"""Method checks: what a programme manager wants flagged before a committee.

These are not errors (the roadmap is valid) but departures from the method
the app encodes: every use case starts from friction, every team has an
ambassador, data is ready before a stage runs on it, every gate is reviewed
and decided on evidence, and each stage asks at least as much as the one
before. Each finding has a stable ``code``, the kind and id of the entity
concerned, a severity (``warning``: act on it; ``info``: worth a look) and a
sentence. Findings come in the order of the checks below, then of the
entities in the roadmap.

- ``use_case_without_friction`` (warning): a use case (not dropped) addresses
  no friction point.
- ``friction_without_use_case`` (info): no use case addresses a friction point.
- ``stage_team_without_ambassador`` (warning): teams of a stage that is not
  passed or stopped have no ambassador (the teams are named).
- ``siloed_data_in_active_stage`` (warning): a use case (not dropped) of an
  active or at-gate stage needs a siloed or unavailable data source.
- ``gate_review_overdue`` (warning): a stage's review date is before the as-of
  date and no decision answers that review (planner.evidence.decisions: a
  decision names the review it answers; one of an older file, on or up to
  four weeks before it).
- ``action_overdue`` (warning): an action a gate decision asked for is still
  open after its due date.
- ``threshold_easier_than_previous_stage`` (warning): a stage's threshold on a
  metric is easier than that of the nearest earlier stage with a criterion on
  the same metric and comparator — lower for ``≥``, higher for ``≤`` (the
  strictest criterion of each stage counts; ``=`` is not compared).
- ``stage_without_criteria`` (warning): a stage (not stopped) has no gate
  criteria.
- ``stage_criteria_without_review`` (info): a stage has criteria but no review
  date.
- ``use_case_outside_stage_dates`` (info): a use case's planned dates are not
  within its stage's planned dates.
- the checks of the responsible-AI register (:mod:`planner.register.checks`):
  prohibited use cases, high-risk use cases of active stages with a duty
  missing, teams of active stages below the AI-literacy target, use cases of
  active stages not screened yet.

Decisions dated after the as-of date are ignored, as if not yet taken.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from planner.evidence.decisions import open_actions, review_decisions
from planner.evidence.forecast import format_day
from planner.evidence.gates import SYMBOLS, format_value
from planner.i18n import _, ngettext
from planner.model.entities import (
    Access,
    Comparator,
    Roadmap,
    StageStatus,
    Storage,
    UseCaseStatus,
)
from planner.model.kinds import EntityKind
from planner.register.checks import register_checks
from planner.rules.findings import INFO as INFO
from planner.rules.findings import WARNING as WARNING
from planner.rules.findings import Finding as Finding


def _list(names: Sequence[str], limit: int = 5) -> str:
    quoted = [_("'{name}'", name=n) for n in names[:limit]]
    if len(names) > limit:
        quoted.append(ngettext("{count} more", "{count} more", len(names) - limit))
    if len(quoted) == 1:
        return quoted[0]
    return _("{items} and {last}", items=", ".join(quoted[:-1]), last=quoted[-1])


def _use_case_without_friction(roadmap: Roadmap) -> Iterator[Finding]:
    for uc in roadmap.use_cases:
        if not uc.friction_point_ids and uc.status is not UseCaseStatus.DROPPED:
            yield Finding(
                "use_case_without_friction", EntityKind.USE_CASE, uc.id, WARNING,
                _("Use case '{use_case}' addresses no friction point: link it to the time, "
                  "productivity or quality it should win back.", use_case=uc.name),
            )  # fmt: skip


def _friction_without_use_case(roadmap: Roadmap) -> Iterator[Finding]:
    addressed = {fp for uc in roadmap.use_cases for fp in uc.friction_point_ids}
    for fp in roadmap.friction_points:
        if fp.id not in addressed:
            yield Finding(
                "friction_without_use_case", EntityKind.FRICTION_POINT, fp.id, INFO,
                _("Friction point '{friction}' is not addressed by any use case yet.",
                  friction=fp.title),
            )  # fmt: skip


def _team_without_ambassador(roadmap: Roadmap) -> Iterator[Finding]:
    covered = {p.team_id for p in roadmap.people if p.is_ambassador and p.team_id is not None}
    names = {t.id: t.name for t in roadmap.teams}
    for stage in roadmap.stages:
        if stage.status in (StageStatus.PASSED, StageStatus.STOPPED):
            continue
        missing = [
            names[t] for t in dict.fromkeys(stage.team_ids) if t in names and t not in covered
        ]
        if missing:
            yield Finding(
                "stage_team_without_ambassador", EntityKind.STAGE, stage.id, WARNING,
                ngettext("Stage '{stage}': team {teams} has no ambassador.",
                         "Stage '{stage}': teams {teams} have no ambassador.",
                         len(missing), stage=stage.name, teams=_list(missing)),
            )  # fmt: skip


def _siloed_data(roadmap: Roadmap) -> Iterator[Finding]:
    active = {
        s.id: s.name
        for s in roadmap.stages
        if s.status in (StageStatus.ACTIVE, StageStatus.AT_GATE)
    }
    sources = {d.id: d for d in roadmap.data_sources}
    for uc in roadmap.use_cases:
        if uc.stage_id not in active or uc.status is UseCaseStatus.DROPPED:
            continue
        blocked = []
        for source_id in dict.fromkeys(uc.data_source_ids):
            source = sources.get(source_id)
            if source is None:
                continue
            if source.access is Access.UNAVAILABLE:
                blocked.append(_("{source} (unavailable)", source=source.name))
            elif source.storage is Storage.SILOED:
                blocked.append(_("{source} (siloed)", source=source.name))
        if blocked:
            yield Finding(
                "siloed_data_in_active_stage", EntityKind.USE_CASE, uc.id, WARNING,
                _("Use case '{use_case}' runs in active stage '{stage}' but "
                  "needs data that is not ready: {sources}.",
                  use_case=uc.name, stage=active[uc.stage_id or ""], sources=_list(blocked)),
            )  # fmt: skip


def _review_overdue(roadmap: Roadmap, as_of: dt.date) -> Iterator[Finding]:
    decided = review_decisions(roadmap, as_of)
    for stage in roadmap.stages:
        review = stage.gate_review
        if review is None or review >= as_of or stage.id in decided:
            continue
        days = (as_of - review).days
        yield Finding(
            "gate_review_overdue", EntityKind.STAGE, stage.id, WARNING,
            ngettext("Stage '{stage}': the gate review was on {day} "
                     "({count} day ago) and no decision is recorded.",
                     "Stage '{stage}': the gate review was on {day} "
                     "({count} days ago) and no decision is recorded.",
                     days, stage=stage.name, day=format_day(review)),
        )  # fmt: skip


def _actions_overdue(roadmap: Roadmap, as_of: dt.date) -> Iterator[Finding]:
    stages = {s.id: s.name for s in roadmap.stages}
    for state in open_actions(roadmap, as_of):
        action, due = state.action, state.action.due
        if not state.overdue or due is None:
            continue
        text = " ".join(action.text.split())
        text = text if len(text) <= 80 else text[:79] + "…"
        who = action.owner or _("no owner")
        stage = stages.get(action.stage_id or "")
        message = (
            _("Action '{action}' ({owner}) for stage '{stage}' was due on {day} and is still "
              "open.", action=text, owner=who, stage=stage, day=format_day(due))
            if stage
            else _("Action '{action}' ({owner}) was due on {day} and is still open.",
                   action=text, owner=who, day=format_day(due))
        )  # fmt: skip
        yield Finding("action_overdue", EntityKind.ACTION, action.id, WARNING, message)


def _easier_thresholds(roadmap: Roadmap) -> Iterator[Finding]:
    metrics = {m.id: m for m in roadmap.metrics}
    stage_pos = {s.id: i for i, s in enumerate(roadmap.stages)}
    stage_names = {s.id: s.name for s in roadmap.stages}
    # The strictest threshold per (metric, comparator, stage).
    strictest: dict[tuple[str, Comparator], dict[int, float]] = {}
    witness: dict[tuple[str, Comparator, int], str] = {}
    for c in roadmap.criteria:
        if c.comparator is Comparator.EQUAL or c.stage_id not in stage_pos:
            continue
        pos = stage_pos[c.stage_id]
        by_stage = strictest.setdefault((c.metric_id, c.comparator), {})
        current = by_stage.get(pos)
        harder = current is None or (
            c.threshold > current if c.comparator is Comparator.AT_LEAST else c.threshold < current
        )
        if harder:
            by_stage[pos] = c.threshold
            witness[(c.metric_id, c.comparator, pos)] = c.id
    for (metric_id, comparator), by_stage in strictest.items():
        metric = metrics.get(metric_id)
        if metric is None:
            continue
        ordered = sorted(by_stage.items())
        for (prev_pos, prev), (pos, here) in pairwise(ordered):
            easier = here < prev if comparator is Comparator.AT_LEAST else here > prev
            if not easier:
                continue
            stage_id = roadmap.stages[pos].id
            previous_name = stage_names[roadmap.stages[prev_pos].id]
            symbol = SYMBOLS[comparator]
            yield Finding(
                "threshold_easier_than_previous_stage", EntityKind.CRITERION,
                witness[(metric_id, comparator, pos)], WARNING,
                _("Stage '{stage}' asks {metric} {symbol} {value}, less than the "
                  "{symbol} {previous} of the earlier stage '{earlier}': "
                  "later stages should ask at least as much.",
                  stage=stage_names[stage_id], metric=metric.name, symbol=symbol,
                  value=format_value(here, metric.unit),
                  previous=format_value(prev, metric.unit), earlier=previous_name),
            )  # fmt: skip


def _criteria_and_reviews(roadmap: Roadmap) -> Iterator[Finding]:
    with_criteria = {c.stage_id for c in roadmap.criteria}
    for stage in roadmap.stages:
        if stage.id not in with_criteria and stage.status is not StageStatus.STOPPED:
            yield Finding(
                "stage_without_criteria", EntityKind.STAGE, stage.id, WARNING,
                _("Stage '{stage}' has no gate criteria: its review cannot be judged "
                  "on measured use.", stage=stage.name),
            )  # fmt: skip
        elif stage.id in with_criteria and stage.gate_review is None:
            yield Finding(
                "stage_criteria_without_review", EntityKind.STAGE, stage.id, INFO,
                _("Stage '{stage}' has gate criteria but no review date: forecasts cannot "
                  "say whether they will be met in time.", stage=stage.name),
            )  # fmt: skip


def _use_case_dates(roadmap: Roadmap) -> Iterator[Finding]:
    stages = {s.id: s for s in roadmap.stages}
    for uc in roadmap.use_cases:
        stage = stages.get(uc.stage_id or "")
        if stage is None:
            continue
        if uc.planned_start < stage.planned_start or uc.planned_end > stage.planned_end:
            yield Finding(
                "use_case_outside_stage_dates", EntityKind.USE_CASE, uc.id, INFO,
                _("Use case '{use_case}' is planned {start} – {end}, outside its stage "
                  "'{stage}' ({stage_start} – {stage_end}).",
                  use_case=uc.name, start=format_day(uc.planned_start),
                  end=format_day(uc.planned_end), stage=stage.name,
                  stage_start=format_day(stage.planned_start),
                  stage_end=format_day(stage.planned_end)),
            )  # fmt: skip


def method_checks(roadmap: Roadmap, as_of: dt.date) -> list[Finding]:
    """Every method finding for the roadmap as of a date (see the module docstring)."""
    checks: Iterable[Iterator[Finding]] = (
        _use_case_without_friction(roadmap),
        _friction_without_use_case(roadmap),
        _team_without_ambassador(roadmap),
        _siloed_data(roadmap),
        _review_overdue(roadmap, as_of),
        _actions_overdue(roadmap, as_of),
        _easier_thresholds(roadmap),
        _criteria_and_reviews(roadmap),
        _use_case_dates(roadmap),
        register_checks(roadmap, as_of),
    )
    return [finding for check in checks for finding in check]
