"""The list sections of ``pilot-planner show``: use cases, friction points, teams,
data sources, risks, decisions, open actions and method checks.

Each returns ``(heading, lines)``; lists stop at
:data:`planner.commands.show_words.LIST_LIMIT` rows and count the rest. Every
word is in the planner's language, every figure from the one
:class:`planner.evidence.figures.Figures` of the as-of date.
"""

from __future__ import annotations

import datetime as dt

from planner.commands.show_words import (
    INDENT,
    LIST_LIMIT,
    count,
    money,
    more,
    none,
    number,
    percent,
    word,
)
from planner.commands.text_layout import fields, table
from planner.evidence.checks import WARNING
from planner.evidence.decisions import open_actions
from planner.evidence.figures import Figures
from planner.evidence.forecast import format_day
from planner.i18n import _, ngettext
from planner.measures import derived
from planner.model.entities import Person, Risk, RiskStatus, Roadmap, UseCase
from planner.numbers import NumberKind, number_text

Section = tuple[str, list[str]]
TOP_FRICTION = 10


def use_cases(figures: Figures) -> Section:
    roadmap = figures.roadmap
    values = figures.tables.use_case_value
    rois = figures.tables.use_case_roi
    heading = _("Use cases (value and cost per year in {currency})", currency=roadmap.currency)
    if not roadmap.use_cases:
        return heading, none()
    by_stage: dict[str | None, list[UseCase]] = {}
    for uc in roadmap.use_cases:
        by_stage.setdefault(uc.stage_id, []).append(uc)
    groups = [(stage.name, by_stage.get(stage.id, [])) for stage in roadmap.stages]
    groups.append((_("Not in a stage"), by_stage.get(None, [])))
    lines: list[str] = []
    for name, cases in groups:
        if not cases:
            continue
        rows = [[_("Use case"), _("Status"), _("Progress"), _("Value"), _("Cost"), _("ROI")]]
        total_value = total_cost = 0.0
        for i, uc in enumerate(cases):
            value = values[uc.id].value_per_year
            total_value += value
            total_cost += uc.cost_per_year
            if i < LIST_LIMIT:
                rows.append([uc.name, word(uc.status), _("{number} %", number=uc.progress),
                             money(value), money(uc.cost_per_year),
                             percent(rois[uc.id])])  # fmt: skip
        hidden = len(cases) - LIST_LIMIT
        label = (
            _("Total of {count}", count=len(cases))
            if hidden <= 0
            else _("… {count} more; total of all", count=hidden)
        )
        ratio = (total_value - total_cost) / total_cost if total_cost > 0 else None
        rows.append([label, "", "", money(total_value), money(total_cost), percent(ratio)])
        lines.append(f"{INDENT}{name}")
        lines.extend(table(rows, right={2, 3, 4, 5}, indent=INDENT * 2))
    return heading, lines


def friction(figures: Figures) -> Section:
    roadmap = figures.roadmap
    ranking = figures.tables.friction_ranking
    heading = _("Friction points, costliest first (cost per year in {currency})",
                currency=roadmap.currency)  # fmt: skip
    if not ranking:
        return heading, none()
    names = {t.id: t.name for t in roadmap.teams}
    rows = [["#", _("Friction point"), _("Team"), _("h/week"), _("People"), _("Cost"),
             _("Use cases")]]  # fmt: skip
    for item in ranking[:TOP_FRICTION]:
        point = item.point
        rows.append(
            [
                str(item.rank),
                point.title,
                names.get(point.team_id or "", "–"),
                number(point.hours_lost_per_week),
                count(point.people_affected),
                money(item.cost_per_year),
                str(len(item.use_cases)) if item.use_cases else _("none"),
            ]
        )
    lines = table(rows, right={0, 3, 4, 5, 6}, indent=INDENT, limits={1: 42, 2: 20})
    if len(ranking) > TOP_FRICTION:
        hidden = len(ranking) - TOP_FRICTION
        lines.append(INDENT + ngettext("… and {count} more friction point",
                                       "… and {count} more friction points", hidden))  # fmt: skip
    return heading, lines


