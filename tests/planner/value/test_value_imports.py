"""Each value module imports first, on its own (no import cycle through the usage import)."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = [
    "planner.value.assumptions",
    "planner.value.costs",
    "planner.value.compute",
    "planner.value.report",
    "planner.usage.seats",
    "planner.value.text",
    "planner.evidence.figures",
    "planner.usage",
    "planner.usage.survey",
    "planner.commands.value",
    "planner.workbook.value_sheet",
]


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_first(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
