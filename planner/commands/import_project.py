"""``pilot-planner import-project FILE PLAN.xml [--dry-run]``: an MS Project plan as stages
and use cases.

Reads an MS Project XML file (MSPDI; *File ▸ Save As ▸ XML* in MS Project),
prints what it adds and changes and what it cannot map, and saves the
roadmap (atomically, keeping ``FILE.bak``) as a new revision. A plan exported
from this roadmap and edited in MS Project updates the stages and use cases
it came from (see :mod:`planner.interchange.project_import`). ``--dry-run``
prints the preview and writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planner.commands import CommandError, add_language_option, emit, open_roadmap, safe_text
from planner.commands.saving import add_force, refuse_if_open, save_roadmap
from planner.edit.operations import EditError, apply
from planner.file import lineage
from planner.i18n import _
from planner.interchange.mspdi_read import ProjectReadError, read_project
from planner.interchange.project_import import plan_import, preview_lines

NAME = "import-project"
HELP = "bring an MS Project plan (.xml) into a roadmap as stages and use cases"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Read an MS Project XML plan (MSPDI): summary tasks become stages, their tasks use "
        "cases, a milestone in a stage its gate review, finish-to-start links dependencies. "
        "Prints what is added, changed and not mapped, then saves FILE."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    parser.add_argument("plan", metavar="PLAN", help="the MS Project XML file")
    add_force(parser)
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change; write nothing"
    )
    add_language_option(parser)


def run(args: argparse.Namespace) -> int:
    if not args.dry_run:
        refuse_if_open(args.file, force=args.force)
    roadmap = open_roadmap(args.file)
    try:
        project = read_project(args.plan)
    except ProjectReadError as exc:
        raise CommandError(f"{args.plan}: {exc}") from None
    plan = plan_import(roadmap, project, source=Path(args.plan).name)
    for line in preview_lines(plan):
        emit(safe_text(line) + "\n")
    if args.dry_run:
        emit(_("Dry run: nothing was written.") + "\n")
        return 0
    if plan.empty:
        emit(
            _("Nothing to change: {file} already holds this plan.", file=safe_text(args.file))
            + "\n"
        )
        return 0
    try:
        changed, _undo = apply(roadmap, plan.batch)
    except EditError as exc:
        raise CommandError(f"{args.plan}: {p.message}" for p in exc.problems) from None
    save_roadmap(lineage.next_revision(changed), args.file, force=args.force)
    emit(_("Saved {file}.", file=safe_text(args.file)) + "\n")
    return 0
