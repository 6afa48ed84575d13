"""The register survives save/load, comparison, merging and undo like every entity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner import templates
from planner.diff import compare
from planner.edit.operations import EditError, Insert, Remove, apply
from planner.file import storage
from planner.merge import MINE, THEIRS, Code, merge, resolve
from planner.model.entities import Roadmap
from planner.model.register import Lifecycle, RegisterEntry, Tier, entry_id
from planner.register import edit
from planner.register.screening import screen
from planner.rules import invariants

HR = "uc-performance-reviews"
MINUTES = "uc-meeting-minutes"


@pytest.fixture(scope="module")
def base() -> Roadmap:
    return templates.load("ai-adoption")


def entry(roadmap: Roadmap, use_case_id: str) -> RegisterEntry | None:
    return edit.entry_of(roadmap, use_case_id)


def test_the_template_register_saves_and_loads_unchanged(base: Roadmap, tmp_path: Path) -> None:
    path = tmp_path / "r.pilotplan"
    storage.save(base, path)
    loaded = storage.load(path)
    assert loaded.register_entries == base.register_entries
    assert loaded.ai_literacy_target == base.ai_literacy_target
    assert b'"register_entries"' in path.read_bytes()


def test_a_version_2_file_loads_with_an_empty_register(tmp_path: Path) -> None:
    blank = templates.load("blank")
    data = storage.dumps(blank).decode("utf-8")
    old = data.replace('"schema_version": 3', '"schema_version": 2')
    old = old.replace('  "ai_literacy_target": 80,\n', "")
    roadmap = storage.load_bytes(old.encode("utf-8"))
    assert roadmap.register_entries == ()
    assert roadmap.ai_literacy_target == 80


def test_first_edit_creates_the_entry_and_undo_removes_it(base: Roadmap) -> None:
    op = edit.set_answer(base, "uc-complaint-routing", "art5_manipulation", False)
    changed, inverse = apply(base, op)
    created = entry(changed, "uc-complaint-routing")
    assert created is not None
    assert created.id == "reg-uc-complaint-routing"
    back, _ = apply(changed, inverse)
    assert back.register_entries == base.register_entries


def test_every_register_edit_undoes(base: Roadmap) -> None:
    steps = [
        edit.set_field(base, MINUTES, "vendor", "Contoso"),
        edit.set_answer(base, MINUTES, "art50_synthetic", True),
        edit.set_answer(base, MINUTES, "art50_synthetic", None),
        edit.change_lifecycle(base, MINUTES, Lifecycle.RESTRICTED, dt.date(2026, 4, 1), "Audit"),
        edit.set_override(base, MINUTES, Tier.HIGH_RISK, "Prudence until the audit"),
    ]
    for op in steps:
        changed, inverse = apply(base, op)
        assert changed != base
        back, _ = apply(changed, inverse)
        assert back == base


def test_lifecycle_history_stays_in_date_order(base: Roadmap) -> None:
    op = edit.change_lifecycle(base, MINUTES, Lifecycle.RESTRICTED, dt.date(2026, 1, 1))
    changed, _ = apply(base, op)
    history = entry(changed, MINUTES).lifecycle  # type: ignore[union-attr]
    assert [e.on for e in history] == sorted(e.on for e in history)
    assert history[1].state is Lifecycle.RESTRICTED


def test_override_without_justification_is_refused_and_nothing_changes(base: Roadmap) -> None:
    with pytest.raises(EditError, match="written justification"):
        apply(base, edit.set_field(base, MINUTES, "override_tier", Tier.MINIMAL))
    with pytest.raises(EditError, match="written justification"):
        apply(base, edit.set_override(base, MINUTES, Tier.MINIMAL, ""))
    changed, _ = apply(base, edit.set_override(base, MINUTES, Tier.MINIMAL, "Counsel agrees"))
    cleared, _ = apply(changed, edit.set_override(changed, MINUTES, None, ""))
    assert screen(entry(cleared, MINUTES)).overridden is False


def test_removing_a_use_case_removes_its_entry_and_a_person_only_detaches(base: Roadmap) -> None:
    without, inverse = apply(base, Remove("use_case", HR))
    assert entry(without, HR) is None
    assert apply(without, inverse)[0] == base
    no_paula, _ = apply(base, Remove("person", "person-paula-costa"))
    assert entry(no_paula, HR).overseer_id is None  # type: ignore[union-attr]
    assert invariants.check(no_paula) == []


def test_a_second_entry_for_the_same_use_case_is_refused(base: Roadmap) -> None:
    twin = RegisterEntry(id="reg-other", use_case_id=HR)
    with pytest.raises(EditError, match="second register entry"):
        apply(base, Insert("register_entry", -1, twin))


def test_entry_ids_are_derived_and_stay_valid() -> None:
    assert entry_id("uc-1") == "reg-uc-1"
    long = "u" * 64
    derived = entry_id(long)
    assert derived.startswith("reg-")
    assert len(derived) <= 64
    assert entry_id("uc-1", {"reg-uc-1"}) != "reg-uc-1"


def test_comparison_names_the_use_case_and_the_change(base: Roadmap) -> None:
    changed, _ = apply(base, edit.set_field(base, HR, "log_retention_months", 3))
    changed, _ = apply(changed, edit.set_answer(changed, HR, "art27_public_service", True))
    sentences = [c.sentence for c in compare(base, changed).changes]
    assert sentences == [
        "Register entry of use case 'Mid-year review drafts' log retention months lowered "
        "from 12 to 3",
        "Register entry of use case 'Mid-year review drafts' answers: now also "
        "'art27_public_service: yes'; no longer 'art27_public_service: no'",
    ]


def test_merge_combines_edits_of_different_register_fields(base: Roadmap) -> None:
    mine, _ = apply(base, edit.set_field(base, HR, "vendor", "Contoso"))
    theirs, _ = apply(base, edit.set_field(base, HR, "review_on", dt.date(2027, 1, 11)))
    result = merge(base, mine, theirs)
    assert result.ok
    assert result.merged is not None
    merged = entry(result.merged, HR)
    assert merged is not None
    assert (merged.vendor, merged.review_on) == ("Contoso", dt.date(2027, 1, 11))


def test_both_copies_start_the_same_entry_offline(base: Roadmap) -> None:
    uc = "uc-complaint-routing"
    mine, _ = apply(base, edit.set_field(base, uc, "vendor", "Microsoft"))
    theirs, _ = apply(base, edit.set_field(base, uc, "business_process", "Complaints"))
    result = merge(base, mine, theirs)
    assert result.ok
    assert result.merged is not None
    merged = entry(result.merged, uc)
    assert merged is not None
    assert (merged.vendor, merged.business_process) == ("Microsoft", "Complaints")


def test_a_conflicting_register_field_is_settled_like_any_other(base: Roadmap) -> None:
    mine, _ = apply(base, edit.set_field(base, HR, "log_retention_months", 6))
    theirs, _ = apply(base, edit.set_field(base, HR, "log_retention_months", 24))
    result = merge(base, mine, theirs)
    assert [c.code for c in result.conflicts] == [Code.FIELD]
    conflict = result.conflicts[0]
    assert conflict.sentence.startswith(
        "Register entry of use case 'Mid-year review drafts' log retention months: mine 6"
    )
    for choice, months in ((MINE, 6), (THEIRS, 24)):
        settled = resolve(result, {conflict.key: choice}).merged
        assert settled is not None
        assert entry(settled, HR).log_retention_months == months  # type: ignore[union-attr]
