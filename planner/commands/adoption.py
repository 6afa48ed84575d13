"""``pilot-planner adoption FILE [--as-of DATE] [--json]``: the adoption funnel by stage and team.

For each stage, its whole population and then each of its teams: the funnel
of the latest week up to the as-of date (eligible → licensed → active →
habitual → power users, with novice and low users), active, habitual and power
users in %, actions per active user, the trend of active users and the
week's cohort movement. The figures are those the app shows
(:class:`planner.evidence.figures.Figures`), rounded by the same rule
(:mod:`planner.numbers`). ``--json`` prints the same numbers as
``{"format": "pilot-planner-adoption", "format_version": 1, "stages": [...]}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from planner.commands import (
    add_as_of_option,
    add_language_option,
    emit,
    open_roadmap,
    safe_text,
)
from planner.commands.show_words import count, trend_word
from planner.evidence.figures import Figures
from planner.evidence.forecast import format_day
from planner.i18n import N_, _
from planner.measures.adoption import GroupAdoption, StageAdoption
from planner.model.entities import UsageFigure
from planner.numbers import NumberKind, number_text, optional

NAME = "adoption"
HELP = "the adoption funnel by stage and team: active, habitual and power users, actions"
JSON_FORMAT = "pilot-planner-adoption"
JSON_VERSION = 1
SHARES = {
    "active_pct": UsageFigure.ACTIVE,
    "habitual_pct": UsageFigure.HABITUAL,
    "power_pct": UsageFigure.POWER,
    "novice_pct": UsageFigure.NOVICE,
    "low_pct": UsageFigure.LOW,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Print, for each stage and each of its teams, the adoption funnel of the latest "
        "week up to the as-of date — eligible, licensed, active, habitual and power users, "
        "novice and low users — with actions per active user, the trend of active users and "
        "the week's cohort movement (retained, new, lapsed, reactivated)."
    )
    parser.add_argument("file", metavar="FILE", help="the roadmap file (.pilotplan)")
    add_as_of_option(
        parser,
        "use what was known on this date, YYYY-MM-DD (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON document")
    add_language_option(parser)


def run(args: argparse.Namespace) -> int:
    roadmap = open_roadmap(args.file)
    as_of: dt.date = args.as_of or dt.date.today()
    figures = Figures(roadmap, as_of)
    if args.json:
        emit(json.dumps(to_json(figures), indent=2, ensure_ascii=True) + "\n")
    else:
        emit("\n".join(render_text(figures)) + "\n")
    return 0


# ------------------------------------------------------------------- json


def _share(group: GroupAdoption, figure: UsageFigure) -> float | None:
    return optional(group.value(figure), NumberKind.PERCENT)


def _group_json(group: GroupAdoption, threshold: float | None, weeks: int = 12) -> dict[str, Any]:
    funnel = group.funnel()
    movement = group.movement()
    return {
        "id": group.team_id,
        "name": group.name,
        "week": None if group.latest_week is None else group.latest_week.isoformat(),
        "funnel": {
            "eligible": funnel.eligible,
            "licensed": funnel.licensed,
            "active": funnel.active,
            "habitual": funnel.habitual,
            "power": funnel.power,
            "novice": funnel.novice,
            "low": funnel.low,
        },
        **{key: _share(group, figure) for key, figure in SHARES.items()},
        "actions_per_active_user": optional(group.value(UsageFigure.ACTIONS), NumberKind.NUMBER),
        "trend": group.trend(threshold).value,
        "movement": {figure.value: count for figure, count in movement.items()},
        "weeks": [
            {
                "week": day.isoformat(),
                "active_pct": optional(group.value(UsageFigure.ACTIVE, day), NumberKind.PERCENT),
                "habitual_pct": optional(
                    group.value(UsageFigure.HABITUAL, day), NumberKind.PERCENT
                ),
                "actions_per_active_user": optional(
                    group.value(UsageFigure.ACTIONS, day), NumberKind.NUMBER
                ),
            }
            for day in sorted({d for s in group.series.values() for d, _, _ in s})[-weeks:]
        ],
    }


def _threshold(stage: StageAdoption) -> float | None:
    found = stage.thresholds.get(UsageFigure.ACTIVE)
    return None if found is None else found[1]


def to_json(figures: Figures) -> dict[str, Any]:
    """The machine-readable structure printed by ``--json``."""
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "title": figures.roadmap.title,
        "as_of": figures.as_of.isoformat(),
        "stages": [
            {
                **_group_json(stage.total, _threshold(stage)),
                "id": stage.stage.id,
                "name": stage.stage.name,
                "status": stage.stage.status.value,
                "teams": [_group_json(team, _threshold(stage)) for team in stage.teams],
            }
            for stage in figures.adoption
        ],
    }


# ------------------------------------------------------------------- text


def _people(number: int | None) -> str:
    return "—" if number is None else count(number)


def _pct(value: float | None) -> str:
    return "—" if value is None else _("{number} %", number=number_text(value, NumberKind.PERCENT))


_MOVES = {
    UsageFigure.RETAINED: N_("retained {count}"),
    UsageFigure.NEW: N_("new {count}"),
    UsageFigure.LAPSED: N_("lapsed {count}"),
    UsageFigure.REACTIVATED: N_("reactivated {count}"),
}


def _funnel_line(group: GroupAdoption) -> str:
    f = group.funnel()
    steps = [
        _("eligible {count}", count=_people(f.eligible)),
        _("licensed {count}", count=_people(f.licensed)),
        _("active {count} ({share})", count=_people(f.active),
          share=_pct(group.value(UsageFigure.ACTIVE))),
        _("habitual {count} ({share})", count=_people(f.habitual),
          share=_pct(group.value(UsageFigure.HABITUAL))),
        _("power {count} ({share})", count=_people(f.power),
          share=_pct(group.value(UsageFigure.POWER))),
    ]  # fmt: skip
    return _("{steps}; novice {novice}, low {low}", steps=" → ".join(steps),
             novice=_people(f.novice), low=_people(f.low))  # fmt: skip


def render_text(figures: Figures) -> list[str]:
    lines = [_("Adoption of '{title}' as of {day}", title=safe_text(figures.roadmap.title),
               day=format_day(figures.as_of))]  # fmt: skip
    for stage in figures.adoption:
        lines.append("")
        total = stage.total
        week = format_day(total.latest_week) if total.latest_week else _("no figures yet")
        lines.append(_("{stage} — week of {week}", stage=safe_text(stage.stage.name), week=week))
        if total.latest_week is None and not any(t.latest_week for t in stage.teams):
            lines.append("  " + _("(no usage figures up to this date)"))
            continue
        lines.append(f"  {_funnel_line(total)}")
        actions = total.value(UsageFigure.ACTIONS)
        moves = ", ".join(_(_MOVES[f], count=_people(n)) for f, n in total.movement().items())
        lines.append("  " + _(
            "actions per active user {actions}; trend {trend}; movement: {moves}",
            actions="—" if actions is None else number_text(actions, NumberKind.NUMBER),
            trend=trend_word(total.trend(_threshold(stage))), moves=moves,
        ))  # fmt: skip
        rows = [[_("team"), _("eligible"), _("active"), _("habitual"), _("power"),
                 _("actions/active"), _("trend")]]  # fmt: skip
        for team in stage.teams:
            acts = team.value(UsageFigure.ACTIONS)
            rows.append([
                safe_text(team.name), _people(team.eligible),
                _pct(team.value(UsageFigure.ACTIVE)), _pct(team.value(UsageFigure.HABITUAL)),
                _pct(team.value(UsageFigure.POWER)),
                "—" if acts is None else number_text(acts, NumberKind.NUMBER),
                trend_word(team.trend(_threshold(stage))),
            ])  # fmt: skip
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for row in rows:
            cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                     enumerate(zip(row, widths, strict=True))]  # fmt: skip
            lines.append(("  " + "  ".join(cells)).rstrip())
    lines.append("")
    lines.append(_("— : not known, or withheld for privacy (fewer than 5 people, or a figure "
                   "that would reveal them)"))  # fmt: skip
    return lines
