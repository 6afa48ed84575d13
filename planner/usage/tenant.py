"""Which way a per-user weekly file is read: row by row, or by the columnar engine.

A CSV of the ``weekly-actions`` layout of ``Limits.columnar_from_bytes`` or
more (about 200,000 rows) goes to the columnar engine
(:mod:`planner.usage.columnar`) when it is installed; it may then be as large
as ``Limits.max_columnar_bytes``. Everything else, and any file the engine
declines, is read row by row within that reader's own bounds. ``engine``
(``auto``, ``rows``, ``columnar``) forces a way: the tests compare the two, and
the benchmark measures today's row-by-row importer beside the new one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planner.usage import columnar, columnar_funnel, columnar_people
from planner.usage.aggregate import Cohorts, Eligible, TeamOf
from planner.usage.columnar import Decline, Progress, Shape
from planner.usage.context import ReadContext
from planner.usage.errors import ImportCancelled, UsageImportError
from planner.usage.layouts import WEEKLY_ACTIONS, Match
from planner.usage.populations import Plan, Population, Split
from planner.usage.raw import Limits, RawTable
from planner.usage.readers import too_large
from planner.usage.report import RowLog

ENGINES = ("auto", "rows", "columnar")
_UTF8 = ("UTF-8", "UTF-8 with BOM")


def csv_cap(engine: str, limits: Limits) -> int:
    """The largest CSV worth opening: the columnar engine's cap when it may be used."""
    if engine not in ENGINES:
        raise UsageImportError(f"unknown engine '{engine}' (choose {', '.join(ENGINES)})")
    return limits.max_columnar_bytes if engine != "rows" else limits.max_csv_bytes


def shape_for(
    path: Path, table: RawTable, match: Match, engine: str, limits: Limits
) -> Shape | None:
    """The file's shape when the columnar engine is to read it; None: row by row.

    Refuses a file too large for the way it would be read."""
    size = path.stat().st_size
    suitable = (
        table.kind == "csv"
        and table.encoding in _UTF8
        and table.delimiter is not None
        and match.layout is WEEKLY_ACTIONS
        and engine != "rows"
        and (engine == "columnar" or size >= limits.columnar_from_bytes)
    )
    if suitable and columnar.available():
        return Shape(
            path, table.delimiter or ",", match.header_line, len(match.header), dict(match.columns)
        )
    if table.kind == "csv" and size > limits.max_csv_bytes:
        raise too_large(path.name, size, limits.max_csv_bytes)
    return None


@dataclass
class Weekly:
    """What the columnar way found: each population's figures, the split, the row log."""

    cohorts: list[tuple[Population, Cohorts]]
    split: Split
    log: RowLog
    notes: list[str]


Figures = Callable[[Population], tuple[int, str, Eligible]]
"""A population's (min group, denominator, eligible people)."""


def weekly(
    shape: Shape | None,
    ctx: ReadContext,
    plan: Plan,
    team_of: TeamOf,
    limits: Limits,
    watching: tuple[Progress | None, threading.Event | None],
    figures: Figures,
) -> Weekly | None:
    """A per-user weekly file through the columnar engine; None: not for it, or it
    declined (then read row by row, if that way may read a file this large)."""
    if shape is None:
        return None
    log = RowLog("line")
    split = Split(plan)
    try:
        cohorts, notes = _weekly(shape, ctx, log, limits, split, team_of, figures, *watching)
    except Decline:
        size = shape.path.stat().st_size
        if size > limits.max_csv_bytes:
            raise too_large(shape.path.name, size, limits.max_csv_bytes) from None
        return None
    return Weekly(cohorts, split, log, notes)


def _weekly(
    shape: Shape,
    ctx: ReadContext,
    log: RowLog,
    limits: Limits,
    split: Split,
    team_of: TeamOf,
    figures: Figures,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[list[tuple[Population, Cohorts]], list[str]]:
    import duckdb

    populations = split.plan.populations
    size = shape.path.stat().st_size
    try:
        with columnar.connect() as con, columnar.Watch(con, size, progress, cancel) as watch:
            found = columnar.read(con, shape, ctx, log, limits, watch)
            if log.read == 0:
                return [], found.notes
            at = 0.78 if found.weeks is None else 0.6
            watch.phase(at, at + 0.02)
            source = "pw" if found.weeks is None else "pg"
            split_up = columnar_funnel.split(con, split, team_of, found.labels, found.first, source)
            watch.phase(at + 0.02, 1.0)
            if split_up is None:
                counts = [columnar_funnel.Counted([], False, 0) for _ in populations]
            elif found.weeks is None:
                counts = columnar_funnel.counted(con, len(populations), *split_up)
            else:
                counts = columnar_people.counted(
                    con, found.rows, len(populations), *split_up, found.weeks
                )
            watch.report(1.0)
    except duckdb.OutOfMemoryException:
        raise UsageImportError(
            f"{shape.path.name} needs more memory than the import may take "
            f"({columnar.MEMORY_LIMIT}): export a shorter period or fewer people"
        ) from None
    except (duckdb.InterruptException, RuntimeError) as exc:
        # Ctrl-C or Cancel while the engine runs: it says "Query interrupted" (as an
        # InterruptException, or a plain RuntimeError when the signal came first).
        if not isinstance(exc, duckdb.InterruptException) and "interrupted" not in str(exc):
            raise
        if cancel is not None and cancel.is_set():
            raise ImportCancelled from None
        raise KeyboardInterrupt from None
    except duckdb.Error as exc:  # the file is not what its first lines promised
        raise Decline(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    out: list[tuple[Population, Cohorts]] = []
    for population, count in zip(populations, counts, strict=True):
        min_group, denominator, eligible = figures(population)
        out.append((population, columnar_funnel.cohorts(count, min_group, denominator, eligible)))
    return out, found.notes
