"""The one error a roadmap file that cannot be opened gives: every problem, readable."""

from __future__ import annotations

from planner.rules.problems import Problem

MAX_PROBLEMS = 50
"""Problems listed in one error; the rest are counted."""


class RoadmapLoadError(Exception):
    """A file that cannot be opened as a roadmap, with every problem found."""

    problems: list[Problem]
    """At most :data:`MAX_PROBLEMS` problems (plus a last one counting the rest)."""
    source: str
    """The file name (or what the caller named the bytes); may be empty."""
    omitted: int
    """How many further problems were found but not listed."""

    def __init__(self, problems: list[Problem], source: str = "", *, more: int = 0) -> None:
        """``more``: problems found beyond those in ``problems``, counted but not kept."""
        problems = [_readable(p) for p in problems] or [
            Problem("", "invalid", "the file is not a valid roadmap")
        ]
        self.omitted = max(0, len(problems) - MAX_PROBLEMS) + more
        if self.omitted:
            problems = problems[:MAX_PROBLEMS]
            problems.append(
                Problem("", "more_problems", f"… and {self.omitted} more problems not listed")
            )
        self.problems = problems
        self.source = source
        super().__init__(self._summary())

    def _summary(self) -> str:
        head = f"Cannot open {self.source}" if self.source else "Cannot open the roadmap"
        if len(self.problems) == 1:
            return f"{head}: {self.problems[0]}"
        lines = [f"{head}:"] + [f"  - {p}" for p in self.problems]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self._summary()


def _printable(text: str, limit: int = 300) -> str:
    """Text safe to show on one line: no control characters, no lone surrogates."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if text.isprintable():
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable() and not 0xD800 <= code <= 0xDFFF:
            out.append(ch)
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


def _readable(problem: Problem) -> Problem:
    where, message = _printable(problem.where), _printable(problem.message, 1000)
    if where == problem.where and message == problem.message:
        return problem
    return Problem(where, problem.code, message)


def error(where: str, code: str, message: str, source: str = "") -> RoadmapLoadError:
    return RoadmapLoadError([Problem(where, code, message)], source)


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
