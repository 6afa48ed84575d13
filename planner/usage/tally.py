"""How many of a usage file's users a team mapping file found (for the import report).

Microsoft 365 reports conceal user names by default; a mapping file written
with real names then matches nobody, and the report must say so plainly
(:func:`planner.usage.wording.mapping_warnings`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CONCEALED = re.compile(r"^[0-9A-Fa-f]{32}$")
"""How the Microsoft 365 admin centre writes a concealed user name (an MD5-like code)."""


@dataclass
class MappingTally:
    """Whether each user of the file found a team in the mapping file (for the report).

    Keys are the normalised user values, kept only while the file is read:
    :meth:`forget` drops them once counted."""

    users: dict[str, bool] = field(default_factory=dict)
    concealed: int = 0
    kept: tuple[int, int] | None = None
    """(matched, total) once the keys are forgotten."""

    def record(self, key: str, user: str, mapped: bool) -> None:
        """``key``: the user as compared (normalised); ``user``: as written in the file."""
        if key not in self.users:
            self.concealed += bool(CONCEALED.match(user.strip()))
        self.users[key] = self.users.get(key, False) or mapped

    @property
    def matched(self) -> int:
        return sum(self.users.values())

    @property
    def total(self) -> int:
        return len(self.users)

    def forget(self) -> None:
        if self.kept is None:
            self.kept = (self.matched, self.total)
        self.users.clear()

    def counts(self) -> tuple[int, int]:
        """(matched, total) users, also after :meth:`forget`."""
        return self.kept if self.kept is not None else (self.matched, self.total)
