"""The published JSON Schema and the loader agree, value by value.

Mutants of a valid file are generated from the schema: at every place of the
sample roadmap (the first item of each list stands for the others), the value
is replaced by one of each JSON type and by the values just outside what the
schema's node allows (its minimum and maximum, length, pattern, choices), a
required key is removed, and an unknown key added. For each mutant:

- when the schema refuses it, the loader refuses it and names that place;
- when the schema allows it, the loader accepts it, or refuses it only for a
  rule no schema can express (unique ids, references, dates in order, one
  scope per measurement, a week starting on Monday, a range in order).

JSON Schema counts ``1.0`` as an integer; the file format (and the loader)
does not: integers are written without a decimal point, which the checker
below says.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from planner import templates
from planner.file import schema as published
from planner.file.storage import RoadmapLoadError, dumps, load_bytes

RULES_NO_SCHEMA_EXPRESSES = {
    "duplicate_id",
    "dangling_reference",
    "duplicate_reference",
    "end_before_start",
    "end_without_start",
    "stage_order",
    "dependency_cycle",
    "duplicate_measurement",
    "out_of_range",
    "value_error",  # model rules: one scope, Monday weeks, min ≤ max
}

Path = tuple[str | int, ...]

_TYPE_CHECKER = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine(
    "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
)
Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator, type_checker=_TYPE_CHECKER
)

EVERY_TYPE: tuple[Any, ...] = (True, "55", 0, -1, 1.5, None, [], {}, 10**30, "2026-01-05", "a\nb")


def _document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dumps(templates.sample()))
    return data


def _places(value: Any, path: Path = ()) -> Iterator[Path]:
    """Every place in the document, the first item of each list standing for the rest."""
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _places(child, (*path, key))
    elif isinstance(value, list) and value:
        yield from _places(value[0], (*path, 0))


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _node(root: dict[str, Any], path: Path) -> dict[str, Any]:
    """The schema of the value at ``path`` (the non-null branch of an optional)."""
    node = _resolve(root, root)
    for part in path:
        node = _resolve(node, root)
        if "anyOf" in node:
            node = _resolve(next(n for n in node["anyOf"] if n.get("type") != "null"), root)
        node = node["items"] if isinstance(part, int) else node["properties"][part]
    node = _resolve(node, root)
    if "anyOf" in node:
        node = _resolve(next(n for n in node["anyOf"] if n.get("type") != "null"), root)
    return node


def _edges(node: dict[str, Any]) -> list[Any]:
    """Values just outside (and at) what the schema node allows."""
    values: list[Any] = []
    for key, step in (("minimum", -1), ("maximum", 1)):
        if key in node:
            values += [node[key], node[key] + step]
            if node.get("type") == "number":
                values.append(node[key] + step * 1e-3)
    if "maxLength" in node:
        values += ["a" * node["maxLength"], "a" * (node["maxLength"] + 1)]
    if node.get("minLength"):
        values.append("")
    if "enum" in node:
        values.append("not-one-of-them")
    if "pattern" in node:
        values += ["", "!not matching!"]
    if node.get("format") == "date":
        values += ["1989-12-31", "1990-01-01", "2099-12-31", "2100-01-01", "9999-12-31"]
    if "maxItems" in node:
        values.append([None] * 0)
    return values


def _mutants() -> Iterator[tuple[str, dict[str, Any], Path]]:
    document, root = _document(), published.envelope_schema()
    for path in _places(document):
        if not path:
            continue
        node = _node(root, path)
        for value in (*EVERY_TYPE, *_edges(node)):
            yield f"{_shown(path)} = {json.dumps(value)[:30]}", _set(document, path, value), path
        parent = _node(root, path[:-1])
        if isinstance(path[-1], str) and path[-1] in parent.get("required", ()):
            yield f"{_shown(path)} removed", _set(document, path, _REMOVE), path
        if isinstance(document_at(document, path), dict):
            extra = (*path, "unknown_key")
            yield f"{_shown(extra)} added", _set(document, extra, 1), extra


_REMOVE = object()


def document_at(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


def _set(document: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    """A mutant sharing everything with ``document`` but the containers on ``path``."""
    mutant = dict(document)
    parent: Any = mutant
    for part in path[:-1]:
        child = parent[part]
        child = dict(child) if isinstance(child, dict) else list(child)
        parent[part] = child
        parent = child
    if value is _REMOVE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return mutant


def _shown(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


MUTANTS = list(_mutants())
ROOT = published.envelope_schema()


def _schema_allows(mutant: dict[str, Any], path: Path) -> bool:
    """The schema's verdict on the whole mutant, asked of the object holding the change
    (the rest of the document is the valid sample)."""
    holder = path[:-1]
    node = {**_node(ROOT, holder), "$defs": ROOT["$defs"]}
    validator = Validator(node, format_checker=jsonschema.FormatChecker())
    return bool(validator.is_valid(document_at(mutant, holder)))


def test_the_sample_is_valid_against_the_schema() -> None:
    Validator(ROOT, format_checker=jsonschema.FormatChecker()).validate(_document())


def test_there_are_mutants_for_every_entity_kind() -> None:
    kinds = {path[1] for _, _, path in MUTANTS if len(path) > 2 and path[0] == "roadmap"}
    assert {"use_cases", "measurements", "stages", "criteria", "decisions"} <= kinds
    assert len(MUTANTS) > 2000


@pytest.mark.slow
@pytest.mark.parametrize("chunk", range(8))
def test_schema_and_loader_agree_on_every_mutant(chunk: int) -> None:
    disagreements = []
    for name, mutant, path in MUTANTS[chunk::8]:
        schema_allows = _schema_allows(mutant, path)
        data = json.dumps(mutant).encode()
        try:
            load_bytes(data)
        except RoadmapLoadError as exc:
            codes = {p.code for p in exc.problems} - {"more_problems"}
            places = [p.where for p in exc.problems]
            if schema_allows and not codes <= RULES_NO_SCHEMA_EXPRESSES:
                found = [(p.where, p.code) for p in exc.problems[:3]]
                disagreements.append(f"{name}: schema allows, loader refuses {found}")
            elif not schema_allows and not any(_names(place, path) for place in places):
                disagreements.append(f"{name}: refused elsewhere: {places}")
        else:
            if not schema_allows:
                disagreements.append(f"{name}: schema refuses, loader accepts")
    assert not disagreements, "\n".join(disagreements[:20])


def _names(place: str, path: Path) -> bool:
    """Whether a problem's place is the mutated place (or inside it, or its object)."""
    expected = _shown(path)
    return place.startswith(expected) or (expected.startswith(place) and place != "")
