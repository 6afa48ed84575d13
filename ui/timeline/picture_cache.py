"""A picture drawn once, then only copied until what it shows changes (the zoomed-out view)."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget


class PictureCache:
    """One pixmap the size of a widget, drawn again when the key or the widget's size
    changes, or after :meth:`clear` (new layout, gates or look)."""

    def __init__(self) -> None:
        self._key: tuple[Hashable, ...] | None = None
        self._picture = QPixmap()

    def clear(self) -> None:
        self._key = None

    def get(
        self, widget: QWidget, key: tuple[Hashable, ...], paint: Callable[[QPainter], None]
    ) -> QPixmap:
        ratio = widget.devicePixelRatioF()
        full = (widget.width(), widget.height(), ratio, *key)
        if self._key != full:
            picture = QPixmap(round(widget.width() * ratio), round(widget.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            p = QPainter(picture)
            paint(p)
            p.end()
            self._picture, self._key = picture, full
        return self._picture
