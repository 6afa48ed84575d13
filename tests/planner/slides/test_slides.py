"""The committee slides read back with python-pptx: slides, titles, native charts and tables."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest
from pptx import Presentation
from pptx.util import Pt

from planner import i18n, templates
from planner.evidence.adoption_chart import adoption_chart
from planner.evidence.figures import Figures
from planner.model.entities import Roadmap
from planner.slides import build_deck
from planner.slides.chart import serial
from planner.slides.picture import SVG_EXTENSION, TimelinePicture

AS_OF = dt.date(2026, 3, 30)
# A one-pixel PNG and a tiny SVG stand in for the painter, which lives in the desktop layer.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
PICTURE = TimelinePicture(SVG, PNG)


@pytest.fixture
def roadmap() -> Roadmap:
    return templates.load("ai-adoption")


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def _reload(deck: object) -> Presentation:
    buffer = io.BytesIO()
    deck.save(buffer)  # type: ignore[attr-defined]
    buffer.seek(0)
    return Presentation(buffer)


def _titles(deck: Presentation) -> list[str]:
    return [slide.shapes.title.text for slide in deck.slides]


def test_slides_in_order_with_their_titles(roadmap: Roadmap) -> None:
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9, rel=0.01)
    assert _titles(deck) == [
        "AI adoption programme",
        "Programme at a glance",
        "Writing assistance — gate review 21 May 2026",
        "Project management — gate review 17 Sep 2026",
        "Timeline",
        "Decisions and open actions",
        "Scale-out: where proven use cases go next",
        "Method findings",
    ]


def test_the_adoption_chart_is_native_and_its_series_are_the_gates_numbers(
    roadmap: Roadmap,
) -> None:
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    figures = Figures(roadmap, AS_OF)
    expected = adoption_chart(figures, "stage-writing")
    assert expected is not None
    slide = deck.slides[2]
    charts = [shape.chart for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 1
    series = list(charts[0].plots[0].series)
    measured = figures.series("stage-writing", expected.result.metric.id)
    assert series[0].name == "Weekly active users"
    assert list(series[0].values) == [value for _, value in measured]
    assert list(series[1].values) == [expected.threshold, expected.threshold]
    names = [s.name for s in series]
    assert names[2].startswith("Forecast: ")
    assert names[3] == "As of 30 Mar 2026"
    assert names[4] == "Gate review 21 May 2026"
    x_values = charts[0].plots[0]._element.xpath(".//c:xVal//c:v/text()")
    assert float(x_values[0]) == serial(measured[0][0])


def test_criteria_and_glance_are_tables_with_words_not_only_colours(roadmap: Roadmap) -> None:
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    glance = next(s.table for s in deck.slides[1].shapes if s.has_table)
    rows = [[cell.text for cell in row.cells] for row in glance.rows]
    assert rows[0][0] == "Stage"
    bespoke = next(row for row in rows if row[0] == "Bespoke tasks")
    assert bespoke[4] == "not started"  # not red "not met": it has not started
    assert bespoke[5] == "—"
    writing = next(row for row in rows if row[0] == "Writing assistance")
    assert writing[4] == "7 of 9 criteria met"
    criteria = next(s.table for s in deck.slides[2].shapes if s.has_table)
    statuses = {row.cells[3].text for row in list(criteria.rows)[1:]}
    assert statuses <= {"✓ met", "✗ not met", "? no data"}


def test_no_text_below_ten_points_and_the_timeline_is_a_vector_picture(
    roadmap: Roadmap,
) -> None:
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    sizes = [
        run.font.size
        for slide in deck.slides
        for shape in slide.shapes
        for frame in _frames(shape)
        for paragraph in frame.paragraphs
        for run in paragraph.runs
        if run.text.strip()
    ]
    assert sizes
    assert None not in sizes
    assert min(sizes) >= Pt(10)
    timeline = deck.slides[4]
    pictures = [shape for shape in timeline.shapes if shape.shape_type == 13]
    assert len(pictures) == 1
    xml = pictures[0]._element.xml
    assert SVG_EXTENSION in xml
    assert "svgBlip" in xml
    parts = {str(part.partname) for part in deck.part.package.iter_parts()}
    assert any(name.endswith(".svg") for name in parts)


def _frames(shape: object) -> list[object]:
    if getattr(shape, "has_text_frame", False):
        return [shape.text_frame]  # type: ignore[attr-defined]
    if getattr(shape, "has_table", False):
        return [cell.text_frame for row in shape.table.rows for cell in row.cells]  # type: ignore[attr-defined]
    return []


def test_without_a_painter_the_deck_has_no_timeline_slide(roadmap: Roadmap) -> None:
    deck = build_deck(roadmap, as_of=AS_OF)  # the core alone lends no painter
    assert "Timeline" not in _titles(deck)


@pytest.mark.usefixtures("french")
def test_french_deck(roadmap: Roadmap) -> None:
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    titles = _titles(deck)
    assert titles[1] == "Le programme en un coup d’œil"
    assert titles[2] == "Writing assistance — revue de jalon du 21 mai 2026"
    assert "Chronologie" in titles
    glance = next(s.table for s in deck.slides[1].shapes if s.has_table)
    assert glance.cell(0, 0).text == "Étape"
    chart = next(s.chart for s in deck.slides[2].shapes if s.has_chart)
    assert chart.category_axis.tick_labels.number_format == "[$-40C]d mmm"


def _texts(slide: object) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]  # type: ignore[attr-defined]


def test_the_decisions_slide_lists_the_open_actions(roadmap: Roadmap) -> None:
    """Issue 13: decisions and open actions (the actions replace free-text conditions)."""
    from planner.evidence.decisions import open_actions

    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Decisions and open actions")
    decisions, actions = [s.table for s in slide.shapes if s.has_table]
    states = open_actions(roadmap, AS_OF)
    assert states
    assert [actions.cell(0, c).text for c in range(5)] == ["Due", "Action", "Owner", "Stage",
                                                            "Status"]  # fmt: skip
    rows = [[actions.cell(r, c).text for c in range(5)] for r in range(1, len(actions.rows))]
    assert [r[1] for r in rows] == [s.action.text for s in states][: len(rows)]
    assert [r[2] for r in rows] == [s.action.owner for s in states][: len(rows)]
    assert [r[4] for r in rows] == ["⚠ overdue" if s.overdue else "○ open" for s in states][
        : len(rows)
    ]
    heading = f"{len(states)} open actions, overdue first"
    assert heading in _texts(slide)
    asked = sum(1 for s in states if s.decision is not None)
    detail = decisions.cell(1, 3).text
    assert detail.endswith(f"{asked} actions still open.")


def test_a_stage_slide_shows_the_value_figures(roadmap: Roadmap) -> None:
    """Issue 13: a stage slide shows its value from planner.value (Figures.value), the same
    words and amounts as the value card and ``pilot-planner value``."""
    from planner.value import text as t

    figures = Figures(roadmap, AS_OF)
    report = figures.value
    stage = next(v for v in report.stages if v.id == "stage-writing")
    assert stage.realised_value is not None
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE, figures=figures))
    slide = deck.slides[2]
    text = "\n".join(_texts(slide))
    assert "Value against cost" in text
    assert t.expected_text(stage, report.currency) in text
    assert t.money(stage.cost, report.currency) in text
    assert t.per_seat(stage.value_per_seat_month or 0, report.currency) in text


@pytest.mark.usefixtures("french")
def test_french_follow_up_and_value(roadmap: Roadmap) -> None:
    deck = _reload(build_deck(roadmap, as_of=AS_OF, picture=PICTURE))
    titles = _titles(deck)
    assert "Décisions et actions ouvertes" in titles
    stage_text = "\n".join(_texts(deck.slides[2]))
    assert "Valeur face au coût" in stage_text
    assert "Attendu " in stage_text


def test_nothing_under_a_criteria_table_is_covered_by_it_in_french(french: None) -> None:
    """French values ("100 % des cas d’usage") wrap in their column: the rows are as tall
    as their text, and the note and value lines under the table start below it. The
    chart's unit is said in French."""
    sample = templates.create(templates.SAMPLE, today=dt.date(2026, 12, 5))
    deck = _reload(build_deck(sample, as_of=dt.date(2026, 12, 5), picture=PICTURE))
    checked = 0
    for slide in list(deck.slides)[2:4]:
        frame = next(s for s in slide.shapes if s.has_table)
        bottom = frame.top + sum(row.height for row in frame.table.rows)
        below = [
            s for s in slide.shapes
            if s.has_text_frame and s.left < frame.left + frame.width and s.top > frame.top
        ]  # fmt: skip
        assert below, "a note or the value lines under the table"
        assert all(s.top >= bottom for s in below), [s.text_frame.text[:40] for s in below]
        for row in list(frame.table.rows)[1:]:
            if len(row.cells[2].text) > 20:  # "100 % des cas d’usage" wraps in its column
                assert row.height > Pt(25)
        chart = next(s.chart for s in slide.shapes if s.has_chart)
        assert chart.value_axis.axis_title.text_frame.text == "% des éligibles"
        checked += 1
    assert checked == 2
