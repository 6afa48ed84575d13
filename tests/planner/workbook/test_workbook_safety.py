"""User text is always text: arbitrary Unicode and every formula trigger, in every
user-text field of a roadmap, give a workbook that saves, opens in two readers,
and holds no formula and no error cell (research: reliability B.9, D10)."""

from __future__ import annotations

import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook
from test_workbook_support import export, sheet_parts, small

from planner.model.entities import Feedback, Roadmap

PREFIXES = [
    "=",
    "+",
    "-",
    "@",
    "＝",
    "=1+1",
    '=HYPERLINK("http://evil.example","clic")',
    "=cmd|' /C calc'!A0",
    "=SUM(A1:A2",
    "#N/A",
    "#REF!",
    "#DIV/0!",
    "'=",
]
TEXT_PREFIXES = [*PREFIXES, "\t", "\r", "\n", "\t=1+1", "\r\n=2"]
TRIGGERS = tuple("=+-@\t\r\n＝")

SINGLE_LINE = st.characters(blacklist_categories=("Cs", "Cc"))
ANY_TEXT = st.characters(blacklist_categories=("Cs",))


def _prefixed(prefixes: list[str], alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(prefixes), st.text(alphabet, max_size=30)).map("".join)


NAMES = st.one_of(_prefixed(PREFIXES, SINGLE_LINE), st.text(SINGLE_LINE, min_size=1, max_size=60))
LABELS = st.one_of(_prefixed(PREFIXES, SINGLE_LINE), st.text(SINGLE_LINE, max_size=60))
TEXTS = st.one_of(_prefixed(TEXT_PREFIXES, ANY_TEXT), st.text(ANY_TEXT, max_size=120))
UNITS = st.one_of(
    st.sampled_from(["%", "=1", "@", "% of eligible", "-", "#N/A"]),
    st.text(SINGLE_LINE, max_size=24),
)

# Every user-text field of a roadmap: (collection or None for the roadmap, field, kind).
FIELDS: list[tuple[str | None, str, str]] = [
    (None, "title", "name"),
    (None, "organisation", "label"),
    (None, "owner", "label"),
    (None, "objective", "text"),
    ("metrics", "name", "name"),
    ("metrics", "unit", "unit"),
    ("metrics", "description", "text"),
    ("stages", "name", "name"),
    ("stages", "goal", "text"),
    ("criteria", "note", "text"),
    ("use_cases", "name", "name"),
    ("use_cases", "description", "text"),
    ("use_cases", "tool", "label"),
    ("friction_points", "title", "name"),
    ("friction_points", "process", "label"),
    ("friction_points", "notes", "text"),
    ("ideas", "title", "name"),
    ("teams", "name", "name"),
    ("teams", "department", "label"),
    ("people", "name", "name"),
    ("people", "role", "label"),
    ("people", "email", "label"),
    ("data_sources", "name", "name"),
    ("data_sources", "owner", "label"),
    ("data_sources", "location", "label"),
    ("measurements", "source", "label"),
    ("feedback", "text", "text"),
    ("decisions", "rationale", "text"),
    ("decisions", "conditions", "text"),
    ("actions", "text", "text"),
    ("actions", "owner", "label"),
    ("risks", "title", "name"),
    ("risks", "mitigation", "text"),
    ("risks", "owner", "label"),
    ("baselines", "name", "name"),
    ("register_entries", "intended_purpose", "text"),
    ("register_entries", "vendor", "label"),
    ("register_entries", "ai_model", "label"),
    ("register_entries", "business_process", "label"),
    ("register_entries", "log_location", "label"),
    ("register_entries", "notice_reference", "label"),
    ("register_entries", "exception_reason", "text"),
    ("register_entries", "override_reason", "reason"),
    ("register_entries", "sources", "text"),
    ("licences", "product", "name"),
    ("licences", "source", "label"),
    ("licences", "note", "text"),
    ("one_off_costs", "description", "name"),
    ("one_off_costs", "note", "text"),
]
STRATEGY = {
    "name": NAMES,
    "label": LABELS,
    "text": TEXTS,
    "unit": UNITS,
    "reason": TEXTS.filter(str.strip),  # an override needs a justification that is not blank
}


