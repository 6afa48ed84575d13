"""The published JSON Schema of the ``.pilotplan`` file (``resources/schema/``).

The schema describes the envelope and the shape of the roadmap as the models
define it; a test fails when the committed file differs from what the models
generate, and says how to regenerate it::

    python -m planner.file.schema > resources/schema/pilotplan-v3.schema.json

The app checks more than any schema can say (unique ids, references, cycles,
dates in order), so a file that matches the schema may still be refused with a
message naming the rule it breaks. The schemas of older versions are frozen as
they were published.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from planner.file.migrations import CURRENT_SCHEMA_VERSION
from planner.file.storage import FORMAT
from planner.model.entities import Roadmap


def schema_file_name(version: int = CURRENT_SCHEMA_VERSION) -> str:
    return f"pilotplan-v{version}.schema.json"


def envelope_schema() -> dict[str, Any]:
    """The JSON Schema of a current-version file: envelope plus ``Roadmap``."""
    roadmap = Roadmap.model_json_schema()
    defs: dict[str, Any] = roadmap.pop("$defs", {})
    defs["Roadmap"] = roadmap
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:pilot-planner:schema:{schema_file_name()}",
        "title": f"Pilot-to-Scale Planner roadmap file, format version {CURRENT_SCHEMA_VERSION}",
        "description": (
            "A .pilotplan file. The app also checks rules no schema expresses: unique ids, "
            "references to existing entities, no circular dependencies, dates in order."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "schema_version": {"const": CURRENT_SCHEMA_VERSION},
            "app_version": {"type": "string", "maxLength": 64},
            "roadmap": {"$ref": "#/$defs/Roadmap"},
        },
        "required": ["format", "schema_version", "app_version", "roadmap"],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    # Bytes, not text: UTF-8 and "\n" line ends whatever the console's settings.
    sys.stdout.buffer.write(render(envelope_schema()).encode("utf-8"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
