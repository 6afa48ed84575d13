"""The one way text reaches the workbook: user text always stays text.

A writer's generic ``write`` turns a string that starts with ``=`` into a
formula (and ``#N/A`` into an error cell); XML cannot carry control characters,
lone surrogates or U+FFFE/U+FFFF (research: reliability B.9). Every string
written to a cell is cleaned by :func:`clean_text` and written as a string
(:meth:`planner.workbook.sheet.Sheet.append` uses ``write_string`` only, with a
quote prefix when :func:`needs_quote_prefix`), and the workbook holds no
formulas at all (previews and Protected View do not calculate). The same
cleaning applies to every other place user text can reach: document
properties, headers and footers, sheet names, table names and chart titles.
"""

from __future__ import annotations

import re

MAX_CELL_CHARS = 32_767
"""Excel's limit, counted in UTF-16 code units."""

ELLIPSIS = "…"
REPLACEMENT = "\ufffd"

# C0 controls other than tab, LF and CR are not XML; U+FFFE/U+FFFF are not
# characters; a lone surrogate cannot be encoded at all.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# OWASP formula-injection triggers, plus the full-width forms some input methods type.
TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEETS = frozenset({"history"})
_NAME_BAD = re.compile(r"[^A-Za-z0-9_]")
_LOOKS_LIKE_REF = re.compile(r"^(?:[A-Za-z]{1,3}[0-9]+|[RrCc][0-9]*|[Rr][0-9]+[Cc][0-9]+)$")


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def cut(text: str, limit: int) -> str:
    """``text`` shortened to ``limit`` UTF-16 units, ending with "…" when cut."""
    if len(text) <= limit // 2 or utf16_len(text) <= limit:
        return text
    budget = limit - 1  # room for the ellipsis
    kept = []
    for ch in text:
        size = 2 if ord(ch) > 0xFFFF else 1
        if size > budget:
            break
        kept.append(ch)
        budget -= size
    return "".join(kept) + ELLIPSIS


def clean_text(value: str, limit: int = MAX_CELL_CHARS) -> str:
    """Text that XML can carry, cut visibly to ``limit`` UTF-16 units."""
    if value.isprintable() and len(value) <= limit // 2:
        # The common case, checked at C speed: every illegal character is unprintable,
        # and half the limit in characters cannot exceed it in UTF-16 units.
        return value
    return cut(_ILLEGAL.sub(REPLACEMENT, value), limit)


def single_line(value: str, limit: int) -> str:
    """Clean text on one line (for names, titles and properties)."""
    return cut(" ".join(_ANY_CONTROL.sub(" ", value).split()), limit)


def needs_quote_prefix(text: str) -> bool:
    return text[:1] in TRIGGERS


def header_footer_text(value: str, limit: int = 80) -> str:
    """User text for a page header or footer: one line, ``&`` escaped as ``&&``."""
    return single_line(value, limit).replace("&", "&&")


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name derived from ``name`` (``taken`` is updated,
    compared case-insensitively as Excel does)."""
    base = single_line(_SHEET_FORBIDDEN.sub("_", name), 31).strip("' ") or "Sheet"
    if base.casefold() in _RESERVED_SHEETS:
        base = f"{base}_"
    title = base
    number = 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title = cut(base, 31 - len(suffix)).rstrip(ELLIPSIS).strip("' ") + suffix
        number += 1
    taken.add(title.casefold())
    return title


def defined_name(name: str, taken: set[str]) -> str:
    """A valid, unique name for a table or a defined name (``taken`` is updated)."""
    base = _NAME_BAD.sub("_", name)[:200] or "_"
    if not (base[0].isalpha() or base[0] == "_") or _LOOKS_LIKE_REF.match(base):
        base = f"_{base}"
    candidate = base
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{base}_{number}"
        number += 1
    taken.add(candidate.casefold())
    return candidate


def column_letter(index: int) -> str:
    """The letters of a 1-based column number, as in A1 references (1 → A, 28 → AB)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
