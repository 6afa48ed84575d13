"""Importing usage data (CSV, XLSX) into a roadmap as weekly aggregates.

The one entry point is :func:`plan_import`: it reads a usage file, recognises
its layout (a tidy table, the Microsoft 365 Copilot user-count trend or
per-user activity export, per-user weekly action counts), aggregates per-user
data into cohort figures per ISO week and team, and returns the import report
with one :class:`planner.edit.operations.Batch` to execute. It writes nothing.

Privacy by design: only aggregates are ever planned into the roadmap; figures
over fewer people than the roadmap's ``min_group_size`` are suppressed.
"""

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
