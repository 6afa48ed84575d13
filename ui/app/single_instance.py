"""One app for many files: a second start hands its file to the running app.

The first window listens on a local socket (:class:`QLocalServer`), private to
the user: on Linux and macOS a socket file in a folder only the user can open
(``$XDG_RUNTIME_DIR``, else ``<temp>/pilot-planner-<uid>`` made with mode 0700),
and on Linux the peer's user id is checked as well; on Windows a named pipe
that only the user may open. Nothing reaches the network.

``pilot-planner FILE`` (a double-click in the file manager) first tries to hand
FILE over (:func:`hand_over`); when a running app takes it, the new process
exits 0. The running window then opens the file as File ▸ Open does: it asks
about unsaved work first, so nothing is lost. If no app answers (none runs, or
one crashed and left its socket behind), the new process starts the window and
becomes the one others hand over to (:class:`Receiver`).

On macOS a document opened from the Finder while the app runs is not a new
start but an event to the running app (``QFileOpenEvent``): :class:`Application`
passes it on the same way.

QtNetwork is loaded only once the window is up (the receiver); a start that
hands its file over never loads it (on Linux and macOS it speaks to the socket
with Python's own). One request is one line of JSON, ``{"open": [absolute paths]}`` (an empty list
brings the window to the front), answered ``ok`` or ``refused``.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import stat
import struct
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

CONNECT_MS = 500
"""How long a new start waits for a running app to accept (it answers at once)."""
REPLY_MS = 3000
MAX_REQUEST = 256 * 1024
"""Bytes one request may hold (a few thousand long paths); longer is refused."""
START_WAIT_MS = 20_000
"""How long a start waits for another one that is still opening its window (two files
opened together start two programs at once; the second then hands its file over)."""
BASENAME = "pilot-planner"
OK, REFUSED = b"ok\n", b"refused\n"


def _private_folder() -> Path | None:
    """A folder only this user can open, for the socket file (None: none is safe)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and _is_private(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"{BASENAME}-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return folder if _is_private(folder) else None


def _is_private(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def server_name() -> str | None:
    """The name the user's running app listens on (None: no private place for it)."""
    if sys.platform == "win32":
        return f"{BASENAME}-{getpass.getuser()}"
    folder = _private_folder()
    return str(folder / f"{BASENAME}.socket") if folder is not None else None


def start_lock(name: str | None = None) -> QLockFile | None:
    """Taken by a start from its hand-over attempt until its window listens, so that of
    two starts at once one opens the window and the other hands its file to it. A lock
    left by a crashed start is taken over (QLockFile checks its process)."""
    name = server_name() if name is None else name
    if name is None:
        return None
    path = (
        name + ".lock"
        if sys.platform != "win32"
        else str(Path(tempfile.gettempdir()) / f"{name}.lock")
    )
    lock = QLockFile(path)
    lock.setStaleLockTime(0)  # stale only when its process is gone, however long it runs
    return lock if lock.tryLock(START_WAIT_MS) else None


def peer_uid(connection: QLocalSocket) -> int | None:
    """The user id of the process at the other end (Linux), None where unknown."""
    if not sys.platform.startswith("linux"):
        return None
    descriptor = int(connection.socketDescriptor())
    if descriptor < 0:
        return None
    duplicate = socket.fromfd(descriptor, socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        credentials = duplicate.getsockopt(
            socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
        )
    finally:
        duplicate.close()
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return int(uid)


def hand_over(files: Sequence[str], name: str | None = None) -> bool:
    """Give ``files`` to the user's running app; True when it took them."""
    name = server_name() if name is None else name
    if name is None:
        return False
    request = json.dumps({"open": [os.path.abspath(f) for f in files]}).encode() + b"\n"
    if sys.platform == "win32":
        return _hand_over_by_pipe(name, request)
    # QLocalServer listens on a plain Unix socket: Python's own client reaches it
    # without loading QtNetwork into every start.
    reply = b""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(CONNECT_MS / 1000)
            client.connect(name)
            client.settimeout(REPLY_MS / 1000)
            client.sendall(request)
            while not reply.endswith(b"\n") and len(reply) <= len(REFUSED):
                chunk = client.recv(len(REFUSED))
                if not chunk:
                    break
                reply += chunk
    except OSError:  # nobody listens, a stale socket, no answer in time
        return False
    return reply == OK


def _hand_over_by_pipe(name: str, request: bytes) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(CONNECT_MS):
        return False
    connection.write(request)
    connection.flush()
    if connection.bytesToWrite() and not connection.waitForBytesWritten(REPLY_MS):
        return False
    reply = b""
    while not reply.endswith(b"\n"):
        if not connection.bytesAvailable() and not connection.waitForReadyRead(REPLY_MS):
            break
        reply += bytes(connection.readAll().data())
    connection.abort()
    return reply == OK


class Receiver(QObject):
    """The running app's end: takes files handed over and passes them to ``open_files``."""

    def __init__(
        self,
        open_files: Callable[[list[str]], None],
        name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._open_files = open_files
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.name = server_name() if name is None else name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen for later starts; a socket left by a crashed app is replaced."""
        if self.name is None:
            return False
        if self.server.listen(self.name):
            return True
        # Nobody answered on it (hand_over came first), so whatever holds the name is stale.
        self.server.removeServer(self.name)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while (connection := self.server.nextPendingConnection()) is not None:
            uid = peer_uid(connection)
            if uid is not None and uid != os.getuid():
                self._reply(connection, REFUSED)
                continue
            self._buffers[connection] = b""
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        if connection not in self._buffers:
            return
        data = self._buffers[connection] + bytes(connection.readAll().data())
        if len(data) > MAX_REQUEST:
            self._reply(connection, REFUSED)
            return
        self._buffers[connection] = data
        if not data.endswith(b"\n"):
            return
        files = _files_of(data)
        self._reply(connection, OK if files is not None else REFUSED)
        if files is not None:
            # After answering: opening may ask about unsaved work, and the other start
            # must not wait for that answer.
            QTimer.singleShot(0, self, lambda: self._open_files(files))

    def _reply(self, connection: QLocalSocket, reply: bytes) -> None:
        self._buffers.pop(connection, None)
        connection.write(reply)
        connection.flush()
        connection.disconnectFromServer()

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()

    def close(self) -> None:
        self.server.close()


def _files_of(data: bytes) -> list[str] | None:
    """The paths of one request, or None when it is not one."""
    try:
        request = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = request.get("open") if isinstance(request, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
        return None
    return [f for f in files if os.path.isabs(f)]


class Application(QApplication):
    """The app object: on macOS, a document opened from the Finder (or the Dock) arrives
    as a ``FileOpen`` event; it goes to ``open_files`` once the window is up."""

    def __init__(self, arguments: list[str]) -> None:
        super().__init__(arguments)
        self.open_files: Callable[[list[str]], None] | None = None

    def event(self, event: QEvent) -> bool:
        if file_opened(event, self.open_files):
            return True
        return super().event(event)


def file_opened(event: QEvent, open_files: Callable[[list[str]], None] | None) -> bool:
    """Hand a ``FileOpen`` event's file to ``open_files``; False for any other event."""
    if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
        return False
    path = event.file()
    if not path or open_files is None:
        return False
    open_files([path])
    return True
