"""``pilot-planner diff OLD NEW [--json]``: what changed between two versions of a roadmap.

Prints the changes grouped by kind, in sentences (or, with ``--json``, a
stable structure for scripts). Exit 0 whether or not there are differences;
exit 1, with one line per problem, when a file cannot be opened.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from planner.commands import CommandError, add_language_option, open_roadmap
from planner.commands.terminal import say
from planner.diff import as_text, compare
from planner.diff.formats import quoted
from planner.i18n import _
from planner.model.entities import Roadmap

NAME = "diff"
HELP = "what changed between two versions of a roadmap"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Compare two versions of a roadmap by their stable ids: what was added, removed and "
        "changed, field by field, in sentences grouped by kind. Exit code 0 whether or not "
        "there are differences."
    )
    parser.add_argument("old", metavar="OLD", help="the earlier version (.pilotplan)")
    parser.add_argument("new", metavar="NEW", help="the later version (.pilotplan)")
    parser.add_argument("--json", action="store_true", help="print a JSON document instead")
    add_language_option(parser)


def open_all(*files: str) -> list[Roadmap]:
    """Every file opened, or one :class:`CommandError` naming the problems of all of them."""
    roadmaps: list[Roadmap] = []
    lines: list[str] = []
    for file in files:
        try:
            roadmaps.append(open_roadmap(file))
        except CommandError as exc:
            lines += exc.lines
    if lines:
        raise CommandError(lines)
    return roadmaps


def run(args: argparse.Namespace) -> int:
    old, new = open_all(args.old, args.new)
    comparison = compare(old, new, quoted(Path(args.old).name), quoted(Path(args.new).name))
    if args.json:
        document = {"old": args.old, "new": args.new, **comparison.as_json()}
        print(json.dumps(document, indent=2, ensure_ascii=True))
        return 0
    say(
        _(
            "Comparing {old} (revision {old_revision}) with {new} (revision {new_revision})",
            old=args.old,
            old_revision=old.lineage.revision,
            new=args.new,
            new_revision=new.lineage.revision,
        )
    )
    say(comparison.relation.sentence)
    say()
    for line in as_text(comparison):
        say(line)
    return 0
