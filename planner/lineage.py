"""Lineage: which document a file is, which revision, and where it came from.

Roadmaps travel by e-mail, so two files may be versions of the same roadmap.
Every file carries a document id and a revision counter that grows with each
save; a copy (Save As, a colleague's version) records the revision it was
derived from. That lets the app tell which of two files is older and whether
they share an ancestor (see :mod:`planner.merge`).
"""

from __future__ import annotations

from planner.ids import new_document_id
from planner.model import Lineage, LineageRef, Roadmap


def fresh() -> Lineage:
    """The lineage of a brand-new roadmap."""
    return Lineage(document_id=new_document_id(), revision=0)


def next_revision(roadmap: Roadmap) -> Roadmap:
    """The roadmap as it is written by a save: same document, one revision later."""
    lineage = roadmap.lineage
    return roadmap.model_copy(
        update={"lineage": lineage.model_copy(update={"revision": lineage.revision + 1})}
    )


def as_copy(roadmap: Roadmap) -> Roadmap:
    """A copy that becomes a document of its own (Save As a copy, New from a file)."""
    parent = LineageRef(document_id=roadmap.lineage.document_id, revision=roadmap.lineage.revision)
    lineage = Lineage(document_id=new_document_id(), revision=0, derived_from=parent)
    return roadmap.model_copy(update={"lineage": lineage})
