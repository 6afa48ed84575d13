"""AI literacy per team (AI Act Art. 4), from the training records the roadmap holds.

Art. 4 asks providers and deployers to ensure, to their best extent, a
sufficient level of AI literacy of their staff and of others using AI systems
on their behalf. The roadmap's record of it is a person's training date
(``Person.trained_on``). For each team the share is the people of the team
with a training date on or before the as-of date, over the team's headcount
(or over the people listed for it, when more are listed than its headcount).
The whole team counts, not only the people listed: the people who use the
stage's AI systems are the team. A team meets the literacy target when its
share reaches the roadmap's ``ai_literacy_target`` (80 % unless set
otherwise: the regulation sets no figure, the default is our proposal).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from planner.i18n import _, decimal, ngettext
from planner.model.entities import Roadmap


@dataclass(frozen=True)
class TeamLiteracy:
    """How many of a team's people are trained (AI literacy), against the target."""

    team_id: str
    name: str
    people: int
    """The team's size: its headcount, or the people listed for it if more."""
    trained: int
    """People of the team with a training date on or before the as-of date."""
    target: int
    """The roadmap's literacy target, in %."""

    @property
    def percent(self) -> float | None:
        """The trained share in %; None for a team of no one."""
        return None if self.people <= 0 else 100.0 * self.trained / self.people

    @property
    def meets(self) -> bool:
        percent = self.percent
        return percent is not None and percent + 1e-9 >= self.target

    def sentence(self) -> str:
        """``Claims handling: 2 of 120 people trained (2 %), target 80 %``."""
        percent = self.percent
        if percent is None:
            return _("{team}: no headcount and nobody listed", team=self.name)
        # Plural on the people trained: « 1 personne formée sur 30 ».
        return ngettext(
            "{team}: {count} of {people} people trained ({percent} %), target {target} %",
            "{team}: {count} of {people} people trained ({percent} %), target {target} %",
            self.trained,
            team=self.name,
            people=self.people,
            percent=decimal(f"{percent:.0f}"),
            target=self.target,
        )


def team_literacy(roadmap: Roadmap, as_of: dt.date) -> dict[str, TeamLiteracy]:
    """Every team's AI literacy as of a date, by team id."""
    listed: Counter[str | None] = Counter()
    trained: Counter[str | None] = Counter()
    for person in roadmap.people:
        listed[person.team_id] += 1
        if person.trained_on is not None and person.trained_on <= as_of:
            trained[person.team_id] += 1
    target = roadmap.ai_literacy_target
    return {
        team.id: TeamLiteracy(
            team.id, team.name, max(team.headcount, listed[team.id]), trained[team.id], target
        )
        for team in roadmap.teams
    }
