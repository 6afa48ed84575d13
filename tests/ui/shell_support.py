"""Helpers shared by the desktop shell's tests (imported by name: tests/ui is on sys.path)."""

from __future__ import annotations

from planner import templates
from planner.model import Roadmap

SIZE_HINTS = "This plugin does not support propagateSizeHints"
"""The offscreen platform warns when a top-level window is shown; nothing to do with us."""

_SAMPLE: list[Roadmap] = []


def sample_roadmap() -> Roadmap:
    """The AI-adoption sample (built once: templates move dates to today)."""
    if not _SAMPLE:
        _SAMPLE.append(templates.create("ai-adoption"))
    return _SAMPLE[0]
