"""The rules' columns: each kind's screened fields, read in chunks from the instance
dictionaries, are the fields read one entity at a time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from planner.model.kinds import KINDS
from planner.rules import columns
from planner.rules.columns import Columns

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate

ROADMAP = generate(60, seed=3)


@pytest.mark.parametrize("chunk", [1, 7, 60, 4096])
def test_columns_are_the_fields_of_each_entity(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(columns, "_CHUNK", chunk)
    read = Columns(ROADMAP)
    for kind in KINDS:
        entities = kind.entities(ROADMAP)
        made = read.of(kind)
        assert "id" in made
        for field, values in made.items():
            assert values == tuple(getattr(e, field) for e in entities), (kind.name, field)
        assert dict(read.positions(kind)) == {e.id: i for i, e in enumerate(entities)}
