"""Phase 1 of opening a roadmap: bytes → plain JSON values, defensively.

A roadmap file may be damaged, truncated, edited by hand or hostile. Before
anything interprets it, this module makes sure it is a reasonable JSON text:

- its size is checked with ``os.stat`` before a single byte is read;
- it is strict UTF-8 (a leading byte-order mark is tolerated);
- nesting depth and the number of lists and objects are bounded by a cheap
  scan *before* parsing, so neither the parser nor what follows can recurse
  without bound or fill memory with millions of empty objects;
- duplicate keys, ``NaN``/``Infinity``, huge integers and lone surrogates are
  refused (the standard parser accepts them silently);
- every failure, whatever the parser raises, becomes one
  :class:`RoadmapLoadError` whose problems name the line and column, the byte
  offset or the JSON path.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from planner.file.errors import MAX_PROBLEMS, RoadmapLoadError, error, megabytes
from planner.file.shape import MAX_DEPTH, check_shape, too_deep
from planner.rules.problems import Problem, json_path

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_PROBLEMS",
    "RoadmapLoadError",
    "check_shape",
    "error",
    "locate",
    "parse",
    "read_file",
    "too_large",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Largest file opened by default: about 100 times a large real roadmap."""

_BOM = b"\xef\xbb\xbf"

MAX_INT_DIGITS = 4300
"""Longest integer accepted (Python's own default guard against slow conversion)."""

# ------------------------------------------------------------------ reading


def read_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file, refusing anything that is not a regular file of sane size.

    The size is checked with ``os.stat`` before opening, so a huge file costs
    nothing; the read is bounded as well in case the file grows meanwhile.
    """
    source = os.fspath(path)
    try:
        info = os.stat(source)
    except OSError as exc:
        raise _os_error(exc, source) from None
    if stat.S_ISDIR(info.st_mode):
        raise error("", "not_a_file", "this is a folder, not a roadmap file", source)
    if not stat.S_ISREG(info.st_mode):
        # A pipe or a device could block or never end.
        raise error("", "not_a_file", "this is not a regular file", source)
    if info.st_size > max_bytes:
        raise too_large(info.st_size, max_bytes, source)
    try:
        with open(source, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise _os_error(exc, source) from None
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes, source)
    return data


def too_large(size: int, max_bytes: int, source: str) -> RoadmapLoadError:
    return error(
        "",
        "too_large",
        f"the file is {megabytes(size)}, more than the {megabytes(max_bytes)} a roadmap "
        "file may have; it is damaged or not a roadmap",
        source,
    )


def _os_error(exc: OSError, source: str) -> RoadmapLoadError:
    if isinstance(exc, FileNotFoundError):
        return error("", "not_found", "the file does not exist (moved or renamed?)", source)
    if isinstance(exc, PermissionError):
        return error("", "permission_denied", "you are not allowed to read this file", source)
    if isinstance(exc, IsADirectoryError):
        return error("", "not_a_file", "this is a folder, not a roadmap file", source)
    reason = exc.strerror or exc.__class__.__name__
    return error("", "unreadable", f"the file cannot be read: {reason}", source)


# ------------------------------------------------------------------ parsing


def parse(data: bytes, *, source: str = "", max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Bytes of a JSON document → plain Python values, or :class:`RoadmapLoadError`."""
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes, source)
    if data.startswith(b"PK\x03\x04"):
        raise error(
            "",
            "not_a_roadmap",
            "this is a ZIP archive (an Excel workbook?), not a roadmap file",
            source,
        )
    text = _decode(data, source)
    if not text.strip():
        raise error("", "empty", "the file is empty", source)
    check_shape(data, source)
    try:
        with _int_digits_limited():
            value = json.loads(
                text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants
            )
    except json.JSONDecodeError as exc:
        raise _syntax_error(exc, text, source) from None
    except (_DuplicateKeyError, _ConstantError, ValueError):
        # The hooks know the offending key or value but not where it is:
        # parse again, tolerantly, to find its path (only on this error path).
        raise locate(text, source) from None
    except RecursionError:
        raise too_deep(source) from None
    except MemoryError:
        raise error("", "too_large", "the file is too large to open", source) from None
    # A one-byte search first: nearly free, unlike a search for two bytes.
    if b"\\" in data and _ESCAPED_SURROGATE.search(data):
        _check_surrogates(value, source)
    return value


def _decode(data: bytes, source: str) -> str:
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            message = "the file is UTF-16 text; a roadmap file must be UTF-8"
        else:
            line = data.count(b"\n", 0, exc.start) + 1
            message = (
                f"byte {exc.start} (line {line}) is not valid UTF-8 text; the file was "
                "saved in another encoding (such as Latin-1) or is damaged"
            )
        raise error("", "invalid_utf8", message, source) from None


@contextmanager
def _int_digits_limited() -> Iterator[None]:
    """Keep the guard against huge integers even if the interpreter turned it off."""
    current = sys.get_int_max_str_digits()
    lowered = current == 0 or current > MAX_INT_DIGITS
    if lowered:
        sys.set_int_max_str_digits(MAX_INT_DIGITS)
    try:
        yield
    finally:
        if lowered:
            sys.set_int_max_str_digits(current)


