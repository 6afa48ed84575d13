"""Importing usage data (CSV, XLSX) into a roadmap as weekly aggregates.

The one entry point is :func:`plan_import`: it reads a usage file, recognises
its layout (a tidy table, the Microsoft 365 Copilot user-count trend or
per-user activity export, per-user weekly action counts), aggregates per-user
data into cohort figures per ISO week and team, and returns the import report
with one :class:`planner.edit.operations.Batch` to execute. It writes nothing.

Privacy by design: only aggregates are ever planned into the roadmap; figures
over fewer people than the roadmap's ``min_group_size`` are suppressed.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.usage.aggregate import Quantity
    from planner.usage.apply import ImportOptions, ImportResult, plan_import, source_name
    from planner.usage.errors import CellError, ImportCancelled, UsageImportError
    from planner.usage.layouts import LAYOUTS, parse_mapping
    from planner.usage.readers import Limits
    from planner.usage.report import Change, ImportReport, RefusedRow

__all__ = [
    "LAYOUTS",
    "CellError",
    "Change",
    "ImportCancelled",
    "ImportOptions",
    "ImportReport",
    "ImportResult",
    "Limits",
    "Quantity",
    "RefusedRow",
    "UsageImportError",
    "parse_mapping",
    "plan_import",
    "source_name",
]


def __getattr__(name: str) -> Any:
    """The package's names, imported on first use: a module that only needs one part of
    the package (the gate evaluation reads :mod:`planner.usage.privacy`) does not load
    the readers and the aggregation (about 70 ms of every start and command)."""
    value: Any
    if name == "Quantity":
        from planner.usage import aggregate

        value = aggregate.Quantity
    elif name in ("ImportOptions", "ImportResult", "plan_import", "source_name"):
        from planner.usage import apply

        value = getattr(apply, name)
    elif name in ("CellError", "ImportCancelled", "UsageImportError"):
        from planner.usage import errors

        value = getattr(errors, name)
    elif name in ("LAYOUTS", "parse_mapping"):
        from planner.usage import layouts

        value = getattr(layouts, name)
    elif name == "Limits":
        from planner.usage import readers

        value = readers.Limits
    elif name in ("Change", "ImportReport", "RefusedRow"):
        from planner.usage import report

        value = getattr(report, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
