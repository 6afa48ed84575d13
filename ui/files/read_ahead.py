"""The file a start opens, read before its window is built.

``pilot-planner FILE`` (and a start that reopens the last file) used to build
the window on the sample roadmap, paint it, and only then read FILE and build
every page again for it. The start now reads FILE first, in a worker thread,
while it waits (the window is not built yet, so nothing else needs the
interpreter), and builds the window on it: the first frame already shows the
file, and the sample is never made (issue 17).

Nothing about opening changes: the read is :func:`ui.files.policy.read_roadmap`,
and the window adopts it through :meth:`ui.files.controller.FileController.open_read`
without asking anything. Whatever would need a word with the user falls back to
the usual open once the window is up — the file cannot be read or checked (the
message then names the problem, over the window), someone else has it open —
and so does a read that takes longer than :data:`WAIT_S` (a slow network share:
the window must not wait for it; the usual open shows its progress and Cancel).
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from dataclasses import dataclass

from planner.file import storage
from ui.files.policy import Opened, read_roadmap

WAIT_S = 2.0
"""How long a start waits for its file before showing the window without it (a roadmap
at the size cap reads in well under a second)."""


@dataclass(frozen=True)
class ReadAhead:
    """A file read and checked before the window exists."""

    path: str
    read: Opened


def read_ahead(path: str, wait_s: float = WAIT_S) -> ReadAhead | None:
    """``path`` read and checked, or None: it could not be (the usual open will say
    why, once the window is up) or it took longer than ``wait_s``."""
    result: list[Opened] = []

    def work() -> None:
        # A file that cannot be read is read again by the usual open, which says why.
        with contextlib.suppress(storage.RoadmapLoadError, OSError):
            result.append(read_roadmap(path))

    # A daemon: a read that outlives the wait (a hung share) must not keep the app
    # from quitting; its result is then simply dropped.
    context = contextvars.copy_context()
    worker = threading.Thread(
        target=context.run, args=(work,), name="pilot-planner-read-ahead", daemon=True
    )
    worker.start()
    worker.join(wait_s)
    if worker.is_alive() or not result:
        return None
    return ReadAhead(path, result[0])
