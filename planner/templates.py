"""Roadmap templates: ready-made ``.pilotplan`` files a new roadmap starts from.

Templates are data, not code: each is a ``.pilotplan`` file in
``resources/templates/``, opened through :mod:`planner.file.storage` like any other
roadmap. There are two ways to start:

* a **template** (``ai-adoption``, ``blank``) gives the *structure* of a programme:
  its stages, their gate criteria with sourced thresholds, the standard metrics
  and the method — never the invented organisation of the example (people,
  teams, usage, feedback, decisions, baselines…). :func:`structure` derives it
  from the file by one rule (:data:`STRUCTURE_KINDS`, :data:`CONTENT_KINDS`), so
  the one sample file stays the only place the programme is written;
* the **sample** (``sample``) is the ``ai-adoption`` file whole: a believable
  programme ten weeks in, to look around in.

:func:`create` makes a new document from either — a fresh lineage, an optional
new title — and moves its story to today: every date of the roadmap is shifted
by the same whole number of weeks (Mondays stay Mondays), so that the week after
the last sample measurement is the current week. A roadmap without measurements
(every structure) is moved so that its horizon starts in the current week.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from planner.dates import monday
from planner.file import lineage, storage
from planner.model.entities import Roadmap
from planner.model.kinds import KINDS, OnDelete
from planner.resources import resources_dir

DEFAULT = "ai-adoption"
SAMPLE = "sample"
"""The full example programme: the ``ai-adoption`` file with everything in it."""
_EXAMPLES = {SAMPLE: DEFAULT}
"""Names that open a template file whole (its invented content included)."""

STRUCTURE_KINDS: dict[str, dict[str, Any]] = {
    "metric": {},
    "stage": {
        "actual_start": None,
        "actual_end": None,
        "status": "planned",
        "target_users": 0,
        "team_ids": (),
    },
    "criterion": {},
    "licence": {"seats": 0, "team_id": None, "source": "manual"},
}
"""What a new roadmap keeps of a template: these kinds of entity, with the listed
fields set to these values (what already happened, who is in scope and how many
seats were bought belong to the example's organisation, not to the method; a
licence keeps its product and its sourced price, like a criterion its threshold)."""

CONTENT_KINDS = frozenset(
    {
        "team",
        "person",
        "data_source",
        "friction_point",
        "use_case",
        "measurement",
        "feedback",
        "decision",
        "action",
        "one_off_cost",
        "risk",
        "baseline",
        "register_entry",
        "idea",
    }
)
"""Kinds that only the example holds: its organisation, its people and their usage, what
was said, decided and done, what it spent and how its use cases were screened. Every kind
of the registry is in exactly one of the two (a test says so); a kind in neither is
treated as content, so nothing invented slips through. (Some names are of kinds still
being added on other branches: classified before they arrive.)"""

ROADMAP_CONTENT_FIELDS = ("organisation", "owner", "objective")
"""The roadmap's own fields that are the example's: its organisation, its programme owner
and its objective (written for the insurer's own claims and underwriting data)."""

_DESCRIPTIONS = {
    "ai-adoption": (
        "the AI-adoption method to fill in: writing assistance → project management → "
        "bespoke tasks, each with a go/no-go gate whose thresholds cite their source, "
        "and the standard metrics; no people, usage, feedback or decisions yet"
    ),
    "blank": "an empty roadmap with the standard metrics and one pilot stage to fill in",
    SAMPLE: (
        "the full example: an AI programme at a 2,000-person insurer ten weeks in, with "
        "teams, people, friction points, use cases, usage, feedback, a gate decision and "
        "risks (all invented)"
    ),
}

_M = TypeVar("_M", bound=BaseModel)


class UnknownTemplateError(KeyError):
    """A template name that does not exist; the message lists the names that do."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown template"


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _files() -> list[str]:
    return sorted(
        p.name.removesuffix(storage.SUFFIX) for p in templates_dir().glob(f"*{storage.SUFFIX}")
    )


def names() -> list[str]:
    """The available template names, the default first and the sample last."""
    files = _files()
    found = files + [name for name, file in _EXAMPLES.items() if file in files]
    return sorted(found, key=lambda name: (name != DEFAULT, name in _EXAMPLES, name))


def is_example(name: str) -> bool:
    """True for a name that opens a whole example rather than a structure to fill in."""
    return name in _EXAMPLES


def path(name: str) -> Path:
    """The file of a template (:class:`UnknownTemplateError` if there is none); the sample's
    is the file it is taken whole from."""
    available = names()
    if name not in available:
        raise UnknownTemplateError(
            f"there is no template '{name}'; the templates are: {', '.join(available)}"
        )
    return templates_dir() / f"{_EXAMPLES.get(name, name)}{storage.SUFFIX}"


def describe(name: str) -> str:
    """One line saying what a template holds."""
    path(name)  # unknown names fail the same way everywhere
    return _DESCRIPTIONS.get(name, f"the '{name}' roadmap template")


def load(name: str) -> Roadmap:
    """A template file exactly as stored (its own dates and lineage, its sample content:
    ``load("ai-adoption")`` is the sample file; :func:`create` is what a new roadmap gets)."""
    return storage.load(path(name))


def structure(roadmap: Roadmap) -> Roadmap:
    """The roadmap without its invented content: only :data:`STRUCTURE_KINDS` (their listed
    fields back to defaults), references to anything else cleared (or, where the model
    says an entity has no meaning without its target, the entity dropped), and the
    roadmap's organisation and owner left empty."""
    kept: dict[str, list[Any]] = {
        k.name: list(k.entities(roadmap)) for k in KINDS if k.name in STRUCTURE_KINDS
    }
    changed = True
    while changed:  # a dropped entity may be the target of another kept one
        changed = False
        ids = {name: {e.id for e in entities} for name, entities in kept.items()}
        for k in KINDS:
            if k.name not in kept:
                continue
            entities = []
            for entity in kept[k.name]:
                cleaned = _without_lost_refs(entity, k.refs, ids)
                if cleaned is None:
                    changed = True
                    continue
                entities.append(_with(cleaned, STRUCTURE_KINDS[k.name]))
            kept[k.name] = entities
    update: dict[str, Any] = {k.attr: tuple(kept.get(k.name, ())) for k in KINDS}
    for field in ROADMAP_CONTENT_FIELDS:
        update[field] = Roadmap.model_fields[field].get_default(call_default_factory=True)
    return roadmap.model_copy(update=update)


def _without_lost_refs(entity: Any, refs: Any, ids: dict[str, set[str]]) -> Any | None:
    """The entity with references to entities no longer there cleared (None: drop it)."""
    update: dict[str, Any] = {}
    for ref in refs:
        present = ids.get(ref.target, set())
        value = getattr(entity, ref.field)
        if ref.many:
            remaining = tuple(v for v in value if v in present)
            if remaining != tuple(value):
                update[ref.field] = remaining
        elif value is not None and value not in present:
            if ref.on_delete is OnDelete.CASCADE:
                return None
            update[ref.field] = None
    return entity.model_copy(update=update) if update else entity


def _with(entity: Any, values: dict[str, Any]) -> Any:
    """The entity with these field values (validated: a value the model refuses fails)."""
    if not values:
        return entity
    return type(entity).model_validate({**entity.model_dump(), **values})


def create(
    name: str = DEFAULT, *, today: dt.date | None = None, title: str | None = None
) -> Roadmap:
    """A new roadmap from a template, its story moved to ``today`` (default: the real today).

    A template gives its :func:`structure`; the sample (``sample``) gives everything.
    Raises :class:`UnknownTemplateError` for an unknown name and
    :class:`planner.file.storage.RoadmapLoadError` if the template file is damaged.
    """
    template = load(name) if is_example(name) else structure(load(name))
    roadmap = shift_dates(template, weeks_to_today(template, today or dt.date.today()))
    update: dict[str, Any] = {"lineage": lineage.fresh()}
    if title is not None:
        update["title"] = title
    # Validate again: a title given by the caller must obey the model's rules.
    return Roadmap.model_validate({**roadmap.model_dump(), **update})


def sample() -> Roadmap:
    """The built-in sample programme, whole, as of today (what the app opens first)."""
    return create(SAMPLE)


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
