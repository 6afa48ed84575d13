"""Problems found in a roadmap or a file, in words a programme manager can act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from planner.i18n import N_, _
from planner.model.types import FIRST_DAY, LAST_DAY, SINGLE_LINE_PATTERN


@dataclass(frozen=True)
class Problem:
    """Something wrong in a roadmap or a file: where, which rule, and the message."""

    where: str
    """The place, as a JSON path such as ``use_cases[3].stage_id`` (empty: the whole file)."""
    code: str
    """A stable code for scripts and tests (``dangling_reference``, ``missing`` …)."""
    message: str

    def __str__(self) -> str:
        return (
            _("{where}: {message}", where=self.where, message=self.message)
            if self.where
            else self.message
        )


def json_path(loc: tuple[int | str, ...], prefix: str = "") -> str:
    """``('use_cases', 3, 'stage_id')`` → ``use_cases[3].stage_id``."""
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


_PLAIN_MESSAGES = {
    "missing": N_("is required but missing"),
    "extra_forbidden": N_("is not a field this version knows (a newer version or a hand edit?)"),
    "finite_number": N_("must be a finite number (NaN and infinity are not allowed)"),
    "date_from_datetime_parsing": N_("is not a valid date (expected YYYY-MM-DD)"),
    "date_parsing": N_("is not a valid date (expected YYYY-MM-DD)"),
    "date_type": N_("is not a valid date (expected YYYY-MM-DD)"),
    "string_type": N_("must be text"),
    "bool_type": N_("must be true or false"),
    "int_type": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "float_type": N_("must be a number"),
    "float_parsing": N_("must be a number"),
    "int_parsing": N_("must be a whole number"),
    "tuple_type": N_("must be a list"),
    "model_type": N_("must be an object with named fields"),
    "model_attributes_type": N_("must be an object with named fields"),
    "string_pattern_mismatch": N_("is not in the expected form"),
    "string_unicode": N_("text contains an invalid character (a lone surrogate)"),
}


def _message(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "string_pattern_mismatch" and ctx.get("pattern", "").startswith("^[A-Za-z0-9]"):
        return _("is not a valid id (letters, digits and _ . : - only, at most 64 characters)")
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == SINGLE_LINE_PATTERN:
        return _("must be a single line without control characters")
    if kind in ("greater_than_equal", "less_than_equal") and str(ctx.get("ge", ctx.get("le"))) in (
        FIRST_DAY.isoformat(),
        LAST_DAY.isoformat(),
    ):
        return _(
            "is outside the dates the app supports ({first} to {last})",
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    plain = _PLAIN_MESSAGES.get(kind)
    if plain is not None:
        return _(plain)
    msg: str = error["msg"]
    return msg[0].lower() + msg[1:] if msg else kind


def from_validation_error(error: ValidationError, prefix: str = "") -> list[Problem]:
    """One problem per pydantic error, with its JSON path."""
    problems = []
    for item in error.errors(include_url=False):
        # Unions of "X | None" add a type tag to the location; it means nothing to a user.
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and p in _UNION_TAGS))
        problems.append(Problem(json_path(loc, prefix), item["type"], _message(item)))
    return problems


_UNION_TAGS = {"date", "str", "int", "float", "none", "function-after[_single_line(), str]"}
