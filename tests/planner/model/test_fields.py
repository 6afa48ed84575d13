"""The field registry: one description of every field for comparison, merge, tables and forms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from planner import i18n
from planner.model.fields import (
    FieldType,
    ValueType,
    editable_fields,
    field_label,
    field_phrase,
    field_spec,
    field_type,
)
from planner.model.kinds import KINDS, ROADMAP


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def _every_field() -> list[tuple[str, str]]:
    found = [(ROADMAP, name) for name in editable_fields(ROADMAP)]
    for kind in KINDS:
        found += [(kind.name, name) for name in kind.model.model_fields]
    return found


@pytest.mark.parametrize(("kind", "field"), _every_field())
def test_every_field_is_described_once_for_every_use(kind: str, field: str) -> None:
    spec = field_spec(kind, field)
    assert (spec.kind, spec.name) == (kind, field)
    assert isinstance(spec.family, FieldType)
    if spec.ref is not None:
        assert spec.value_type in (ValueType.REF, ValueType.REFS)
        assert (spec.value_type is ValueType.REFS) == spec.ref.many
    if spec.value_type is ValueType.ENUM:
        assert spec.enum is not None
    assert field_label(field)
    assert field_phrase(field)


def test_the_comparison_and_the_editors_read_the_same_types() -> None:
    stage = next(k for k in KINDS if k.name == "stage")
    assert field_spec("stage", "planned_end").value_type is ValueType.DATE
    assert field_type(stage.model, "planned_end") is FieldType.DATE
    use_case = next(k for k in KINDS if k.name == "use_case")
    ref = next(r for r in use_case.refs if r.field == "team_ids")
    assert field_spec("use_case", "team_ids").family is FieldType.REFS
    assert field_type(use_case.model, "team_ids", ref) is FieldType.REFS
    assert field_spec("metric", "min_value").family is FieldType.NUMBER
    assert field_spec("decision", "attendees").value_type is ValueType.TEXTS
    assert field_spec("baseline", "entries").value_type is ValueType.ENTRIES
    assert field_spec("stage", "colour").value_type is ValueType.COLOUR
    assert field_spec(ROADMAP, "horizon_end").value_type is ValueType.DATE


def test_constraints_come_from_the_model() -> None:
    progress = field_spec("use_case", "progress")
    assert (progress.minimum, progress.maximum) == (0, 100)
    assert field_spec("use_case", "name").required
    assert field_spec("stage", "actual_end").optional


def test_labels_and_phrases() -> None:
    assert field_label("planned_end") == "Planned end"
    assert field_label("some_new_field") == "Some new field"
    assert field_phrase("gate_review") == "review"
    assert field_phrase("planned_end") == "planned end"


def test_labels_follow_the_planners_language(french: None) -> None:
    assert field_label("planned_end") == "Fin prévue"
    assert field_label("team_ids") == "Équipes"
    assert field_phrase("gate_review") == "review"  # comparison sentences stay English
