"""Sentences of the import report, and the neutral source stored with each figure.

The source of a measurement travels with the roadmap, so it must say nothing
about a person: it is the kind of report and the day of the import
("Per-user weekly actions, imported 2026-03-20"), never the file's name — a
name such as ``usage-ada.lovelace@contoso.com.csv`` would otherwise be written
beside every figure. :func:`scrub_identifiers` also cleans sources written by
older versions when their files are upgraded (:mod:`planner.identifiers`).
"""

from __future__ import annotations

import datetime as dt

from planner.identifiers import scrub_identifiers
from planner.usage.populations import Plan, Split
from planner.usage.tally import MappingTally

FEW_MATCHED = 0.5
"""A mapping file matching fewer than this share of the file's users is flagged."""


def neutral_source(kind: str, day: dt.date) -> str:
    """What a measurement's ``source`` says: the kind of report and the import date."""
    text = scrub_identifiers(f"{kind}, imported {day.isoformat()}")
    return (text[:1].upper() + text[1:])[:200]


def mapping_warnings(tally: MappingTally, mapping_name: str) -> list[str]:
    """A plain warning when the team mapping matches none or few of the file's users."""
    matched, total = tally.counts()
    if total == 0 or matched >= FEW_MATCHED * total:
        return []
    what = (
        f"the team mapping {mapping_name} matches none of the {total:,} users in the usage file"
        if matched == 0
        else f"the team mapping {mapping_name} matches only {matched:,} of the {total:,} users "
        "in the usage file"
    )
    lines = [what + ": the others have no team and count in no team's figures"]
    if tally.concealed or matched == 0:
        share = f" ({tally.concealed:,} of them look concealed)" if tally.concealed else ""
        lines.append(
            "Microsoft 365 usage reports conceal user names by default: they show codes such "
            f"as 5F2C8A…{share} that no mapping file can match. Ask your Microsoft 365 "
            "administrator to turn off 'Display concealed user, group, and site names in all "
            "reports' (admin center ▸ Settings ▸ Org settings ▸ Reports), export the report "
            "again and import it; or use an export that has a team or department column"
        )
    return lines


def split_notes(split: Split, plan: Plan, team_names: dict[str, str]) -> list[str]:
    """The populations in words (the report also lists them line by line)."""
    notes: list[str] = []
    if plan.chosen:
        notes.append(f"figures for {plan.label} only (chosen): its teams and people with no team")
    for name, why in plan.skipped:
        notes.append(f"stage '{name}' is not fed ({why}); choose it with --stage to import into it")
    if split.outside.size:
        notes.append(
            f"{split.outside.size:,} people ({split.outside.rows:,} rows) are in teams of "
            "no stage fed: outside the programme, counted here and stored nowhere"
        )
    if split.no_team.size:
        notes.append(
            f"{split.no_team.size:,} people ({split.no_team.rows:,} rows) have no team "
            "and several stages are fed: counted in none (map them with --teams, or choose a "
            "stage with --stage)"
        )
    return notes
