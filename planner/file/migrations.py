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

from collections.abc import Callable
from typing import Any

from planner.file import lineage

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


def _v2_to_v3(envelope: Envelope) -> Envelope:
    """Version 3 adds optional parts only (each with its default when absent: an
    older file reads as it did); the step just says so."""
    return {**envelope, "schema_version": 3}


STEPS: dict[int, Step] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
}
"""``STEPS[n]`` turns an envelope of version ``n`` into one of version ``n + 1``."""

ROADMAP_UNCHANGED: frozenset[int] = frozenset({2})
"""Steps that change nothing but the envelope's version number: a file of such a
version validates as a current one as it is, so the loader reads it in one pass."""


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
