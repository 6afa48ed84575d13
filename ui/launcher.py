"""The program's entry point: ``pilot-planner`` (also ``python -m ui``).

Commands are recognised before anything else: a known command runs headless
(with the desktop painter lent to the core for timeline pictures, see
:mod:`planner.outputs`); a word that is neither a command nor a roadmap file
is a usage error (exit 2, with the closest command). The window starts only
for ``pilot-planner`` or ``pilot-planner FILE``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Only what is light here: main() pauses the collector before the program's modules load.
from planner import gc_policy
from planner.file import SUFFIX

if TYPE_CHECKING:
    from planner.model.entities import Roadmap
    from planner.outputs import PictureRequest

ROADMAP_SUFFIX = SUFFIX
# Qt's own command-line options that take a value (`-platform offscreen`): the
# value is not the app's FILE.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style", "-stylesheet",
     "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-display", "-geometry", "-title",
     "-session", "-qmljsdebugger", "-dialogs"}
)  # fmt: skip


def _draw_timeline(roadmap: Roadmap, path: Path, request: PictureRequest) -> None:
    # Imported when a picture is asked for: Qt is loaded only then.
    from ui.export.timeline_picture import write_picture

    write_picture(roadmap, path, request)


def _app_language() -> str:
    """The language chosen in the app (View ▸ Language), else the system's: what the
    commands write for people in when no ``--lang`` is given."""
    from PySide6.QtCore import QSettings

    from ui.app.i18n import resolve
    from ui.app.settings import APPLICATION, ORGANISATION, Settings

    return resolve(Settings(QSettings(ORGANISATION, APPLICATION)).language)


def app_arguments(args: Sequence[str]) -> tuple[list[str], list[str]]:
    """Positional arguments meant for the app, and the options (with values) meant for Qt."""
    positional: list[str] = []
    qt_args: list[str] = []
    items = iter(args)
    for arg in items:
        if arg.startswith("-"):
            qt_args.append(arg)
            if arg.split("=", 1)[0] in _QT_OPTIONS_WITH_VALUE and "=" not in arg:
                value = next(items, None)
                if value is not None:
                    qt_args.append(value)
        else:
            positional.append(arg)
    return positional, qt_args


def _is_roadmap_path(word: str) -> bool:
    path = Path(word)
    return path.suffix.lower() == ROADMAP_SUFFIX or path.exists() or "/" in word or "\\" in word


def main(argv: Sequence[str] | None = None) -> int:
    gc_policy.pause()  # until the modules are loaded (then apply(): see planner.gc_policy)
    args = list(sys.argv[1:] if argv is None else argv)
    if args:
        # The command line's modules (argparse, the commands): a bare `pilot-planner`,
        # the desktop's launcher, starts the window and needs none of them.
        from planner import cli, i18n, outputs

        gc_policy.apply()  # the program's one collector policy, at start (see its module)
        if cli.wants_command(args):
            outputs.register_picture_writer(_draw_timeline)
            # Read when a command first writes for people: reading the app's settings
            # loads Qt, which `validate` and the other plain commands do not need.
            i18n.set_default_language_source(_app_language)
            return cli.main(args)
    positional, qt_args = app_arguments(args)
    if len(positional) > 1 or (positional and not _is_roadmap_path(positional[0])):
        from planner import cli

        gc_policy.apply()
        return cli.unknown_command(positional[0], or_file=True)
    _import_core_first()
    # The window's modules (Qt's among them) load with the collector still paused:
    # ui.window.start.main applies the policy first thing (nothing more if applied above).
    from ui.window.start import main as start_app

    return start_app(positional[0] if positional else None, qt_args)


def _import_core_first() -> None:
    """Import the core (planner) modules the window's first frame uses before Qt.

    Once PySide6 is loaded it hooks every later import, reading each new module's
    source to look for its ``__feature__`` switches; the core never uses them. Loaded
    first, its ~100 modules skip that (about 25 ms of every start, measured)."""
    import planner.evidence.figures
    import planner.evidence.started
    import planner.file.locks
    import planner.file.storage
    import planner.model.fields
    import planner.templates
    import planner.timeline
    import planner.value.report
    import planner.value.text  # noqa: F401  (imported for the side effect above)
