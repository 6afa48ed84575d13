"""Cleaning text that may hold a person's identifier before it is stored or shown.

A usage file's name is chosen by whoever exported it and may carry an e-mail
address, a user principal name, a concealed-name hash or an employee number;
older versions stored it as each measurement's source. :func:`scrub_identifiers`
replaces anything that looks like one with "…" (used by the usage import for
its neutral sources, and when older files are upgraded).
"""

from __future__ import annotations

import re

_IDENTIFIERS = (
    re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail addresses, user principal names
    re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"),
    re.compile(r"\b[0-9A-Fa-f]{32,64}\b"),  # concealed names, hashes
    re.compile(r"\b\d{6,}\b"),  # employee numbers, phone numbers
)


def scrub_identifiers(text: str) -> str:
    """``text`` without anything that looks like a person's identifier."""
    for pattern in _IDENTIFIERS:
        text = pattern.sub("…", text)
    return re.sub(r"…(?:[\s_-]*…)+", "…", text)
