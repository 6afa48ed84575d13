"""One app for many files: a second ``pilot-planner FILE`` hands FILE to the running
window (which asks about unsaved work first), other users are refused, a socket
left by a crash is replaced (ui.app.single_instance)."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QEvent, QLockFile
from PySide6.QtGui import QFileOpenEvent

from planner.edit.operations import SetField
from ui.app import single_instance
from ui.app.single_instance import Receiver, hand_over, server_name
from ui.window.start import take_files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="socket files and uids")


@pytest.fixture
def receiver(window: Any) -> Receiver:
    found = Receiver(lambda files: take_files(window, files), parent=window)
    assert found.listen()
    return found


def in_thread(qtbot: Any, work: Callable[[], object]) -> object:
    """Run a blocking plain-socket client while this thread's event loop serves the receiver."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20_000)
    return result[0]


HAND_OVER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from ui.app.single_instance import hand_over\n"
    "app = QCoreApplication([])\n"
    "print(hand_over(sys.argv[2:], sys.argv[1]))\n"
)


def handed_over(qtbot: Any, name: str | None, *files: str) -> bool:
    """hand_over() as another start runs it: in a process of its own (it blocks)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HAND_OVER, str(name), *files],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out.strip() == "True"


def second_start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "ui", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(qtbot: Any, process: subprocess.Popen[str]) -> int:
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    _, err = process.communicate()  # reads and closes its pipes
    sys.stderr.write(err)  # shown with a failing test
    return process.returncode


def test_a_second_start_hands_its_file_over_and_ends(
    window: Any, receiver: Receiver, roadmap_file: Path, qtbot: Any
) -> None:
    process = second_start(str(roadmap_file))
    assert finished(qtbot, process) == 0
    qtbot.waitUntil(lambda: window.session.path == str(roadmap_file), timeout=20_000)
    assert window.document.roadmap.title == "AI adoption programme"


def test_unsaved_work_is_asked_about_and_kept(
    window: Any, receiver: Receiver, prompter: Any, roadmap_file: Path, qtbot: Any
) -> None:
    assert window.document.execute(SetField("roadmap", None, "title", "Keep me"), "Rename")
    prompter.answer("unsaved-changes", "cancel")
    assert handed_over(qtbot, receiver.name, str(roadmap_file)) is True
    qtbot.waitUntil(lambda: "unsaved-changes" in prompter.keys_asked(), timeout=20_000)
    assert window.document.roadmap.title == "Keep me"
    assert window.session.dirty
    assert window.session.path is None


def test_a_start_without_a_file_brings_the_window_forward(
    window: Any, receiver: Receiver, qtbot: Any
) -> None:
    title = window.document.roadmap.title
    assert handed_over(qtbot, receiver.name) is True
    assert window.document.roadmap.title == title


def test_the_peer_is_this_user(window: Any, receiver: Receiver, qtbot: Any) -> None:
    seen: list[int | None] = []
    real = single_instance.peer_uid

    def spy(connection: Any) -> int | None:
        seen.append(real(connection))
        return seen[-1]

    single_instance.peer_uid = spy  # type: ignore[assignment]
    try:
        assert handed_over(qtbot, receiver.name) is True
    finally:
        single_instance.peer_uid = real  # type: ignore[assignment]
    assert seen == [os.getuid()] if sys.platform.startswith("linux") else [None]


def test_another_users_request_is_refused(
    window: Any,
    receiver: Receiver,
    roadmap_file: Path,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(single_instance, "peer_uid", lambda connection: os.getuid() + 1)
    assert handed_over(qtbot, receiver.name, str(roadmap_file)) is False
    qtbot.wait(50)
    assert window.session.path is None


@pytest.mark.parametrize("request_bytes", [b"hello\n", b'{"open": "x"}\n', b"[1]\n"])
def test_a_request_that_is_not_one_is_refused(
    window: Any, receiver: Receiver, qtbot: Any, request_bytes: bytes
) -> None:
    def send() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(10)
            client.connect(str(receiver.name))
            client.sendall(request_bytes)
            return client.recv(100)

    assert in_thread(qtbot, send) == single_instance.REFUSED
    assert window.session.path is None


def test_a_request_too_long_is_refused(window: Any, receiver: Receiver, qtbot: Any) -> None:
    def send() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(10)
            client.connect(str(receiver.name))
            with contextlib.suppress(OSError):  # it may close before reading it all
                client.sendall(b"x" * (single_instance.MAX_REQUEST + 10))
            return client.recv(100)

    assert in_thread(qtbot, send) == single_instance.REFUSED


def test_nobody_listening_means_no_hand_over(tmp_path: Path, qapp: Any) -> None:
    assert hand_over(["x.pilotplan"], str(tmp_path / "nobody.socket")) is False


def test_a_socket_left_by_a_crash_is_replaced(window: Any, qtbot: Any) -> None:
    name = server_name()
    assert name is not None
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)  # bound, never listening, closed: the file stays, as after a crash
    stale.close()
    assert Path(name).exists()
    assert hand_over([], name) is False
    receiver = Receiver(lambda files: None, parent=window)
    assert receiver.listen()
    assert handed_over(qtbot, name) is True


def test_the_socket_is_in_a_folder_only_the_user_can_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))  # not private: not used
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    name = server_name()
    assert name is not None
    folder = Path(name).parent
    assert folder == tmp_path / f"pilot-planner-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)  # someone opened it up: no socket there any more
    assert server_name() is None


def test_two_real_starts_one_window(roadmap_file: Path, qtbot: Any) -> None:
    """The program as a double-click runs it: the first start listens once its window
    is up; the second hands its file over and ends with 0."""
    first = second_start()
    try:
        name = server_name()
        assert name is not None
        qtbot.waitUntil(lambda: Path(name).exists() or first.poll() is not None, timeout=60_000)
        assert first.poll() is None, first.stderr.read() if first.stderr else ""
        assert finished(qtbot, second_start(str(roadmap_file))) == 0
        assert first.poll() is None  # the first window is still up
    finally:
        first.kill()
        first.communicate()


def test_a_file_opened_from_the_finder_goes_to_the_window(
    window: Any, roadmap_file: Path, qtbot: Any
) -> None:
    """macOS sends a document opened while the app runs as a FileOpen event."""
    taken: list[list[str]] = []
    assert single_instance.file_opened(QFileOpenEvent(str(roadmap_file)), taken.append)
    assert taken == [[str(roadmap_file)]]
    assert not single_instance.file_opened(QEvent(QEvent.Type.Show), taken.append)
    assert not single_instance.file_opened(QFileOpenEvent(""), taken.append)
    take_files(window, taken[0])
    assert window.session.path == str(roadmap_file)


def test_a_start_waits_for_one_still_opening_its_window(
    window: Any, roadmap_file: Path, qtbot: Any
) -> None:
    """Two files opened together start two programs at once: the one that comes second
    waits while the first opens its window, then hands its file over."""
    name = server_name()
    assert name is not None
    opening = QLockFile(name + ".lock")  # a first start, still building its window
    assert opening.tryLock(0)
    second = second_start(str(roadmap_file))
    qtbot.wait(1500)
    assert second.poll() is None  # waiting, no window of its own
    receiver = Receiver(lambda files: take_files(window, files), parent=window)
    assert receiver.listen()
    opening.unlock()
    assert finished(qtbot, second) == 0
    qtbot.waitUntil(lambda: window.session.path == str(roadmap_file), timeout=20_000)
