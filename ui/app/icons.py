"""The app's icons: SVG files in ``resources/icons/``, drawn in the palette's colours.

The SVGs draw with ``currentColor``, which becomes the palette's text colour,
so icons stay visible in dark mode; accent colours switch to lighter tones on
a dark palette. Each icon is rendered at several sizes and at device pixel
ratio 1 and 2, so it is sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from planner.resources import resources_dir

_SIZES = (16, 20, 24, 32, 48, 64)
_DARK_ACCENTS = {
    "#1565c0": "#64b5f6",
    "#2e7d32": "#81c784",
    "#c62828": "#ef6c6c",
    "#e65100": "#ffb74d",
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def _coloured(name: str, text_colour: str, dark: bool) -> bytes:
    svg = _svg(name).replace("currentColor", text_colour)
    if dark:
        for light, lighter in _DARK_ACCENTS.items():
            svg = svg.replace(light, lighter)
    return svg.encode("utf-8")


def _render(name: str, text_colour: str, dark: bool) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_coloured(name, text_colour, dark)))
    icon = QIcon()
    for size in _SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


class _Rendered(QIconEngine):
    """Renders its icon (every size, as :func:`_render` does) the first time it is drawn
    or measured, not when it is made: the menus' icons cost nothing until a menu opens,
    and start-up renders only what its first frame shows (issue 17). What is drawn is
    the rendered icon's, pixel for pixel."""

    def __init__(self, name: str, text_colour: str, dark: bool) -> None:
        super().__init__()
        self._key = (name, text_colour, dark)
        self._icon: QIcon | None = None

    def _rendered(self) -> QIcon:
        if self._icon is None:
            self._icon = _render(*self._key)
        return self._icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._rendered().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._rendered().pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._rendered().pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self._rendered().actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return self._rendered().availableSizes(mode, state)

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "pilot-planner-svg"

    def clone(self) -> QIconEngine:
        copy = _Rendered(*self._key)
        copy._icon = self._icon
        return copy


@cache
def _icon(name: str, text_colour: str, dark: bool) -> QIcon:
    return QIcon(_Rendered(name, text_colour, dark))


def icon(name: str) -> QIcon:
    """The named icon in the current palette's colours."""
    palette = QGuiApplication.palette()
    colour = palette.color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour, is_dark(palette))


def app_icon() -> QIcon:
    return _icon("app", "#000000", False)
