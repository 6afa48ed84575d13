"""The programme's dates as an iCalendar file (RFC 5545) for Outlook and other calendars.

    write_calendar(roadmap, "reviews.ics", as_of=date(2026, 4, 6))

One all-day event per gate review (every stage with a review date), per open
action with a due date, and per planned training (a key user's training date
on or after the as-of date). Each event's ``UID`` is made from the roadmap's
document id and the entity's id, so importing a newer export updates the
events already in a calendar instead of adding copies; ``SEQUENCE`` is the
roadmap's save count, so the newer version wins. ``DTSTAMP`` is when the file
was made. Texts (summary, description) are in the planner's language.

The file is built with the ``icalendar`` package, which escapes and folds
lines as the standard asks.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass

import icalendar

from planner import __version__
from planner.evidence.figures import Figures
from planner.evidence.started import has_started
from planner.i18n import _, format_day
from planner.model.entities import Roadmap
from planner.vocabulary import outcome_label

PRODUCT_ID = f"-//Pilot-to-Scale Planner//{__version__}//EN"
UID_DOMAIN = "pilot-planner.invalid"
"""Right-hand side of every UID: a reserved name, so no real domain is implied."""


@dataclass(frozen=True)
class Occasion:
    """One all-day event of the calendar."""

    uid: str
    day: dt.date
    summary: str
    description: str
    category: str


def event_uid(roadmap: Roadmap, kind: str, entity_id: str) -> str:
    """The event's stable UID: the same roadmap and entity always give the same UID."""
    return f"{kind}-{entity_id}.{roadmap.lineage.document_id}@{UID_DOMAIN}"


def occasions(roadmap: Roadmap, as_of: dt.date, figures: Figures | None = None) -> list[Occasion]:
    """Every event of the calendar, by date then UID (a stable order)."""
    figures = figures if figures is not None else Figures(roadmap, as_of)
    found = [*_gate_reviews(roadmap, figures), *_trainings(roadmap, as_of)]
    return sorted(found, key=lambda o: (o.day, o.uid))


def _gate_reviews(roadmap: Roadmap, figures: Figures) -> Iterator[Occasion]:
    for stage in roadmap.stages:
        if stage.gate_review is None:
            continue
        lines = [_("Go/no-go review of the stage '{stage}'.", stage=stage.name)]
        if stage.goal:
            lines.append(_("Goal: {goal}", goal=stage.goal))
        if has_started(stage, figures.as_of):
            readiness = figures.stage_readiness(stage.id)
            lines += [
                _(
                    "As of {day}: {met} of {total} criteria met; suggested outcome: {outcome}.",
                    day=format_day(figures.as_of),
                    met=readiness.met,
                    total=readiness.total,
                    outcome=outcome_label(readiness.suggested),
                ),
                readiness.explanation,
            ]
        else:
            lines.append(
                _(
                    "As of {day} the stage has not started (planned start {start}).",
                    day=format_day(figures.as_of),
                    start=format_day(stage.planned_start),
                )
            )
        yield Occasion(
            uid=event_uid(roadmap, "gate", stage.id),
            day=stage.gate_review,
            summary=_("Gate review: {stage}", stage=stage.name),
            description="\n".join(lines),
            category=_("Gate review"),
        )


def _trainings(roadmap: Roadmap, as_of: dt.date) -> Iterator[Occasion]:
    teams = {t.id: t.name for t in roadmap.teams}
    for person in roadmap.people:
        if person.trained_on is None or person.trained_on < as_of:
            continue
        team = teams.get(person.team_id or "")
        summary = (
            _("Training: {person} ({team})", person=person.name, team=team)
            if team
            else _("Training: {person}", person=person.name)
        )
        role = _("key user") if person.is_key_user else _("user")
        yield Occasion(
            uid=event_uid(roadmap, "training", person.id),
            day=person.trained_on,
            summary=summary,
            description=_("Planned training of {person} ({role}).", person=person.name, role=role),
            category=_("Training"),
        )


def calendar(
    roadmap: Roadmap,
    as_of: dt.date,
    *,
    stamp: dt.datetime | None = None,
    figures: Figures | None = None,
) -> icalendar.Calendar:
    """The calendar object; ``stamp`` (UTC) is the DTSTAMP of every event (default: now)."""
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", roadmap.title)
    for occasion in occasions(roadmap, as_of, figures):
        event = icalendar.Event()
        event.add("uid", occasion.uid)
        event.add("dtstamp", stamp)
        event.add("sequence", roadmap.lineage.revision)
        event.add("dtstart", occasion.day)
        event.add("dtend", occasion.day + dt.timedelta(days=1))
        event.add("summary", occasion.summary)
        event.add("description", occasion.description)
        event.add("categories", [occasion.category])
        event.add("transp", "TRANSPARENT")  # all-day markers, not busy time
        cal.add_component(event)
    return cal


def write_calendar(
    roadmap: Roadmap,
    path: str | os.PathLike[str],
    *,
    as_of: dt.date,
    stamp: dt.datetime | None = None,
) -> None:
    """Write the calendar to ``path`` (CRLF line ends, UTF-8, as RFC 5545 asks)."""
    data = calendar(roadmap, as_of, stamp=stamp).to_ical()
    with open(path, "wb") as file:
        file.write(data)
