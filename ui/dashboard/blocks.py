"""Building blocks of the Overview's cards and of the dialogs that show evidence.

Everything here follows the app's layout and theme rules, so a card built from
these blocks inherits them:

* one line of text (:func:`plain`) never widens the page: where there is no room
  it is cut with "…" and the whole text is in its tooltip;
* a link (:func:`link_button`) takes the palette's link colour when it is
  painted, so a light/dark switch shows at once;
* a read-only table (:class:`FitTable`) sizes its columns to their contents, gives
  the room left to one column whose text wraps, and grows to show every row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QTableWidget,
    QToolTip,
    QWidget,
)

_ELLIPSIS_ROOM = 6
"""A cut label keeps at least this many characters' width."""


class ElidingLabel(QLabel):
    """One line of plain text (never markup) that is cut with "…" where there is no room;
    its tooltip then shows the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        room = self.fontMetrics().averageCharWidth() * _ELLIPSIS_ROOM
        return QSize(min(hint.width(), room), hint.height())

    def is_elided(self) -> bool:
        """True when the text does not fit and is shown cut."""
        if self.wordWrap() or not self.text():
            return False
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
            self.foregroundRole(),
        )  # fmt: skip

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.is_elided():
            own = self.toolTip()
            tip = self.text() if not own or own == self.text() else f"{self.text()}\n\n{own}"
            QToolTip.showText(_global_pos(event), tip, self)
            return True
        return super().event(event)


def _global_pos(event: QEvent) -> QPoint:
    return event.globalPos() if isinstance(event, QHelpEvent) else QPoint()


def plain(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label for text from the file: never interpreted as rich text; one line is cut
    with "…" (whole in the tooltip) where there is no room, ``wrap`` text wraps."""
    if not wrap:
        return ElidingLabel(text)
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, scale: float = 1.15) -> QLabel:
    """A bold section title, larger by ``scale``."""
    label = ElidingLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class LinkButton(QPushButton):
    """A flat button that reads like a link: the palette's link colour, read when it is
    painted (never kept), underlined under the mouse, cut with "…" where there is no
    room. ``&`` in names is shown, never a mnemonic."""

    _PAD = 4

    def __init__(self, text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(text.replace("&", "&&"), parent)
        self._text = text
        self._tip = tip
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def link_text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(
            metrics.horizontalAdvance(self._text) + 2 * self._PAD + 2, metrics.height() + 6
        )

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        room = self.fontMetrics().averageCharWidth() * _ELLIPSIS_ROOM + 2 * self._PAD
        return QSize(min(hint.width(), room), hint.height())

    def _text_rect(self) -> QRect:
        return self.rect().adjusted(self._PAD, 0, -self._PAD, 0)

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self._text) > self._text_rect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setToolTip(f"{self._text}\n{self._tip}" if self.is_elided() else self._tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        font = QFont(self.font())
        font.setUnderline(self.underMouse() or self.isDown())
        painter.setFont(font)
        role = QPalette.ColorRole.Link if self.isEnabled() else QPalette.ColorRole.PlaceholderText
        painter.setPen(self.palette().color(role))
        rect = self._text_rect()
        text = self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.Leave):
            self.update()  # underline follows the mouse
        return super().event(event)


def link_button(text: str, tip: str) -> LinkButton:
    """A flat button that reads like a link (``&`` in names is not a mnemonic)."""
    return LinkButton(text, tip)


class FitTable(QTableWidget):
    """A read-only table whose columns fit their contents and whose ``wrap_column``
    (default: the last) takes the width left, its text wrapping onto more lines rather
    than being cut. With ``fit_rows`` it is as tall as its rows and never scrolls (a
    card); without, it takes the room its layout gives and scrolls (a dialog)."""

    def __init__(
        self,
        rows: int,
        headers: list[str],
        wrap_column: int = -1,
        *,
        fit_rows: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(rows, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self._wrap = wrap_column if wrap_column >= 0 else len(headers) - 1
        self._fit_rows = fit_rows
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if fit_rows:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(24)
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == self._wrap
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self._fit_pending = False
        # Once the header has settled: rows measured mid-resize keep the old widths.
        header.sectionResized.connect(lambda *_: self._fit_later())

    def _fit_later(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        self._fit_pending = False
        self.fit_height()

    def fit_height(self) -> None:
        """Rows as tall as their wrapped text, and (``fit_rows``) the table as tall as its rows."""
        self.resizeRowsToContents()
        if not self._fit_rows:
            return
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later()

    def minimumSizeHint(self) -> QSize:
        # Every column but the wrapping one at its contents' width, the wrapping one
        # at least a few words wide: narrower, and the card scrolls instead of cutting.
        header = self.horizontalHeader()
        widths = sum(
            max(header.sectionSizeHint(c), self.sizeHintForColumn(c))
            for c in range(self.columnCount())
            if c != self._wrap
        )
        words = self.fontMetrics().averageCharWidth() * 18
        return QSize(widths + words + 2 * self.frameWidth(), super().minimumSizeHint().height())
