"""The timeline on a slide: a vector picture drawn by the desktop app's own painter.

The core never draws the timeline itself: it asks the writer the desktop
layer lends it (:mod:`planner.outputs`) for an SVG and a PNG of the same
drawing. The slide holds the PNG, with the SVG attached the way PowerPoint
2016 and later store an inserted SVG (an ``svgBlip`` extension of the
picture), so PowerPoint shows and prints vectors and older readers show the
PNG. python-pptx has no call for that extension, so it is added to the
picture's XML here.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.shapes.picture import Picture
from pptx.slide import Slide
from pptx.util import Emu, Length

from planner.model.entities import Roadmap
from planner.outputs import PictureError, PictureRequest, picture_writer

SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
A_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class TimelinePicture:
    svg: bytes
    png: bytes


def draw_timeline(
    roadmap: Roadmap, as_of: dt.date, baseline_id: str | None
) -> TimelinePicture | None:
    """The timeline as SVG and PNG, or None when no painter is lent to the core."""
    writer = picture_writer()
    if writer is None:
        return None
    with tempfile.TemporaryDirectory(prefix="pilot-planner-slides-") as folder:
        drawn = {}
        for kind in ("svg", "png"):
            path = Path(folder) / f"timeline.{kind}"
            request = PictureRequest(
                as_of=as_of, file_format=kind, baseline_id=baseline_id, title=False
            )
            writer(roadmap, path, request)
            drawn[kind] = path.read_bytes()
    return TimelinePicture(drawn["svg"], drawn["png"])


def add_timeline(
    slide: Slide,
    picture: TimelinePicture,
    left: Length,
    top: Length,
    width: Length,
    height: Length,
) -> Picture:
    """The picture, as large as fits the box, centred; vectors attached to it."""
    with tempfile.TemporaryDirectory(prefix="pilot-planner-slides-") as folder:
        png = Path(folder) / "timeline.png"
        png.write_bytes(picture.png)
        shape = slide.shapes.add_picture(str(png), left, top)
    ratio = min(width / shape.width, height / shape.height)
    shape.width, shape.height = Emu(int(shape.width * ratio)), Emu(int(shape.height * ratio))
    shape.left = Emu(int(left + (width - shape.width) / 2))
    shape.top = Emu(int(top + (height - shape.height) / 2))
    _attach_svg(slide, shape, picture.svg)
    return shape


def _attach_svg(slide: Slide, shape: Picture, svg: bytes) -> None:
    package = slide.part.package
    partname = package.next_partname("/ppt/media/image%d.svg")
    part = Part(PackURI(partname), "image/svg+xml", package, svg)
    relationship = slide.part.relate_to(part, RELATIONSHIP_TYPE.IMAGE)
    # shape._element is python-pptx's documented way to reach XML it has no call for.
    blip = shape._element.find(f".//{{{A_NAMESPACE}}}blip")
    if blip is None:
        raise PictureError("the picture has no image element")
    extensions = etree.SubElement(blip, f"{{{A_NAMESPACE}}}extLst")
    extension = etree.SubElement(extensions, f"{{{A_NAMESPACE}}}ext", uri=SVG_EXTENSION)
    svg_blip = etree.SubElement(
        extension, f"{{{SVG_NAMESPACE}}}svgBlip", nsmap={"asvg": SVG_NAMESPACE}
    )
    svg_blip.set(f"{{{R_NAMESPACE}}}embed", relationship)
