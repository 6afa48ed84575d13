"""Light and dark: follow the system's scheme, or the user's choice in View ▸ Appearance.

Qt (6.8+) can ask the platform for a scheme with ``QStyleHints.setColorScheme``.
Where the platform cannot (older desktops, the offscreen platform used for
screenshots), the Fusion style with a palette of our own gives the same
result. Widgets only use palette roles, never fixed text colours, so both work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui.app.icons import is_dark

_R = QPalette.ColorRole
_G = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A calm dark palette with text contrast above 4.5:1 on every background."""
    p = QPalette()
    colours = {
        _R.Window: "#2b2d30",
        _R.WindowText: "#e8e8e8",
        _R.Base: "#1e1f22",
        _R.AlternateBase: "#26282b",
        _R.ToolTipBase: "#3c3f44",
        _R.ToolTipText: "#f0f0f0",
        _R.PlaceholderText: "#9a9da3",
        _R.Text: "#e8e8e8",
        _R.Button: "#35373b",
        _R.ButtonText: "#e8e8e8",
        _R.BrightText: "#ff6b6b",
        _R.Light: "#4a4d52",
        _R.Midlight: "#3e4145",
        _R.Mid: "#2f3135",
        _R.Dark: "#1a1b1e",
        _R.Shadow: "#0d0d0f",
        _R.Highlight: "#3d7bd9",
        _R.HighlightedText: "#ffffff",
        _R.Link: "#7fb4ff",
        _R.LinkVisited: "#c29bff",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        p.setColor(_G.Disabled, role, QColor("#7d8087"))
    p.setColor(_G.Disabled, _R.Highlight, QColor("#4a4d52"))
    return p


def apply(app: QApplication, preference: str) -> None:
    """Use the ``system``, ``light`` or ``dark`` scheme for the whole app."""
    hints = app.styleHints()
    wanted = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(preference, Qt.ColorScheme.Unknown)
    hints.setColorScheme(wanted)  # Unknown hands the choice back to the system
    want_dark = (
        hints.colorScheme() == Qt.ColorScheme.Dark
        if preference == "system"
        else preference == "dark"
    )
    if want_dark == is_dark(app.palette()):
        return
    # The platform did not follow: draw it ourselves with Fusion.
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(dark_palette() if want_dark else fusion.standardPalette())


def scheme_is_dark() -> bool:
    return is_dark(QGuiApplication.palette())