def teams(figures: Figures) -> Section:
    roadmap, as_of = figures.roadmap, figures.as_of
    heading = _("Teams, ambassadors and training (as of {day})", day=format_day(as_of))
    if not roadmap.teams:
        return heading, none()
    rows = [[_("Team"), _("Department"), _("Headcount"), _("Ambassadors"), _("Per 100"),
             _("Key users trained"), _("Note")]]  # fmt: skip
    members: dict[str | None, list[Person]] = {}
    for person in roadmap.people:
        members.setdefault(person.team_id, []).append(person)
    for team in roadmap.teams[:LIST_LIMIT]:
        found = figures.tables.teams[team.id]
        trained = _("no key users")
        if found.training_coverage is not None:
            trained = _(
                "{done} of {total} ({share} %)",
                done=found.trained,
                total=found.key_users,
                share=number_text(found.training_coverage, NumberKind.PERCENT),
            )
        per_100 = found.ambassadors_per_100
        rows.append(
            [
                team.name,
                team.department,
                count(team.headcount),
                str(found.ambassadors),
                "–" if per_100 is None else number(per_100),
                trained,
                _("no ambassador") if found.ambassadors == 0 else "",
            ]
        )
    lines = table(rows, right={2, 3, 4}, indent=INDENT, limits={0: 30, 1: 20})
    if len(roadmap.teams) > LIST_LIMIT:
        hidden = roadmap.teams[LIST_LIMIT:]
        alone = sum(1 for t in hidden if not any(p.is_ambassador for p in members.get(t.id, [])))
        lines.append(INDENT + ngettext("… and {count} more team ({alone} without an ambassador)",
                                       "… and {count} more teams ({alone} without an ambassador)",
                                       len(hidden), alone=alone))  # fmt: skip
    outside = len(members.get(None, []))
    if outside:
        lines.append(INDENT + ngettext("Not in a team: {count} person",
                                       "Not in a team: {count} people", outside))  # fmt: skip
    return heading, lines


def data_sources(roadmap: Roadmap) -> Section:
    heading = _("Data sources (readiness 0–4: the weakest source limits a use case)")
    if not roadmap.data_sources:
        return heading, none()
    used_by: dict[str, int] = {}
    for uc in roadmap.use_cases:
        for source_id in uc.data_source_ids:
            used_by[source_id] = used_by.get(source_id, 0) + 1
    ordered = sorted(roadmap.data_sources, key=lambda s: (derived.data_readiness(s), s.name))
    rows = [[_("Data source"), _("Readiness"), _("Storage"), _("Access"), _("Governance"),
             _("Used by")]]  # fmt: skip
    for source in ordered[:LIST_LIMIT]:
        rows.append(
            [
                source.name,
                _("{level} of 4", level=derived.data_readiness(source)),
                word(source.storage),
                word(source.access),
                word(source.governance),
                ngettext("{count} use case", "{count} use cases", used_by.get(source.id, 0)),
            ]
        )
    lines = table(rows, right={1}, indent=INDENT, limits={0: 40})
    return heading, lines + more(ordered, lambda n: ngettext(
        "… and {count} more data source", "… and {count} more data sources", n))  # fmt: skip


