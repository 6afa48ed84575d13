"""``pilot-planner baseline FILE --capture NAME | --list | --delete ID``: manage baselines.

A baseline is a named, dated snapshot of the planned dates of every stage and
use case ("what we told the committee"). ``--capture`` and ``--delete`` save
FILE in place (atomically, keeping ``FILE.bak``) as a new revision.
"""

from __future__ import annotations

import argparse
import datetime as dt

from pydantic import ValidationError

from planner import baselines
from planner.commands import CommandError, day_argument, open_roadmap
from planner.commands.saving import add_force, refuse_if_open, save_roadmap
from planner.commands.terminal import say
from planner.diff import fmt_date
from planner.edit.operations import EditError, Op, apply
from planner.file import lineage
from planner.model.entities import Roadmap
from planner.rules.problems import from_validation_error

NAME = "baseline"
HELP = "capture, list or delete the baselines of a roadmap"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Capture a named, dated baseline of the planned dates of every stage and use case, "
        "list the baselines with their slip, or delete one. Capturing and deleting save FILE."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--capture", metavar="NAME", help="capture a baseline with this name")
    action.add_argument("--list", action="store_true", help="list the baselines")
    action.add_argument("--delete", metavar="ID", help="delete the baseline with this id or name")
    add_force(parser)
    parser.add_argument(
        "--on",
        type=day_argument,
        metavar="DATE",
        help="capture date (YYYY-MM-DD; default: today)",
    )


def _listing(roadmap: Roadmap) -> list[str]:
    if not roadmap.baselines:
        return ["No baselines."]
    latest = baselines.latest(roadmap)
    lines = []
    for b in roadmap.baselines:
        slips = baselines.slip(roadmap, b.id).values()
        late = sum(1 for s in slips if s.end_days > 0)
        early = sum(1 for s in slips if s.end_days < 0)
        mark = "  (latest)" if latest is not None and b.id == latest.id else ""
        lines.append(
            f"{b.id}  '{b.name}'  captured {fmt_date(b.captured_on)}  "
            f"{len(b.entries)} dates; now {late} later, {early} earlier{mark}"
        )
    return lines


def _find(roadmap: Roadmap, wanted: str) -> str:
    if baselines.find(roadmap, wanted) is not None:
        return wanted
    named = [b.id for b in roadmap.baselines if b.name == wanted]
    if len(named) == 1:
        return named[0]
    if named:
        raise CommandError(f"several baselines are named '{wanted}'; give the id instead")
    raise CommandError(f"{wanted}: there is no such baseline (see --list)")


def _save(roadmap: Roadmap, op: Op, file: str, force: bool) -> Roadmap:
    try:
        changed, _ = apply(roadmap, op)
    except EditError as exc:
        raise CommandError(p.message for p in exc.problems) from None
    saved = lineage.next_revision(changed)
    save_roadmap(saved, file, force=force)
    return saved


def run(args: argparse.Namespace) -> int:
    if not args.list:
        refuse_if_open(args.file, force=args.force)
    roadmap = open_roadmap(args.file)
    if args.list:
        for line in _listing(roadmap):
            say(line)
        return 0
    if args.capture is not None:
        try:
            op = baselines.capture(roadmap, args.capture, args.on or dt.date.today())
        except ValidationError as exc:
            raise CommandError(
                f"--capture: the name {p.message}" for p in from_validation_error(exc)
            ) from None
        _save(roadmap, op, args.file, args.force)
        say(f"captured {op.entity.id} '{args.capture}' in {args.file}")
        return 0
    baseline_id = _find(roadmap, args.delete)
    _save(roadmap, baselines.delete(roadmap, baseline_id), args.file, args.force)
    say(f"deleted {baseline_id} from {args.file}")
    return 0
