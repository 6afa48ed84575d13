"""Terminal-safe output: nothing a file or a colleague typed can drive the terminal.

Text from a roadmap, a usage report or a file name may hold control
characters: ESC sequences that clear the screen, set the window title or write
the clipboard (OSC 52), a carriage return or a line break that forges a line
such as "valid: 3 stages", a right-to-left override that disguises a name.
Two rules keep every line of every command safe:

- every command writes through :func:`safe_streams`, which shows any control
  or format character escaped (``\\x1b``, ``\\u202e``) except the line breaks
  the program itself prints, and the bold and plain styles of ``show``'s
  headings;
- text that is meant to stay on one line — a file name, a sentence quoting a
  value, an error — goes through :func:`~planner.commands.safe_text`, which
  also escapes line breaks (:func:`say` prints one such line).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from planner.commands import safe_text

_STYLES = ("\x1b[1m", "\x1b[0m")
"""The only escape sequences the program itself prints (bold, plain)."""


def escaped(text: str) -> str:
    """``text`` with every unprintable character escaped except line breaks and styles."""
    if text.isprintable():
        return text
    out = []
    for part in re.split(r"(\n|\x1b\[[01]m)", text):
        out.append(part if part in ("\n", *_STYLES) else safe_text(part))
    return "".join(out)


class SafeStream:
    """A text stream that writes :func:`escaped` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(escaped(text))
        return len(text)

    def writelines(self, lines: Iterator[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        # flush, fileno, isatty, encoding, errors, buffer …: the wrapped stream's.
        return getattr(self._stream, name)


@contextmanager
def safe_streams() -> Iterator[None]:
    """Standard output and error made terminal-safe for the duration of a command."""
    saved = sys.stdout, sys.stderr
    sys.stdout = SafeStream(sys.stdout)
    sys.stderr = SafeStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def say(line: str = "") -> None:
    """Print one line whatever it quotes: line breaks inside it are shown escaped."""
    print(safe_text(line))