def risks(roadmap: Roadmap) -> Section:
    heading = _("Open risks, highest score first (likelihood × impact)")
    open_risks = [r for r in roadmap.risks if r.status is RiskStatus.OPEN]
    closed = len(roadmap.risks) - len(open_risks)
    if not open_risks:
        note = (
            ngettext(
                "none open; {count} mitigated or closed",
                "none open; {count} mitigated or closed",
                closed,
            )
            if closed
            else _("none open")
        )
        return heading, none(note)
    stages = {s.id: s.name for s in roadmap.stages}

    def score(risk: Risk) -> int:
        return risk.likelihood * risk.impact

    rows = [[_("Score"), _("Risk"), _("L"), _("I"), _("Stage"), _("Owner")]]
    ranked = sorted(open_risks, key=lambda r: (-score(r), r.title))
    for risk in ranked[:LIST_LIMIT]:
        rows.append([str(score(risk)), risk.title, str(risk.likelihood), str(risk.impact),
                     stages.get(risk.stage_id or "", "–"), risk.owner or "–"])  # fmt: skip
    lines = table(rows, right={0, 2, 3}, indent=INDENT, limits={1: 44, 4: 24, 5: 24})
    lines += more(ranked, lambda n: ngettext("… and {count} more open risk",
                                             "… and {count} more open risks", n))  # fmt: skip
    if closed:
        lines.append(INDENT + ngettext("… and {count} risk mitigated or closed",
                                       "… and {count} risks mitigated or closed",
                                       closed))  # fmt: skip
    return heading, lines


def checks(figures: Figures, width: int) -> Section:
    findings = figures.findings
    if not findings:
        return _("Method checks"), [f"{INDENT}{_('nothing to flag')}"]
    rows = [
        (_("warning") if f.severity == WARNING else _("info"), str(f.message))
        for f in findings[:LIST_LIMIT]
    ]
    return _("Method checks"), fields(rows, width, INDENT) + more(findings, lambda n: ngettext(
        "… and {count} more finding", "… and {count} more findings", n))  # fmt: skip


def decisions(roadmap: Roadmap, as_of: dt.date, width: int) -> Section:
    known = [d for d in roadmap.decisions if d.date <= as_of]  # later ones: not taken yet
    if not known:
        return _("Gate decisions"), none(_("none yet"))
    stages = {s.id: s.name for s in roadmap.stages}
    lines: list[str] = []
    latest = sorted(known, key=lambda d: d.date)[-LIST_LIMIT:]
    if len(known) > LIST_LIMIT:
        lines.append(INDENT + ngettext("… {count} earlier decision", "… {count} earlier decisions",
                                       len(known) - LIST_LIMIT))  # fmt: skip
    for decision in latest:
        stage = stages.get(decision.stage_id, decision.stage_id)
        lines.append(INDENT + _("{day}  {stage}: {outcome}", day=format_day(decision.date),
                                stage=stage, outcome=word(decision.outcome)))  # fmt: skip
        answers = ""
        if decision.review is not None and decision.review != decision.date:
            answers = format_day(decision.review)
        rows = [
            (_("Answers review"), answers),
            (_("Rationale"), decision.rationale),
            (_("Conditions"), decision.conditions),
            (_("Attendees"), ", ".join(decision.attendees)),
        ]
        lines.extend(fields([(k, v) for k, v in rows if v], width, INDENT * 2))
    return _("Gate decisions"), lines


def actions(roadmap: Roadmap, as_of: dt.date) -> Section:
    """Open actions as of the date, overdue first (planner.evidence.decisions)."""
    states = open_actions(roadmap, as_of)
    title = _("Open actions")
    heading = f"{title} ({len(states)})" if states else title
    if not states:
        return heading, none()
    stages = {s.id: s.name for s in roadmap.stages}
    rows = [[_("Due"), _("Action"), _("Owner"), _("Stage")]]
    for state in states[:LIST_LIMIT]:
        action = state.action
        due = format_day(action.due) if action.due else "–"
        rows.append([_("{day} overdue", day=due) if state.overdue else due, action.text,
                     action.owner or "–", stages.get(action.stage_id or "", "–")])  # fmt: skip
    return heading, table(rows, indent=INDENT, limits={1: 60, 3: 24}) + more(
        states, lambda n: ngettext("… and {count} more action", "… and {count} more actions", n)
    )
