"""Opening a ``.pilotplan`` file: bytes → a checked :class:`Roadmap`, on one path.

Every file, valid or not, takes the same steps, each bounded before the next
may spend memory or time on what the file asks for:

1. its size is capped (:func:`planner.file.safejson.read_file` checks it before
   reading a byte; the bytes are checked again here);
2. a byte-order mark is dropped; a ZIP archive or an empty file is named as such;
3. a C-speed scan of the structure (:func:`planner.file.shape.check_shape`)
   refuses excessive nesting, too many lists and objects for the size, and
   objects with absurdly many keys — before any parser builds them;
4. pydantic parses and validates the bytes in one pass, **strictly**
   (``model_validate_json(strict=True)``): what the published JSON Schema does
   not allow is refused with its place, nothing is converted (``true`` is not
   1.0, ``"55"`` is not 55, ``0`` is not a date). Every list stops at its first
   damaged item (``fail_fast``), so a file of millions of bad items costs no
   more than one;
5. a repeated key — which a JSON parser silently resolves to its last value —
   is caught by comparing the pairs the scan counted with the fields the models
   received; NaN, infinities, over-long numbers, lone surrogates and syntax
   errors are refused by the parser, and then said in words with their line or
   JSON path;
6. a file of an older format version whose roadmap the later versions left
   unchanged is read as it is; an older one is migrated
   (:mod:`planner.file.migrations`) and validated by the same strict step;
7. the whole-roadmap rules (:mod:`planner.rules.invariants`).

Anything wrong is one :class:`RoadmapLoadError` listing at most
:data:`~planner.file.safejson.MAX_PROBLEMS` problems and counting the rest.
"""

from __future__ import annotations

import functools
import json
import types
import typing
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from planner import APP_NAME
from planner.file.migrations import (
    CURRENT_SCHEMA_VERSION,
    OLDEST_SCHEMA_VERSION,
    migrate,
    roadmap_unchanged_since,
)
from planner.file.safejson import (
    MAX_FILE_BYTES,
    MAX_PROBLEMS,
    RoadmapLoadError,
    check_shape,
    error,
    locate,
    parse,
    too_large,
)
from planner.model import fields_set
from planner.model.entities import Roadmap
from planner.rules import invariants
from planner.rules.problems import Problem, from_validation_error

__all__ = ["APP_NAME", "FORMAT", "load_bytes"]

FORMAT = "pilot-planner-roadmap"

_BOM = b"\xef\xbb\xbf"


class _Envelope(BaseModel):
    """The file: its envelope and the roadmap."""

    # Keys repeat in every object and are worth caching; values mostly do not
    # (caching them too costs about 10% of the parse).
    model_config = ConfigDict(extra="forbid", cache_strings="keys")

    format: str
    schema_version: int
    app_version: Annotated[str, Field(max_length=64)]
    roadmap: Roadmap


def load_bytes(data: bytes, *, source: str = "", max_bytes: int = MAX_FILE_BYTES) -> Roadmap:
    """The roadmap in the bytes of a ``.pilotplan`` file (``source`` names it in messages)."""
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes, source)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if data.startswith(b"PK\x03\x04"):
        raise error(
            "",
            "not_a_roadmap",
            "this is a ZIP archive (an Excel workbook?), not a roadmap file",
            source,
        )
    if not data or data.isspace():
        raise error("", "empty", "the file is empty", source)
    shape = check_shape(data, source)
    try:
        envelope = _Envelope.model_validate_json(data, strict=True)
    except ValidationError as exc:
        roadmap = _explained(data, source, exc, shape.containers)
    else:
        if envelope.format != FORMAT or not _readable_as_current(envelope.schema_version):
            roadmap = _explained(data, source)
        elif _keys_set(envelope) != shape.pairs:
            raise locate(data.decode("utf-8"), source)  # a key repeated: say where
        else:
            roadmap = envelope.roadmap
    problems = invariants.check(roadmap)
    if problems:
        raise RoadmapLoadError([_under_roadmap(p) for p in problems], source)
    return roadmap


def _readable_as_current(version: int) -> bool:
    return OLDEST_SCHEMA_VERSION <= version <= CURRENT_SCHEMA_VERSION and roadmap_unchanged_since(
        version
    )


# ------------------------------------------------------------ when it fails
#
# Nothing here runs for a valid current file. The careful JSON parse below
# builds Python values, which the structure scan has already bounded.


