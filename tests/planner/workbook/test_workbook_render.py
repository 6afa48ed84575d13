"""The ai-adoption workbook rendered by LibreOffice: page count, one-page Summary, no '###'.

Runs ``tests/render_workbook.py`` (skipped where LibreOffice or poppler is
missing). The pictures themselves are for people: see the script's docstring.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests"))
import render_workbook  # noqa: E402

pytestmark = pytest.mark.skipif(
    render_workbook.tools() is None, reason="LibreOffice or poppler is not installed"
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> render_workbook.Rendered:
    return render_workbook.render(tmp_path_factory.mktemp("render"), dpi=30)


@pytest.mark.slow
def test_every_sheet_prints_and_the_summary_is_one_page(
    rendered: render_workbook.Rendered,
) -> None:
    pages = Counter(sheet for _, sheet, _ in rendered.pages)
    # Sheets print at 8 pt or more, so the wide ones continue on pages across.
    assert 12 <= len(rendered.pages) <= 50  # the Value and Register sheets add pages
    assert pages["Summary"] == 1
    assert rendered.pages[0][1] == "Summary"
    assert "?" not in pages  # every page's header names its sheet
    for sheet in (
        "Timeline",
        "Gates",
        "Adoption",
        "Feedback",
        "Use cases",
        "Friction points",
        "People & training",
        "Data sources",
        "Decisions",
        "Risks",
    ):
        assert pages[sheet] >= 1, sheet
    assert pages["Timeline"] <= 2
    assert pages["Feedback"] == 1


@pytest.mark.slow
def test_no_cell_too_narrow_for_its_number(rendered: render_workbook.Rendered) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(rendered.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "###" not in text
    assert "Err:" not in text  # a LibreOffice formula error
    assert "AI adoption programme" in text
