"""Roadmap templates: ready-made ``.pilotplan`` files a new roadmap starts from.

Templates are data, not code: each is a ``.pilotplan`` file in
``resources/templates/``, opened through :mod:`planner.file.storage` like any other
roadmap. :func:`create` makes a new document from one — a fresh lineage, an
optional new title — and moves the template's story to today: every date of
the roadmap is shifted by the same whole number of weeks (Mondays stay
Mondays), so that the week after the last sample measurement is the current
week. A template without measurements is moved so that its horizon starts in
the current week.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from planner.dates import monday
from planner.file import lineage, storage
from planner.model.entities import Roadmap
from planner.resources import resources_dir

DEFAULT = "ai-adoption"

_DESCRIPTIONS = {
    "ai-adoption": (
        "AI adoption at a 2,000-person insurer: writing assistance → project management → "
        "bespoke tasks, with gates, friction points, use cases, people and sample usage data"
    ),
    "blank": "an empty roadmap with the standard metrics and one pilot stage to fill in",
}

_M = TypeVar("_M", bound=BaseModel)


class UnknownTemplateError(KeyError):
    """A template name that does not exist; the message lists the names that do."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown template"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def names() -> list[str]:
    """The available template names, the default first."""
    found = sorted(p.name.removesuffix(storage.SUFFIX) for p in templates_dir().glob("*.pilotplan"))
    return sorted(found, key=lambda name: (name != DEFAULT, name))


def path(name: str) -> Path:
    """The file of a template (:class:`UnknownTemplateError` if there is none)."""
    available = names()
    if name not in available:
        raise UnknownTemplateError(
            f"there is no template '{name}'; the templates are: {', '.join(available)}"
        )
    return templates_dir() / f"{name}{storage.SUFFIX}"


def describe(name: str) -> str:
    """One line saying what a template holds."""
    path(name)  # unknown names fail the same way everywhere
    return _DESCRIPTIONS.get(name, f"the '{name}' roadmap template")


def load(name: str) -> Roadmap:
    """A template exactly as stored (its own dates and lineage)."""
    return storage.load(path(name))


def create(
    name: str = DEFAULT, *, today: dt.date | None = None, title: str | None = None
) -> Roadmap:
    """A new roadmap from a template, its story moved to ``today`` (default: the real today).

    Raises :class:`UnknownTemplateError` for an unknown name and
    :class:`planner.file.storage.RoadmapLoadError` if the template file is damaged.
    """
    template = load(name)
    roadmap = shift_dates(template, weeks_to_today(template, today or dt.date.today()))
    update: dict[str, Any] = {"lineage": lineage.fresh()}
    if title is not None:
        update["title"] = title
    # Validate again: a title given by the caller must obey the model's rules.
    return Roadmap.model_validate({**roadmap.model_dump(), **update})


def sample() -> Roadmap:
    """The built-in sample roadmap: the AI-adoption template as of today."""
    return create(DEFAULT)


def weeks_to_today(roadmap: Roadmap, today: dt.date) -> int:
    """Whole weeks to shift a template by so that its story sits at ``today``.

    With measurements, the last measured week becomes the week before
    ``today``'s week; without, the horizon starts in ``today``'s week.
    """
    try:
        this_week = monday(today)
        if roadmap.measurements:
            anchor = max(m.week for m in roadmap.measurements)
            target = this_week - dt.timedelta(weeks=1)
        else:
            anchor, target = monday(roadmap.horizon_start), this_week
    except OverflowError:
        raise ValueError(f"{today} is too close to the ends of the calendar") from None
    return (target - anchor).days // 7


def shift_dates(roadmap: Roadmap, weeks: int) -> Roadmap:
    """The roadmap with every date in it moved by ``weeks`` weeks (may be negative).

    Walks every field of every model, so a date field added to the model later
    moves too. Raises ValueError if a date would leave the calendar's range.
    """
    if weeks == 0:
        return roadmap
    try:
        return _shift_model(roadmap, dt.timedelta(weeks=weeks))
    except OverflowError:
        raise ValueError(f"moving the roadmap by {weeks} weeks leaves the calendar") from None


def _shift_model(model: _M, delta: dt.timedelta) -> _M:
    update = {}
    for field in type(model).model_fields:
        value = getattr(model, field)
        moved = _shift_value(value, delta)
        if moved is not value:
            update[field] = moved
    # Shifting by whole weeks keeps every rule (order, Mondays), so no re-validation.
    return model.model_copy(update=update) if update else model


def _shift_value(value: Any, delta: dt.timedelta) -> Any:
    if isinstance(value, dt.date):  # datetimes are dates too, and move the same way
        return value + delta
    if isinstance(value, BaseModel):
        return _shift_model(value, delta)
    if isinstance(value, tuple):
        moved = tuple(_shift_value(item, delta) for item in value)
        return value if all(a is b for a, b in zip(moved, value, strict=True)) else moved
    return value
