"""Opening .pilotplan files: every class of bad file names its problem and place."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import planner
from planner.file.storage import (
    CURRENT_SCHEMA_VERSION,
    RoadmapLoadError,
    dumps,
    load,
    load_bytes,
)
from planner.model.entities import Roadmap
from planner.rules.problems import from_validation_error

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SAMPLE = CORPUS / "v2" / "ai-rollout.pilotplan"


def sample() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SAMPLE.read_bytes())
    return data


def encode(envelope: Any) -> bytes:
    return json.dumps(envelope, indent=2, ensure_ascii=False).encode("utf-8")


def problems_of(data: bytes) -> list[tuple[str, str]]:
    with pytest.raises(RoadmapLoadError) as info:
        load_bytes(data, source="bad.pilotplan")
    assert info.value.source == "bad.pilotplan"
    assert str(info.value).startswith("Cannot open bad.pilotplan")
    return [(p.where, p.code) for p in info.value.problems]


def edited(change: Callable[[dict[str, Any]], Any]) -> bytes:
    envelope = sample()
    change(envelope)
    return encode(envelope)


# ------------------------------------------------------------- good files


def test_sample_loads_and_round_trips_exactly() -> None:
    roadmap = load(SAMPLE)
    assert roadmap.title == "AI rollout 2026"
    assert load_bytes(dumps(roadmap)) == roadmap


def test_dumps_envelope_order_layout_and_encoding() -> None:
    roadmap = load(SAMPLE)
    data = dumps(roadmap)
    text = data.decode("utf-8")
    assert text.startswith(
        '{\n  "format": "pilot-planner-roadmap",\n'
        f'  "schema_version": {CURRENT_SCHEMA_VERSION},\n'
        f'  "app_version": "{planner.__version__}",\n  "roadmap": {{\n    "title": '
    )
    assert text.endswith("\n  }\n}\n")
    assert "Lefèvre" in text
    assert "\\u" not in text
    parsed = json.loads(data)
    assert list(parsed) == ["format", "schema_version", "app_version", "roadmap"]
    assert list(parsed["roadmap"]) == list(Roadmap.model_fields)
    # Stable: the same roadmap always gives the same bytes, indented by 2.
    assert dumps(load_bytes(data)) == data
    assert json.dumps(parsed, indent=2, ensure_ascii=False) + "\n" == text


def test_leading_bom_is_accepted() -> None:
    assert load_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes()) == load(SAMPLE)


def test_python_and_json_validation_agree_on_errors() -> None:
    """The loader validates the parsed dict; pydantic's JSON mode must see the same errors."""
    envelope = sample()
    uc = envelope["roadmap"]["use_cases"][1]
    uc.update(progress=101, planned_start="2026-13-01", tool=7, owner="x", effort="huge")
    envelope["roadmap"]["teams"][0]["headcount"] = -1
    envelope["roadmap"]["stages"][0]["team_ids"] = "team-claims"
    body = envelope["roadmap"]
    with pytest.raises(ValidationError) as python_mode:
        Roadmap.model_validate(body)
    with pytest.raises(ValidationError) as json_mode:
        Roadmap.model_validate_json(json.dumps(body))
    as_python = from_validation_error(python_mode.value)
    assert as_python == from_validation_error(json_mode.value)
    assert len(as_python) == 7


