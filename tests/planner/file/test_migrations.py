"""Older files migrate step by step; every stored sample and regression file behaves as recorded."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner.file import migrations
from planner.file.storage import CURRENT_SCHEMA_VERSION, RoadmapLoadError, dumps, load, load_bytes
from planner.model.entities import Lineage

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
V1 = CORPUS / "v1" / "ai-rollout.pilotplan"
V2 = CORPUS / "v2" / "ai-rollout.pilotplan"
REGRESSIONS = sorted((CORPUS / "regressions").glob("*.pilotplan"))


def test_every_step_exists_and_leads_to_the_current_version() -> None:
    assert migrations.CURRENT_SCHEMA_VERSION == CURRENT_SCHEMA_VERSION
    versions = range(migrations.OLDEST_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION)
    assert sorted(migrations.STEPS) == list(versions)


def test_every_version_has_a_stored_sample() -> None:
    for version in range(migrations.OLDEST_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION + 1):
        samples = list((CORPUS / f"v{version}").glob("*.pilotplan"))
        assert samples, f"freeze a sample written by format version {version} in tests/corpus"
        for sample in samples:
            assert json.loads(sample.read_bytes())["schema_version"] == version


def test_v1_sample_migrates_to_the_expected_roadmap() -> None:
    """The v1 sample is the v2 sample as version 1 wrote it: no lineage, no baselines."""
    migrated = load(V1)
    expected = load(V2)
    assert migrated.baselines == ()
    assert migrated.lineage.revision == 0
    assert migrated.lineage.derived_from is None
    assert migrated.lineage.document_id != expected.lineage.document_id
    assert migrated == expected.model_copy(update={"lineage": migrated.lineage, "baselines": ()})


def test_migrated_file_saves_as_the_current_version() -> None:
    migrated = load(V1)
    data = dumps(migrated)
    assert json.loads(data)["schema_version"] == CURRENT_SCHEMA_VERSION
    assert load_bytes(data) == migrated


def test_each_v1_file_becomes_a_new_document() -> None:
    assert load(V1).lineage.document_id != load(V1).lineage.document_id


def test_v1_to_v2_step_on_the_raw_envelope() -> None:
    envelope: dict[str, Any] = json.loads(V1.read_bytes())
    original = json.loads(V1.read_bytes())
    result = migrations.STEPS[1](envelope)
    assert envelope == original  # the step does not modify its input
    assert result["schema_version"] == 2
    assert result["roadmap"]["baselines"] == []
    Lineage.model_validate(result["roadmap"]["lineage"])
    assert {k: v for k, v in result["roadmap"].items() if k not in ("lineage", "baselines")} == (
        original["roadmap"]
    )


def test_v1_step_tolerates_a_damaged_file() -> None:
    """Steps never validate: garbage passes through and validation reports it."""
    assert migrations.STEPS[1]({"schema_version": 1, "roadmap": [1]})["roadmap"] == [1]
    assert "roadmap" not in migrations.STEPS[1]({"schema_version": 1})
    with pytest.raises(RoadmapLoadError) as info:
        load_bytes(
            json.dumps(
                {"format": "pilot-planner-roadmap", "schema_version": 1, "app_version": "0"}
            ).encode()
        )
    assert [(p.where, p.code) for p in info.value.problems] == [("roadmap", "missing")]


def test_damaged_v1_file_reports_paths_like_a_current_one() -> None:
    envelope = json.loads(V1.read_bytes())
    envelope["roadmap"]["use_cases"][1]["stage_id"] = "stage-9"
    with pytest.raises(RoadmapLoadError) as info:
        load_bytes(json.dumps(envelope).encode())
    assert [(p.where, p.code) for p in info.value.problems] == [
        ("roadmap.use_cases[1].stage_id", "dangling_reference")
    ]


def test_migrate_refuses_unknown_versions() -> None:
    with pytest.raises(ValueError, match="no migration"):
        migrations.migrate({}, 0)
    with pytest.raises(ValueError, match="no migration"):
        migrations.migrate({}, CURRENT_SCHEMA_VERSION + 1)


def test_current_version_needs_no_migration() -> None:
    envelope = {"schema_version": CURRENT_SCHEMA_VERSION, "roadmap": {}}
    assert migrations.migrate(envelope, CURRENT_SCHEMA_VERSION) is envelope


@pytest.mark.parametrize(
    "sample", sorted(CORPUS.glob("v*/*.pilotplan")), ids=lambda p: p.parent.name
)
def test_stored_samples_load_and_round_trip(sample: Path) -> None:
    roadmap = load(sample)
    assert load_bytes(dumps(roadmap)) == roadmap


def test_regression_corpus_is_present() -> None:
    assert REGRESSIONS


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda p: p.stem)
def test_regression_files_behave_as_recorded(path: Path) -> None:
    """Every file that once broke or surprised the loader, with what it must do now."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    if expected["loads"]:
        roadmap = load(path)
        assert load_bytes(dumps(roadmap)) == roadmap
        return
    with pytest.raises(RoadmapLoadError) as info:
        load(path)
    found = [[p.where, p.code] for p in info.value.problems]
    assert found == expected["problems"]


def test_v2_to_v3_names_the_review_and_turns_conditions_into_actions() -> None:
    """The v2 sample's decision (12 Mar, review 12 Mar) had one condition."""
    roadmap = load(V2)
    decision = roadmap.decisions[0]
    assert decision.review == decision.date  # recorded on the review day: that review's
    assert decision.conditions == ""  # moved, not duplicated
    (action,) = roadmap.actions
    assert action.text == "Train the remaining key users before April."
    assert (action.decision_id, action.stage_id) == (decision.id, decision.stage_id)
    assert action.status.value == "open"


def test_v2_to_v3_step_on_the_raw_envelope() -> None:
    envelope = {
        "schema_version": 2,
        "roadmap": {
            "stages": [{"id": "s1", "gate_review": "2026-03-26"}],
            "decisions": [
                {"id": "d-early", "stage_id": "s1", "date": "2026-01-15", "conditions": ""},
                {"id": "d-lead", "stage_id": "s1", "date": "2026-03-02",
                 "conditions": "- Train HR\n\n2) Clean the library  \n"},
                "damaged",
            ],
        },
    }  # fmt: skip
    result = migrations.STEPS[2](envelope)
    decisions = result["roadmap"]["decisions"]
    assert decisions[0]["review"] == "2026-01-15"  # an earlier review, held that day
    assert decisions[1]["review"] == "2026-03-26"  # within four weeks of the review
    assert decisions[2] == "damaged"  # left for validation to report
    actions = result["roadmap"]["actions"]
    assert [a["text"] for a in actions] == ["Train HR", "Clean the library"]
    assert {a["due"] for a in actions} == {"2026-03-26"}
    assert decisions[1]["conditions"] == ""
    assert envelope["roadmap"]["decisions"][1]["conditions"]  # the input is not changed
