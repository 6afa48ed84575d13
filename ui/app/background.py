"""Work done off the UI thread while the window stays responsive, with progress and cancel.

Reading a roadmap can take a moment (a large file, a slow network share, a
hostile attachment at the edge of the bounds). :func:`run_off_ui_thread` runs
it in a worker thread and keeps the event loop turning meanwhile: the window
repaints, timers fire, and after a short delay a window-modal progress dialog
offers Cancel. Cancelling abandons the result (the worker finishes on its own,
within the loader's bounds); nothing already open is touched either way.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""A read shorter than this shows no dialog at all."""
_POLL_MS = 15


@dataclass(frozen=True)
class Finished(Generic[T]):
    """The result of work done in the background, handed back to the UI thread."""

    value: T


class Cancelled:
    """The user cancelled: the result, whatever it is, is dropped."""


def run_off_ui_thread(
    work: Callable[[], T],
    *,
    label: str,
    cancel_label: str,
    parent: QWidget | None,
    started: Callable[[QProgressDialog], None] | None = None,
    done_of: Callable[[], tuple[int, int] | None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> Finished[T] | Cancelled:
    """``work()`` in a worker thread; its exception is raised here, in the caller's thread.

    ``started`` receives the progress dialog (tests cancel through it); ``done_of``
    is polled for (done, total) to fill the bar (without it the bar shows activity
    only); ``on_cancel`` tells the work to stop (without it the work runs to its end
    and its result is dropped).
    """
    from concurrent.futures import ThreadPoolExecutor  # (not needed before the first read)

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pilot-planner-read")
    # In the caller's context: the planner's language (a context variable) comes along.
    future: Future[T] = executor.submit(contextvars.copy_context().run, work)
    executor.shutdown(wait=False)
    progress = QProgressDialog(label, cancel_label, 0, 0, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)  # starts the minimum-duration clock
    if started is not None:
        started(progress)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(_POLL_MS)

    def tick() -> None:
        if future.done() or progress.wasCanceled():
            loop.quit()
            return
        found = done_of() if done_of is not None else None
        if found is not None and found[1] > 0:
            progress.setRange(0, 1000)
            progress.setValue(min(999, int(1000 * found[0] / found[1])))

    poll.timeout.connect(tick)
    progress.canceled.connect(loop.quit)
    poll.start()
    if not future.done():
        loop.exec()
    poll.stop()
    # Asked to cancel: the result is dropped even if the read has just finished (the
    # parse holds the interpreter, so the click may be seen only when it is done).
    cancelled = progress.wasCanceled()
    if cancelled and on_cancel is not None:
        on_cancel()
    progress.close()
    progress.deleteLater()
    if cancelled:
        return Cancelled()
    return Finished(future.result())
