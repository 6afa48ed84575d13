"""``pilot-planner export FILE -o pack.pptx | reviews.ics | plan.xml`` as a user runs it.

Through the program's entry point (``python -m ui``), so the slides get the
timeline from the app's own painter; without a display, as on a server.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from pptx import Presentation

from planner import templates
from planner.file import storage
from planner.interchange.mspdi_read import read_project
from planner.slides.picture import SVG_EXTENSION

ROOT = Path(__file__).resolve().parents[3]
AS_OF = "2026-03-30"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("formats") / "roadmap.pilotplan"
    storage.save(templates.load("ai-adoption"), path)
    return path


def _export(source: Path, target: Path, *options: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    command = [
        sys.executable,
        "-m",
        "ui",
        "export",
        str(source),
        "-o",
        str(target),
        "--as-of",
        AS_OF,
        *options,
    ]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)


def test_slides_with_the_painted_timeline(source: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "pack.pptx"
    result = _export(source, target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {target}"
    deck = Presentation(str(target))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert "Timeline" in titles
    timeline = deck.slides[titles.index("Timeline")]
    picture = next(shape for shape in timeline.shapes if shape.shape_type == 13)
    assert SVG_EXTENSION in picture._element.xml
    svg = next(p for p in deck.part.package.iter_parts() if str(p.partname).endswith(".svg"))
    assert b"<svg" in svg.blob
    assert b"Writing assistance" in svg.blob
    assert [p.name for p in target.parent.iterdir()] == ["pack.pptx"]  # no temporary left


def test_calendar_and_ms_project(source: Path, tmp_path: Path) -> None:
    ics, xml = tmp_path / "reviews.ics", tmp_path / "plan.xml"
    assert _export(source, ics).returncode == 0
    assert _export(source, xml, "--baseline", "baseline-kickoff").returncode == 0
    events = list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert any(str(e["SUMMARY"]) == "Gate review: Bespoke tasks" for e in events)
    plan = read_project(xml)
    assert plan.title == "AI adoption programme"
    assert plan.baselines == frozenset({0})
    assert any(t.milestone and t.start == dt.date(2026, 5, 21) for t in plan.tasks)


def test_an_unknown_suffix_names_every_format(source: Path, tmp_path: Path) -> None:
    result = _export(source, tmp_path / "pack.odp")
    assert result.returncode == 2
    for suffix in (".xlsx", ".pdf", ".png", ".pptx", ".ics", ".xml"):
        assert suffix in result.stderr
