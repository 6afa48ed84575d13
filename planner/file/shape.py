"""The structure scan: a roadmap file's shape checked before anything parses it.

A few C-speed passes over the bytes (no parser, no Python object per value)
refuse what would make any parser spend unbounded memory or time: nesting
deeper than :data:`MAX_DEPTH`, more lists and objects or more values than the
file's size allows a real roadmap, and objects with more than :data:`MAX_KEYS`
keys (each unknown key would be one more error to collect).

Each of these must hold before pydantic parses: its parser builds the whole
document before validating it, and its errors are collected in full. Measured
with the scan switched off: one object of 1.4 million keys took 1.2 GB and 3 s
of errors, ten million one-digit values 355 MB, 1.9 million empty objects
309 MB (under a 500 MB address-space limit the first two abort the process).
The key bound needs the nesting peeled and the texts dropped first (a text such
as ``"["`` would hide the keys after it), so no pass can wait for the parse.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from planner.file.errors import RoadmapLoadError, error, megabytes

MAX_DEPTH = 64
"""Deepest nesting of lists and objects accepted (a roadmap needs 5)."""

BYTES_PER_CONTAINER = 20
"""A real roadmap spends more bytes than this per list or object, even written
without spaces (the smallest entity, ``{"id":"t","name":"n"},``, takes 22); a file
that does not is a "wide bomb" (``[{},{},…]``) built to exhaust memory."""

BYTES_PER_VALUE = 5
"""Likewise for values: the densest real content, a list of short ids
(``"t1",``), takes 5 bytes per value; ``[1,1,1,…]`` takes 2."""

MAX_KEYS = 200
"""Most keys accepted in one object (the widest entity has about 25 fields)."""


# Every byte except the ones that matter for the structure scan. Commas are kept
# for the first count of values, then dropped from the much smaller result; braces
# become brackets once the texts are gone (so that one kind of pair is left to
# count), which costs less there than in the first pass over the whole file.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}":,')
_TO_BRACKETS = bytes.maketrans(b"{}", b"[]")
_INNERMOST = re.compile(rb"\[:*\]")


class Shape(NamedTuple):
    """What the structure scan counted."""

    pairs: int
    """Key/value pairs (colons outside texts)."""
    containers: int
    """Lists and objects."""


def check_shape(data: bytes, source: str = "") -> Shape:
    """Refuse excessive nesting, container counts or keys in one object, without
    parsing (C-speed scans), so that no parser builds what a hostile file asks for.

    The number of key/value pairs it returns (colons outside strings) lets a
    caller that parsed the text another way find out whether a key was
    repeated: objects then hold fewer keys than the text has pairs.
    """
    # Drop escaped backslashes, then escaped quotes, so that every quote left
    # opens or closes a string; keep only quotes, colons and brackets; drop strings.
    reduced = data
    if b"\\" in reduced:  # one byte: a fast search, unlike the two-byte patterns
        reduced = reduced.replace(b"\\\\", b"").replace(b'\\"', b"")
    reduced = reduced.translate(None, _NOT_STRUCTURE)  # no table: the faster translate
    without_commas = reduced.translate(None, b",")
    # Every comma of the file, as data.count(b",") says: the bytes that deletion dropped.
    commas = len(reduced) - len(without_commas)
    # Two adjacent quotes can go without changing which brackets are quoted:
    # this drops most strings at C speed and leaves few for the split below.
    reduced = without_commas.replace(b'""', b"")
    brackets = b"".join(reduced.split(b'"')[::2]) if b'"' in reduced else reduced
    brackets = brackets.translate(_TO_BRACKETS)
    pairs = brackets.count(b":")
    containers = brackets.count(b"[")
    if containers > max(100_000, len(data) // BYTES_PER_CONTAINER):
        raise error(
            "",
            "too_many_items",
            f"the file holds {containers} lists and objects in {megabytes(len(data))}, "
            "far more than any roadmap; it is damaged or built to exhaust memory",
            source,
        )
    _check_values(data, commas, containers, source)
    # Each pass removes the innermost containers, one level of nesting; an
    # object's keys are the colons left between its brackets once everything
    # inside it is gone. Pairs left after MAX_DEPTH passes are nested deeper;
    # brackets that cannot pair up are a syntax error, which the parser
    # reports with its line and column.
    too_many_keys = b":" * (MAX_KEYS + 1)
    for _ in range(MAX_DEPTH):
        if too_many_keys in brackets:
            raise _too_many_keys(source)
        shorter = peel(brackets)
        if len(shorter) == len(brackets):
            return Shape(pairs, containers)
        brackets = shorter
    if too_many_keys in brackets:
        raise _too_many_keys(source)
    if _INNERMOST.search(brackets):
        raise too_deep(source)
    return Shape(pairs, containers)


def peel(brackets: bytes) -> bytes:
    """``brackets`` without its innermost lists and objects (one level of nesting).

    The same as ``_INNERMOST.sub(b"", brackets)``, in half the time: most innermost
    containers are empty (lists of ids once their texts are gone), and a plain
    replace drops those. It leaves a mark instead of nothing, so that a container
    holding only empty ones is not dropped in the same pass (the mark is not a
    colon), then the marks go.
    """
    return _INNERMOST.sub(b"", brackets.replace(b"[]", b"x")).translate(None, b"x")


def _check_values(data: bytes, commas: int, containers: int, source: str) -> None:
    """Refuse more values than the size allows (each costs a parser ~32 bytes);
    ``commas`` counts every comma of ``data``, inside texts or not."""
    limit = max(100_000, len(data) // BYTES_PER_VALUE)
    if commas + containers <= limit:
        return  # the usual case: even counting commas inside texts, within bounds
    # Count only the commas between values (outside texts), as for the brackets.
    reduced = data
    if b"\\" in reduced:
        reduced = reduced.replace(b"\\\\", b"").replace(b'\\"', b"")
    reduced = reduced.translate(None, _NOT_SEPARATOR).replace(b'""', b"")
    separators = b"".join(reduced.split(b'"')[::2]) if b'"' in reduced else reduced
    values = separators.count(b",") + containers
    if values > limit:
        raise error(
            "",
            "too_many_items",
            f"the file holds {values} values in {megabytes(len(data))}, far more than any "
            "roadmap; it is damaged or built to exhaust memory",
            source,
        )


_NOT_SEPARATOR = bytes(b for b in range(256) if b not in b'",')


def _too_many_keys(source: str) -> RoadmapLoadError:
    return error(
        "",
        "too_many_keys",
        f"an object holds more than {MAX_KEYS} keys; no roadmap entity has that many "
        "fields, so the file is damaged or built to exhaust memory",
        source,
    )


def too_deep(source: str) -> RoadmapLoadError:
    return error(
        "",
        "too_deep",
        f"lists and objects are nested more than {MAX_DEPTH} levels deep; "
        "no roadmap is, so the file is damaged or not a roadmap",
        source,
    )
