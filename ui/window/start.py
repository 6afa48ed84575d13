"""Start the desktop app: ``pilot-planner [FILE]`` without a sub-command comes here.

The window opens on FILE, else on the file open when the app last closed,
else on the built-in sample (unsaved, untitled). Then, if an earlier run
crashed with unsaved work, the app offers it back. When the user's app is
already running, a start hands its file to it and ends
(:mod:`ui.app.single_instance`). Everything is local: the
app never touches the network.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from planner import APP_NAME, __version__, gc_policy
from planner.file import storage
from ui.app import i18n, single_instance, theme
from ui.app.prompts import Prompter
from ui.app.settings import APPLICATION, ORGANISATION, Settings
from ui.files.loading import collect_on_main_thread
from ui.files.read_ahead import ReadAhead, read_ahead
from ui.files.recovery import RecoveryStore

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def identify_app() -> None:
    """Names under which settings and per-user folders are stored (before any QSettings)."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QGuiApplication.setDesktopFileName(APPLICATION)


def build(
    settings: Settings,
    prompter: Prompter | None = None,
    recovery: RecoveryStore | None = None,
    opened: ReadAhead | None = None,
) -> MainWindow:
    """The main window with the user's language and colours applied, showing ``opened``
    (a file read before the window) when given, else the sample."""
    from ui.window.main_window import MainWindow

    app = QApplication.instance()
    if isinstance(app, QApplication):
        i18n.install(app, settings.language)
        theme.apply(app, settings.color_scheme)
    return MainWindow(settings, prompter, recovery, opened=opened)


def file_to_open(settings: Settings, file: str | None) -> str | None:
    """What a start opens: FILE, else the file open when the app last closed."""
    if file:
        return file
    if settings.last_file and Path(settings.last_file).is_file():
        return settings.last_file
    return None


def start(window: MainWindow, file: str | None) -> None:
    """Once the window is up: FILE, else the last file, unless the window already shows
    it (read before the window was built); then offers crash recovery."""
    settings = window.settings
    for recent in settings.recent_files:
        # Temporary files an interrupted save left beside recent roadmaps.
        storage.sweep_stale_temps(Path(recent).parent)
    if file and window.session.path is None:
        window.files.open_path(file)
    window.files.offer_recovery()


def take_files(window: MainWindow, files: list[str]) -> None:
    """A later start handed files over: bring the window forward and open the first,
    asking about unsaved work as File ▸ Open does."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if files:
        window.files.open_path(files[0])


def listen_for_later_starts(window: MainWindow, lock: QLockFile | None = None) -> None:
    """From now on, a later start hands its file to this window (QtNetwork is loaded
    here, once the window is up); a start waiting on ``lock`` goes on."""
    receiver = single_instance.Receiver(lambda files: take_files(window, files), parent=window)
    receiver.listen()
    if lock is not None:
        lock.unlock()


def _keep_work_on_crash(window: MainWindow) -> Callable[..., None]:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        window.emergency_autosave()
        previous(kind, value, trace)

    return hook


def main(file: str | None, qt_args: list[str]) -> int:
    problem = _no_screen()
    if problem:
        print(f"pilot-planner: {problem}", file=sys.stderr)
        return 1
    # The program's one collector policy (planner.gc_policy), once the imports are done;
    # what starting makes (widgets, the sample roadmap) lives as long as the app, and is
    # kept out of later collections once the window is up (see ui.files.loading).
    gc_policy.apply()
    identify_app()
    app = single_instance.Application([sys.argv[0], *qt_args])
    # No collection in the reading threads: they would free Qt objects there.
    collect_on_main_thread(app)
    lock = single_instance.start_lock()  # held until this window listens
    if single_instance.hand_over([file] if file else []):
        return 0  # the user's running app took the file (see ui.app.single_instance)
    settings = Settings()
    file = file_to_open(settings, file)
    # Read before the window is built, so that its first frame shows the file (a file
    # that needs a word with the user is opened the usual way once the window is up).
    window = build(settings, opened=read_ahead(file) if file else None)
    app.open_files = lambda files: take_files(window, files)  # macOS: Finder, Dock
    sys.excepthook = _keep_work_on_crash(window)
    app.commitDataRequest.connect(window.commit_data)
    window.show()
    # Open once the window is on screen, so any question appears over it; nothing the
    # first frame does not show runs before it is painted.
    AfterFirstFrame(
        window,
        [
            lambda: start(window, file),
            gc_policy.settle,
            lambda: listen_for_later_starts(window, lock),
        ],
    )
    return app.exec()


class AfterFirstFrame(QObject):
    """Runs work once the window's first frame is painted, in order, each in its own turn
    of the event loop (so the frame is complete and on screen before any of it starts).

    Work queued with a zero timer before the window is painted would run first (Qt
    serves timers before it paints the window shown just before), and the user would
    wait for it in front of no window. A window that is never painted (started
    minimised, hidden by the desktop) gets its work after :data:`LATEST_MS` anyway.
    """

    LATEST_MS = 1000

    def __init__(self, window: QWidget, work: list[Callable[[], object]]) -> None:
        super().__init__(window)
        self._window = window
        self._work = list(work)
        window.installEventFilter(self)
        QTimer.singleShot(self.LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The rest of this frame (the window's children) paints before this fires.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if not self._work:
            return
        self._window.removeEventFilter(self)
        work, self._work = self._work, []
        for job in work:
            QTimer.singleShot(0, self._window, job)


def _no_screen() -> str:
    """Why no window can be shown here, or "" (Qt would abort with a cryptic message)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY "
        "is set). Start it from a desktop session, or on a server under a virtual screen "
        "(xvfb-run -a pilot-planner). The commands work without a screen: pilot-planner --help"
    )
