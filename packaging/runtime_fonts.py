"""PyInstaller runtime hook of the bundle: fonts on a system that has none.

A desktop always has fonts and a fontconfig set-up (``/etc/fonts/fonts.conf``),
and the bundle uses them. A bare system (a server, a minimal container) has
neither: Qt would then draw every letter as a box, in the window and in the
PNG/PDF timelines. There, and only there, fontconfig is pointed at the DejaVu
fonts the bundle carries.
"""

import os
import sys
from pathlib import Path

if (
    sys.platform.startswith("linux")
    and "FONTCONFIG_FILE" not in os.environ
    and not Path("/etc/fonts/fonts.conf").exists()
):
    os.environ["FONTCONFIG_FILE"] = str(Path(sys._MEIPASS) / "fonts" / "fonts.conf")  # type: ignore[attr-defined]