def hostile(texts: dict[tuple[str | None, str], list[str]], attendees: list[str]) -> Roadmap:
    """The small roadmap with every user-text field replaced (cycling through ``texts``)."""
    base = small(feedback=(Feedback(id="fb1", date=small().horizon_start, stage_id="s1"),))
    data = base.model_dump()
    first = data["decisions"][0]
    data["actions"] = [{"id": "act1", "text": "x", "decision_id": first["id"],
                        "stage_id": first["stage_id"], "due": first["date"]}]  # fmt: skip
    for (collection, field), values in texts.items():
        if collection is None:
            data[field] = values[0]
            continue
        for index, item in enumerate(data[collection]):
            item[field] = values[index % len(values)]
            if (collection, field) == ("actions", "text") and not item[field].strip():
                item[field] = "=" + item[field]  # an action needs a text; keep it hostile
    for decision in data["decisions"]:
        decision["attendees"] = attendees
    return Roadmap.model_validate(data)


@st.composite
def roadmaps(draw: st.DrawFn) -> tuple[Roadmap, list[tuple[str, str]]]:
    texts = {
        (collection, field): draw(st.lists(STRATEGY[kind], min_size=1, max_size=3))
        for collection, field, kind in FIELDS
    }
    attendees = draw(st.lists(NAMES, max_size=3))
    changes = draw(st.lists(st.tuples(TEXTS, TEXTS), max_size=3))
    return hostile(texts, attendees), changes


def check_workbook(path: Path) -> None:
    """No formula, no error cell; both readers open it; trigger text keeps its quote prefix."""
    for name, xml in sheet_parts(path).items():
        assert not re.search(rb"<f[ >]", xml), name
        assert b't="e"' not in xml, name
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    if cell.value.startswith(TRIGGERS):
                        assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
    calamine = CalamineWorkbook.from_path(str(path))
    for name in calamine.sheet_names:
        calamine.get_sheet_by_name(name).to_python()


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roadmaps())
def test_hostile_text_in_every_field_stays_text(
    case: tuple[Roadmap, list[tuple[str, str]]],
) -> None:
    roadmap, changes = case
    with tempfile.TemporaryDirectory() as folder:
        path = export(roadmap, Path(folder), changes=changes)
        check_workbook(path)


def test_every_trigger_in_every_field_at_once(tmp_path: Path) -> None:
    names = [p + "x" for p in PREFIXES]
    texts: dict[tuple[str | None, str], list[str]] = {}
    for collection, field, kind in FIELDS:
        pool = [p + "y" for p in TEXT_PREFIXES] if kind == "text" else names
        texts[(collection, field)] = pool if kind != "unit" else ["=1", "@", "-", "%"]
    roadmap = hostile(texts, names)
    path = export(roadmap, tmp_path, changes=[(p, p) for p in TEXT_PREFIXES])
    check_workbook(path)
    values = {
        str(v)
        for name in CalamineWorkbook.from_path(str(path)).sheet_names
        for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()
        for v in row
    }
    assert set(TEXT_PREFIXES) <= values  # the Changes sheet, read back literally
    assert {"=x", "+x", "-x"} <= values  # first entities of each kind


def test_joined_names_over_excels_limit_are_cut_visibly(tmp_path: Path) -> None:
    base = small()
    points = [
        {"id": f"fp{i}", "title": f"{i:04d} " + "w" * 190, "hours_lost_per_week": 1.0}
        for i in range(200)
    ]
    data: dict[str, Any] = base.model_dump()
    data["friction_points"] = points
    data["use_cases"][0]["friction_point_ids"] = [p["id"] for p in points]
    path = export(Roadmap.model_validate(data), tmp_path, sheets=["Use cases"])
    ws = openpyxl.load_workbook(path)["Use cases"]
    joined = next(c.value for c in ws[4] if isinstance(c.value, str) and c.value.startswith("0"))
    assert len(joined) == 32_767
    assert joined.endswith("…")
