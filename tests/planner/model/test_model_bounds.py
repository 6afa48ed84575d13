"""Every value a roadmap file can carry is bounded by its type (issue 19, class 1).

Walks every model reachable from :class:`Roadmap` — including kinds added
later — so a new field cannot forget its bound: dates within the supported
range, numbers with a lower and upper limit, texts with a length, lists with a
maximum length that stop at their first damaged item (``fail_fast``), so a
file of millions of bad items costs no more than one.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterator
from typing import Any

import annotated_types
import pytest
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from planner.model.entities import Roadmap
from planner.model.types import FIRST_DAY, LAST_DAY


def _models(
    cls: type[BaseModel], seen: set[type[BaseModel]] | None = None
) -> Iterator[type[BaseModel]]:
    seen = set() if seen is None else seen
    if cls in seen:
        return
    seen.add(cls)
    yield cls
    for info in cls.model_fields.values():
        for inner in _inner_types(info.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                yield from _models(inner, seen)


def _inner_types(annotation: Any) -> Iterator[Any]:
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _inner_types(arg)


def _fields() -> list[tuple[str, FieldInfo]]:
    return [
        (f"{model.__name__}.{name}", info)
        for model in _models(Roadmap)
        for name, info in model.model_fields.items()
    ]


def _bare(annotation: Any) -> Any:
    """``X | None`` → ``X``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _limits(info: FieldInfo, annotation: Any) -> list[Any]:
    found = list(info.metadata)
    for arg in (
        typing.get_args(annotation)[1:] if typing.get_origin(annotation) is typing.Annotated else ()
    ):
        found.append(arg)
    return found


def _bounds(metadata: list[Any]) -> tuple[Any, Any]:
    low = high = None
    for item in metadata:
        if isinstance(item, annotated_types.Ge | annotated_types.Gt):
            low = getattr(item, "ge", getattr(item, "gt", None))
        if isinstance(item, annotated_types.Le | annotated_types.Lt):
            high = getattr(item, "le", getattr(item, "lt", None))
    return low, high


FIELDS = _fields()


@pytest.mark.parametrize(("name", "info"), FIELDS, ids=[n for n, _ in FIELDS])
def test_every_field_is_bounded(name: str, info: FieldInfo) -> None:
    kind = _bare(info.annotation)
    metadata = _limits(info, info.annotation)
    if kind is dt.date:
        assert _bounds(metadata) == (FIRST_DAY, LAST_DAY), f"{name}: use planner.model.types.Day"
    elif kind in (int, float):
        low, high = _bounds(metadata)
        assert low is not None, f"{name}: a number needs ge="
        assert high is not None, f"{name}: a number needs le="
    elif kind is str:
        assert any(isinstance(m, annotated_types.MaxLen) for m in metadata) or any(
            getattr(m, "max_length", None) or getattr(m, "pattern", None) for m in metadata
        ), f"{name}: a text needs a length limit or a pattern"
    elif typing.get_origin(kind) is tuple:
        assert any(isinstance(m, annotated_types.MaxLen) for m in metadata), f"{name}: max_length"
        assert any(getattr(m, "fail_fast", False) for m in metadata), (
            f"{name}: a list must stop at its first damaged item (fail_fast=True)"
        )


def test_the_walk_reaches_every_kind_of_field() -> None:
    names = {n for n, _ in FIELDS}
    assert {"Measurement.week", "Metric.max_value", "Roadmap.measurements", "Team.name"} <= names


@pytest.mark.parametrize(
    ("kind", "field", "value", "words"),
    [
        ("use_case", "planned_end", dt.date(9999, 12, 31), "outside the dates the app supports"),
        ("stage", "planned_start", dt.date(1, 1, 1), "outside the dates the app supports"),
        ("metric", "max_value", 1.7e308, "less than or equal to 1000000000000"),
        ("measurement", "value", -1.7e308, "greater than or equal to -1000000000000"),
    ],
)
def test_typed_edits_meet_the_same_bounds(kind: str, field: str, value: object, words: str) -> None:
    # Before: a metric range of ±1.7e308 passed and crashed the Overview chart; a date in
    # 9999 broke the timeline ('year 10000 is out of range').
    from planner import templates
    from planner.edit.operations import EditError, SetField, apply
    from planner.model.kinds import BY_NAME

    roadmap = templates.sample()
    entity = BY_NAME[kind].entities(roadmap)[0]
    with pytest.raises(EditError) as info:
        apply(roadmap, SetField(kind, entity.id, field, value))
    assert words in str(info.value)


def test_typed_edits_still_convert_what_the_user_typed() -> None:
    """Files are read strictly; an edit may still give text for a number (a cell typed)."""
    from planner import templates
    from planner.edit.operations import SetField, apply

    roadmap = templates.sample()
    team = roadmap.teams[0]
    changed, _ = apply(roadmap, SetField("team", team.id, "headcount", "55"))
    assert changed.teams[0].headcount == 55
