"""Render the committee slides through LibreOffice Impress to check them by eye.

    python tests/render_slides.py [--out DIR] [--as-of 2026-03-11] [--lang en|fr] [--dpi 80]

Exports the ``ai-adoption`` template as of a fixed date with
``pilot-planner export -o pack.pptx`` (through the program's entry point, so
the timeline slide is drawn by the app's painter), converts the deck to PDF
with ``libreoffice --headless --convert-to pdf`` and every slide to a PNG with
``pdftoppm``, into ``tests/benchmarks/out/slides/`` (git-ignored). Prints one
line per slide with its title; then look at each PNG: text running out of its
box, a chart without its lines, a table over the footer, an empty slide.
``--montage FILE`` also writes the title, glance, a stage and the timeline
slides side by side (the README's picture).

Exit code 0 when rendered, 3 when LibreOffice or poppler is missing (nothing
to check here), 1 when a step fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "benchmarks" / "out" / "slides"
AS_OF = dt.date(2026, 3, 11)
MISSING = 3


@dataclass(frozen=True)
class Rendered:
    deck: Path
    pdf: Path
    slides: list[tuple[int, str, Path]]
    """(slide number, title, png path) for every slide."""


def tools() -> dict[str, str] | None:
    found = {name: shutil.which(name) for name in ("libreoffice", "pdftoppm", "pdfinfo")}
    if found["libreoffice"] is None:
        found["libreoffice"] = shutil.which("soffice")
    if any(path is None for path in found.values()):
        return None
    return {name: str(path) for name, path in found.items()}


def render(out: Path, as_of: dt.date = AS_OF, language: str = "en", dpi: int = 80) -> Rendered:
    """Export, convert and rasterise; raises RuntimeError when a step fails."""
    sys.path.insert(0, str(ROOT))
    from pptx import Presentation

    from planner import templates
    from planner.file import storage

    found = tools()
    if found is None:
        raise FileNotFoundError("libreoffice, pdftoppm or pdfinfo is missing")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("slide-*.png"):
        old.unlink()
    source = out / "ai-adoption.pilotplan"
    storage.save(templates.create(templates.SAMPLE, today=as_of), source, backup=False)
    deck = out / "ai-adoption.pptx"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY",)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run([sys.executable, "-m", "ui", "export", str(source), "-o", str(deck),
         "--as-of", as_of.isoformat(), "--lang", language], env=env)  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        # A private profile: never disturb (or wait for) a LibreOffice the user has open.
        run([found["libreoffice"], f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(out), str(deck)])  # fmt: skip
    pdf = out / "ai-adoption.pdf"
    if not pdf.exists():
        raise RuntimeError("LibreOffice wrote no PDF")
    run([found["pdftoppm"], "-png", "-r", str(dpi), str(pdf), str(out / "slide")])
    pngs = sorted(out.glob("slide-*.png"))
    titles = [slide.shapes.title.text for slide in Presentation(str(deck)).slides]
    if len(pngs) != len(titles):
        raise RuntimeError(f"the deck has {len(titles)} slides, the PDF {len(pngs)} pages")
    pairs = zip(titles, pngs, strict=True)
    slides = [(n, title, png) for n, (title, png) in enumerate(pairs, start=1)]
    return Rendered(deck, pdf, slides)


def montage(rendered: Rendered, target: Path, width: int = 1600) -> None:
    """Four slides in a 2 × 2 grid: title, at a glance, the first stage, the timeline."""
    from PIL import Image

    by_title = [png for _, _, png in rendered.slides]
    timeline = next((png for _, t, png in rendered.slides if t in ("Timeline", "Chronologie")),
                    by_title[-1])  # fmt: skip
    chosen = [by_title[1], by_title[2], by_title[3], timeline]
    images = [Image.open(p).convert("RGB") for p in chosen]
    cell_w = (width - 30) // 2
    cell_h = round(cell_w * images[0].height / images[0].width)
    sheet = Image.new("RGB", (width, 2 * cell_h + 30), (200, 205, 212))
    for i, image in enumerate(images):
        x, y = 10 + (i % 2) * (cell_w + 10), 10 + (i // 2) * (cell_h + 10)
        sheet.paste(image.resize((cell_w, cell_h), Image.Resampling.LANCZOS), (x, y))
    sheet.save(target, optimize=True)


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env,
                            cwd=ROOT)  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
    return result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--montage", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    if tools() is None:
        print("LibreOffice or poppler (pdftoppm, pdfinfo) is missing: nothing rendered",
              file=sys.stderr)  # fmt: skip
        return MISSING
    try:
        rendered = render(args.out, args.as_of, args.lang, args.dpi)
    except RuntimeError as exc:
        print(f"render failed: {exc}", file=sys.stderr)
        return 1
    print(f"{rendered.pdf}: {len(rendered.slides)} slides")
    for number, title, png in rendered.slides:
        print(f"  slide {number:2}  {title:<48} {png}")
    if args.montage:
        montage(rendered, args.montage)
        print(f"montage: {args.montage}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
