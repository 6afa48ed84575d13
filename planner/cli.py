"""The sub-commands of ``pilot-planner`` (DESIGN §4), headless.

The program's entry point is :mod:`ui.launcher`: it recognises a command
here before anything of the desktop app is loaded, and starts the window only
for ``pilot-planner`` or ``pilot-planner FILE``. Each sub-command lives in its
own module under :mod:`planner.commands`; only the one asked for is imported.

Exit codes: 0 success, 1 invalid input (one line per problem on stderr),
2 usage error. A user mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from types import ModuleType

from planner import __version__, gc_policy, i18n
from planner.commands import COMMAND_NAMES, CommandError, safe_text
from planner.file.atomic import reason

PROG = "pilot-planner"
USAGE_ERROR = 2


def command_module(name: str) -> ModuleType:
    """The module of one sub-command, imported on demand (start-up stays short)."""
    # Plain import statements, one per command: the core never imports by name.
    match name:
        case "new":
            from planner.commands import new

            return new
        case "validate":
            from planner.commands import validate

            return validate
        case "show":
            from planner.commands import show

            return show
        case "gates":
            from planner.commands import gates

            return gates
        case "adoption":
            from planner.commands import adoption

            return adoption
        case "value":
            from planner.commands import value

            return value
        case "diff":
            from planner.commands import diff

            return diff
        case "merge":
            from planner.commands import merge

            return merge
        case "baseline":
            from planner.commands import baseline

            return baseline
        case "import-usage":
            from planner.commands import import_usage

            return import_usage
        case "import-project":
            from planner.commands import import_project

            return import_project
        case "export":
            from planner.commands import export

            return export
        case "register":
            from planner.commands import register

            return register
        case "scale-out":
            from planner.commands import scale_out

            return scale_out
        case "desktop-install":
            from planner.commands import desktop_install

            return desktop_install
        case "desktop-uninstall":
            from planner.commands import desktop_uninstall

            return desktop_uninstall
    raise KeyError(name)


def build_parser(names: Sequence[str] = COMMAND_NAMES) -> argparse.ArgumentParser:
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
    for name in names:
        module = command_module(name)
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
    return parser


def first_word(args: Sequence[str]) -> str | None:
    """The first argument that is not an option (the command, or the app's FILE)."""
    return next((a for a in args if not a.startswith("-")), None)


def wants_command(args: Sequence[str]) -> bool:
    """Whether these arguments run a sub-command (or ask for help or the version)."""
    return first_word(args) in COMMAND_NAMES or any(
        a in ("-h", "--help", "--version") for a in args
    )


def closest_command(word: str) -> str | None:
    found = difflib.get_close_matches(word, COMMAND_NAMES, n=1, cutoff=0.6)
    return found[0] if found else None


def unknown_command(word: str, *, or_file: bool = False) -> int:
    """Exit 2 with the closest command, for a word that names none (``or_file``:
    nor a roadmap file the app could open)."""
    guess = closest_command(word)
    hint = f"; did you mean '{guess}'?" if guess else ""
    print(
        f"{PROG}: '{safe_text(word)}' is not a command"
        f"{' nor a roadmap file' if or_file else ''}{hint} "
        f"(commands: {', '.join(COMMAND_NAMES)}; see '{PROG} --help')",
        file=sys.stderr,
    )
    return USAGE_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; never starts a window. Everything it prints is
    terminal-safe (:mod:`planner.commands.terminal`)."""
    from planner.commands.terminal import safe_streams

    with safe_streams():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    word = first_word(args_list)
    if not wants_command(args_list):
        if word is None:
            print(f"{PROG}: no command given (see '{PROG} --help'); "
                  f"the desktop app starts with '{PROG}' alone", file=sys.stderr)  # fmt: skip
            return USAGE_ERROR
        return unknown_command(word)
    names = [word] if word in COMMAND_NAMES else COMMAND_NAMES
    parser = build_parser(names)
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 0
    module = command_module(args.command)
    # Commands that write for people speak the language asked for (planner.commands).
    speaks = hasattr(args, "lang")
    language = i18n.using(args.lang or i18n.default_language()) if speaks else nullcontext()
    try:
        with language:
            result: int = module.run(args)
    except CommandError as exc:
        for line in exc.lines:  # one line each, whatever a file name or value holds
            print(f"{PROG} {args.command}: {safe_text(line)}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        # A file the command touched: one line, whatever the command (an over-long
        # name, a folder that vanished, a disk that fails), never a traceback.
        where = safe_text(str(exc.filename)) + ": " if exc.filename else ""
        print(f"{PROG} {args.command}: {where}{reason(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return result


if __name__ == "__main__":
    gc_policy.apply()  # the program's one collector policy (ui.launcher does the same)
    raise SystemExit(main())