# -------------------------------------------------------------- bad files


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit of the sample at a dotted path (``roadmap.use_cases.1.stage_id``)."""

    def change(envelope: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = envelope
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(envelope: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = envelope
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return change


def _append_copy(attr: str, index: int) -> Callable[[dict[str, Any]], None]:
    def change(envelope: dict[str, Any]) -> None:
        items = envelope["roadmap"][attr]
        items.append(copy.deepcopy(items[index]))

    return change


BAD_EDITS: dict[str, tuple[Callable[[dict[str, Any]], Any], str, str]] = {
    "format missing": (_delete("format"), "format", "not_a_roadmap"),
    "format wrong": (_set("format", "something-else"), "format", "not_a_roadmap"),
    "format not text": (_set("format", 42), "format", "not_a_roadmap"),
    "version missing": (_delete("schema_version"), "schema_version", "missing"),
    "version future": (
        _set("schema_version", CURRENT_SCHEMA_VERSION + 1),
        "schema_version",
        "newer_version",
    ),
    "version far future": (_set("schema_version", 10**9), "schema_version", "newer_version"),
    "version string": (_set("schema_version", "2"), "schema_version", "invalid_version"),
    "version bool": (_set("schema_version", True), "schema_version", "invalid_version"),
    "version float": (_set("schema_version", 2.0), "schema_version", "invalid_version"),
    "version negative": (_set("schema_version", -1), "schema_version", "invalid_version"),
    "version zero": (_set("schema_version", 0), "schema_version", "invalid_version"),
    "version null": (_set("schema_version", None), "schema_version", "invalid_version"),
    "app_version missing": (_delete("app_version"), "app_version", "missing"),
    "app_version number": (_set("app_version", 1.2), "app_version", "string_type"),
    "roadmap missing": (_delete("roadmap"), "roadmap", "missing"),
    "roadmap a list": (_set("roadmap", []), "roadmap", "model_type"),
    "unknown envelope key": (_set("comment", "hi"), "comment", "extra_forbidden"),
    "unknown roadmap key": (
        _set("roadmap.milestones", []),
        "roadmap.milestones",
        "extra_forbidden",
    ),
    "unknown entity key": (
        _set("roadmap.use_cases.1.owner", "bob"),
        "roadmap.use_cases[1].owner",
        "extra_forbidden",
    ),
    "unknown nested key": (
        _set("roadmap.baselines.0.entries.2.note", "x"),
        "roadmap.baselines[0].entries[2].note",
        "extra_forbidden",
    ),
    "unknown lineage key": (
        _set("roadmap.lineage.author", "x"),
        "roadmap.lineage.author",
        "extra_forbidden",
    ),
    "required field missing": (_delete("roadmap.title"), "roadmap.title", "missing"),
    "wrong type text": (_set("roadmap.title", 12), "roadmap.title", "string_type"),
    "wrong type list": (
        _set("roadmap.stages.0.team_ids", "team-claims"),
        "roadmap.stages[0].team_ids",
        "tuple_type",
    ),
    "wrong type date": (
        _set("roadmap.use_cases.2.planned_end", "next year"),
        "roadmap.use_cases[2].planned_end",
        "date_parsing",
    ),
    "wrong enum": (
        _set("roadmap.stages.1.status", "finished"),
        "roadmap.stages[1].status",
        "enum",
    ),
    "out of range percent": (
        _set("roadmap.use_cases.0.progress", 101),
        "roadmap.use_cases[0].progress",
        "less_than_equal",
    ),
    "out of range negative": (
        _set("roadmap.teams.2.headcount", -5),
        "roadmap.teams[2].headcount",
        "greater_than_equal",
    ),
    "huge number in range check": (
        _set("roadmap.criteria.0.threshold", 1e300),
        "roadmap.criteria[0].threshold",
        "less_than_equal",
    ),
    "bad id": (
        _set("roadmap.teams.0.id", "has space"),
        "roadmap.teams[0].id",
        "string_pattern_mismatch",
    ),
    "control char in name": (
        _set("roadmap.teams.0.name", "Two\nlines"),
        "roadmap.teams[0].name",
        "string_pattern_mismatch",
    ),
    "duplicate id": (_append_copy("risks", 0), "roadmap.risks[2].id", "duplicate_id"),
    "duplicate id across kinds": (
        _set("roadmap.risks.0.id", "team-claims"),
        "roadmap.risks[0].id",
        "duplicate_id",
    ),
    "dangling reference": (
        _set("roadmap.use_cases.1.stage_id", "stage-9"),
        "roadmap.use_cases[1].stage_id",
        "dangling_reference",
    ),
    "dangling reference in list": (
        _set("roadmap.use_cases.0.team_ids", ["team-claims", "team-ghost"]),
        "roadmap.use_cases[0].team_ids[1]",
        "dangling_reference",
    ),
    "dependency cycle": (
        _set("roadmap.use_cases.0.depends_on", ["uc-clauses"]),
        "roadmap.use_cases[2].depends_on",
        "dependency_cycle",
    ),
    "end before start": (
        _set("roadmap.use_cases.0.planned_end", "2025-01-01"),
        "roadmap.use_cases[0].planned_end",
        "end_before_start",
    ),
    "measurement out of metric range": (
        _set("roadmap.measurements.0.value", 140),
        "roadmap.measurements[0].value",
        "out_of_range",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_EDITS))
def test_bad_file_names_the_place(case: str) -> None:
    change, where, code = BAD_EDITS[case]
    found = problems_of(edited(change))
    assert (where, code) in found, found


@pytest.mark.parametrize(
    ("data", "where", "code"),
    [
        (b"", "", "empty"),
        (SAMPLE.read_bytes()[:-200], "", "invalid_json"),
        (SAMPLE.read_bytes()[:1000], "", "invalid_json"),
        (b"<html><body>Not found</body></html>", "", "invalid_json"),
        (b"PK\x03\x04\x14\x00\x00\x00\xa5\xff", "", "not_a_roadmap"),
        (b"\x00\x01\x02\xff\xfe", "", "invalid_utf8"),
        (b"[1, 2, 3]", "", "not_a_roadmap"),
        (b'"a roadmap"', "", "not_a_roadmap"),
        (b"42", "", "not_a_roadmap"),
        (b"null", "", "not_a_roadmap"),
        (b"true", "", "not_a_roadmap"),
        (b'{"format": "pilot-planner-roadmap", "format": "x"}', "format", "duplicate_key"),
        (b"[" * 100_000 + b"]" * 100_000, "", "too_deep"),
    ],
)
def test_broken_files(data: bytes, where: str, code: str) -> None:
    assert (where, code) in problems_of(data)


def test_truncated_file_says_so() -> None:
    with pytest.raises(RoadmapLoadError) as info:
        load_bytes(SAMPLE.read_bytes()[:-200])
    assert "line " in str(info.value)
    assert "truncated" in str(info.value)


def test_future_version_message_names_both_versions() -> None:
    with pytest.raises(RoadmapLoadError) as info:
        load_bytes(edited(_set("schema_version", 7)))
    message = info.value.problems[0].message
    assert "newer version of Pilot-to-Scale Planner (format version 7)" in message
    assert f"reads up to {CURRENT_SCHEMA_VERSION}" in message


def test_version_is_checked_before_anything_else() -> None:
    """A newer file is refused for its version, not for fields this version does not know."""

    def newer(envelope: dict[str, Any]) -> None:
        envelope["schema_version"] = CURRENT_SCHEMA_VERSION + 1
        envelope["roadmap"]["portfolio"] = {"a": 1}
        envelope["roadmap"]["title"] = 5

    assert problems_of(edited(newer)) == [("schema_version", "newer_version")]


def test_wrong_format_is_reported_before_the_version() -> None:
    data = encode({"format": "other-app", "schema_version": "x", "data": {}})
    assert problems_of(data) == [("format", "not_a_roadmap")]


def test_nan_and_infinity_in_a_file() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace('"hourly_cost": 55.0', '"hourly_cost": NaN')
    assert problems_of(text.encode()) == [("roadmap.hourly_cost", "finite_number")]
    text = SAMPLE.read_text(encoding="utf-8").replace('"threshold": 60.0', '"threshold": -Infinity')
    assert problems_of(text.encode()) == [("roadmap.criteria[0].threshold", "finite_number")]
    # An overflowing literal becomes infinity in Python: refused by the model.
    text = SAMPLE.read_text(encoding="utf-8").replace('"threshold": 60.0', '"threshold": 1e999')
    assert ("roadmap.criteria[0].threshold", "finite_number") in problems_of(text.encode())


def test_duplicate_key_in_an_entity() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '"id": "team-uw",', '"id": "team-uw",\n        "id": "team-other",'
    )
    assert problems_of(text.encode()) == [("roadmap.teams[1].id", "duplicate_key")]


def test_latin1_byte_and_lone_surrogate_in_a_file() -> None:
    raw = SAMPLE.read_bytes()
    assert problems_of(raw.replace("Lefèvre".encode(), b"Lef\xe8vre")) == [("", "invalid_utf8")]
    text = SAMPLE.read_text(encoding="utf-8").replace('"unit": "%"', '"unit": "\\udc80"')
    assert problems_of(text.encode()) == [("roadmap.metrics[0].unit", "invalid_text")]


def test_huge_integer_in_a_file() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '"headcount": 120', '"headcount": ' + "9" * 5000
    )
    assert problems_of(text.encode()) == [("roadmap.teams[0].headcount", "number_too_long")]


def test_many_problems_are_listed_up_to_a_limit() -> None:
    envelope = sample()
    teams = envelope["roadmap"]["teams"]
    envelope["roadmap"]["teams"] = [
        {**teams[0], "id": f"t{i}", "headcount": -1} for i in range(300)
    ]
    with pytest.raises(RoadmapLoadError) as info:
        load_bytes(encode(envelope))
    assert info.value.omitted == 250
    assert info.value.problems[-1].code == "more_problems"
    assert "and 250 more problems" in str(info.value)


def test_load_names_the_file_and_refuses_missing_ones(tmp_path: Path) -> None:
    path = tmp_path / "gone.pilotplan"
    with pytest.raises(RoadmapLoadError) as info:
        load(path)
    assert info.value.source == str(path)
    assert info.value.problems[0].code == "not_found"


def test_oversize_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.pilotplan"
    with path.open("wb") as stream:
        stream.truncate(25 * 1024 * 1024)  # sparse: costs no disk and no time

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(RoadmapLoadError) as info:
        load(path)
    monkeypatch.undo()
    assert info.value.problems[0].code == "too_large"
    assert "25.0 MB" in str(info.value)
    assert "20.0 MB" in str(info.value)


def test_max_bytes_raises_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.pilotplan"
    path.write_bytes(SAMPLE.read_bytes())
    with pytest.raises(RoadmapLoadError):
        load(path, max_bytes=1000)
    assert load(path, max_bytes=10**6) == load(SAMPLE)
