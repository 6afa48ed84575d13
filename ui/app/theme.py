"""Light and dark: follow the system's scheme, or the user's choice in View ▸ Appearance.

Qt (6.8+) can ask the platform for a scheme with ``QStyleHints.setColorScheme``.
Where the platform cannot (older desktops, the offscreen platform used for
screenshots), the Fusion style with a palette of our own gives the same
result. Widgets only use palette roles, never fixed text colours, so both work.

Colours the palette has no role for (met / not met, the as-of line, accents) come
from :func:`tone`, which picks the variant that reads on the palette asked for:
ask when painting, never keep the colour, and a light/dark switch shows at once.
The app's style is wrapped in :class:`ContrastStyle`, which gives check boxes an
outline that can be seen on a dark background (Fusion draws it darker than the
window, which on a dark palette is nearly the colour of the box).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from ui.app.icons import is_dark

_R = QPalette.ColorRole
_G = QPalette.ColorGroup


class Tone(StrEnum):
    """Colours with a meaning, beside the palette's roles."""

    GOOD = "good"
    BAD = "bad"
    ACCENT = "accent"
    TODAY = "today"
    LATE = "late"


_TONES = {  # (on a light palette, on a dark one): both above 4.5:1 on their base
    Tone.GOOD: ("#2E7D32", "#81C784"),
    Tone.BAD: ("#C62828", "#EF6C6C"),
    Tone.ACCENT: ("#1565C0", "#64B5F6"),
    Tone.TODAY: ("#D62828", "#FF6B6B"),
    Tone.LATE: ("#B3261E", "#FF8A80"),
}


def tone(which: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of ``which`` that reads on ``palette`` (default: the app's, now)."""
    light, dark = _TONES[which]
    return QColor(dark if is_dark(palette) else light)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0–1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class _ToneKeeper(QObject):
    """Gives a widget's text a :class:`Tone` again whenever its palette changes (the app's
    switched): only that one role is set, every other colour still follows the app."""

    def __init__(self, widget: QWidget, which: Tone, role: QPalette.ColorRole) -> None:
        super().__init__(widget)
        self._which, self._role = which, role
        self._apply(widget)
        widget.installEventFilter(self)

    def _apply(self, widget: QWidget) -> None:
        wanted = tone(self._which, widget.palette())
        if widget.palette().color(self._role) != wanted:
            palette = QPalette()
            palette.setColor(self._role, wanted)
            widget.setPalette(palette)  # merged with the inherited palette: one role set

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ) and isinstance(watched, QWidget):
            self._apply(watched)
        return False


def keep_tone(
    widget: QWidget, which: Tone, role: QPalette.ColorRole = QPalette.ColorRole.WindowText
) -> None:
    """Show ``widget``'s text in a tone, following light/dark switches (no colour kept)."""
    _ToneKeeper(widget, which, role)


def outline(palette: QPalette) -> QColor:
    """A frame colour that stands out from both the window and the base of a palette."""
    return mix(palette.color(_R.Text), palette.color(_R.Base), 0.55)


class ContrastStyle(QProxyStyle):
    """The platform's style, with check box outlines drawn in a colour that shows on dark
    palettes too (tables, forms and menus alike)."""

    _CHECKS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self._CHECKS and is_dark(option.palette):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(outline(option.palette), 1))
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))  # over Fusion's own outline
            painter.restore()


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


def light_palette(style: QStyle) -> QPalette:
    """The style's own light palette, with a link colour that is not pure blue."""
    p = style.standardPalette()
    p.setColor(_R.Link, QColor("#1a5fb4"))
    p.setColor(_R.LinkVisited, QColor("#7b3fb4"))
    return p


def _with_contrast(app: QApplication) -> None:
    if not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle(app.style().name()))


def apply(app: QApplication, preference: str) -> None:
    """Use the ``system``, ``light`` or ``dark`` scheme for the whole app."""
    _with_contrast(app)
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
        if not want_dark and app.palette().color(_R.Link) == QColor("#0000ff"):
            # Qt's fallback link colour (pure blue) where the platform gives none.
            palette = QPalette(app.palette())
            palette.setColor(_R.Link, QColor("#1a5fb4"))
            palette.setColor(_R.LinkVisited, QColor("#7b3fb4"))
            app.setPalette(palette)
        return
    # The platform did not follow: draw it ourselves with Fusion.
    if app.style().name().lower() != "fusion" or not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle(QStyleFactory.create("Fusion")))
    app.setPalette(dark_palette() if want_dark else light_palette(app.style()))


def scheme_is_dark() -> bool:
    return is_dark(QGuiApplication.palette())
