"""The resources folder is found in a checkout."""

from __future__ import annotations

from pathlib import Path

import planner
from planner.resources import resources_dir


def test_resources_dir_is_the_checkout_folder() -> None:
    folder = resources_dir()
    assert folder.is_dir()
    assert folder == Path(planner.__file__).resolve().parents[1] / "resources"
    assert (folder / "schema").is_dir()
