"""The timeline as PDF and PNG: pages, sizes, text, tiling, headless use, mistakes."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from planner import templates
from planner.model.entities import Roadmap, UseCase
from ui.export.timeline_picture import MARGIN, PNG_DPI, TimelineExportError, export_timeline

AS_OF = dt.date(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[3]
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) not installed",
)


@pytest.fixture(scope="module")
def sample() -> Roadmap:
    return templates.create(templates.SAMPLE, today=AS_OF)


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(
        (key.strip(), value.strip())
        for key, value in (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    )


def _text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    command = ["pdftotext", "-layout", *pages, str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _page_points(info: dict[str, str]) -> tuple[float, float]:
    found = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
    assert found is not None
    return float(found.group(1)), float(found.group(2))


def test_pdf_is_written(qapp: object, sample: Roadmap, tmp_path: Path) -> None:
    path = tmp_path / "roadmap.pdf"
    export_timeline(sample, path, as_of=AS_OF)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Type /Page" in data


@needs_poppler
def test_pdf_of_the_sample_is_one_a4_landscape_page_with_the_names(
    qapp: object, sample: Roadmap, tmp_path: Path
) -> None:
    path = tmp_path / "roadmap.pdf"
    export_timeline(sample, path, as_of=AS_OF)
    info = _info(path)
    assert info["Pages"] == "1"
    width, height = _page_points(info)
    assert (round(width), round(height)) == (842, 595)
    text = _text(path)
    for stage in sample.stages:
        assert stage.name in text
    assert sample.title in text
    assert "2 Mar 2026" in text
    assert "Kick-off plan" in text  # the baseline in the title block
    assert "Live" in text  # status words, not colour only
    assert info["Title"] == f"{sample.title} — timeline"


@needs_poppler
@pytest.mark.parametrize(
    ("size", "orientation", "points"),
    [("A3", "landscape", (1191, 842)), ("Letter", "portrait", (612, 792)),
     ("a4", "portrait", (595, 842))],
)  # fmt: skip
def test_page_sizes_and_orientation(
    qapp: object,
    sample: Roadmap,
    tmp_path: Path,
    size: str,
    orientation: str,
    points: tuple[int, int],
) -> None:
    path = tmp_path / "roadmap.pdf"
    export_timeline(sample, path, as_of=AS_OF, page_size=size, orientation=orientation)
    width, height = _page_points(_info(path))
    assert (round(width), round(height)) == points


@needs_poppler
def test_tiles_repeat_the_row_labels_on_every_page(
    qapp: object, sample: Roadmap, tmp_path: Path
) -> None:
    path = tmp_path / "tiled.pdf"
    export_timeline(sample, path, as_of=AS_OF, fit="tile")
    pages = int(_info(path)["Pages"])
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _text(path, page)
        assert "Meeting minutes and action lists" in text
        assert f"Page {page} of {pages}" in text


@needs_poppler
def test_long_plans_continue_on_further_pages(
    qapp: object, sample: Roadmap, tmp_path: Path
) -> None:
    stage = sample.stages[0]
    many = tuple(
        UseCase(id=f"uc-{i}", name=f"Generated use case {i}", stage_id=stage.id,
                planned_start=stage.planned_start, planned_end=stage.planned_end)
        for i in range(150)
    )  # fmt: skip
    roadmap = sample.model_copy(update={"use_cases": many})
    path = tmp_path / "long.pdf"
    export_timeline(roadmap, path, as_of=AS_OF)
    pages = int(_info(path)["Pages"])
    assert pages >= 3
    last = _text(path, pages)
    assert "Generated use case 149" in last
    assert f"Page {pages} of {pages}" in last


def test_png_has_the_page_width_at_192_dpi(qapp: object, sample: Roadmap, tmp_path: Path) -> None:
    path = tmp_path / "roadmap.png"
    export_timeline(sample, path, as_of=AS_OF)
    image = QImage(str(path))
    assert not image.isNull()
    a4_long_inches = 297 / 25.4
    assert abs(image.width() - a4_long_inches * PNG_DPI) <= 2
    assert image.height() < image.width()  # sized to the content, not a whole page
    assert round(image.dotsPerMeterX() * 0.0254) == PNG_DPI
    # Not blank: the margin is white, much of the chart is not.
    assert image.pixelColor(5, 5).name() == "#ffffff"
    top = int(MARGIN * 2)
    grid = [
        image.pixelColor(x, y).name()
        for x in range(top, image.width() - top, 16)
        for y in range(top, image.height() - top, 16)
    ]
    assert sum(colour != "#ffffff" for colour in grid) > len(grid) / 4


def test_tiled_png_is_the_whole_chart_at_month_scale(
    qapp: object, sample: Roadmap, tmp_path: Path
) -> None:
    fit, tile = tmp_path / "fit.png", tmp_path / "tile.png"
    export_timeline(sample, fit, as_of=AS_OF)
    export_timeline(sample, tile, as_of=AS_OF, fit="tile")
    assert QImage(str(tile)).width() > QImage(str(fit)).width()


def test_png_too_large_is_refused_with_a_message(
    qapp: object, sample: Roadmap, tmp_path: Path
) -> None:
    stage = sample.stages[0]
    many = tuple(
        UseCase(id=f"uc-{i}", name=f"Use case {i}", stage_id=stage.id,
                planned_start=stage.planned_start, planned_end=stage.planned_end)
        for i in range(2000)
    )  # fmt: skip
    path = tmp_path / "huge.png"
    with pytest.raises(TimelineExportError, match="export a PDF instead"):
        export_timeline(sample.model_copy(update={"use_cases": many}), path, as_of=AS_OF)
    assert not path.exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"page_size": "B5"}, "unknown page size"),
        ({"orientation": "sideways"}, "unknown orientation"),
        ({"fit": "height"}, "unknown fit"),
        ({"baseline_id": "nope"}, "no baseline 'nope'"),
    ],
)
def test_bad_options_are_refused(
    qapp: object, sample: Roadmap, tmp_path: Path, options: dict[str, str], message: str
) -> None:
    with pytest.raises(TimelineExportError, match=message):
        export_timeline(sample, tmp_path / "x.pdf", as_of=AS_OF, **options)  # type: ignore[arg-type]


def test_bad_targets_are_refused(qapp: object, sample: Roadmap, tmp_path: Path) -> None:
    with pytest.raises(TimelineExportError, match=r"\.pdf, \.png or \.svg"):
        export_timeline(sample, tmp_path / "x.gif", as_of=AS_OF)
    for name in ("x.pdf", "x.png"):
        with pytest.raises(TimelineExportError, match="cannot write"):
            export_timeline(sample, tmp_path / "missing" / name, as_of=AS_OF)


def test_a_temporary_name_with_an_explicit_format(
    qapp: object, sample: Roadmap, tmp_path: Path
) -> None:
    pdf, png = tmp_path / ".~tmp-1.part", tmp_path / ".~tmp-2.part"
    export_timeline(sample, pdf, as_of=AS_OF, file_format="pdf")
    export_timeline(sample, png, as_of=AS_OF, file_format="png")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert png.read_bytes().startswith(b"\x89PNG")


def test_headless_export_without_an_application(sample: Roadmap, tmp_path: Path) -> None:
    """The command line has no QApplication and may have no display."""
    source = tmp_path / "roadmap.pilotplan"
    from planner.file import storage

    storage.save(sample, source)
    code = (
        "import datetime, sys\n"
        "from planner.file import storage\n"
        "from ui.export.timeline_picture import export_timeline\n"
        "roadmap = storage.load(sys.argv[1])\n"
        "export_timeline(roadmap, sys.argv[2], as_of=datetime.date(2026, 3, 2))\n"
        "export_timeline(roadmap, sys.argv[3], as_of=datetime.date(2026, 3, 2))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    pdf, png = tmp_path / "out.pdf", tmp_path / "out.png"
    result = subprocess.run(
        [sys.executable, "-c", code, str(source), str(pdf), str(png)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not QImage(str(png)).isNull()


def test_svg_is_the_same_drawing_as_vectors(qapp: object, sample: Roadmap, tmp_path: Path) -> None:
    """The slides embed this SVG; without the title block when the slide has its own title."""
    with_title, bare = tmp_path / "a.svg", tmp_path / "b.svg"
    export_timeline(sample, with_title, as_of=AS_OF)
    export_timeline(sample, bare, as_of=AS_OF, title=False)
    for path in (with_title, bare):
        text = path.read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml")
        assert "<svg" in text
        assert "Writing assistance" in text
    assert "Timeline as of" in with_title.read_text(encoding="utf-8")
    assert "Timeline as of" not in bare.read_text(encoding="utf-8")
