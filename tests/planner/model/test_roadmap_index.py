"""The per-version index: positions built once per roadmap, carried by edits, gone with it."""

from __future__ import annotations

import copy
import gc
import pickle
import weakref

from planner.edit.operations import Insert, SetField, apply
from planner.evidence.index import index_for
from planner.model.entities import Team
from planner.model.index import index, positions
from planner.model.kinds import find, index_of
from planner.templates import sample


def test_positions_are_built_once_per_version() -> None:
    roadmap = sample()
    first = positions(roadmap, "use_cases")
    assert positions(roadmap, "use_cases") is first
    assert index_of(roadmap, "use_case") is first
    assert first == {u.id: i for i, u in enumerate(roadmap.use_cases)}
    assert index_for(roadmap) is index_for(roadmap)


def test_an_edit_in_place_keeps_the_positions_and_an_insert_rebuilds_them() -> None:
    roadmap = sample()
    before = index_of(roadmap, "use_case")
    teams = index_of(roadmap, "team")
    renamed, _ = apply(roadmap, SetField("use_case", roadmap.use_cases[0].id, "name", "X"))
    assert index_of(renamed, "use_case") is before  # same ids, same places
    assert index_of(renamed, "team") is teams  # an untouched list
    grown, _ = apply(roadmap, Insert("team", 0, Team(id="team-new", name="New")))
    assert index_of(grown, "team")["team-new"] == 0
    assert index_of(roadmap, "team").get("team-new") is None
    assert find(grown, "team", roadmap.teams[0].id) == roadmap.teams[0]


def test_a_copy_does_not_trust_its_parents_index() -> None:
    roadmap = sample()
    index_of(roadmap, "team")
    index_for(roadmap)
    fewer = roadmap.model_copy(update={"teams": roadmap.teams[1:]})
    assert index(fewer) is not index(roadmap)
    assert index_of(fewer, "team") == {t.id: i for i, t in enumerate(fewer.teams)}
    assert index_for(fewer).roadmap is fewer
    for twin in (copy.deepcopy(roadmap), pickle.loads(pickle.dumps(roadmap))):
        assert twin == roadmap
        assert index(twin) is not index(roadmap)
        assert index_of(twin, "team") == index_of(roadmap, "team")


def test_the_index_is_not_part_of_the_roadmap_and_goes_away_with_it() -> None:
    roadmap = sample()
    plain = roadmap.model_dump(mode="json")
    index_for(roadmap)
    assert roadmap.model_dump(mode="json") == plain
    gone = weakref.ref(roadmap)
    gc.disable()
    try:  # no cycle: reference counting frees it, the collector need not run
        del roadmap
        assert gone() is None
    finally:
        gc.enable()
