"""What a file looked like on disk when we read or wrote it.

Before saving over a file the app checks it is still the file it opened: a
colleague, a sync client or another program may have replaced it meanwhile.
Size and modification time are cheap; the hash catches a rewrite within the
same clock tick and ignores a mere ``touch``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DiskIdentity:
    """What a file was on disk when read: size, modification time and content hash."""

    size: int
    mtime_ns: int
    sha256: str


def identity_of(path: str | os.PathLike[str]) -> DiskIdentity | None:
    """The file's identity now, or None when it cannot be read (gone, no permission)."""
    try:
        with open(path, "rb") as handle:
            stat = os.fstat(handle.fileno())
            digest = hashlib.sha256()
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return DiskIdentity(stat.st_size, stat.st_mtime_ns, digest.hexdigest())


def changed_since(path: str | os.PathLike[str], known: DiskIdentity | None) -> bool:
    """True when the file's content is no longer what ``known`` describes.

    A missing file counts as changed (someone moved or deleted it); an
    unchanged size and time are trusted without hashing.
    """
    if known is None:
        return False
    try:
        stat = os.stat(path)
    except OSError:
        return True
    if stat.st_size == known.size and stat.st_mtime_ns == known.mtime_ns:
        return False
    now = identity_of(path)
    return now is None or now.sha256 != known.sha256
