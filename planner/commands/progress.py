"""Progress of a long command on stderr: a line rewritten in place on a terminal, else
a line every tenth of the way (``--progress``), never mixed into stdout's report."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from planner.commands import safe_text
from planner.i18n import _

MiB = 1024 * 1024
_EVERY_SECONDS = 0.25
_QUIET_SECONDS = 1.0
"""Nothing is shown for a read shorter than this."""


class Reporter:
    """Shows (done, total) bytes of a file as a share, the size and the time left."""

    def __init__(self, name: str, stream: TextIO, *, terminal: bool) -> None:
        self.name = safe_text(name)
        self.stream = stream
        self.terminal = terminal
        self.started = time.monotonic()
        self.last = 0.0
        self.tenth = -1
        self.shown = False
        self.lock = threading.Lock()

    @classmethod
    def for_stderr(cls, name: str, *, forced: bool) -> Reporter | None:
        terminal = bool(getattr(sys.stderr, "isatty", lambda: False)())
        if not (terminal or forced):
            return None
        return cls(name, sys.stderr, terminal=terminal)

    def update(self, done: int, total: int) -> None:
        """Called from the import's helper thread."""
        now = time.monotonic()
        elapsed = now - self.started
        share = done / total if total > 0 else 0.0
        with self.lock:
            if elapsed < _QUIET_SECONDS:
                return
            if self.terminal:
                if now - self.last < _EVERY_SECONDS:
                    return
            elif int(share * 10) <= self.tenth:
                return
            self.last, self.tenth = now, int(share * 10)
            line = self.line(share, done, total, elapsed)
            if self.terminal:
                self.stream.write("\r" + line + "\x1b[K")
            else:
                self.stream.write(line + "\n")
            self.stream.flush()
            self.shown = True

    def line(self, share: float, done: int, total: int, elapsed: float) -> str:
        left = elapsed * (1 - share) / share if share > 0.02 else None
        text = _(
            "Reading {file}: {percent}% ({done} of {total} MB)",
            file=self.name,
            percent=int(share * 100),
            done=round(done / 1e6),
            total=round(total / 1e6),
        )
        if left is not None:
            text += _(", about {seconds} s left", seconds=max(1, round(left)))
        return text

    def close(self) -> None:
        with self.lock:
            if self.shown and self.terminal:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            self.shown = False
