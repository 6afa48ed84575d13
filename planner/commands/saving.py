"""Writing a roadmap from the command line, never under someone's feet.

Every command that writes a roadmap (``import-usage``, ``baseline --capture``
and ``--delete``, ``new --force``, ``merge -o``) saves through
:func:`save_roadmap`: when the desktop app has the file open (its lock files
are beside it, :mod:`planner.file.locks`), the command refuses and says who
has it open and since when; ``--force`` writes anyway. The save itself is
atomic and keeps ``.bak`` (:func:`planner.file.storage.save`).
"""

from __future__ import annotations

import argparse
import os

from planner.commands import CommandError
from planner.file import storage
from planner.file.locks import lock_holder
from planner.model.entities import Roadmap

FORCE_HELP = (
    "write FILE even while the desktop app has it open (the app's unsaved changes "
    "and these would then overwrite each other)"
)


def add_force(parser: argparse.ArgumentParser, help_text: str = FORCE_HELP) -> None:
    parser.add_argument("--force", action="store_true", help=help_text)


def refuse_if_open(
    path: str | os.PathLike[str], *, force: bool, hint: str = "add --force to write it anyway"
) -> None:
    """A :class:`CommandError` naming who has ``path`` open in the app, unless ``force``."""
    if force:
        return
    holder = lock_holder(path)
    if holder is not None:
        raise CommandError(
            f"{os.fspath(path)}: {holder.describe()} in the desktop app; nothing was written. "
            f"Ask them to close it, or {hint}"
        )


def save_roadmap(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    force: bool,
    hint: str = "add --force to write it anyway",
) -> None:
    """Save ``roadmap`` to ``path`` unless the app has it open; failures as one line."""
    refuse_if_open(path, force=force, hint=hint)
    try:
        storage.save(roadmap, path)
    except storage.RoadmapSaveError as exc:
        raise CommandError(str(exc)) from None
