"""Window and dialog sizes that suit the screen they open on.

A window opens at the size it wants when the screen has room for it, and
never larger than the room the desktop leaves (task bars, docks). The main
window's first size uses the screen: all of a laptop's screen, most of a large
one. Sizes are computed by pure functions of the available area, so tests can
ask what a 1366×768 or a 1920×1080 screen would give.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolBar, QToolButton, QWidget

SMALL_SCREEN_WIDTH = 1600
"""Below this width the main window takes all the room the desktop leaves."""
LARGE_SHARE = 0.86
"""On a larger screen, the share of the room the first main window takes."""
MAX_FIRST_WINDOW = QSize(1920, 1200)
DIALOG_SHARE = 0.92
"""A dialog never takes more than this share of the room (it stays visibly a dialog)."""


def available(widget: QWidget | None = None) -> QRect:
    """The room the desktop leaves on the widget's screen (else the primary screen)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def first_window_size(room: QRect) -> QSize:
    """The main window's size the first time it opens (later, the size it was left at)."""
    if room.width() < SMALL_SCREEN_WIDTH:
        return room.size()
    wanted = QSize(round(room.width() * LARGE_SHARE), round(room.height() * LARGE_SHARE))
    return wanted.boundedTo(MAX_FIRST_WINDOW)


def dialog_size(preferred: QSize, room: QRect) -> QSize:
    """``preferred`` where it fits, else as much of the room as a dialog should take."""
    limit = QSize(round(room.width() * DIALOG_SHARE), round(room.height() * DIALOG_SHARE))
    return preferred.boundedTo(limit)


def fit_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Resize a dialog to ``preferred``, within the room its screen (or its parent's) has."""
    dialog.setProperty("preferred_size", preferred)
    parent = dialog.parentWidget()
    room = available(parent if parent is not None else dialog)
    dialog.resize(dialog_size(preferred, room))


def preferred_size(dialog: QWidget) -> QSize:
    """The size a dialog asks for where there is room (its size hint if it never said)."""
    wanted = dialog.property("preferred_size")
    return wanted if isinstance(wanted, QSize) else dialog.sizeHint()


def place_first_window(window: QWidget) -> None:
    """Size and centre the main window on its screen for a first start."""
    room = available(window)
    size = first_window_size(room)
    window.resize(size)
    frame = QRect(room.topLeft(), size)
    frame.moveCenter(room.center())
    window.move(frame.topLeft())


def text_lines_height(edit: QPlainTextEdit | QTextEdit, lines: int) -> int:
    """The height a multi-line text box needs to show ``lines`` lines without scrolling."""
    line = edit.fontMetrics().lineSpacing()
    document = edit.document().documentMargin()
    return round(lines * line + 2 * document + 2 * edit.frameWidth() + 2)


def name_overflow(toolbar: QToolBar) -> None:
    """Give the "»" button a narrow tool bar shows for the tools that do not fit a name
    (screen readers announce it; Qt leaves it nameless)."""
    for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
        button.setAccessibleName(QCoreApplication.translate("Sizing", "More tools"))
        button.setToolTip(QCoreApplication.translate("Sizing", "More tools"))
