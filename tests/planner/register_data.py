"""Register entries for tests: screened answers built from the rule file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner.model.register import (
    Affected,
    Answer,
    Lifecycle,
    LifecycleEvent,
    Oversight,
    RegisterEntry,
    Role,
    entry_id,
)
from planner.register.rules import rules

GROUPS = ("prohibited", "high_risk", "transparency")


def answers(*yes: str, groups: tuple[str, ...] = GROUPS, **extra: bool) -> tuple[Answer, ...]:
    """Every question of ``groups`` answered: yes to ``yes``, no to the others; ``extra``
    answers further questions (exception, public service) by id."""
    found = [
        Answer(question=q.id, yes=q.id in yes)
        for g in groups
        for q in rules().group(g)  # type: ignore[arg-type]
    ]
    found += [Answer(question=q, yes=v) for q, v in extra.items()]
    return tuple(found)


def entry(use_case_id: str, *yes: str, complete: bool = True, **fields: Any) -> RegisterEntry:
    """A register entry for a use case: all questions answered (yes to ``yes``), and,
    with ``complete``, every field an auditor asks for filled in."""
    values: dict[str, Any] = {"id": entry_id(use_case_id), "use_case_id": use_case_id}
    values["answers"] = fields.pop("answers", answers(*yes))
    if complete:
        values |= {
            "intended_purpose": "Drafts first versions for people to check",
            "role": Role.DEPLOYER,
            "vendor": "Contoso",
            "ai_model": "Contoso Assistant",
            "business_process": "Correspondence",
            "affected": (Affected.EMPLOYEES,),
            "personal_data": False,
            "oversight": Oversight.IN_THE_LOOP,
            "lifecycle": (LifecycleEvent(on=dt.date(2026, 1, 5), state=Lifecycle.PILOTING),),
            "review_on": dt.date(2027, 12, 1),
        }
    values |= fields
    return RegisterEntry(**values)
