"""``pilot-planner desktop-uninstall``: undo ``desktop-install`` (the app stays
installed); see :mod:`planner.desktop`."""

from __future__ import annotations

import argparse

from planner import desktop
from planner.commands import CommandError, add_language_option
from planner.commands.desktop_install import require_linux
from planner.commands.terminal import say

NAME = "desktop-uninstall"
HELP = "remove what desktop-install added (menu entry, file type, icons, default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Remove exactly what 'pilot-planner desktop-install' added for this user: the menu "
        "entry, the .pilotplan file type, the icons and the app as default for the type. "
        "The app itself stays installed."
    )
    add_language_option(parser)


def run(args: argparse.Namespace) -> int:
    require_linux()
    report = desktop.uninstall(desktop.places())
    for line in report.lines:
        say(line)
    if report.problems:
        raise CommandError(report.problems)
    return 0