def _explained(
    data: bytes, source: str, exc: ValidationError | None = None, containers: int = 0
) -> Roadmap:
    """Why the strict step refused the file — or, for a file of an older format
    version, the roadmap once migrated."""
    first = exc.errors(include_url=False)[0] if exc is not None else None
    if first is not None and first["type"] == "json_invalid":
        # Says what and where: line and column, or the place of a repeated key,
        # a NaN, an over-long number or a lone surrogate.
        parse(data, source=source, max_bytes=len(data))
        raise error("", "invalid_json", f"the file is not valid JSON ({first['msg']})", source)
    # The careful parse builds Python values for the whole file (and finds
    # repeated keys); past RECOUNT_LIMIT only the envelope's two keys are read.
    small = containers <= RECOUNT_LIMIT
    raw = parse(data, source=source, max_bytes=len(data)) if small else None
    version = _identify(raw if raw is not None else _header(data), source)
    if not _readable_as_current(version):
        raw = migrate(raw if raw is not None else parse(data, source=source), version)
        current = json.dumps(raw, ensure_ascii=False).encode("utf-8")
        try:
            return _Envelope.model_validate_json(current, strict=True).roadmap
        except ValidationError as again:
            exc = again
    if exc is None:  # pragma: no cover - a current file that validated is not sent here
        raise error("", "invalid", "the file is not a valid roadmap", source)
    if not small:
        # Too large to recount in bounded memory: each list shows its first damaged item.
        problems = [_worded(p) for p in from_validation_error(exc)]
        problems.append(Problem("", "more_problems", _UNCOUNTED))
        raise RoadmapLoadError(problems, source)
    problems, more = _problems(exc, raw)
    raise RoadmapLoadError(problems, source, more=more)


_UNCOUNTED = "… and possibly more problems (each list was read up to its first damaged item)"


class _Header(BaseModel):
    """The two keys that say what a file is; everything else ignored (never built)."""

    model_config = ConfigDict(extra="ignore")

    format: Any = None
    schema_version: Any = None


def _header(data: bytes) -> Any:
    try:
        header = _Header.model_validate_json(data)
    except ValidationError:  # not an object: only what kind of value it is matters
        kinds: dict[bytes, Any] = {b"[": [], b'"': "", b"t": True, b"f": False, b"n": None}
        return kinds.get(data.lstrip()[:1], 0)
    return {name: getattr(header, name) for name in header.model_fields_set}


def _identify(raw: Any, source: str) -> int:
    """The format version of a file that says it is a roadmap, else why it is not one."""
    if not isinstance(raw, dict):
        kind = {list: "a list", str: "a text", bool: "true or false"}.get(type(raw), "a number")
        held = "null" if raw is None else kind
        raise _fail("", "not_a_roadmap", f"not a {APP_NAME} roadmap: the file holds {held}", source)
    if "format" not in raw:
        raise _fail(
            "format",
            "not_a_roadmap",
            f"not a {APP_NAME} roadmap: the file does not say what it holds ('format' is missing)",
            source,
        )
    if raw["format"] != FORMAT:
        raise _fail(
            "format",
            "not_a_roadmap",
            f'not a {APP_NAME} roadmap: its format is {_shown(raw["format"])}, not "{FORMAT}"',
            source,
        )
    if "schema_version" not in raw:
        raise _fail(
            "schema_version",
            "missing",
            "the file does not say which format version it uses ('schema_version' is missing)",
            source,
        )
    version = raw["schema_version"]
    # bool is an int in Python: true must not pass for version 1.
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail(
            "schema_version",
            "invalid_version",
            f"the format version must be a whole number such as {CURRENT_SCHEMA_VERSION}, "
            f"not {_shown(version)}",
            source,
        )
    if version > CURRENT_SCHEMA_VERSION:
        raise _fail(
            "schema_version",
            "newer_version",
            f"this file was written by a newer version of {APP_NAME} (format version "
            f"{version}); this version reads up to {CURRENT_SCHEMA_VERSION}. "
            "Open it with a newer version of the app",
            source,
        )
    if version < OLDEST_SCHEMA_VERSION:
        raise _fail(
            "schema_version",
            "invalid_version",
            f"format version {version} does not exist (versions start at {OLDEST_SCHEMA_VERSION})",
            source,
        )
    return version


RECOUNT_LIMIT = 250_000
"""Files with more lists and objects than this are not recounted after a failure
(the recount holds the whole document as Python values: ~60 MB at this size)."""

_CHUNK = 2_000
"""Items of a damaged list validated at a time while counting its problems."""


