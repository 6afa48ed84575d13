"""The workbook a committee reads: a stage not started is never shown failing, feedback
has a sheet of its own, the Adoption sheet says in one line when a stage has no data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

from planner import templates
from planner.timeline import GateState, build
from planner.workbook import export_workbook

AS_OF = dt.date(2026, 3, 11)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("committee") / "pack.xlsx"
    export_workbook(templates.create(templates.SAMPLE, today=AS_OF), path, as_of=AS_OF)
    return openpyxl.load_workbook(path)


def _values(ws: object) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


def test_a_stage_not_started_reads_not_started_never_red(book: openpyxl.Workbook) -> None:
    summary = _values(book["Summary"])
    bespoke = next(row for row in summary if row[0] == "Bespoke tasks")
    assert bespoke[5] == "○ Not started"
    assert bespoke[6] == "—"
    assert str(bespoke[7]).startswith("Not started: planned to start")
    cell = next(c for row in book["Summary"].iter_rows() for c in row if c.value == "○ Not started")
    assert cell.fill.fgColor.rgb.endswith("E6E9EE")  # the neutral tone, not red
    gates = _values(book["Gates"])
    statuses = {row[12] for row in gates if row[0] == "Bespoke tasks"}
    assert statuses == {"○ Not started"}


def test_feedback_has_its_own_sheet_without_author(book: openpyxl.Workbook) -> None:
    rows = _values(book["Feedback"])
    header = next(i for i, r in enumerate(rows) if r[0] == "Date")
    assert rows[header] == ["Date", "Stage", "Use case", "Team", "Kind", "Sentiment", "Text"]
    data = [r for r in rows[header + 1 :] if isinstance(r[0], dt.datetime)]
    template = templates.create(templates.SAMPLE, today=AS_OF)
    assert len(data) == sum(1 for f in template.feedback if f.date <= AS_OF) > 0
    dates = [r[0] for r in data]
    assert dates == sorted(dates, reverse=True)
    assert {r[5] for r in data} <= {"Positive", "Neutral", "Negative"}


def test_adoption_says_in_one_line_when_a_stage_has_not_started(book: openpyxl.Workbook) -> None:
    rows = _values(book["Adoption"])
    line = next(i for i, r in enumerate(rows) if str(r[0]).startswith("Bespoke tasks"))
    assert str(rows[line + 1][0]).startswith("Not started: planned to start")
    assert all(v is None for row in rows[line + 2 :] for v in row)


def test_the_timeline_gate_of_a_stage_not_started_is_not_started() -> None:
    roadmap = templates.create(templates.SAMPLE, today=AS_OF)
    layout = build(roadmap, AS_OF)
    bespoke_row = next(i for i, r in enumerate(layout.rows) if r.id == "stage-bespoke")
    mark = layout.gate_at(bespoke_row)
    assert mark is not None
    assert mark.state is GateState.NOT_STARTED


def test_print_setup_written_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "gates.xlsx"
    export_workbook(templates.create(templates.SAMPLE, today=AS_OF), path, as_of=AS_OF,
                    sheets=["Gates"])  # fmt: skip
    ws = openpyxl.load_workbook(path)["Gates"]
    assert ws.page_setup.scale == 80  # 10-pt text prints at 8 pt, pages across
    assert ws.print_title_cols == "$A:$B"  # stage and criterion on every page across
    assert ws.print_title_rows == "$1:$3"


def test_french_workbook(tmp_path: Path) -> None:
    """Sheet names, headers, sentences and formats in French (``export --lang fr``)."""
    from planner import cli
    from planner.file import storage

    source, target = tmp_path / "r.pilotplan", tmp_path / "comite.xlsx"
    storage.save(templates.create(templates.SAMPLE, today=AS_OF), source)
    assert cli.main(["export", str(source), "-o", str(target), "--as-of", AS_OF.isoformat(),
                     "--lang", "fr"]) == 0  # fmt: skip
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:5] == ["Synthèse", "Chronologie", "Jalons", "Adoption", "Retour"]
    assert "Cas d’usage" in book.sheetnames
    summary = book["Synthèse"]
    assert "synthèse du comité de pilotage au 11 mars 2026" in summary["A2"].value
    assert summary.oddHeader.right.text == "Au 11 mars 2026"
    assert summary.oddFooter.right.text == "Page &P sur &N"
    values = _values(summary)
    assert any(row[0] == "Étape" and row[1] == "Statut" for row in values)
    assert any("○ Pas commencée" in row for row in values)
    gates = book["Jalons"]
    header = next(row for row in gates.iter_rows(max_row=6) if row[0].value == "Étape")
    assert [c.value for c in header[:3]] == ["Étape", "Critère", "Type"]
    words = {c for row in _values(gates) for c in row if isinstance(c, str)}
    # The method's own words in French: type, standard units, what the value is taken from.
    assert {"Obligatoire", "Indicatif", "% des éligibles", "Moyenne de 4 semaines"} <= words
    assert {"Dernière semaine", "La feuille de route"} <= words
    assert not words & {"Mandatory", "Advisory", "% of eligible", "Latest week", "The roadmap"}
    date_cell = next(
        c for row in gates.iter_rows() for c in row if isinstance(c.value, dt.datetime)
    )
    # French month names and decimal comma wherever the workbook is opened: "4 déc. 2026".
    assert date_cell.number_format == "[$-40C]d mmm yyyy"
    percent = next(
        c for row in gates.iter_rows() for c in row
        if c.number_format.startswith("[$-40C]0.0") and isinstance(c.value, float)
    )  # fmt: skip
    assert percent.number_format == '[$-40C]0.0"\u202f%"'  # "12,5 %": a narrow space
    # Evidence's and value's parts are French too: actions, team × week, value.
    assert any(str(row[0]).startswith("Valeur face au coût (EUR") for row in values)
    assert any(str(row[0]).startswith("Décisions attendues et prises") for row in values)
    assert any(str(c).startswith("Action\u202f: ") for row in values for c in row if c)
    decisions = _values(book["Décisions"])
    header = next(row for row in decisions if row[0] == "Date")
    assert "Répond à la revue du" in header
    actions = next(row for row in decisions if row[0] == "Échéance")  # the table under it
    assert "Action" in actions
    charts = book["Adoption"]._charts
    formats = {c.y_axis.numFmt.formatCode for c in charts} | {
        c.x_axis.numFmt.formatCode for c in charts
    }
    # French month names, decimal commas and "80 %" on the charts' axes too.
    assert formats == {"[$-40C]d mmm", "[$-40C]General", '[$-40C]0"\u202f%"'}
    adoption = [c for row in _values(book["Adoption"]) for c in row if isinstance(c, str)]
    assert "Writing assistance — adoption par équipe et par semaine" in adoption
    assert "Toute l’étape" in adoption
    value = [c for row in _values(book["Valeur"]) for c in row if isinstance(c, str)]
    assert "Hypothèses (à modifier dans les propriétés de la feuille de route)" in value
    assert "Valeur attendue par an" in value
    assert not any(text in value for text in ("Assumption", "Cost so far", "Net value"))


def test_the_french_summary_keeps_to_one_legible_page(tmp_path: Path) -> None:
    from planner import i18n

    path = tmp_path / "fr.xlsx"
    with i18n.using("fr"):
        export_workbook(templates.create(templates.SAMPLE, today=AS_OF), path, as_of=AS_OF)
    ws = openpyxl.load_workbook(path)["Synthèse"]
    default = ws.sheet_format.defaultRowHeight or 15
    height = sum(ws.row_dimensions[r].height or default for r in range(1, ws.max_row + 1))
    printable = (210 / 25.4 - 2 * 0.6) * 72  # A4 landscape between 0.6-inch margins
    assert 10 * min(1.0, printable / height) >= 8  # 10-point text prints at 8 pt or more


def test_adoption_prints_one_page_wide_its_values_in_tables_as_wide_as_the_charts(
    book: openpyxl.Workbook,
) -> None:
    """A stage with more criteria than fit across has its weekly values in several tables
    under each other (each with its Week column), so no page across holds only slices of
    charts; each chart's weekly values and threshold come from one of those tables."""
    ws = book["Adoption"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToHeight == 0
    assert ws.print_title_cols is None
    tables = [range_boundaries(t.ref) for t in ws.tables.values()]
    assert len(tables) >= 3  # stage 2's twelve criteria take two tables
    for first, _top, last, _bottom in tables:
        assert first == 1
        assert last <= 15  # A:O, the three charts' width
    refs = [s.val.numRef.f for chart in ws._charts for s in chart.series]
    in_tables = [r for r in refs if range_boundaries(r.split("!")[-1].replace("$", ""))[0] <= 15]
    assert len(in_tables) == 2 * len(ws._charts)  # value and threshold of each chart
    for ref in in_tables:
        c1, r1, c2, r2 = range_boundaries(ref.split("!")[-1].replace("$", ""))
        assert any(t[0] <= c1 and c2 <= t[2] and t[1] < r1 and r2 <= t[3] for t in tables), ref
