"""Bring a file written by an older version up to the current format.

Each step is a pure function on the raw, parsed envelope (plain dicts and
lists, before any validation) that returns the envelope of the next version.
Steps never validate: what they produce is validated like any current file,
so a damaged old file gets the same clear messages as a damaged new one.

To change the format: bump ``CURRENT_SCHEMA_VERSION``, add a step here from
the previous version, freeze a sample written by the previous version in
``tests/corpus/v<N>/``, and publish the new JSON Schema (``python -m
planner.file.schema``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from planner.file import lineage
from planner.identifiers import scrub_identifiers

CURRENT_SCHEMA_VERSION = 3
"""The version this app writes; it reads every version from 1 up to this one."""

OLDEST_SCHEMA_VERSION = 1

Envelope = dict[str, Any]
Step = Callable[[Envelope], Envelope]


def _v1_to_v2(envelope: Envelope) -> Envelope:
    """Version 2 added the roadmap's lineage (which document, which revision) and baselines.

    A version-1 file becomes a new document at revision 0 with no baselines.
    """
    result = {**envelope, "schema_version": 2}
    roadmap = envelope.get("roadmap")
    if isinstance(roadmap, dict):
        roadmap = dict(roadmap)
        if "lineage" not in roadmap:
            roadmap["lineage"] = lineage.fresh().model_dump(mode="json")
        roadmap.setdefault("baselines", [])
        result["roadmap"] = roadmap
    return result


DECISION_LEAD_DAYS = 28
"""Before version 3, a decision up to four weeks before a review date was that review's."""
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s+")


def _v2_to_v3(envelope: Envelope) -> Envelope:
    """Version 3 adds optional parts (each with its default when absent), and says what
    a decision answers and what it asked for:

    - each gate decision names the **review** it answers: the stage's review date when
      the decision is dated on or up to four weeks before it (the rule of version 2),
      else the decision's own date (an earlier review, held that day);
    - a decision's free-text **conditions** become **actions** (one per line, bullets
      removed), open, with the review as due date when it comes after the decision, no
      owner (the file never said who); the text moves, so nothing is shown twice;
    - a measurement's **source**, which older imports set to the usage file's name, loses
      anything that looks like a person's identifier (an e-mail address in a file name).
    """
    result = {**envelope, "schema_version": 3}
    roadmap = envelope.get("roadmap")
    if not isinstance(roadmap, dict):
        return result
    roadmap = dict(roadmap)
    if isinstance(roadmap.get("measurements"), list):
        roadmap["measurements"] = [_scrubbed(m) for m in roadmap["measurements"]]
        result["roadmap"] = roadmap
    if not isinstance(roadmap.get("decisions"), list):
        return result
    reviews = {
        s.get("id"): s.get("gate_review")
        for s in roadmap.get("stages", [])
        if isinstance(s, dict) and isinstance(s.get("gate_review"), str)
    }
    decisions: list[Any] = []
    actions: list[Any] = list(roadmap.get("actions") or [])
    taken = {a.get("id") for a in actions if isinstance(a, dict)}
    for decision in roadmap["decisions"]:
        if not isinstance(decision, dict):
            decisions.append(decision)  # validation will say what is wrong with it
            continue
        decision = dict(decision)
        review = _answered_review(decision, reviews.get(decision.get("stage_id")))
        if review is not None and "review" not in decision:
            decision["review"] = review
        conditions = decision.get("conditions")
        if isinstance(conditions, str) and conditions.strip():
            for text in _condition_lines(conditions):
                number = 1
                while f"{decision.get('id')}-action-{number}" in taken:
                    number += 1
                action_id = f"{decision.get('id')}-action-{number}"[:64]
                taken.add(action_id)
                due = review if review is not None and review > str(decision.get("date")) else None
                actions.append({
                    "id": action_id, "text": text, "owner": "", "due": due, "status": "open",
                    "closed_on": None, "decision_id": decision.get("id"),
                    "stage_id": decision.get("stage_id"),
                })  # fmt: skip
            decision["conditions"] = ""
        decisions.append(decision)
    roadmap["decisions"] = decisions
    if actions:
        roadmap["actions"] = actions
    result["roadmap"] = roadmap
    return result


def _scrubbed(measurement: Any) -> Any:
    if isinstance(measurement, dict) and isinstance(measurement.get("source"), str):
        clean = scrub_identifiers(measurement["source"])
        if clean != measurement["source"]:
            return {**measurement, "source": clean}
    return measurement


def _answered_review(decision: dict[str, Any], review: str | None) -> str | None:
    day = decision.get("date")
    if not isinstance(day, str):
        return None
    try:
        date = dt.date.fromisoformat(day)
        if review is not None:
            planned = dt.date.fromisoformat(review)
            if date >= planned - dt.timedelta(days=DECISION_LEAD_DAYS):
                return review
    except ValueError:
        return None
    return day


def _condition_lines(text: str) -> list[str]:
    lines = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


STEPS: dict[int, Step] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
}
"""``STEPS[n]`` turns an envelope of version ``n`` into one of version ``n + 1``."""

ROADMAP_UNCHANGED: frozenset[int] = frozenset()
"""Steps that change nothing but the envelope's version number: a file of such a
version validates as a current one as it is, so the loader reads it in one pass.
(None today: the step from 2 names each decision's review and turns conditions into
actions.)"""


def roadmap_unchanged_since(version: int) -> bool:
    """Whether every step from ``version`` to the current one leaves the roadmap as it is."""
    return all(step in ROADMAP_UNCHANGED for step in range(version, CURRENT_SCHEMA_VERSION))


def migrate(envelope: Envelope, version: int) -> Envelope:
    """The envelope of ``version`` (≥ the oldest, ≤ the current) at the current version."""
    if not OLDEST_SCHEMA_VERSION <= version <= CURRENT_SCHEMA_VERSION:
        raise ValueError(f"no migration from format version {version}")
    while version < CURRENT_SCHEMA_VERSION:
        envelope = STEPS[version](envelope)
        version += 1
        if envelope.get("schema_version") != version:
            raise AssertionError(f"migration step to {version} did not set schema_version")
    return envelope
