"""The one-pass open agrees with the careful two-phase path, or steps aside.

Contract of :func:`planner.file.fast_load.load_current`: for any bytes it returns
either ``None`` or exactly the roadmap the careful path (``safejson.parse``
then ``Roadmap.model_validate``) builds; it never raises. Files the careful
path refuses (repeated keys above all, which pydantic alone would accept)
must get ``None`` so that the careful path can name the problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import roadmaps

from planner import templates
from planner.file.fast_load import load_current
from planner.file.safejson import RoadmapLoadError, parse
from planner.file.storage import CURRENT_SCHEMA_VERSION, FORMAT, _from_envelope, dumps, load_bytes
from planner.model.entities import Roadmap

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import generate

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def fast(data: bytes) -> Roadmap | None:
    return load_current(data, format_name=FORMAT, version=CURRENT_SCHEMA_VERSION)


def careful(data: bytes) -> Roadmap | None:
    """The careful path's roadmap, or None where it refuses the bytes."""
    try:
        return _from_envelope(parse(data, max_bytes=len(data) + 1), "")
    except RoadmapLoadError:
        return None


def agree(data: bytes) -> Roadmap | None:
    quick = fast(data)
    if quick is not None:
        assert quick == careful(data)
    return quick


def test_sample_and_generated_roadmaps_take_the_fast_path() -> None:
    for roadmap in (templates.sample(), generate(300, seed=3)):
        data = dumps(roadmap)
        assert agree(data) == roadmap


def test_corpus_files_agree() -> None:
    files = sorted(CORPUS.glob("*/*.pilotplan"))
    assert files
    taken = [agree(path.read_bytes()) is not None for path in files]
    assert any(taken)  # the current-version sample at least


@given(roadmaps())
def test_any_valid_roadmap_takes_the_fast_path(roadmap: Roadmap) -> None:
    data = dumps(roadmap)
    assert fast(data) == roadmap
    compact = json.dumps(json.loads(data), separators=(",", ":"), ensure_ascii=False).encode()
    assert fast(compact) == roadmap
    # Escaped astral characters look like possible lone surrogates: careful path, same result.
    escaped = json.dumps(json.loads(data)).encode()
    assert agree(escaped) in (None, roadmap)


def _objects(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every JSON object inside ``value``."""
    found = []
    if isinstance(value, dict):
        found.append(path)
        for key, item in value.items():
            found += _objects(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _objects(item, (*path, i))
    return found


def _with_repeated_key(tree: dict[str, Any], path: tuple[Any, ...]) -> bytes:
    """The JSON text of ``tree`` with the first key of the object at ``path`` written twice."""
    marker = "\u2063repeat\u2063"
    target: Any = tree
    for step in path:
        target = target[step]
    key = next(iter(target))
    target[marker] = None
    text = json.dumps(tree, indent=2, ensure_ascii=False)
    # The marker pair becomes the first key again, with another value.
    return text.replace(f'"{marker}": null', f"{json.dumps(key)}: 0").encode()


@settings(max_examples=60)
@given(roadmaps(), st.data())
def test_a_repeated_key_anywhere_is_left_to_the_careful_path(
    roadmap: Roadmap, data: st.DataObject
) -> None:
    tree = json.loads(dumps(roadmap))
    path = data.draw(st.sampled_from(_objects(tree)))
    broken = _with_repeated_key(tree, path)
    assert fast(broken) is None
    with pytest.raises(RoadmapLoadError) as caught:
        load_bytes(broken)
    assert any(p.code == "duplicate_key" for p in caught.value.problems)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda t: t.update(schema_version=1), id="older version"),
        pytest.param(lambda t: t.update(schema_version=True), id="true as version"),
        pytest.param(lambda t: t.update(format="other"), id="other format"),
        pytest.param(lambda t: t.update(app_version=1), id="number as app version"),
        pytest.param(lambda t: t.update(app_version="x" * 65), id="long app version"),
        pytest.param(lambda t: t.update(extra=1), id="unknown envelope key"),
        pytest.param(lambda t: t.pop("app_version"), id="no app version"),
        pytest.param(lambda t: t["roadmap"].update(surprise=1), id="unknown roadmap key"),
        pytest.param(
            lambda t: t["roadmap"]["stages"][0].update(planned_start="soon"), id="bad date"
        ),
    ],
)
def test_unusual_envelopes_are_left_to_the_careful_path(change: Any) -> None:
    tree = json.loads(dumps(templates.sample()))
    change(tree)
    assert fast(json.dumps(tree).encode()) is None


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: d.replace(b'"hourly_cost": 55.0', b'"hourly_cost": NaN'), id="NaN"),
        pytest.param(
            lambda d: d.replace(b'"hourly_cost": 55.0', b'"hourly_cost": 1e999'), id="inf"
        ),
        pytest.param(
            lambda d: d.replace(b'"organisation": "', b'"organisation": "\\ud800'),
            id="lone surrogate",
        ),
        pytest.param(lambda d: d.replace(b"\n", b"\n" + b"[" * 70, 1), id="too deep"),
        pytest.param(lambda d: d[: len(d) // 2], id="truncated"),
        pytest.param(lambda d: d.replace(b'"', b"\xff", 1), id="invalid UTF-8"),
    ],
)
def test_bytes_the_careful_path_refuses_get_none(edit: Any) -> None:
    data = dumps(templates.sample())
    assert b'"hourly_cost": 55.0' in data
    broken = edit(data)
    assert fast(broken) is None
    with pytest.raises(RoadmapLoadError):
        load_bytes(broken)


def test_a_byte_order_mark_is_tolerated_like_the_careful_path() -> None:
    roadmap = templates.sample()
    assert fast(b"\xef\xbb\xbf" + dumps(roadmap)) == roadmap


_NOISE = [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b'\\"', b"0", b"NaN", b"null", b"\xff"]


@settings(max_examples=150)
@given(st.data())
def test_mutated_files_agree_with_the_careful_path(data: st.DataObject) -> None:
    original = bytearray(dumps(templates.sample()))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(original) - 1))
        kind = data.draw(st.sampled_from(["insert", "delete", "duplicate"]))
        if kind == "insert":
            original[at:at] = data.draw(st.sampled_from(_NOISE))
        elif kind == "delete":
            del original[at : at + data.draw(st.integers(1, 8))]
        else:
            original[at:at] = original[at : at + data.draw(st.integers(1, 200))]
    agree(bytes(original))
