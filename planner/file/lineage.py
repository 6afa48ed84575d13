"""Lineage: which document a file is, which revision, and where it came from.

Roadmaps travel by e-mail, so two files may be versions of the same roadmap.
Every file carries a document id, a revision counter that grows with each
save, and a random *token* per saved revision. Numbers alone cannot tell two
colleagues' copies apart (both save "revision 6" of the version they were
sent), so each revision also remembers the tokens of the revisions it descends
from (``history``, the last 64). :func:`relation` uses them to say which of two
files is older and whether they share an ancestor.

What each file command does to the lineage:

- **Save** and **Save As** write :func:`next_revision`: same document, revision
  + 1, a new token; the revision saved before joins ``history``. The app keeps
  that lineage in memory, so the next save follows on from it.
- **Save a Copy** writes :func:`as_copy`: a new document (revision 0) whose
  ``derived_from`` names the revision it was copied from; it keeps the history,
  so the copy and the original can still be related and merged. The open
  document is unchanged.
- **Merge** (:mod:`planner.merge`) produces :func:`merged`: the document of
  "mine", revision one past the larger of the two, a new token, ``merged_from``
  naming both parents, and the history of both.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import StrEnum

from planner.i18n import _
from planner.model.entities import Lineage, LineageRef, Roadmap
from planner.model.ids import new_document_id

HISTORY_LIMIT = 64
"""Saved revisions remembered per file (each costs about 100 bytes)."""

MAX_REVISION = 10**9
"""The model's bound; a file already there stays there (the token still tells revisions apart)."""


def new_token() -> str:
    return secrets.token_hex(8)


def fresh() -> Lineage:
    """The lineage of a brand-new roadmap (no token until it is first saved)."""
    return Lineage(document_id=new_document_id(), revision=0)


def ref(lineage: Lineage) -> LineageRef:
    """A reference to the revision a lineage describes."""
    return LineageRef(
        document_id=lineage.document_id, revision=lineage.revision, token=lineage.token
    )


def _bounded(refs: list[LineageRef]) -> tuple[LineageRef, ...]:
    """Drop duplicate tokens (keeping the first) and keep the most recent entries."""
    seen: set[str] = set()
    kept: list[LineageRef] = []
    for r in refs:
        key = r.token or f"{r.document_id}#{r.revision}"
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return tuple(kept[-HISTORY_LIMIT:])


def _with_parent(lineage: Lineage) -> tuple[LineageRef, ...]:
    """History plus the revision itself, when it was ever saved."""
    if lineage.token is None:
        return lineage.history
    return _bounded([*lineage.history, ref(lineage)])


def with_lineage(roadmap: Roadmap, lineage: Lineage) -> Roadmap:
    return roadmap.model_copy(update={"lineage": lineage})


def next_revision(roadmap: Roadmap) -> Roadmap:
    """The roadmap as it is written by a save: same document, one revision later."""
    lineage = roadmap.lineage
    return with_lineage(
        roadmap,
        lineage.model_copy(
            update={
                "revision": min(lineage.revision + 1, MAX_REVISION),
                "token": new_token(),
                "history": _with_parent(lineage),
                "merged_from": (),  # describes only the revision a merge produced
            }
        ),
    )


def as_copy(roadmap: Roadmap) -> Roadmap:
    """A copy that becomes a document of its own (Save a Copy, New from a file)."""
    lineage = roadmap.lineage
    copy = Lineage(
        document_id=new_document_id(),
        revision=0,
        derived_from=ref(lineage),
        token=new_token(),
        history=_with_parent(lineage),
    )
    return with_lineage(roadmap, copy)


def merged(mine: Lineage, theirs: Lineage) -> Lineage:
    """The lineage of the result of merging ``theirs`` into ``mine``."""
    both = sorted(
        [*_with_parent(mine), *_with_parent(theirs)], key=lambda r: (r.revision, r.document_id)
    )
    return Lineage(
        document_id=mine.document_id,
        revision=min(max(mine.revision, theirs.revision) + 1, MAX_REVISION),
        derived_from=mine.derived_from,
        merged_from=(ref(mine), ref(theirs)),
        token=new_token(),
        history=_bounded(both),
    )


# ------------------------------------------------------------------ relation


class RelationKind(StrEnum):
    IDENTICAL = "identical"
    """The same saved revision (contents may still differ by unsaved edits)."""
    OLDER = "older"
    """The first is an ancestor of the second."""
    NEWER = "newer"
    """The first descends from the second."""
    DIVERGED = "diverged"
    """Both descend from a common revision and were changed separately since."""
    SAME_DOCUMENT = "same_document"
    """The same roadmap, but the files do not record enough to say more."""
    COPY = "copy"
    """One is a copy of the other's document; their exact revisions are not related."""
    UNRELATED = "unrelated"


