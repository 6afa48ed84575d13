"""Constrained scalar types shared by every entity of the roadmap model.

Bounds exist so that a hostile or damaged file cannot make the app hold
absurd data: every text has a length limit, and text never carries lone
surrogates (a file containing one could be opened but never saved again).
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKING = re.compile("[\x00-\x1f\x7f]")


def _no_surrogates(value: str) -> str:
    if value.isascii():
        return value  # the common case, checked at C speed
    if _SURROGATE.search(value):
        raise ValueError("text contains an invalid character (a lone surrogate)")
    return value


def _single_line(value: str) -> str:
    if value.isprintable():
        return value  # no control character and no lone surrogate (both unprintable)
    _no_surrogates(value)
    if _LINE_BREAKING.search(value):
        raise ValueError("must be a single line without control characters")
    return value


Id = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
"""A stable identifier: letters, digits and ``_ . : -``, at most 64 characters."""

Name = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(_single_line)]
"""A required single-line name or title."""

Label = Annotated[str, StringConstraints(max_length=200), AfterValidator(_single_line)]
"""An optional single-line label (may be empty)."""

Unit = Annotated[str, StringConstraints(max_length=24), AfterValidator(_single_line)]
"""A short unit of measure such as ``%`` or ``h/week`` (may be empty)."""

Text = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(_no_surrogates)]
"""Free multi-line text (descriptions, notes, rationale)."""

Percent = Annotated[int, Field(ge=0, le=100)]
Score = Annotated[int, Field(ge=1, le=5)]
NonNegative = Annotated[float, Field(ge=0, le=1e12)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
