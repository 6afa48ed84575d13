"""Constrained scalar types shared by every entity of the roadmap model.

Bounds exist so that a hostile or damaged file cannot make the app hold
absurd data: every text has a length limit, and text never carries lone
surrogates (a file containing one could be opened but never saved again).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
SINGLE_LINE_PATTERN = r"^[^\x00-\x1f\x7f]*$"
"""No line break and no control character (checked in Rust, with the length).
Lone surrogates are refused by pydantic itself for any bounded text."""

Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A stable identifier: letters, digits and ``_ . : -``, at most 64 characters."""

Name = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=SINGLE_LINE_PATTERN)]
"""A required single-line name or title."""

Label = Annotated[str, StringConstraints(max_length=200, pattern=SINGLE_LINE_PATTERN)]
"""An optional single-line label (may be empty)."""

Unit = Annotated[str, StringConstraints(max_length=24, pattern=SINGLE_LINE_PATTERN)]
"""A short unit of measure such as ``%`` or ``h/week`` (may be empty)."""

Text = Annotated[str, StringConstraints(max_length=20_000)]
"""Free multi-line text (descriptions, notes, rationale)."""

FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)
"""The dates a roadmap may hold, wherever they come from (a file, a usage report,
``--as-of``, an edit). Far from the limits of Python's dates (year 1 to 9999), so
adding a horizon or a forecast to any of them never overflows, and wide enough
for any programme; a date outside is refused with a message saying so."""

Day = Annotated[
    dt.date,
    Field(
        ge=FIRST_DAY,
        le=LAST_DAY,
        # JSON Schema cannot compare dates: a pattern on the year says the same.
        json_schema_extra={"pattern": r"^(199[0-9]|20[0-9][0-9])-"},
    ),
]
"""A date between :data:`FIRST_DAY` and :data:`LAST_DAY`."""

NUMBER_LIMIT = 1e12
"""No stored number is larger than this in size: far beyond any real figure, and
small enough that sums, ranges and charts over many of them stay exact and finite."""

Number = Annotated[float, Field(ge=-NUMBER_LIMIT, le=NUMBER_LIMIT)]
"""A finite number of sane size (a threshold, a measured value, a metric's range)."""

MAX_REVISION = 10**9
"""Highest save count a file may carry."""

Percent = Annotated[int, Field(ge=0, le=100)]
Score = Annotated[int, Field(ge=1, le=5)]
NonNegative = Annotated[float, Field(ge=0, le=1e12)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
