"""The published JSON Schemas: v2 in step with the models, v1 frozen, samples conform."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner.file import schema
from planner.file.storage import CURRENT_SCHEMA_VERSION
from planner.model.entities import Roadmap
from planner.resources import resources_dir

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
REGENERATE = f"python -m planner.file.schema > resources/schema/{schema.schema_file_name()}"


def _published(version: int) -> dict[str, Any]:
    path = resources_dir() / "schema" / schema.schema_file_name(version)
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


def test_current_schema_matches_the_models() -> None:
    path = resources_dir() / "schema" / schema.schema_file_name()
    generated = schema.render(schema.envelope_schema())
    committed = path.read_text(encoding="utf-8") if path.exists() else ""
    if committed != generated:
        pytest.fail(
            f"{path.name} is out of date with planner/model/entities.py; regenerate it with:\n"
            f"    {REGENERATE}\n"
            "(and bump CURRENT_SCHEMA_VERSION with a migration if old files no longer load)"
        )


def test_every_version_has_a_published_schema() -> None:
    for version in range(1, CURRENT_SCHEMA_VERSION + 1):
        published = _published(version)
        assert published["properties"]["schema_version"] == {"const": version}
        assert published["properties"]["format"] == {"const": "pilot-planner-roadmap"}


def test_v1_schema_is_the_frozen_pre_release_format() -> None:
    roadmap = _published(1)["$defs"]["Roadmap"]
    assert "lineage" not in roadmap["properties"]
    assert "baselines" not in roadmap["properties"]
    assert "lineage" not in roadmap["required"]


def test_schema_covers_every_roadmap_field() -> None:
    roadmap = _published(CURRENT_SCHEMA_VERSION)["$defs"]["Roadmap"]
    assert list(roadmap["properties"]) == list(Roadmap.model_fields)
    assert roadmap["additionalProperties"] is False


@pytest.mark.slow
def test_main_prints_the_schema(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert schema.main() == 0
    assert capsysbinary.readouterr().out.decode("utf-8") == schema.render(schema.envelope_schema())


# A small checker for the parts of JSON Schema pydantic emits; enough to prove
# that the stored samples conform to the schema published for their version.


def _conforms(value: Any, node: dict[str, Any], defs: dict[str, Any], where: str) -> list[str]:
    if "$ref" in node:
        return _conforms(value, defs[node["$ref"].rsplit("/", 1)[1]], defs, where)
    if "anyOf" in node:
        options = [_conforms(value, option, defs, where) for option in node["anyOf"]]
        return [] if any(not o for o in options) else [f"{where}: matches no alternative"]
    if "const" in node and value != node["const"]:
        return [f"{where}: not {node['const']!r}"]
    if "enum" in node and value not in node["enum"]:
        return [f"{where}: {value!r} not in enum"]
    kind = node.get("type")
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    if kind is not None and not checks[kind](value):
        return [f"{where}: not of type {kind}"]
    errors: list[str] = []
    if isinstance(value, dict):
        properties = node.get("properties", {})
        errors += [f"{where}.{k}: missing" for k in node.get("required", []) if k not in value]
        for key, item in value.items():
            if key in properties:
                errors += _conforms(item, properties[key], defs, f"{where}.{key}")
            elif node.get("additionalProperties") is False:
                errors.append(f"{where}.{key}: not allowed")
    if isinstance(value, list) and "items" in node:
        for i, item in enumerate(value):
            errors += _conforms(item, node["items"], defs, f"{where}[{i}]")
    return errors


@pytest.mark.parametrize(
    "sample", sorted(CORPUS.glob("v*/*.pilotplan")), ids=lambda p: p.parent.name
)
def test_samples_conform_to_the_schema_of_their_version(sample: Path) -> None:
    envelope = json.loads(sample.read_bytes())
    published = _published(envelope["schema_version"])
    assert _conforms(envelope, published, published["$defs"], "") == []


def test_the_checker_sees_violations() -> None:
    published = _published(CURRENT_SCHEMA_VERSION)
    sample = CORPUS / f"v{CURRENT_SCHEMA_VERSION}" / "ai-rollout.pilotplan"
    envelope = json.loads(sample.read_bytes())
    envelope["roadmap"]["teams"][0]["colour"] = "red"
    envelope["roadmap"]["stages"][0]["status"] = "done"
    del envelope["roadmap"]["title"]
    errors = _conforms(envelope, published, published["$defs"], "")
    assert sorted(errors) == [
        ".roadmap.stages[0].status: 'done' not in enum",
        ".roadmap.teams[0].colour: not allowed",
        ".roadmap.title: missing",
    ]
