"""``pilot-planner export FILE -o x.pdf|x.png`` draws the timeline headless."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner import templates
from planner.file import storage

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.pilotplan"
    storage.save(templates.sample(), path, backup=False)
    return path


def test_pdf_and_png_from_the_command_line_without_a_screen(
    sample_file: Path, tmp_path: Path
) -> None:
    pdf, png = tmp_path / "roadmap.pdf", tmp_path / "roadmap.png"
    done = _run("export", str(sample_file), "-o", str(pdf), "--page-size", "A3", "--fit", "tile")
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    done = _run("export", str(sample_file), "-o", str(png), "--orientation", "portrait")
    assert done.returncode == 0, done.stderr
    assert png.read_bytes().startswith(b"\x89PNG")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~tmp-")]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        assert templates.sample().stages[0].name in text.stdout


def test_bad_picture_options_are_usage_errors(sample_file: Path, tmp_path: Path) -> None:
    done = _run("export", str(sample_file), "-o", str(tmp_path / "x.pdf"), "--page-size", "B5")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
