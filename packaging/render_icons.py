"""Renders the app icon (resources/icons/app.svg) for the desktops.

Writes resources/desktop/pilot-planner-<size>.png (the hicolor sizes that
``pilot-planner desktop-install`` installs) and packaging/icons/pilot-planner.ico
and .icns (the Windows and macOS bundles). Run it after changing the icon:
``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])
    svg = (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    desktop = ROOT / "resources" / "desktop"
    desktop.mkdir(exist_ok=True)
    for size in SIZES:
        assert render(renderer, size).save(str(desktop / f"pilot-planner-{size}.png"))
    icons = ROOT / "packaging" / "icons"
    icons.mkdir(exist_ok=True)
    assert render(renderer, 256).save(str(icons / "pilot-planner.ico"))
    assert render(renderer, 512).save(str(icons / "pilot-planner.icns"))
    del app


if __name__ == "__main__":
    main()
