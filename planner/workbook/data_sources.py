"""The *Data sources* sheet: what each use case needs and how ready it is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planner.i18n import N_, _
from planner.workbook.context import Context
from planner.workbook.layout import TITLE_ROWS, table_sheet
from planner.workbook.sheet import Sheet
from planner.workbook.style import INT, TONES, WRAP, ColourScale, Tone, enum_word
from planner.workbook.table import Column

TITLE = N_("Data sources")
READINESS_COLUMN = "H"

COLUMNS = (
    Column(N_("Data source"), max_width=36),
    Column(N_("Owner"), max_width=24),
    Column(N_("Location"), max_width=28),
    Column(N_("Storage"), width=12),
    Column(N_("Access"), width=12),
    Column(N_("Governance"), width=12),
    Column(N_("Sensitivity"), width=13),
    Column(N_("Readiness (0–4)"), INT, width=10),
    Column(N_("Use cases"), INT, width=9),
    Column(N_("Stages"), WRAP, max_width=40),
)


def write(ctx: Context, sheet: Sheet) -> None:
    roadmap = ctx.roadmap
    users: dict[str, list[str]] = {}
    for uc in roadmap.use_cases:
        for source_id in uc.data_source_ids:
            users.setdefault(source_id, []).append(uc.stage_id or "")
    readiness = ctx.tables.data_source_readiness
    sources = sorted(
        roadmap.data_sources,
        key=lambda d: (readiness[d.id], d.name.casefold(), d.id),
    )

    def rows() -> Iterator[list[Any]]:
        for source in sources:
            stage_ids = sorted(
                {s for s in users.get(source.id, ()) if s in ctx.stages},
                key=ctx.stage_order.__getitem__,
            )
            yield [
                source.name,
                source.owner,
                source.location,
                enum_word(source.storage),
                enum_word(source.access),
                enum_word(source.governance),
                enum_word(source.sensitivity),
                readiness[source.id],
                len(users.get(source.id, ())),
                ", ".join(ctx.stages[s].name for s in stage_ids),
            ]

    count = table_sheet(
        ctx,
        sheet,
        title=_(TITLE),
        detail=_(
            "{count} data sources, least ready first; readiness: 0 unavailable, "
            "+1 accessible, +1 centralised, +1 governance defined (+2 enforced)",
            count=len(sources),
        ),
        name="DataSources",
        columns=COLUMNS,
        rows=rows,
        empty_note=N_("No data sources yet."),
    )
    if count:
        first = TITLE_ROWS + 2
        cells = f"{READINESS_COLUMN}{first}:{READINESS_COLUMN}{first + count - 1}"
        sheet.conditional(
            cells,
            ColourScale(0, TONES[Tone.BAD][0], 2, TONES[Tone.WARN][0], 4, TONES[Tone.GOOD][0]),
        )
