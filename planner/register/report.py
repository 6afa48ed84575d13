"""The register as data for scripts and tables: JSON, CSV rows and flat sheet rows.

Everything here formats :func:`planner.register.summary.register_rows`; the
``register`` command, the workbook's Register sheet and the app read the same
rows, so a use case's tier, reasons and duties are the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from planner.i18n import N_, _, format_day
from planner.model.entities import Roadmap
from planner.model.register import Lifecycle
from planner.register.duties import STATUS_WORDS, DutyState, status_text
from planner.register.rules import rules
from planner.register.screening import TIER_WORDS, tier_text
from planner.register.summary import RegisterRow

JSON_FORMAT = "pilot-planner-register"
JSON_VERSION = 1
REASON_SEPARATOR = "\n"
"""How several reasons (or duties) share one cell of a sheet or a CSV file."""


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def duty_json(duty: DutyState) -> dict[str, Any]:
    return {
        "article": duty.article,
        "duty": duty.duty,
        "applies_from": duty.applies_from.isoformat(),
        "applies_from_pending": _iso(duty.pending_from),
        "status": STATUS_WORDS[duty.status],
        "detail": duty.detail,
    }


def row_json(row: RegisterRow) -> dict[str, Any]:
    return {
        "id": row.use_case.id,
        "name": row.use_case.name,
        "stage": row.stage.name if row.stage is not None else None,
        "tier": TIER_WORDS[row.tier],
        "screened_tier": TIER_WORDS[row.screening.screened],
        "overridden": row.screening.overridden,
        "reasons": list(row.screening.reasons),
        "overseer": row.overseer or None,
        "lifecycle": None if row.lifecycle is None else row.lifecycle.value,
        "lifecycle_since": _iso(row.lifecycle_on),
        "complete": row.complete,
        "gaps": list(row.gaps),
        "duties": [duty_json(d) for d in row.duties],
    }


def to_json(roadmap: Roadmap, as_of: dt.date, rows: Sequence[RegisterRow]) -> dict[str, Any]:
    """The document ``pilot-planner register --json`` prints."""
    r = rules()
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "title": roadmap.title,
        "as_of": as_of.isoformat(),
        "disclaimer": r.disclaimer.en,
        "rules": {
            "regulation": r.regulation.title,
            "checked_on": r.checked_on.isoformat(),
            "tracks": [
                {
                    "id": t.id,
                    "status": t.status,
                    "label": t.label.en,
                    "sources": [s.url for s in t.sources],
                }
                for t in r.tracks
            ],
        },
        "use_cases": [row_json(row) for row in rows],
    }


SHEET_HEADER = (
    N_("Use case"),
    N_("Stage"),
    N_("AI Act tier"),
    N_("Reasons"),
    N_("Duties (article — duty: status, from)"),
    N_("Overseer"),
    N_("Lifecycle"),
    N_("Since"),
    N_("Complete"),
    N_("To complete"),
)
"""The Register sheet's column headers (English; the sheet writes them translated)."""


_LIFECYCLE_MESSAGES = {
    Lifecycle.PROPOSED: N_("proposed"),
    Lifecycle.PILOTING: N_("piloting"),
    Lifecycle.APPROVED: N_("approved"),
    Lifecycle.RESTRICTED: N_("restricted"),
    Lifecycle.RETIRED: N_("retired"),
}


def lifecycle_text(state: Lifecycle) -> str:
    """A lifecycle state in the reader's language."""
    return _(_LIFECYCLE_MESSAGES[state])


def duty_line(duty: DutyState) -> str:
    """``Art. 26(6) — Keep the logs …: missing, from 2 Aug 2026 (pending: 2 Dec 2027)``,
    in the reader's language and date format (ISO dates are for ``--json`` and CSV)."""
    line = _(
        "{article} — {duty}: {status}, from {day}",
        article=duty.article,
        duty=duty.duty,
        status=status_text(duty.status),
        day=format_day(duty.applies_from),
    )
    if duty.pending_from:
        line += " " + _("(pending: {day})", day=format_day(duty.pending_from))
    return line


def sheet_row(
    row: RegisterRow, duty_text: Callable[[DutyState], str] = duty_line
) -> tuple[Any, ...]:
    """One use case as the Register sheet shows it, in the reader's language: the same
    facts as :func:`row_json` (dates as dates, words translated). ``duty_text`` words a
    duty as :func:`duty_line` does (the workbook passes one that remembers its lines)."""
    return (
        row.use_case.name,
        (row.stage.name if row.stage is not None else "") or "",
        tier_text(row.tier),
        REASON_SEPARATOR.join(row.screening.reasons),
        REASON_SEPARATOR.join([duty_text(d) for d in row.duties]),
        row.overseer or "",
        "" if row.lifecycle is None else lifecycle_text(row.lifecycle),
        row.lifecycle_on,
        _("yes") if row.complete else _("no"),
        REASON_SEPARATOR.join(row.gaps),
    )


def duty_lines() -> Callable[[DutyState], str]:
    """:func:`duty_line` remembering each line it made, for one language and one use
    (a workbook's rows): many use cases share the same duties and dates."""
    made: dict[tuple[Any, ...], str] = {}

    def text(duty: DutyState) -> str:
        key = (duty.article, duty.duty, duty.status, duty.applies_from, duty.pending_from)
        line = made.get(key)
        if line is None:
            line = made[key] = duty_line(duty)
        return line

    return text


CSV_HEADER = (
    "use_case_id",
    "use_case",
    "stage",
    "tier",
    "reasons",
    "overseer",
    "lifecycle",
    "lifecycle_since",
    "complete",
    "article",
    "duty",
    "applies_from",
    "applies_from_pending",
    "status",
    "detail",
)


def csv_rows(rows: Sequence[RegisterRow]) -> list[tuple[str, ...]]:
    """One line per duty of each use case (one line without a duty when it has none)."""
    lines: list[tuple[str, ...]] = []
    for row in rows:
        data = row_json(row)
        head = (
            data["id"],
            data["name"],
            data["stage"] or "",
            data["tier"],
            " | ".join(data["reasons"]),
            data["overseer"] or "",
            data["lifecycle"] or "",
            data["lifecycle_since"] or "",
            "yes" if data["complete"] else "no",
        )
        duties = data["duties"] or [None]
        for duty in duties:
            if duty is None:
                lines.append((*head, "", "", "", "", "", ""))
            else:
                lines.append(
                    (
                        *head,
                        duty["article"],
                        duty["duty"],
                        duty["applies_from"],
                        duty["applies_from_pending"] or "",
                        duty["status"],
                        duty["detail"],
                    )
                )
    return lines
