"""``pilot-planner new OUT``: write a new roadmap from a template.

A name without an extension gets ``.pilotplan``; any other name is used as
given. An existing file is never overwritten without ``--force`` (and then its
previous content is kept as ``OUT.bak``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pydantic import ValidationError

from planner import templates
from planner.commands import CommandError
from planner.commands.saving import refuse_if_open, save_roadmap
from planner.commands.terminal import say
from planner.file import storage
from planner.rules.problems import from_validation_error

NAME = "new"
HELP = "write a new roadmap from a template"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write a new roadmap file from a template, with its dates moved to the current week. "
        f"A name without an extension gets {storage.SUFFIX}."
    )
    parser.epilog = _catalogue()
    parser.add_argument(
        "out", metavar="OUT", help=f"the file to write (e.g. AI-rollout{storage.SUFFIX})"
    )
    parser.add_argument(
        "--template",
        default=templates.DEFAULT,
        metavar="NAME",
        help=f"template to start from: {_choices()}",
    )
    parser.add_argument("--title", metavar="TEXT", help="title of the new roadmap")
    parser.add_argument(
        "--force",
        action="count",
        default=0,
        help="overwrite OUT if it exists (keeping OUT.bak); give it twice to overwrite it "
        "even while the desktop app has it open",
    )


def _choices() -> str:
    try:
        names = templates.names()
    except OSError:  # a broken install: say so when the command runs, not in --help
        names = [templates.DEFAULT]
    return ", ".join(f"{n} (default)" if n == templates.DEFAULT else n for n in names)


def _catalogue() -> str:
    try:
        return "Templates: " + "; ".join(
            f"{name} — {templates.describe(name)}" for name in templates.names()
        )
    except OSError:
        return ""


def output_path(name: str) -> Path:
    """The file ``new`` writes for the name given on the command line."""
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + storage.SUFFIX)


def run(args: argparse.Namespace) -> int:
    given = Path(args.out)
    if not args.out.strip() or given.name in ("", ".", ".."):
        raise CommandError(f"'{args.out}' is not a file name; give the name of the file to write")
    if given.is_dir():
        raise CommandError(f"{given}: is a folder; give the name of a file to write")
    out = output_path(args.out)
    if out.is_dir():
        raise CommandError(f"{out}: is a folder; give the name of a file to write")
    if out.exists() and not args.force:
        raise CommandError(
            f"{out}: already exists; choose another name or add --force to replace it"
        )
    twice = "add --force a second time to overwrite it anyway"
    refuse_if_open(out, force=args.force >= 2, hint=twice)
    try:
        roadmap = templates.create(args.template, title=args.title)
    except templates.UnknownTemplateError as exc:
        raise CommandError(str(exc)) from None
    except ValidationError as exc:
        raise CommandError(f"--title: {p.message}" for p in from_validation_error(exc)) from None
    except storage.RoadmapLoadError as exc:
        raise CommandError(f"template '{args.template}': {p}" for p in exc.problems) from None
    except OSError as exc:
        raise CommandError(f"the templates cannot be read: {exc}") from None
    save_roadmap(roadmap, out, force=args.force >= 2, hint=twice)
    say(str(out))
    return 0
