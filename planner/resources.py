"""Where the app's resources (templates, JSON Schemas, icons, translations, help) live.

An installed wheel (or the desktop bundle) carries them inside the ``planner``
package as ``planner/_resources`` (the ``force-include`` in ``pyproject.toml``;
``packaging/pilot-planner.spec`` for the bundle), found with
:mod:`importlib.resources` like any package data. In a source or editable
checkout they are the top-level ``resources/`` folder beside the package.
Everything looks them up here, in one place.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGED = "_resources"
"""The folder's name inside the ``planner`` package of a wheel or a bundle."""


@cache
def resources_dir() -> Path:
    """The folder holding the app's resources (raises if the install is broken)."""
    package = files("planner")
    # Qt and the readers need real paths: the package is a folder on disk (a wheel
    # installs as files; the bundle unpacks its modules' data beside them).
    if not isinstance(package, Path):
        raise FileNotFoundError(
            f"the app's resources are not on disk ({package}); install the app from its "
            "wheel or bundle rather than from a zip archive"
        )
    # The packaged copy first: beside an installed package, a top-level
    # "resources" folder in site-packages could belong to another project.
    candidates = (package / PACKAGED, package.resolve().parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "the app's resources folder is missing; the installation is incomplete — "
        f"looked for {candidates[0]} and {candidates[1]}"
    )
