"""``pilot-planner validate FILE``: is this a valid roadmap file?

Exit 0 with one summary line when it is; otherwise one line per problem on
stderr — ``FILE: place: problem`` — and exit 1.
"""

from __future__ import annotations

import argparse

from planner.commands import open_roadmap
from planner.commands.terminal import say
from planner.model.entities import Roadmap

NAME = "validate"
HELP = "check that a roadmap file is valid"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Check a roadmap file: its format, every field and every rule between entities "
        "(ids, references, dates, measurements). Exit code 0 when valid, 1 otherwise."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan) to check")


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary(roadmap: Roadmap) -> str:
    return ", ".join(
        (
            _count(len(roadmap.stages), "stage", "stages"),
            _count(len(roadmap.criteria), "gate criterion", "gate criteria"),
            _count(len(roadmap.use_cases), "use case", "use cases"),
            _count(len(roadmap.friction_points), "friction point", "friction points"),
            _count(len(roadmap.teams), "team", "teams"),
            _count(len(roadmap.people), "person", "people"),
            _count(len(roadmap.measurements), "measurement", "measurements"),
        )
    )


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    say(f"valid: {summary(roadmap)}")
    return 0
