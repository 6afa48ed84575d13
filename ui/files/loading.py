"""Reading a roadmap into the window, kept out of the garbage collector's way.

Opening a roadmap creates hundreds of thousands of small objects that live as
long as the document. The program's collector policy (:mod:`planner.gc_policy`)
keeps the collector from rescanning them while they are built, but every later
collection of the oldest
generation would scan them all again (about 30 ms per pass at 10,000 use
cases, 0.3 s at 100,000). After a successful open the app therefore moves
what is alive into Python's permanent generation (``gc.freeze``): the
collector then only looks at objects made afterwards.

Frozen objects are never collected, so garbage must not stay frozen: after
each open, once the window shows the roadmap, :func:`collect_frozen_garbage`
returns what is frozen to the collector (``gc.unfreeze``), runs one full
collection, which reclaims any garbage cycle among them, and freezes what is
left (about 30 ms at 10,000 use cases, at idle time, not while the user waits
for the file). Roadmaps themselves hold no cycles and are freed by reference
counting as soon as they are dropped, frozen or not.

This stays in the app: tests and command-line tools load thousands of small
roadmaps and have no use for it.
"""

from __future__ import annotations

from planner import gc_policy
from planner.file import storage
from planner.model.entities import Roadmap


def load_frozen(data: bytes, source: str, *, max_bytes: int = storage.MAX_FILE_BYTES) -> Roadmap:
    """:func:`planner.file.storage.load_bytes`, then freeze everything alive out of collections."""
    roadmap = storage.load_bytes(data, source=source, max_bytes=max_bytes)
    gc_policy.settle()
    return roadmap


def collect_frozen_garbage() -> None:
    """Give what earlier opens froze back to the collector, collect once, freeze the rest."""
    gc_policy.sweep()
