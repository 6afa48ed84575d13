"""The *People & training* sheet: teams with their ambassadors and training
coverage, and beside them the people (ambassadors, key users, training dates).

E-mail addresses are left out: the workbook travels by e-mail.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, setup, subtitle, title_rows
from planner.workbook.sheet import Sheet
from planner.workbook.style import DATE, INT, NUMBER, PERCENT, Tone, toned
from planner.workbook.table import Column, Styled, TableSpec, measure, write_tables

TITLE = N_("People & training")
GAP = 2.0

TEAM_COLUMNS = (
    Column(N_("Team"), max_width=30),
    Column(N_("Department"), max_width=20),
    Column(N_("Headcount"), INT, width=10, total=True),
    Column(N_("Ambassadors"), INT, width=12, total=True),
    Column(N_("Ambassadors per 100"), NUMBER, width=12),
    Column(N_("Key users"), INT, width=9, total=True),
    Column(N_("Key users trained"), INT, width=9, total=True),
    Column(N_("Training coverage"), PERCENT, width=10),
)

PEOPLE_COLUMNS = (
    Column(N_("Person"), max_width=28),
    Column(N_("Role"), max_width=22),
    Column(N_("Team"), max_width=26),
    Column(N_("Ambassador"), width=11),
    Column(N_("Key user"), width=9),
    Column(N_("Trained on"), DATE),
    Column(N_("Training"), width=14),
)


def write(ctx: Context, sheet: Sheet) -> None:
    roadmap, as_of = ctx.roadmap, ctx.as_of
    teams = sorted(roadmap.teams, key=lambda t: (t.name.casefold(), t.id))
    people = sorted(
        roadmap.people,
        key=lambda p: (ctx.teams[p.team_id].name.casefold() if p.team_id in ctx.teams else "\uffff",
                       p.name.casefold(), p.id),
    )  # fmt: skip
    figures = ctx.tables.teams

    def trained(person: Any) -> bool:
        return person.trained_on is not None and person.trained_on <= as_of

    def team_rows() -> Iterator[list[Any]]:
        for team in teams:
            team_figures = figures[team.id]
            ambassadors = team_figures.ambassadors
            yield [
                team.name,
                team.department,
                team_figures.headcount,
                ambassadors if ambassadors else Styled(0, toned(Tone.WARN, INT)),
                team_figures.ambassadors_per_100,
                team_figures.key_users,
                team_figures.trained,
                team_figures.training_coverage,
            ]

    def people_rows() -> Iterator[list[Any]]:
        for person in people:
            if person.is_key_user:
                status = ("✓ Trained", Tone.GOOD) if trained(person) else ("✗ Not trained",
                                                                           Tone.BAD)  # fmt: skip
                training: Any = Styled(status[0], toned(status[1]))
            else:
                training = "✓ Trained" if trained(person) else ""
            yield [
                person.name,
                person.role,
                ctx.teams[person.team_id].name if person.team_id in ctx.teams else "",
                "◆ Ambassador" if person.is_ambassador else "",
                _("Yes") if person.is_key_user else "",
                person.trained_on,
                training,
            ]

    people_first = len(TEAM_COLUMNS) + 2
    team_widths = measure(TEAM_COLUMNS, team_rows)
    sheet.widths([*team_widths, GAP, *measure(PEOPLE_COLUMNS, people_rows)])
    setup(ctx, sheet, title_rows=TITLE_ROWS + 1, freeze=f"B{TITLE_ROWS + 2}")
    title_rows(
        sheet,
        TITLE,
        subtitle(ctx, _("{teams} teams, {people} people; training counted up to the as-of date",
                        teams=len(teams), people=len(people))),
    )  # fmt: skip
    write_tables(
        sheet,
        [
            TableSpec(ctx.table_name("Teams"), TEAM_COLUMNS, team_rows, _("No teams yet.")),
            TableSpec(ctx.table_name("People"), PEOPLE_COLUMNS, people_rows, _("No people yet."),
                      first_col=people_first),
        ],
    )  # fmt: skip
