"""Copy and paste of rows: references kept or detached, hostile clipboards refused."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData

from planner.edit.factory import CannotAdd, duplicate, new_entity
from planner.edit.operations import Batch, apply
from ui.models.columns import columns
from ui.views.clipboard import MIME_TYPE, PasteError, copy_rows, paste_ops, read_payload

sys.path.insert(0, str(Path(__file__).parents[1]))
from _editing_sample import sample


def _mime(payload: object) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload).encode())
    return mime


def test_pasted_rows_get_new_ids_and_keep_valid_references(qapp) -> None:
    roadmap = sample()
    mime = copy_rows(roadmap, "use_case", list(roadmap.use_cases[:2]), columns("use_case"))
    payload = read_payload(mime)
    # Paste into a roadmap without the friction point 'fp-letters' nor the owner.
    other = roadmap.model_copy(
        update={
            "use_cases": roadmap.use_cases[2:],
            "people": (),
            "friction_points": roadmap.friction_points[:1],
        }
    )
    ops = paste_ops(other, "use_case", payload)
    new, _ = apply(other, Batch(tuple(ops)))
    minutes, letters = new.use_cases[-2:]
    assert minutes.id not in ("uc-min", "uc-letters")
    assert minutes.owner_id is None  # no such person here: detached
    assert letters.friction_point_ids == ("fp-min",)  # the missing one dropped
    assert letters.depends_on == (minutes.id,)  # between pasted rows: follows the copy


def test_scope_is_applied_to_pasted_criteria(qapp) -> None:
    roadmap = sample()
    mime = copy_rows(roadmap, "criterion", [roadmap.criteria[0]], columns("criterion"))
    ops = paste_ops(roadmap, "criterion", read_payload(mime), scope={"stage_id": "st-pm"})
    assert ops[0].entity.stage_id == "st-pm"


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ({"format": "something else"}, "no rows copied"),
        ({"format": "pilot-planner-entities", "kind": "use_case", "entities": []}, "no rows"),
        (
            {"format": "pilot-planner-entities", "kind": "use_case", "entities": [{"id": "x"}]},
            "cannot be pasted",
        ),
        (
            {"format": "pilot-planner-entities", "kind": "team", "entities": [{"name": "A"}]},
            "paste them in their own table",
        ),
    ],
)
def test_bad_clipboards_are_refused_with_a_reason(qapp, payload, words) -> None:
    with pytest.raises(PasteError, match=words):
        paste_ops(sample(), "use_case", read_payload(_mime(payload)))


def test_hostile_clipboard_json_is_refused(qapp) -> None:
    mime = QMimeData()
    mime.setData(MIME_TYPE, b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(PasteError):
        read_payload(mime)
    mime = QMimeData()
    mime.setData(MIME_TYPE, b'{"format": "pilot-planner-entities", "format": "x"}')
    with pytest.raises(PasteError, match="more than once"):
        read_payload(mime)


def test_add_explains_what_is_missing_first(qapp) -> None:
    empty = sample().model_copy(update={"metrics": (), "criteria": (), "measurements": ()})
    with pytest.raises(CannotAdd, match="Add a metric first"):
        new_entity(empty, "criterion", scope={"stage_id": "st-write"})
    no_stages = sample().model_copy(
        update={"stages": (), "criteria": (), "decisions": (), "measurements": ()}
    )
    with pytest.raises(CannotAdd, match="Add a stage first"):
        new_entity(no_stages, "decision")


def test_new_and_duplicated_measurements_take_a_free_week(qapp) -> None:
    roadmap = sample()
    ops = duplicate(roadmap, "measurement", roadmap.measurements[0])
    copy = ops[0].entity
    assert copy.week.isoformat() == "2026-02-16"  # 02-02 and 02-09 are taken
    new, _ = apply(roadmap, ops[0])
    assert len(new.measurements) == 4
    fresh = new_entity(roadmap, "measurement", near=roadmap.measurements[0])
    assert fresh.metric_id == "met-wau"
    assert fresh.week.weekday() == 0


@pytest.mark.parametrize("kind", sorted(columns.__globals__["COLUMNS"]))
def test_every_kind_can_be_added_duplicated_and_pasted(qapp, kind: str) -> None:
    from planner.edit.operations import Insert
    from planner.model.kinds import BY_NAME

    roadmap = sample()
    entity = BY_NAME[kind].entities(roadmap)[0]
    added, _ = apply(roadmap, Insert(kind, -1, new_entity(roadmap, kind, near=entity)))
    duplicated, _ = apply(roadmap, Batch(tuple(duplicate(roadmap, kind, entity))))
    mime = copy_rows(roadmap, kind, [entity], columns(kind))
    pasted, _ = apply(roadmap, Batch(tuple(paste_ops(roadmap, kind, read_payload(mime)))))
    for result in (added, duplicated, pasted):
        assert len(BY_NAME[kind].entities(result)) == len(BY_NAME[kind].entities(roadmap)) + 1
