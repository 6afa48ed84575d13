"""Models given every field share their class's set of field names (planner.model.fields_set)."""

from __future__ import annotations

import copy
import pickle
import sys
from pathlib import Path

import pytest

from planner.file.storage import dumps, load_bytes
from planner.model.entities import Measurement, Roadmap, Team, UseCase
from planner.model.fields_set import AllFields
from planner.model.kinds import KINDS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

OPENED = load_bytes(dumps(generate(40, seed=5)))


def test_every_entity_read_from_a_file_shares_its_class_set() -> None:
    for kind in KINDS:
        entities = kind.entities(OPENED)
        for entity in entities:
            names = entity.model_fields_set
            assert names == set(type(entity).model_fields)
            # one object per class: the instances' own sets were not kept
            assert names is entities[0].model_fields_set
            assert isinstance(names, AllFields)
    assert OPENED.model_fields_set == set(Roadmap.model_fields)


def test_a_model_given_some_fields_keeps_its_own_set() -> None:
    team = Team(id="t1", name="Claims")
    assert team.model_fields_set == {"id", "name"}
    assert type(team.model_fields_set) is set
    other = Team(id="t2", name="Sales")
    assert team.model_fields_set is not other.model_fields_set
    assert team.model_dump(exclude_unset=True) == {"id": "t1", "name": "Claims"}


def test_copies_and_updates_keep_the_names_and_leave_the_shared_set_alone() -> None:
    use_case = OPENED.use_cases[0]
    shared = use_case.model_fields_set
    changed = use_case.model_copy(update={"name": "Renamed", "progress": 40})
    assert changed.name == "Renamed"
    assert changed.progress == 40
    assert changed.model_fields_set == set(UseCase.model_fields)
    assert shared == set(UseCase.model_fields)
    assert use_case.name != "Renamed"
    copies = (copy.copy(use_case), copy.deepcopy(use_case), pickle.loads(pickle.dumps(use_case)))
    for made in copies:
        assert made == use_case
        assert made.model_fields_set == set(UseCase.model_fields)
    full = use_case.model_dump()
    assert use_case.model_dump(exclude_unset=True) == full


def test_the_shared_set_cannot_change() -> None:
    shared = OPENED.measurements[0].model_fields_set
    before = set(shared)
    shared.add("week")  # a name it holds: nothing to do
    shared.update({"value", "id"})
    shared |= {"source"}
    for change in (
        lambda: shared.add("other"),
        lambda: shared.update({"other"}),
        lambda: shared.discard("week"),
        lambda: shared.remove("week"),
        shared.pop,
        shared.clear,
        lambda: shared.difference_update({"week"}),
        lambda: shared.intersection_update({"week"}),
        lambda: shared.symmetric_difference_update({"week"}),
    ):
        with pytest.raises(TypeError):
            change()
    assert shared == before == set(Measurement.model_fields)


def test_the_opened_roadmap_holds_what_was_saved() -> None:
    made = generate(40, seed=5)
    assert made == OPENED
    assert made.model_dump() == OPENED.model_dump()
    assert dumps(OPENED) == dumps(made)
