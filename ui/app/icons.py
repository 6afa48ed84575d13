"""The app's icons: SVG files in ``resources/icons/``, drawn in the palette's colours.

The SVGs draw with ``currentColor``, which becomes the palette's text colour,
so icons stay visible in dark mode; accent colours switch to lighter tones on
a dark palette. Each icon is rendered at several sizes and at device pixel
ratio 1 and 2, so it is sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
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


_RATIOS = (1, 2)
_ENTRIES = tuple((size, ratio) for size in _SIZES for ratio in _RATIOS)
"""Every pixmap an icon has (size in device-independent pixels, device pixel ratio), in
the order they are added."""


def _render_entry(renderer: QSvgRenderer, size: int, ratio: int) -> QPixmap:
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def _render(name: str, text_colour: str, dark: bool) -> QIcon:
    """The whole icon: every size at both pixel ratios."""
    renderer = QSvgRenderer(QByteArray(_coloured(name, text_colour, dark)))
    icon = QIcon()
    for size, ratio in _ENTRIES:
        icon.addPixmap(_render_entry(renderer, size, ratio))
    return icon


@cache
def _probe() -> QIcon:
    """An icon with the same pixmap sizes as every rendered one, each a solid colour that
    names its entry: which entry Qt picks for a request depends only on the sizes, so
    asking this icon tells which one pixmap a request needs (see :class:`_Rendered`)."""
    probe = QIcon()
    for index, (size, ratio) in enumerate(_ENTRIES):
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.fill(QColor.fromRgb(_probe_colour(index)))
        pixmap.setDevicePixelRatio(ratio)
        probe.addPixmap(pixmap)
    return probe


def _probe_colour(index: int) -> int:
    return 0xFF000000 | (index + 1) * 0x101010


@cache
def _entry_for(how: str, width: int, height: int, scale: float, state: QIcon.State) -> int:
    """The index in :data:`_ENTRIES` of the pixmap Qt draws a request from (-1: none):
    :meth:`QIcon.paint` into a ``width`` × ``height`` rectangle on a device of pixel ratio
    ``scale`` (``how`` is "paint"), :meth:`QIcon.pixmap` of that size at that ratio
    ("scaled") or at the app's ("pixmap"), asked the same way as the real request."""
    if how == "paint":
        image = QImage(
            max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(scale)
        image.fill(0)
        painter = QPainter(image)
        _probe().paint(painter, QRect(0, 0, width, height), Qt.AlignmentFlag.AlignCenter,
                       QIcon.Mode.Normal, state)  # fmt: skip
        painter.end()
    else:
        size, normal = QSize(width, height), QIcon.Mode.Normal
        found = (
            _probe().pixmap(size, scale, normal, state)
            if how == "scaled"
            else _probe().pixmap(size, normal, state)
        )
        if found.isNull():
            return -1
        image = found.toImage()
    colour = image.pixel(image.width() // 2, image.height() // 2) & 0xFFFFFF
    index = colour // 0x101010 - 1
    return index if 0 <= index < len(_ENTRIES) and colour % 0x101010 == 0 else -1


class _Rendered(QIconEngine):
    """Renders the one pixmap a request is drawn from, the first time it is asked for, not
    every size when the icon is made: the menus' icons cost nothing until a menu opens,
    and start-up renders one pixmap per icon its first frame shows instead of twelve
    (issue 17). Qt picks that pixmap from the sizes alone (:func:`_entry_for` asks an
    icon of the same sizes), then scales it and derives the disabled or selected look
    from it as it does for the whole icon: what is drawn is the whole icon's, pixel for
    pixel (tests/ui/app/test_icons.py compares them)."""

    def __init__(self, name: str, text_colour: str, dark: bool) -> None:
        super().__init__()
        self._key = (name, text_colour, dark)
        self._entries: dict[int, QIcon] = {}
        self._renderer: QSvgRenderer | None = None

    def _for(self, how: str, size: QSize, scale: float, state: QIcon.State) -> QIcon:
        """An icon holding only the pixmap Qt would draw this request from."""
        index = _entry_for(how, size.width(), size.height(), scale, state)
        if index < 0:
            return _probe()  # nothing to draw (an empty size): the same null answer
        icon = self._entries.get(index)
        if icon is None:
            if self._renderer is None:
                self._renderer = QSvgRenderer(QByteArray(_coloured(*self._key)))
            icon = QIcon()
            icon.addPixmap(_render_entry(self._renderer, *_ENTRIES[index]))
            self._entries[index] = icon
        return icon

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        self._for("paint", rect.size(), scale, state).paint(
            painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state
        )

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._for("pixmap", size, 1.0, state).pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._for("scaled", size, scale, state).pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return _probe().actualSize(size, mode, state)  # from the sizes alone

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return _probe().availableSizes(mode, state)

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "pilot-planner-svg"

    def clone(self) -> QIconEngine:
        copy = _Rendered(*self._key)
        copy._entries = dict(self._entries)
        copy._renderer = self._renderer
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
