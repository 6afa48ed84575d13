"""Icons render only the pixmap a request is drawn from, and draw exactly what the whole
icon (every size rendered) draws: at every size asked, pixel ratio, mode and state."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QIcon, QImage, QPainter

from planner.resources import resources_dir
from ui.app import icons

NAMES = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))
SIZES = [1, 8, 15, 16, 17, 20, 22, 23, 24, 30, 32, 40, 48, 56, 64, 80, 128]
MODES = [QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected]
STATES = [QIcon.State.Off, QIcon.State.On]


def _same(a: QImage, b: QImage) -> bool:
    return a.size() == b.size() and a.devicePixelRatio() == b.devicePixelRatio() and a == b


def _painted(icon: QIcon, side: int, scale: float, mode: QIcon.Mode, state: QIcon.State) -> QImage:
    image = QImage(round(side * scale) + 6, round(side * scale) + 6, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(0)
    painter = QPainter(image)
    icon.paint(painter, QRect(3, 3, side, side), mode=mode, state=state)
    painter.end()
    return image


@pytest.mark.parametrize("name", [*NAMES[:4], "app", "findings"])
def test_each_request_draws_what_the_whole_icon_draws(qapp, name: str) -> None:
    whole = icons._render(name, "#202020", False)
    lazy = QIcon(icons._Rendered(name, "#202020", False))
    for side in SIZES:
        size = QSize(side, side)
        assert lazy.actualSize(size) == whole.actualSize(size)
        for mode in MODES:
            for state in STATES:
                assert _same(
                    lazy.pixmap(size, mode, state).toImage(),
                    whole.pixmap(size, mode, state).toImage(),
                ), (side, mode, state)
                for scale in (1.0, 1.25, 1.5, 2.0, 3.0):
                    assert _same(
                        lazy.pixmap(size, scale, mode, state).toImage(),
                        whole.pixmap(size, scale, mode, state).toImage(),
                    ), (side, scale, mode, state)
                    assert _same(
                        _painted(lazy, side, scale, mode, state),
                        _painted(whole, side, scale, mode, state),
                    ), (side, scale, mode, state)
    assert lazy.availableSizes() == whole.availableSizes()


def test_an_icon_renders_only_what_is_asked(qapp) -> None:
    engine = icons._Rendered("save", "#202020", False)
    icon = QIcon(engine)
    assert not engine._entries  # nothing rendered when made
    assert icon.availableSizes() == icons._render("save", "#202020", False).availableSizes()
    assert not engine._entries  # nor to tell its sizes
    icon.pixmap(QSize(22, 22))
    icon.pixmap(QSize(22, 22), 1.0, QIcon.Mode.Disabled)  # the same pixmap, greyed
    assert len(engine._entries) == 1
