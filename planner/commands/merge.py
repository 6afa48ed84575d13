"""``pilot-planner merge BASE MINE THEIRS -o OUT [--json]``: merge two copies edited offline.

BASE is the version that was sent; MINE and THEIRS the copies that came back.
OUT is written (atomically) only when everything combines without conflict;
otherwise every conflict is listed, one line each, and nothing is written
(exit 1). The input files are never changed.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from pydantic_core import to_jsonable_python

from planner.commands import CommandError, add_language_option
from planner.commands.diff import open_all
from planner.commands.saving import add_force, refuse_if_open, save_roadmap
from planner.commands.terminal import say
from planner.file.lineage import RelationKind, relation
from planner.i18n import _, ngettext
from planner.merge import MergeResult, merge
from planner.model.entities import Roadmap

NAME = "merge"
HELP = "three-way merge of two copies of a roadmap edited offline"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Combine two copies of a roadmap edited separately (MINE and THEIRS) with the version "
        "they both started from (BASE), by stable ids. Writes OUT only when nothing conflicts; "
        "otherwise lists each conflict and exits with code 1 without writing. "
        "The input files are never changed."
    )
    parser.add_argument("base", metavar="BASE", help="the version that was sent (.pilotplan)")
    parser.add_argument("mine", metavar="MINE", help="my edited copy")
    parser.add_argument("theirs", metavar="THEIRS", help="their edited copy")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the merged file to write"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON document instead")
    add_language_option(parser)
    add_force(parser, "write OUT even while the desktop app has it open")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def lineage_notes(base: Roadmap, mine: Roadmap, theirs: Roadmap) -> list[str]:
    """What the files' lineage says about the merge (warnings when BASE looks wrong)."""
    notes = [relation(mine, theirs, _("mine"), _("theirs")).sentence]
    for roadmap, name in ((mine, _("mine")), (theirs, _("theirs"))):
        rel = relation(base, roadmap, _("the base"), name)
        sentence = rel.sentence[:1].lower() + rel.sentence[1:]
        if rel.kind is RelationKind.UNRELATED:
            notes.append(_("Warning: {sentence}", sentence=sentence))
        elif rel.kind is RelationKind.NEWER:
            notes.append(_("Warning: the base is newer than {name}: {sentence}", name=name,
                           sentence=sentence))  # fmt: skip
    return notes


def as_json(result: MergeResult, written: str | None, notes: list[str]) -> dict[str, Any]:
    return {
        "merged": result.ok,
        "written": written,
        "lineage": notes,
        "auto": result.auto,
        "conflicts": [
            {
                "key": c.key,
                "code": c.code.value,
                "kind": c.kind,
                "id": c.entity_id,
                "field": c.field,
                "base": to_jsonable_python(c.base),
                "mine": to_jsonable_python(c.mine),
                "theirs": to_jsonable_python(c.theirs),
                "sentence": c.sentence,
                "options": {"mine": c.options[0], "theirs": c.options[1]},
            }
            for c in result.conflicts
        ],
    }


def run(args: argparse.Namespace) -> int:
    out = args.output
    for given in (args.base, args.mine, args.theirs):
        if Path(out).exists() and _same_file(out, given):
            raise CommandError(
                f"{out}: is one of the input files; the merge never changes its inputs, "
                "give the name of a new file"
            )
    if Path(out).is_dir():
        raise CommandError(f"{out}: is a folder; give the name of a file to write")
    refuse_if_open(out, force=args.force)
    base, mine, theirs = open_all(args.base, args.mine, args.theirs)
    notes = lineage_notes(base, mine, theirs)
    result = merge(base, mine, theirs)
    if result.merged is None:
        if args.json:
            print(json.dumps(as_json(result, None, notes), indent=2, ensure_ascii=True))
            return 1
        lines = [ngettext("{count} conflict; nothing was written:",
                          "{count} conflicts; nothing was written:",
                          len(result.conflicts))]  # fmt: skip
        lines += [_("conflict: {sentence}", sentence=c.sentence) for c in result.conflicts]
        raise CommandError(lines)
    save_roadmap(result.merged, out, force=args.force)
    if args.json:
        print(json.dumps(as_json(result, out, notes), indent=2, ensure_ascii=True))
        return 0
    for note in notes:
        say(note)
    say(_("Merged without conflicts into {out} (revision {revision}).", out=out,
          revision=result.merged.lineage.revision))  # fmt: skip
    if result.auto:
        say(_("Changes from theirs combined into mine:"))
        for line in result.auto:
            say(f"  - {line}")
    else:
        say(_("Theirs brings no change to mine."))
    return 0
