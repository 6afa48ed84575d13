"""The review calendar (.ics): parsed back with the icalendar package."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest

from planner import i18n, templates
from planner.interchange.ics import UID_DOMAIN, occasions, write_calendar
from planner.model.entities import Roadmap

AS_OF = dt.date(2026, 3, 30)


@pytest.fixture
def roadmap() -> Roadmap:
    return templates.load("ai-adoption")


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"].startswith("-//Pilot-to-Scale Planner//")
    return list(calendar.walk("VEVENT"))


def test_gate_reviews_and_planned_trainings_are_all_day_events(
    roadmap: Roadmap, tmp_path: Path
) -> None:
    path = tmp_path / "reviews.ics"
    write_calendar(roadmap, path, as_of=AS_OF)
    assert b"\r\n" in path.read_bytes()  # RFC 5545 line ends
    events = _events(path)
    reviews = [e for e in events if str(e["SUMMARY"]).startswith("Gate review: ")]
    assert {str(e["SUMMARY"]) for e in reviews} == {
        f"Gate review: {s.name}" for s in roadmap.stages if s.gate_review
    }
    planned = [p for p in roadmap.people if p.trained_on and p.trained_on >= AS_OF]
    trainings = [e for e in events if str(e["SUMMARY"]).startswith("Training: ")]
    assert len(trainings) == len(planned) > 0
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date  # all-day: a date, not a date-time
        assert end == start + dt.timedelta(days=1)
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert str(event["UID"]).endswith("@" + UID_DOMAIN)
        assert str(event["TRANSP"]) == "TRANSPARENT"
    writing = next(s for s in roadmap.stages if s.id == "stage-writing")
    review = next(e for e in reviews if writing.name in str(e["SUMMARY"]))
    assert review.decoded("DTSTART") == writing.gate_review
    assert "7 of 9 criteria met" in str(review["DESCRIPTION"])


def test_uids_are_stable_across_exports_and_unique(roadmap: Roadmap, tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_calendar(roadmap, first, as_of=AS_OF, stamp=dt.datetime(2026, 3, 30, 9, tzinfo=dt.UTC))
    moved = roadmap.model_copy(
        update={
            "stages": tuple(
                s.model_copy(update={"gate_review": s.gate_review + dt.timedelta(days=7)})
                if s.gate_review
                else s
                for s in roadmap.stages
            )
        }
    )
    write_calendar(moved, second, as_of=AS_OF, stamp=dt.datetime(2026, 4, 2, 9, tzinfo=dt.UTC))
    uids_a = [str(e["UID"]) for e in _events(first)]
    uids_b = [str(e["UID"]) for e in _events(second)]
    assert len(set(uids_a)) == len(uids_a)
    assert sorted(uids_a) == sorted(uids_b)  # a re-import updates, never duplicates
    dates_a = {str(e["UID"]): e.decoded("DTSTART") for e in _events(first)}
    dates_b = {str(e["UID"]): e.decoded("DTSTART") for e in _events(second)}
    gate = next(uid for uid in uids_a if uid.startswith("gate-stage-writing."))
    assert dates_b[gate] == dates_a[gate] + dt.timedelta(days=7)
    other = roadmap.model_copy(
        update={"lineage": roadmap.lineage.model_copy(update={"document_id": "another"})}
    )
    assert {o.uid for o in occasions(other, AS_OF)}.isdisjoint(uids_a)


def test_a_stage_not_started_is_not_called_failing(roadmap: Roadmap) -> None:
    bespoke = next(o for o in occasions(roadmap, AS_OF) if "stage-bespoke" in o.uid)
    assert "has not started" in bespoke.description
    assert "criteria met" not in bespoke.description


@pytest.mark.usefixtures("french")
def test_french_calendar(roadmap: Roadmap, tmp_path: Path) -> None:
    path = tmp_path / "revues.ics"
    write_calendar(roadmap, path, as_of=AS_OF)
    summaries = {str(e["SUMMARY"]) for e in _events(path)}
    assert "Revue de jalon : Writing assistance" in {s.replace("\u202f", " ") for s in summaries}
    description = next(
        str(e["DESCRIPTION"]) for e in _events(path) if "stage-writing" in str(e["UID"])
    )
    assert "30 mars 2026" in description


def test_export_lang_chooses_the_language_and_restores_it(
    roadmap: Roadmap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner import cli
    from planner.file import storage

    source, target = tmp_path / "r.pilotplan", tmp_path / "revues.ics"
    storage.save(roadmap, source)
    assert (
        cli.main(
            ["export", str(source), "-o", str(target), "--as-of", "2026-03-30", "--lang", "fr"]
        )
        == 0
    )
    assert any("Revue de jalon" in str(e["SUMMARY"]) for e in _events(target))
    assert i18n.language() == "en"  # back as it was
    monkeypatch.setenv("LANGUAGE", "fr_FR:en")
    assert i18n.system_language() == "fr"
    assert cli.main(["export", str(source), "-o", str(target), "--as-of", "2026-03-30"]) == 0
    assert any("Revue de jalon" in str(e["SUMMARY"]) for e in _events(target))
    i18n.set_default_language("en")
    try:
        assert cli.main(["export", str(source), "-o", str(target), "--as-of", "2026-03-30"]) == 0
        assert any("Gate review" in str(e["SUMMARY"]) for e in _events(target))
    finally:
        i18n.set_default_language(None)
    monkeypatch.setenv("LANGUAGE", "C")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert i18n.system_language() == "en"


def test_action_due_dates_are_all_day_events_with_stable_uids(
    roadmap: Roadmap, tmp_path: Path
) -> None:
    """Issue 13: actions' due dates in the calendar; one UID per action whatever its text,
    date or status, so a re-import updates the event (a dropped one is cancelled)."""
    from planner.evidence.decisions import action_states
    from planner.model.actions import ActionStatus

    states = [s for s in action_states(roadmap, AS_OF) if s.action.due is not None]
    assert any(s.open for s in states)
    assert any(not s.open for s in states)  # the sample's prompt clinic is done
    path = tmp_path / "reviews.ics"
    write_calendar(roadmap, path, as_of=AS_OF)
    events = {str(e["UID"]): e for e in _events(path) if str(e["UID"]).startswith("action-")}
    assert len(events) == len(states)
    for state in states:
        event = events[f"action-{state.action.id}.{roadmap.lineage.document_id}@{UID_DOMAIN}"]
        assert event.decoded("DTSTART") == state.action.due
        assert event.decoded("DTEND") == state.action.due + dt.timedelta(days=1)
        word = "Action due: " if state.open else "Action done: "
        assert str(event["SUMMARY"]) == word + state.action.text
        assert str(event["STATUS"]) == "CONFIRMED"
        if state.action.owner:
            assert f"Owner: {state.action.owner}" in str(event["DESCRIPTION"])
        if state.overdue:
            assert "Overdue as of 30 Mar 2026." in str(event["DESCRIPTION"])
    # Dropped, re-worded and moved: the same event, updated and cancelled.
    first = states[0].action
    changed = first.model_copy(update={"text": "Another wording", "due": AS_OF,
                                       "status": ActionStatus.DROPPED,
                                       "closed_on": AS_OF})  # fmt: skip
    later = roadmap.model_copy(
        update={"actions": tuple(changed if a.id == first.id else a for a in roadmap.actions)}
    )
    again = tmp_path / "again.ics"
    write_calendar(later, again, as_of=AS_OF)
    updated = {str(e["UID"]): e for e in _events(again) if str(e["UID"]).startswith("action-")}
    assert updated.keys() == events.keys()
    uid = f"action-{first.id}.{roadmap.lineage.document_id}@{UID_DOMAIN}"
    assert str(updated[uid]["SUMMARY"]) == "Action dropped: Another wording"
    assert str(updated[uid]["STATUS"]) == "CANCELLED"
    assert updated[uid].decoded("DTSTART") == AS_OF


@pytest.mark.usefixtures("french")
def test_french_action_events(roadmap: Roadmap) -> None:
    summaries = [o.summary for o in occasions(roadmap, AS_OF) if o.uid.startswith("action-")]
    assert summaries
    assert all(
        s.startswith(("Action à échéance\u202f: ", "Action faite\u202f: ")) for s in summaries
    )
