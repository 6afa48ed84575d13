"""Fuzzing the loader: whatever the bytes, the result is a roadmap or a RoadmapLoadError.

Anything that loads must re-save into bytes that load identically (this is
what catches NaN written back as null, or text that can be read but not
written). Generated valid roadmaps round-trip exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import roadmaps

from planner.file.storage import RoadmapLoadError, dumps, load, load_bytes, save
from planner.model.entities import Roadmap

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEEDS = sorted(CORPUS.glob("v*/*.pilotplan"))
SEED_BYTES = [p.read_bytes() for p in SEEDS]


def check(data: bytes) -> None:
    """The loader's contract for arbitrary bytes."""
    try:
        roadmap = load_bytes(data)
    except RoadmapLoadError as exc:
        message = str(exc)
        problems = exc.problems
    else:
        again = dumps(roadmap)
        assert load_bytes(again) == roadmap
        assert dumps(load_bytes(again)) == again
        return
    assert problems
    assert message.strip()
    message.encode("utf-8")  # printable whatever the input


def test_seed_corpus_is_present() -> None:
    assert len(SEEDS) >= 2


@given(st.binary(max_size=2048))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"{")
@example(b'{"format": "pilot-planner-roadmap", "schema_version": 2}')
def test_random_bytes_never_crash(data: bytes) -> None:
    check(data)


_METACHARACTERS = [
    *(b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"-", b"0", b"1e999", b"NaN", b"null"),
    *(b"true", b"\\u", b"\\ud800", b"\xff", b"\xc3", b"\n", b"\x00"),
]


@st.composite
def mutants(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEED_BYTES)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]))
        at = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(_METACHARACTERS))
        elif op == "truncate":
            del data[at:]
        else:
            end = at + draw(st.integers(1, 400))
            data[at:at] = data[at:end]
    return bytes(data)


@given(mutants())
def test_mutated_files_never_crash(data: bytes) -> None:
    check(data)


_KEYS = sorted(
    {"format", "schema_version", "app_version", "roadmap", "lineage", "document_id", "revision"}
    | set(Roadmap.model_fields)
    | {"id", "name", "title", "stage_id", "metric_id", "team_ids", "depends_on", "value", "week"}
    | {"planned_start", "planned_end", "entries", "entity_id", "start", "end", "threshold"}
)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["pilot-planner-roadmap", "2026-01-05", "x", "", "stage-1", "💥"]),
    st.text(max_size=10),
)
_TREES = st.recursive(
    _SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(_KEYS), children, max_size=6),
    ),
    max_leaves=30,
)


@given(_TREES, st.sampled_from([1, 2, 3, "2", None]))
def test_structured_json_never_crashes(roadmap: Any, version: Any) -> None:
    envelope = {
        "format": "pilot-planner-roadmap",
        "schema_version": version,
        "app_version": "0.1.0",
        "roadmap": roadmap,
    }
    check(json.dumps(envelope).encode())
    check(json.dumps(roadmap).encode())


@pytest.mark.slow
@given(roadmaps())
def test_valid_roadmaps_round_trip_exactly(roadmap: Roadmap) -> None:
    data = dumps(roadmap)
    assert load_bytes(data) == roadmap
    assert dumps(load_bytes(data)) == data


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(roadmaps())
def test_save_then_load_is_identity(tmp_path: Path, roadmap: Roadmap) -> None:
    path = tmp_path / "r.pilotplan"
    save(roadmap, path)
    assert load(path) == roadmap