class _DuplicateKeyError(Exception):
    pass


class _ConstantError(Exception):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


def _no_constants(name: str) -> Any:
    raise _ConstantError(name)


_SYNTAX_MESSAGES = {
    "Expecting value": "expected a value (text in quotes, a number, true, false, null, "
    "a list or an object)",
    "Expecting ',' delimiter": "expected ',' or a closing '}' or ']'",
    "Expecting ':' delimiter": "expected ':' after a key",
    "Expecting property name enclosed in double quotes": "expected a key in double quotes "
    "(or a stray comma before '}')",
    "Unterminated string starting at": "text in quotes that never ends",
    "Invalid control character at": "a line break or control character inside quoted text "
    "(it must be written as an escape such as \\n)",
    "Invalid \\escape": "an invalid backslash escape inside quoted text",
    "Invalid \\uXXXX escape": "an invalid \\u escape inside quoted text",
    "Extra data": "more content after the end of the roadmap",
}


def _syntax_error(exc: json.JSONDecodeError, text: str, source: str) -> RoadmapLoadError:
    what = _SYNTAX_MESSAGES.get(exc.msg, exc.msg[:1].lower() + exc.msg[1:])
    at_end = not text[exc.pos :].strip() or exc.msg == "Unterminated string starting at"
    hint = " — the file may be truncated" if at_end and exc.msg != "Extra data" else ""
    return error(
        "",
        "invalid_json",
        f"line {exc.lineno}, column {exc.colno}: {what}{hint}",
        source,
    )


# ------------------------------------------------- locating hook failures


class _Marked(dict[str, Any]):
    """An object in which a key was repeated (the tolerant parse keeps them all)."""

    repeated: list[str]


class _Bad:
    """A value the strict parse refused (NaN, Infinity or an over-long integer)."""

    def __init__(self, text: str) -> None:
        self.text = text


def _tolerant_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    marked = _Marked(pairs)
    marked.repeated = []
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            marked.repeated.append(key)
        seen.add(key)
    return marked


def _tolerant_int(digits: str) -> Any:
    stripped = digits.lstrip("-")
    return _Bad(digits) if len(stripped) > MAX_INT_DIGITS else int(digits)


def locate(text: str, source: str) -> RoadmapLoadError:
    try:
        tree = json.loads(
            text, object_pairs_hook=_tolerant_object, parse_constant=_Bad, parse_int=_tolerant_int
        )
    except (ValueError, RecursionError):
        return error("", "invalid_json", "the file is not valid JSON", source)
    problems = []
    for loc, value in _walk(tree, ()):
        if isinstance(value, _Marked):
            for key in dict.fromkeys(value.repeated):
                problems.append(
                    Problem(
                        json_path((*loc, key)),
                        "duplicate_key",
                        f"the key '{key}' appears more than once in the same object; "
                        "which value is meant is ambiguous",
                    )
                )
        elif isinstance(value, _Bad):
            if value.text.lstrip("-").isdigit():
                message = (
                    f"a whole number with {len(value.text.lstrip('-'))} digits is far too "
                    "long to be meant"
                )
                code = "number_too_long"
            else:
                message = f"{value.text} is not a number a roadmap can hold (use a finite number)"
                code = "finite_number"
            problems.append(Problem(json_path(loc), code, message))
    if not problems:
        problems.append(Problem("", "invalid_json", "the file is not valid JSON"))
    return RoadmapLoadError(problems, source)


def _walk(value: Any, loc: tuple[int | str, ...]) -> Iterator[tuple[tuple[int | str, ...], Any]]:
    """Every value with its location, depth first (iterative: depth was checked)."""
    stack: list[tuple[tuple[int | str, ...], Any]] = [(loc, value)]
    while stack:
        loc, value = stack.pop()
        yield loc, value
        if isinstance(value, dict):
            children: list[tuple[tuple[int | str, ...], Any]] = [
                ((*loc, k), v) for k, v in value.items()
            ]
        elif isinstance(value, list):
            children = [((*loc, i), v) for i, v in enumerate(value)]
        else:
            continue
        stack.extend(reversed(children))


# ------------------------------------------------------------ surrogates

_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


def _is_clean(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_surrogates(tree: Any, source: str) -> None:
    """Refuse text holding a lone surrogate (it could be opened but never saved)."""
    problems = []
    for loc, value in _walk(tree, ()):
        if isinstance(value, dict):
            for key in value:
                if not _is_clean(key):
                    problems.append(
                        Problem(
                            json_path((*loc, key)),
                            "invalid_text",
                            "this key contains an invalid character (a lone surrogate escape)",
                        )
                    )
        elif isinstance(value, str) and not _is_clean(value):
            problems.append(
                Problem(
                    json_path(loc),
                    "invalid_text",
                    "this text contains an invalid character (a lone surrogate escape)",
                )
            )
    if problems:
        raise RoadmapLoadError(problems, source)
