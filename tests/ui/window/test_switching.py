"""Light/dark and English/French switches apply everywhere at once, without a restart.

Each test switches while the window is open and compares what is on screen (a
grabbed colour, a widget's text) before and after: colours come from the palette
when painted, never kept from when a widget was built, and numbers and dates are
written again in the new language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from shell_support import SIZE_HINTS

from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionViewItem

from planner.i18n import format_day
from ui.app import i18n, theme
from ui.app.icons import is_dark

pytestmark = pytest.mark.qt_log_ignore(SIZE_HINTS)


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the next test gets the app's look and language back."""
    palette, style = QPalette(qapp.palette()), qapp.style().name()
    yield
    qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setPalette(palette)
    i18n.install(qapp, "en")


def _choose(window, group, value: str) -> None:
    action = next(a for a in group.actions() if a.data() == value)
    action.trigger()
    QApplication.processEvents()


def _colours(image: QImage, rect: QRect | None = None) -> set[str]:
    area = rect or image.rect()
    found = set()
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            found.add(image.pixelColor(x, y).name())
    return found


def _near(colours: set[str], wanted: QColor, tolerance: int = 40) -> bool:
    """Some pixel close to ``wanted`` (anti-aliased text is never exactly the colour)."""
    for name in colours:
        c = QColor(name)
        distance = (
            abs(c.red() - wanted.red())
            + abs(c.green() - wanted.green())
            + abs(c.blue() - wanted.blue())
        )
        if distance <= tolerance:
            return True
    return False


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# ------------------------------------------------------------------ theme


def test_overview_stage_titles_take_the_new_link_colour_at_once(
    window, qtbot, restore_look
) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _choose(window, window.window_actions.scheme_group, "light")
    dashboard = window.show_page("overview")
    card = next(iter(dashboard.cards.values()))
    light_link = QApplication.palette().color(QPalette.ColorRole.Link)
    before = _colours(card.name_button.grab().toImage())
    assert _near(before, light_link)

    _choose(window, window.window_actions.scheme_group, "dark")
    assert is_dark(QGuiApplication.palette())
    dark_link = QApplication.palette().color(QPalette.ColorRole.Link)
    assert dark_link != light_link
    after = _colours(card.name_button.grab().toImage())  # the same widget, not rebuilt
    assert _near(after, dark_link)
    assert not _near(after, light_link, tolerance=20)


def test_chart_and_error_colours_follow_the_switch(window, qtbot, restore_look) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _choose(window, window.window_actions.scheme_group, "light")
    dashboard = window.show_page("overview")
    chart = next(iter(dashboard.cards.values())).charts[0]
    chart.resize(520, chart.heightForWidth(520))
    light_accent = theme.tone(theme.Tone.ACCENT)
    assert _near(_colours(chart.grab().toImage()), light_accent, 10)
    _choose(window, window.window_actions.scheme_group, "dark")
    dark = _colours(chart.grab().toImage())
    assert _near(dark, theme.tone(theme.Tone.ACCENT), 10)
    assert not _near(dark, light_accent, 10)

    from ui.dialogs.gate_review import GateReviewDialog

    stage = window.document.roadmap.stages[0].id
    dialog = GateReviewDialog(window.document, stage, dt.date.today(), window)
    qtbot.addWidget(dialog)
    assert dialog.error.palette().color(QPalette.ColorRole.WindowText) == theme.tone(theme.Tone.BAD)
    _choose(window, window.window_actions.scheme_group, "light")
    assert dialog.error.palette().color(QPalette.ColorRole.WindowText) == theme.tone(theme.Tone.BAD)
    assert theme.tone(theme.Tone.BAD) == QColor("#C62828")


def test_unticked_check_boxes_show_in_dark_mode(window, qtbot, restore_look) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _choose(window, window.window_actions.scheme_group, "dark")
    base = QApplication.palette().color(QPalette.ColorRole.Base)

    box = QCheckBox()
    qtbot.addWidget(box)
    box.setChecked(False)
    box.show()
    image = box.grab().toImage()
    style_rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, _opt(box), box)
    best = max(_contrast(QColor(c), base) for c in _colours(image, style_rect))
    assert best >= 3.0, f"unticked box outline contrast {best:.2f} on a dark base"

    page = window.show_page("stages")
    table = page.criteria.table
    model = table.model()
    column = page.criteria.model.column_of("mandatory")
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    index = model.index(row, column)
    table.scrollTo(index)
    QApplication.processEvents()
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    indicator = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    image = table.viewport().grab().toImage()
    cell_base = image.pixelColor(option.rect.right() - 2, option.rect.center().y())
    best = max(_contrast(QColor(c), cell_base) for c in _colours(image, indicator))
    assert best >= 3.0, f"unticked cell check box contrast {best:.2f}"


def _opt(box: QCheckBox):
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    return option


# ------------------------------------------------------------------ language


def test_numbers_and_dates_are_written_again_after_a_language_switch(
    window, qtbot, restore_look
) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("stages")
    browser = page.criteria
    threshold = browser.detail.editors["threshold"]
    assert threshold.text() == "60"  # never "60.000": no trailing zeros
    satisfaction = next(c for c in window.document.roadmap.criteria if c.threshold == 3.5)
    assert browser.select(satisfaction.id) or page.show_entity("criterion", satisfaction.id)
    assert page.criteria.detail.editors["threshold"].text() == "3.5"
    as_of = window.document.as_of()
    assert window.show_page("overview").as_of_edit.text() == format_day(as_of)

    _choose(window, window.window_actions.language_group, "fr")
    page = window.show_page("stages")
    assert page.show_entity("criterion", satisfaction.id)
    assert page.criteria.detail.editors["threshold"].text() == "3,5"
    overview = window.show_page("overview")
    assert overview.as_of_edit.text() == format_day(as_of).replace("1er ", "1 ")
    assert overview.as_of_edit.locale().language() == QLocale.Language.French
    card = next(iter(overview.cards.values()))
    needs = card.criteria.item(0, 2).text()
    assert "of eligible" not in needs  # the standard unit in French too
    assert "sur" in needs

    _choose(window, window.window_actions.language_group, "en")
    page = window.show_page("stages")
    assert page.show_entity("criterion", satisfaction.id)
    assert page.criteria.detail.editors["threshold"].text() == "3.5"


@pytest.mark.parametrize("first", ["fr", "en"])
def test_navigator_fits_every_page_name_after_switching(
    window, qtbot, restore_look, first: str
) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    other = "en" if first == "fr" else "fr"
    for language in (first, other, first):
        _choose(window, window.window_actions.language_group, language)
        QApplication.processEvents()
        listing = window.navigator.list
        metrics = listing.fontMetrics()
        for row in range(listing.count()):
            item = listing.item(row)
            rect = listing.visualItemRect(item)
            needed = metrics.horizontalAdvance(item.text()) + listing.iconSize().width() + 8
            assert rect.left() >= 0
            assert min(rect.right(), listing.viewport().width()) - rect.left() >= needed, (
                language,
                item.text(),
            )
