"""Render the steering-committee workbook through LibreOffice to check it by eye.

    python tests/render_workbook.py [--out DIR] [--as-of 2026-03-11] [--dpi 60] [--lang fr]

Exports the ``ai-adoption`` template as of a fixed date, converts the workbook
to PDF with ``libreoffice --headless --convert-to pdf`` and every page to a
PNG with ``pdftoppm``, into ``tests/benchmarks/out/render/`` (git-ignored).
Prints one line per page with the sheet it belongs to (read from the page
header, which names the sheet), so a reviewer knows which PNG to open; then
look at each PNG: clipped columns, ``#####`` cells, blank pages, bars in the
wrong weeks, unreadable colours.

Exit code 0 when rendered, 3 when LibreOffice or poppler is missing (nothing
to check here), 1 when a step fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "benchmarks" / "out" / "render"
AS_OF = dt.date(2026, 3, 11)
MISSING = 3


@dataclass(frozen=True)
class Rendered:
    workbook: Path
    pdf: Path
    pages: list[tuple[int, str, Path]]
    """(page number, sheet name, png path) for every page."""


def tools() -> dict[str, str] | None:
    found = {
        name: shutil.which(name) for name in ("libreoffice", "pdftoppm", "pdfinfo", "pdftotext")
    }
    if found["libreoffice"] is None:
        found["libreoffice"] = shutil.which("soffice")
    if any(path is None for path in found.values()):
        return None
    return {name: str(path) for name, path in found.items()}


def render(out: Path, as_of: dt.date = AS_OF, dpi: int = 60, language: str = "en") -> Rendered:
    """Export, convert and rasterise; raises RuntimeError when a step fails."""
    sys.path.insert(0, str(ROOT))
    from planner import i18n, templates
    from planner.i18n import _
    from planner.workbook import SHEET_NAMES, export_workbook

    found = tools()
    if found is None:
        raise FileNotFoundError("libreoffice, pdftoppm, pdfinfo or pdftotext is missing")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("page-*.png"):
        old.unlink()
    workbook = out / "ai-adoption.xlsx"
    roadmap = templates.create(templates.SAMPLE, today=as_of)
    with i18n.using(language):
        export_workbook(roadmap, workbook, as_of=as_of)
        titles = {_(name): name for name in SHEET_NAMES}
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        # A private profile: never disturb (or wait for) a LibreOffice the user has open.
        run([found["libreoffice"], f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out), str(workbook)])  # fmt: skip
    pdf = out / "ai-adoption.pdf"
    if not pdf.exists():
        raise RuntimeError("LibreOffice wrote no PDF")
    info = run([found["pdfinfo"], str(pdf)])
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    run([found["pdftoppm"], "-png", "-r", str(dpi), str(pdf), str(out / "page")])
    pngs = sorted(out.glob("page-*.png"))
    pages = []
    for number, png in enumerate(pngs, start=1):
        text = run([found["pdftotext"], "-f", str(number), "-l", str(number), "-layout",
                    str(pdf), "-"])  # fmt: skip
        head = text.strip().splitlines()[0] if text.strip() else ""
        sheet = next((name for title, name in titles.items() if title in head), "?")
        pages.append((number, sheet, png))
    if len(pages) != count:
        raise RuntimeError(f"pdfinfo says {count} pages, pdftoppm wrote {len(pages)}")
    return Rendered(workbook, pdf, pages)


def run(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=240)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    args = parser.parse_args(argv)
    if tools() is None:
        print("LibreOffice or poppler (pdftoppm, pdfinfo, pdftotext) is missing: "
              "nothing rendered", file=sys.stderr)  # fmt: skip
        return MISSING
    try:
        rendered = render(args.out, args.as_of, args.dpi, args.lang)
    except RuntimeError as exc:
        print(f"render failed: {exc}", file=sys.stderr)
        return 1
    print(f"{rendered.pdf}: {len(rendered.pages)} pages")
    for number, sheet, png in rendered.pages:
        print(f"  page {number:2}  {sheet:<18} {png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
