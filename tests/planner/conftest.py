"""The planner's tests: their shared helpers (register_data, scaleout_data, gates_data,
usage_samples, crash_writer) live in this folder, importable from the subfolders that
mirror planner/."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