def _problems(exc: ValidationError, raw: Any) -> tuple[list[Problem], int]:
    """The problems of a refused file: the first :data:`MAX_PROBLEMS` and the count.

    The strict step stops each list at its first damaged item. A list that has
    one is validated again a chunk at a time, so that every damaged item is
    counted while memory holds one chunk's errors at most.
    """
    problems: list[Problem] = []
    more = 0
    rescanned: set[str] = set()
    errors = exc.errors(include_url=False)
    for problem, item in zip(from_validation_error(exc), errors, strict=True):
        loc = item["loc"]
        field = loc[1] if len(loc) > 2 and loc[0] == "roadmap" and isinstance(loc[2], int) else None
        if not isinstance(field, str) or not isinstance(raw.get("roadmap"), dict):
            problems.append(_worded(problem))
        elif field not in rescanned:
            rescanned.add(field)
            found, total = _list_problems(field, raw["roadmap"][field], MAX_PROBLEMS)
            problems += found
            more += total - len(found)
    return problems, more


def _list_problems(field: str, items: list[Any], limit: int) -> tuple[list[Problem], int]:
    """The first ``limit`` problems of the list ``roadmap.<field>``, and how many it has."""
    adapter = _list_adapter(field)
    found: list[Problem] = []
    total = 0
    for start in range(0, len(items), _CHUNK):
        chunk = json.dumps(items[start : start + _CHUNK], ensure_ascii=False).encode("utf-8")
        try:
            adapter.validate_json(chunk, strict=True)
        except ValidationError as exc:
            total += exc.error_count()
            if len(found) < limit:
                for problem in from_validation_error(exc):
                    found.append(_shifted(problem, field, start))
                    if len(found) == limit:
                        break
    return found, total


def _shifted(problem: Problem, field: str, start: int) -> Problem:
    """A problem of ``chunk[i]…`` placed at ``roadmap.<field>[start + i]…``."""
    index, _, rest = problem.where[1:].partition("]")
    return Problem(f"roadmap.{field}[{start + int(index)}]{rest}", problem.code, problem.message)


@functools.cache
def _list_adapter(field: str) -> TypeAdapter[Any]:
    # The list's own type without the field's fail_fast: every item is checked.
    annotation: Any = Roadmap.model_fields[field].annotation
    return TypeAdapter(annotation)


def _worded(problem: Problem) -> Problem:
    if problem.where == "app_version" and problem.code != "missing":
        return Problem("app_version", "string_type", 'must be a short text such as "1.2.0"')
    if problem.where == "roadmap" and problem.code == "missing":
        return Problem("roadmap", "missing", "is required but missing: no roadmap")
    return problem


def _fail(where: str, code: str, message: str, source: str) -> RoadmapLoadError:
    return RoadmapLoadError([Problem(where, code, message)], source)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def _under_roadmap(problem: Problem) -> Problem:
    where = f"roadmap.{problem.where}" if problem.where else "roadmap"
    if problem.where.startswith("["):
        where = f"roadmap{problem.where}"
    return Problem(where, problem.code, problem.message)


# ---------------------------------------------------- repeated keys, counted


def _keys_set(model: BaseModel) -> int:
    """How many keys the input gave ``model`` and every model inside it.

    Every model forbids unknown keys and none has a dict field (checked below,
    at import), so a key that appears twice in an object leaves one of the
    text's pairs uncounted here.
    """
    count = len(fields_set.read(model))
    for name in _nested(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            count += _keys_set(value)
        elif isinstance(value, tuple) and value:
            if _nested(type(value[0])):
                count += sum(map(_keys_set, value))
            else:
                count += sum(map(len, map(fields_set.read, value)))
    return count


_NESTED: dict[type[BaseModel], tuple[str, ...]] = {}


def _nested(cls: type[BaseModel]) -> tuple[str, ...]:
    """Fields of ``cls`` that can hold models; refuses models the count cannot trust."""
    known = _NESTED.get(cls)
    if known is not None:
        return known
    if cls.model_config.get("extra") != "forbid":
        raise TypeError(f"{cls.__name__} must forbid unknown keys for the key count")
    nested = []
    for name, info in cls.model_fields.items():
        inner = _models_in(info.annotation)
        if inner:
            nested.append(name)
            for model in inner:
                _nested(model)
    _NESTED[cls] = tuple(nested)
    return _NESTED[cls]


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if isinstance(annotation, type) and issubclass(annotation, dict):
        raise TypeError("a dict field would hide repeated keys from the key count")
    origin = typing.get_origin(annotation)
    if origin is dict:
        raise TypeError("a dict field would hide repeated keys from the key count")
    if origin is None and not isinstance(annotation, types.UnionType):
        return []
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found += _models_in(arg)
    return found


_nested(_Envelope)  # check the models once, at import
