"""Stable ids for new entities."""

from __future__ import annotations

import secrets
from collections.abc import Container

PREFIXES = {
    "metric": "met",
    "team": "team",
    "stage": "stage",
    "criterion": "crit",
    "person": "pers",
    "data_source": "data",
    "friction_point": "fric",
    "use_case": "uc",
    "measurement": "meas",
    "feedback": "fb",
    "decision": "dec",
    "risk": "risk",
    "baseline": "base",
    "action": "act",
    "register_entry": "reg",
    "licence": "lic",
    "one_off_cost": "cost",
    "idea": "idea",
}


def new_id(kind: str, taken: Container[str] = ()) -> str:
    """A fresh id such as ``uc-3f9a1c2e`` that is not in ``taken``."""
    prefix = PREFIXES.get(kind, kind.replace("_", "")[:8])
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if candidate not in taken:
            return candidate


def new_document_id() -> str:
    return secrets.token_hex(16)
