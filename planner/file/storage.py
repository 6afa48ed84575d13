"""The ``.pilotplan`` roadmap file: open it safely, save it atomically (DESIGN §3).

A file is one UTF-8 JSON document::

    {
      "format": "pilot-planner-roadmap",
      "schema_version": 2,
      "app_version": "0.1.0",
      "roadmap": { … the Roadmap model, fields in model order … }
    }

Opening reads the file within its size limit (:mod:`planner.file.safejson`)
and takes one path for every file (:mod:`planner.file.loader`): a bounded scan
of its structure, one strict parse and validation, a migration for older
versions, the whole-roadmap rules. Anything wrong raises
:class:`RoadmapLoadError` naming each problem and its place
(``roadmap.use_cases[3].stage_id``).

Saving writes a temporary file beside the target, fsyncs it, keeps the
previous version as ``<name>.pilotplan.bak`` and atomically replaces the
target: the old file stays whole until the new one is complete on disk, even
if the process is killed mid-save.
"""

from __future__ import annotations

import json
import os

from planner import __version__, file
from planner.file.atomic import BACKUP_SUFFIX, OutputError, sweep_stale_temps, write_bytes
from planner.file.loader import FORMAT, load_bytes
from planner.file.migrations import CURRENT_SCHEMA_VERSION
from planner.file.safejson import MAX_FILE_BYTES, RoadmapLoadError, read_file
from planner.model.entities import Roadmap

__all__ = [
    "BACKUP_SUFFIX",
    "CURRENT_SCHEMA_VERSION",
    "FORMAT",
    "MAX_FILE_BYTES",
    "SUFFIX",
    "RoadmapLoadError",
    "RoadmapSaveError",
    "dumps",
    "load",
    "load_bytes",
    "save",
    "sweep_stale_temps",
]

SUFFIX = file.SUFFIX


# ---------------------------------------------------------------- loading


def load(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> Roadmap:
    """The roadmap stored in a file, or :class:`RoadmapLoadError` saying what is wrong.

    ``max_bytes`` raises the size limit (20 MiB by default) for callers that
    knowingly open huge roadmaps.
    """
    source = os.fspath(path)
    data = read_file(source, max_bytes=max_bytes)
    return load_bytes(data, source=source, max_bytes=max_bytes)


# ---------------------------------------------------------------- dumping


def dumps(roadmap: Roadmap) -> bytes:
    """The complete file: the envelope and the roadmap, UTF-8, pretty-printed, stable order."""
    head = (
        "{\n"
        f'  "format": "{FORMAT}",\n'
        f'  "schema_version": {CURRENT_SCHEMA_VERSION},\n'
        f'  "app_version": {json.dumps(__version__)},\n'
        '  "roadmap": '
    ).encode()
    body: bytes = Roadmap.__pydantic_serializer__.to_json(roadmap, indent=2)
    # JSON text holds no raw line breaks inside strings (they are escaped), so
    # every b"\n" is layout: indenting the body one level is one replace.
    return head + body.replace(b"\n", b"\n  ") + b"\n}\n"


# ----------------------------------------------------------------- saving


class RoadmapSaveError(Exception):
    """A save that failed; the file on disk is as it was before."""

    path: str
    reason: str
    errno: int | None

    def __init__(self, path: str, reason: str, error_number: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.errno = error_number
        super().__init__(f"Could not save {path}: {reason}. The file on disk was not changed.")


def save(roadmap: Roadmap, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write the roadmap to ``path`` atomically, keeping the previous file as ``<path>.bak``.

    Through :func:`planner.file.atomic.write_bytes`: on any failure the target
    is untouched, the temporary file removed and :class:`RoadmapSaveError` says
    what happened.
    """
    data = dumps(roadmap)
    try:
        write_bytes(path, data, backup=backup)
    except OutputError as exc:
        raise RoadmapSaveError(os.fspath(path), exc.reason, exc.errno) from exc
