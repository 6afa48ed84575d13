"""``pilot-planner desktop-install``: the app in the desktop's menu and the default
for ``.pilotplan`` files, for this user (no root); see :mod:`planner.desktop`."""

from __future__ import annotations

import argparse
import sys

from planner import desktop
from planner.commands import CommandError, add_language_option
from planner.commands.terminal import say
from planner.i18n import _

NAME = "desktop-install"
HELP = "add the app to this user's desktop menu and open .pilotplan files with it (Linux)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Add Pilot-to-Scale Planner to this user's desktop (Linux, no root needed): a menu "
        "entry with the icon, the .pilotplan file type (application/x-pilot-planner) and the "
        "app as its default, so a double-clicked file opens in it. Writes under "
        "$XDG_DATA_HOME (~/.local/share); running it again changes nothing. "
        "'pilot-planner desktop-uninstall' removes it."
    )
    parser.add_argument(
        "--exec",
        dest="program",
        metavar="PATH",
        help="the program the menu entry starts (default: this one)",
    )
    add_language_option(parser)


def require_linux() -> None:
    if not sys.platform.startswith("linux"):
        raise CommandError(
            _(
                "this command is for Linux desktops; on Windows and macOS the app's "
                "installer declares the .pilotplan file type"
            )
        )


def run(args: argparse.Namespace) -> int:
    require_linux()
    try:
        command = [args.program] if args.program else desktop.program()
    except FileNotFoundError as exc:
        raise CommandError(str(exc)) from None
    report = desktop.install(desktop.places(), command)
    for line in report.lines:
        say(line)
    if report.problems:
        raise CommandError(report.problems)
    return 0
