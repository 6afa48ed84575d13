"""Copy and paste between roadmaps: fresh ids, references kept or detached, bad data refused."""

from __future__ import annotations

import json

import pytest

from planner.edit.operations import apply_all
from planner.edit.transfer import PasteError, parse, paste_ops, payload
from planner.i18n import using
from planner.templates import sample


def _bytes(value: object) -> bytes:
    return json.dumps(value).encode()


def test_pasted_use_cases_get_new_ids_and_lose_missing_references() -> None:
    roadmap = sample()
    copied = parse(_bytes(payload("use_case", roadmap.use_cases[:2])), "the clipboard")
    other = roadmap.model_copy(update={"use_cases": roadmap.use_cases[2:], "people": ()})
    ops = paste_ops(other, "use_case", copied)
    changed, _ = apply_all(other, ops)
    pasted = changed.use_cases[-2:]
    assert {u.id for u in pasted}.isdisjoint(u.id for u in roadmap.use_cases)
    assert all(u.owner_id is None for u in pasted)
    assert [u.stage_id for u in pasted] == [u.stage_id for u in roadmap.use_cases[:2]]


def test_references_between_pasted_entities_follow_the_copies() -> None:
    roadmap = sample()
    first, second = roadmap.use_cases[:2]
    linked = second.model_copy(update={"depends_on": (first.id,)})
    copied = parse(_bytes(payload("use_case", [first, linked])), "x")
    ops = paste_ops(roadmap, "use_case", copied)
    assert ops[1].entity.depends_on == (ops[0].entity.id,)  # type: ignore[attr-defined]


def test_pasted_measurements_take_free_weeks() -> None:
    roadmap = sample()
    m = roadmap.measurements[0]
    twin = m.model_copy(update={"id": "meas-twin"})
    ops = paste_ops(roadmap, "measurement", payload("measurement", [m, twin]))
    weeks = [op.entity.week for op in ops]  # type: ignore[attr-defined]
    assert len(set(weeks)) == 2
    assert m.week not in weeks
    apply_all(roadmap, ops)


@pytest.mark.parametrize(
    ("copied", "words"),
    [
        (b"[]", "no rows"),
        (
            _bytes({"format": "pilot-planner-entities", "kind": "use_case", "entities": []}),
            "no rows",
        ),
        (
            _bytes({"format": "pilot-planner-entities", "kind": "team", "entities": [{"a": 1}]}),
            "paste them in their own table",
        ),
        (
            _bytes({"format": "pilot-planner-entities", "kind": "use_case", "entities": [{}]}),
            "Row 1 of the clipboard cannot be pasted",
        ),
        (b'{"format": "pilot-planner-entities", "format": "x"}', "more than once"),
        (b"[" * 100_000 + b"]" * 100_000, None),
    ],
)
def test_bad_copies_are_refused_with_a_reason(copied: bytes, words: str | None) -> None:
    with pytest.raises(PasteError, match=words):
        paste_ops(sample(), "use_case", parse(copied, "the clipboard"))


def test_refusals_are_in_the_planner_language() -> None:
    with using("fr"), pytest.raises(PasteError, match="leur propre tableau"):
        paste_ops(sample(), "use_case", payload("team", sample().teams[:1]))