@dataclass(frozen=True)
class Relation:
    """How two versions of a roadmap are related, and the sentence saying so."""

    kind: RelationKind
    same_document: bool
    newer: str | None
    """``"a"`` or ``"b"`` when one is known to be newer, else None."""
    common: LineageRef | None
    """The latest revision both descend from, when known."""
    sentence: str

    @property
    def related(self) -> bool:
        return self.kind is not RelationKind.UNRELATED


def _ancestors(lineage: Lineage) -> dict[str, LineageRef]:
    """Every known ancestor revision, by token (not including the revision itself)."""
    found: dict[str, LineageRef] = {}
    extra = [lineage.derived_from] if lineage.derived_from else []
    for r in [*lineage.history, *lineage.merged_from, *extra]:
        if r.token is not None and r.token != lineage.token:
            found[r.token] = r
    return found


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def relation(
    a: Roadmap, b: Roadmap, a_name: str | None = None, b_name: str | None = None
) -> Relation:
    """How two roadmaps are related, with a sentence (in the planner's language) naming them
    ``a_name`` and ``b_name`` (default: the first file, the second file)."""
    a_name = a_name if a_name is not None else _("the first file")
    b_name = b_name if b_name is not None else _("the second file")
    la, lb = a.lineage, b.lineage
    same = la.document_id == lb.document_id
    if la.token is not None and la.token == lb.token:
        return Relation(
            RelationKind.IDENTICAL,
            same,
            None,
            ref(la),
            _cap(
                _(
                    "{a} and {b} are the same saved revision ({revision}).",
                    a=a_name,
                    b=b_name,
                    revision=la.revision,
                )
            ),
        )
    anc_a, anc_b = _ancestors(la), _ancestors(lb)
    if la.token is not None and la.token in anc_b:
        return Relation(
            RelationKind.OLDER,
            same,
            "b",
            ref(la),
            _cap(
                _(
                    "{b} is derived from revision {revision} of {a}: {a} is older.",
                    a=a_name,
                    b=b_name,
                    revision=la.revision,
                )
            ),
        )
    if lb.token is not None and lb.token in anc_a:
        return Relation(
            RelationKind.NEWER,
            same,
            "a",
            ref(lb),
            _cap(
                _(
                    "{b} is derived from revision {revision} of {a}: {a} is older.",
                    a=b_name,
                    b=a_name,
                    revision=lb.revision,
                )
            ),
        )
    shared = anc_a.keys() & anc_b.keys()
    if shared:
        common = max((anc_a[t] for t in shared), key=lambda r: r.revision)
        return Relation(
            RelationKind.DIVERGED,
            same,
            None,
            common,
            _cap(
                _(
                    "{a} and {b} were both derived from revision {revision} and each has been "
                    "changed since; neither is newer.",
                    a=a_name,
                    b=b_name,
                    revision=common.revision,
                )
            ),
        )
    if same:
        return _by_number(la, lb, a_name, b_name)
    if lb.derived_from is not None and lb.derived_from.document_id == la.document_id:
        return Relation(
            RelationKind.COPY,
            False,
            None,
            lb.derived_from,
            _cap(
                _(
                    "{b} is a copy made from revision {revision} of {a}.",
                    a=a_name,
                    b=b_name,
                    revision=lb.derived_from.revision,
                )
            ),
        )
    if la.derived_from is not None and la.derived_from.document_id == lb.document_id:
        return Relation(
            RelationKind.COPY,
            False,
            None,
            la.derived_from,
            _cap(
                _(
                    "{b} is a copy made from revision {revision} of {a}.",
                    a=b_name,
                    b=a_name,
                    revision=la.derived_from.revision,
                )
            ),
        )
    return Relation(
        RelationKind.UNRELATED,
        False,
        None,
        None,
        _cap(_("{a} and {b} are different roadmaps with no common history.", a=a_name, b=b_name)),
    )


def _by_number(la: Lineage, lb: Lineage, a_name: str, b_name: str) -> Relation:
    """Same document but no shared tokens (files from before tokens, or history overflow)."""
    if la.revision == lb.revision:
        sentence = _("{a} and {b} are both revision {revision} of the same roadmap; they may "
                     "have been changed separately.", a=a_name, b=b_name,
                     revision=la.revision)  # fmt: skip
        return Relation(RelationKind.SAME_DOCUMENT, True, None, None, _cap(sentence))
    newer, older = ("a", b_name) if la.revision > lb.revision else ("b", a_name)
    newer_name = a_name if newer == "a" else b_name
    sentence = _("{a} is revision {a_revision} and {b} revision {b_revision} of the same "
                 "roadmap: {newer} was saved more times, {older} is probably older.", a=a_name,
                 b=b_name, a_revision=la.revision, b_revision=lb.revision, newer=newer_name,
                 older=older)  # fmt: skip
    return Relation(RelationKind.SAME_DOCUMENT, True, newer, None, _cap(sentence))
