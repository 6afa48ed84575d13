"""The rules of opening and saving roadmap files, without any window or wording.

What the file commands decide — where Save goes, when a target must be
refused, what a new or recovered roadmap is called, how a file is read with
the identity it had on disk — lives here, free of Qt, so that it can be read
and tested on its own. :mod:`ui.files.asking` words the questions and
messages; :mod:`ui.files.controller` runs the commands with both.
"""

from __future__ import annotations

import hashlib
import linecache
import os
import re
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from planner.file import storage
from planner.file.safejson import read_file
from planner.model.entities import Roadmap
from ui.files.identity import DiskIdentity
from ui.files.loading import load_frozen

_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name_for(title: str) -> str:
    """A file name made from a roadmap title (no folder separators or odd characters)."""
    name = _UNSAFE_NAME.sub(" ", title).strip(" .")[:80].strip()
    return (name or "roadmap") + storage.SUFFIX


def with_suffix(path: str) -> str:
    return path if path.lower().endswith(storage.SUFFIX) else path + storage.SUFFIX


def same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


@dataclass(frozen=True)
class Opened:
    """A roadmap read from a file, and what the file looked like then."""

    roadmap: Roadmap
    identity: DiskIdentity


def read_roadmap(path: str) -> Opened:
    """Read and check a roadmap file completely (nothing open is touched).

    Raises :class:`~planner.file.safejson.RoadmapLoadError` (what is wrong and
    where) or :class:`OSError`. Safe to run off the UI thread.
    """
    # PySide6's import hook reads each imported module's source into linecache (~12 MB
    # once the app is up) and nothing uses it after: freed before a large file is read.
    linecache.clearcache()
    data = read_file(path)
    stat = os.stat(path)
    roadmap = load_frozen(data, path)
    return Opened(
        roadmap, DiskIdentity(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())
    )


class ReadOnly(StrEnum):
    """Why the roadmap cannot be saved in place."""

    NO = ""
    FILE = "file"
    """The file is marked read-only or we lack permission to write it."""
    FOLDER = "folder"
    """The folder cannot be written (no lock, no atomic save possible)."""
    LOCKED = "locked"
    """Someone else has it open and the user chose to look without editing."""


def read_only_reason(path: str | os.PathLike[str]) -> ReadOnly:
    """Whether a file can be saved in place.

    A file without any write permission bit counts as read-only even for an
    administrator: the user (or a colleague) marked it so on purpose. Saving
    replaces the file through a temporary one in its folder, so the folder
    must be writable too.
    """
    file = Path(path)
    try:
        mode = file.stat().st_mode
    except OSError:
        return ReadOnly.FILE
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(file, os.W_OK):
        return ReadOnly.FILE
    folder = file.parent
    try:
        folder_mode = folder.stat().st_mode
    except OSError:
        return ReadOnly.FOLDER
    writable = folder_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if not writable or not os.access(folder, os.W_OK | os.X_OK):
        return ReadOnly.FOLDER
    return ReadOnly.NO


class SaveRoute(StrEnum):
    SAVE_AS = "save_as"
    """No file yet, or one that must not be written: ask where."""
    CHECK_DISK = "check_disk"
    """Write the file, once it is known nobody replaced it meanwhile."""


def save_route(path: str | None, writable: bool) -> SaveRoute:
    return SaveRoute.SAVE_AS if path is None or not writable else SaveRoute.CHECK_DISK


class Refusal(StrEnum):
    """Why a chosen target cannot be written."""

    READ_ONLY = "read_only"
    COPY_ONTO_ITSELF = "copy_onto_itself"


def target_refusal(path: str, *, current: str | None = None, copy: bool = False) -> Refusal | None:
    """Whether ``path`` may be written as a Save As (or a copy of ``current``)."""
    if copy and current is not None and same_file(path, current):
        return Refusal.COPY_ONTO_ITSELF
    if Path(path).exists() and read_only_reason(path) is ReadOnly.FILE:
        return Refusal.READ_ONLY
    return None


def suggestion(path: str | None, suggested: str | None, folder: str, title: str) -> str:
    """Where Save As proposes to save: the file, else the proposal made at creation,
    else a name made from the title in the last folder used."""
    return path or suggested or str(Path(folder) / file_name_for(title))


def copy_suggestion(current_suggestion: str, copy_name: str) -> str:
    """``…/plan.pilotplan`` → ``…/<copy_name>.pilotplan`` (the caller words ``copy_name``)."""
    return str(Path(current_suggestion).parent / (copy_name + storage.SUFFIX))
