"""The ``pilot-planner`` command line (DESIGN §4).

Without a sub-command it starts the desktop app. Each sub-command lives in its
own module under :mod:`planner.commands` and is listed in
:data:`planner.commands.COMMANDS`.

Exit codes: 0 success, 1 invalid input (one line per problem on stderr),
2 usage error. A user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from planner import __version__
from planner.commands import COMMANDS, CommandError, command_name

PROG = "pilot-planner"


def _command_modules() -> dict[str, ModuleType]:
    modules = {}
    for dotted in COMMANDS:
        module = importlib.import_module(dotted)
        modules[module.NAME] = module
    return modules


def build_parser(modules: dict[str, ModuleType]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Plan and steer an AI programme from pilots to use at scale. "
            "Without a command, opens the desktop app (on FILE, the last file, or the sample)."
        ),
        epilog="Run 'pilot-planner COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in modules.items():
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, add_help=False)
    parser.add_argument("file", nargs="?")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    wants_help = any(a in ("-h", "--help", "--version") for a in args_list)
    if first not in {command_name(m) for m in COMMANDS} and not wants_help:
        # No sub-command: the desktop app, optionally on a file. The commands'
        # modules are not even imported: the window comes up sooner.
        known, qt_args = _app_parser().parse_known_args(args_list)
        return _start_app(known.file, qt_args)
    modules = _command_modules()
    parser = build_parser(modules)
    args = parser.parse_args(args_list)
    module = modules[args.command]
    try:
        result: int = module.run(args)
    except CommandError as exc:
        for line in exc.lines:
            print(f"{PROG} {args.command}: {line}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    return result


def _start_app(file: str | None, qt_args: list[str]) -> int:
    try:
        app = importlib.import_module("ui.app.start")
    except ImportError as exc:
        print(f"{PROG}: the desktop app cannot start here: {exc}", file=sys.stderr)
        return 1
    result: int = app.main(file, qt_args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
