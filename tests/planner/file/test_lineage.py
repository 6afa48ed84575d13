"""Lineage across save, save-as, save-a-copy and merge, and how two files relate."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.file import lineage
from planner.file.lineage import HISTORY_LIMIT, RelationKind, relation
from planner.model.entities import Lineage, LineageRef, Roadmap


def _roadmap(line: Lineage | None = None) -> Roadmap:
    return Roadmap(
        title="Rollout",
        horizon_start=dt.date(2027, 1, 4),
        horizon_end=dt.date(2027, 12, 31),
        lineage=line or lineage.fresh(),
    )


def test_fresh_roadmap_has_a_document_id_and_no_token_yet() -> None:
    a, b = lineage.fresh(), lineage.fresh()
    assert a.document_id != b.document_id
    assert a.revision == 0
    assert a.token is None
    assert a.history == ()


def test_save_counts_revisions_and_remembers_the_one_before() -> None:
    first = lineage.next_revision(_roadmap())
    assert first.lineage.revision == 1
    assert first.lineage.token is not None
    assert first.lineage.history == ()  # the unsaved start had no token to remember
    second = lineage.next_revision(first)
    assert second.lineage.document_id == first.lineage.document_id
    assert second.lineage.revision == 2
    assert second.lineage.token not in (None, first.lineage.token)
    assert second.lineage.history == (lineage.ref(first.lineage),)


def test_save_keeps_only_a_bounded_history() -> None:
    roadmap = _roadmap()
    for _ in range(HISTORY_LIMIT + 10):
        roadmap = lineage.next_revision(roadmap)
    assert roadmap.lineage.revision == HISTORY_LIMIT + 10
    assert len(roadmap.lineage.history) == HISTORY_LIMIT
    assert roadmap.lineage.history[-1].revision == HISTORY_LIMIT + 9


def test_save_clears_merged_from_of_the_revision_before() -> None:
    merged = _roadmap(
        Lineage(
            document_id="doc",
            revision=4,
            token="t4",
            merged_from=(LineageRef(document_id="doc", revision=3, token="t3"),),
        )
    )
    assert lineage.next_revision(merged).lineage.merged_from == ()


def test_save_as_continues_the_document_and_a_copy_starts_a_new_one() -> None:
    saved = lineage.next_revision(lineage.next_revision(_roadmap()))
    save_as = lineage.next_revision(saved)  # Save As: the same call as Save
    assert save_as.lineage.document_id == saved.lineage.document_id
    copy = lineage.as_copy(saved)
    assert copy.lineage.document_id != saved.lineage.document_id
    assert copy.lineage.revision == 0
    assert copy.lineage.derived_from == lineage.ref(saved.lineage)
    assert copy.lineage.history[-1] == lineage.ref(saved.lineage)
    assert copy.model_copy(update={"lineage": saved.lineage}) == saved  # content unchanged


def test_relation_of_a_revision_and_its_later_save() -> None:
    sent = lineage.next_revision(_roadmap())
    later = lineage.next_revision(lineage.next_revision(sent))
    older = relation(sent, later, "the sent file", "the returned file")
    assert older.kind is RelationKind.OLDER
    assert older.newer == "b"
    assert older.same_document
    assert older.sentence == (
        "The returned file is derived from revision 1 of the sent file: the sent file is older."
    )
    newer = relation(later, sent, "theirs", "this roadmap")
    assert newer.kind is RelationKind.NEWER
    assert newer.newer == "a"
    assert newer.common == lineage.ref(sent.lineage)


def test_relation_of_two_copies_edited_from_the_same_sent_version() -> None:
    sent = lineage.next_revision(lineage.next_revision(_roadmap()))
    alice = lineage.next_revision(sent)
    bob = lineage.next_revision(sent)
    assert alice.lineage.revision == bob.lineage.revision == 3  # numbers alone cannot tell
    rel = relation(alice, bob, "mine", "theirs")
    assert rel.kind is RelationKind.DIVERGED
    assert rel.newer is None
    assert rel.common == lineage.ref(sent.lineage)
    assert "both derived from revision 2" in rel.sentence


def test_relation_identical_same_document_copy_and_unrelated() -> None:
    saved = lineage.next_revision(_roadmap())
    assert relation(saved, saved).kind is RelationKind.IDENTICAL
    old_a = _roadmap(Lineage(document_id="doc", revision=3))
    old_b = _roadmap(Lineage(document_id="doc", revision=5))
    by_number = relation(old_a, old_b)
    assert by_number.kind is RelationKind.SAME_DOCUMENT
    assert by_number.newer == "b"
    assert relation(old_a, old_a).newer is None
    copy = lineage.as_copy(old_a)  # the original was never saved with a token
    assert relation(old_a, copy).kind is RelationKind.COPY
    assert relation(copy, old_a).kind is RelationKind.COPY
    unrelated = relation(_roadmap(), _roadmap())
    assert unrelated.kind is RelationKind.UNRELATED
    assert not unrelated.related


def test_a_copy_and_its_original_still_share_an_ancestor() -> None:
    saved = lineage.next_revision(_roadmap())
    copy = lineage.next_revision(lineage.as_copy(saved))
    original = lineage.next_revision(saved)
    rel = relation(original, copy)
    assert rel.kind is RelationKind.DIVERGED
    assert not rel.same_document
    assert rel.common == lineage.ref(saved.lineage)


def test_merged_lineage_is_mine_one_past_the_larger_and_names_both() -> None:
    sent = lineage.next_revision(_roadmap())
    mine = lineage.next_revision(sent)
    theirs = lineage.next_revision(lineage.next_revision(lineage.next_revision(sent)))
    merged = lineage.merged(mine.lineage, theirs.lineage)
    assert merged.document_id == mine.lineage.document_id
    assert merged.revision == theirs.lineage.revision + 1
    assert merged.merged_from == (lineage.ref(mine.lineage), lineage.ref(theirs.lineage))
    result = mine.model_copy(update={"lineage": merged})
    assert relation(mine, result).kind is RelationKind.OLDER
    assert relation(theirs, result).kind is RelationKind.OLDER
    assert relation(result, lineage.next_revision(result)).kind is RelationKind.OLDER
    tokens = [r.token for r in merged.history]
    assert len(tokens) == len(set(tokens))


@pytest.mark.parametrize("saves", [0, 1, 3])
def test_lineage_survives_a_trip_through_the_file(saves: int) -> None:
    storage = pytest.importorskip("planner.file.storage")
    roadmap = _roadmap()
    for _ in range(saves):
        roadmap = lineage.next_revision(roadmap)
    assert storage.load_bytes(storage.dumps(roadmap)).lineage == roadmap.lineage


def test_revision_numbers_stop_at_the_bound_of_the_model() -> None:
    top = _roadmap(Lineage(document_id="doc", revision=lineage.MAX_REVISION, token="t"))
    assert lineage.next_revision(top).lineage.revision == lineage.MAX_REVISION
    assert lineage.merged(top.lineage, top.lineage).revision == lineage.MAX_REVISION
