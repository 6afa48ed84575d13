"""Where the app's resources (templates, JSON Schemas, icons, translations) live.

In a source or editable checkout they are the top-level ``resources/`` folder;
an installed wheel carries a copy as ``planner/_resources`` (see the
``force-include`` in ``pyproject.toml``). Everything looks them up here, in one
place.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding the app's resources (raises if the install is broken)."""
    # The packaged copy first: beside an installed package, a top-level
    # "resources" folder in site-packages could belong to another project.
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "the app's resources folder is missing; the installation is incomplete — "
        f"looked for {_PACKAGE.parent / 'resources'} and {_PACKAGE / '_resources'}"
    )
