"""Where the tables find their computed columns: the planner's derived tables.

The rules (value, ROI, ambassadors per 100, training coverage as of a date…)
live in :mod:`planner.measures.tables`; the document holds the one
:class:`planner.evidence.figures.Figures` of its roadmap version and as-of
date, so a table, the detail panel and the Overview show the same numbers.
This module only adapts.
"""

from __future__ import annotations

from planner.measures.tables import DerivedTables
from ui.document import Document


def tables_of(document: Document) -> DerivedTables:
    """The derived tables of the document's roadmap as of its date."""
    return document.figures().tables
