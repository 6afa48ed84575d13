"""Re-runnable edit of the shipped templates for issue 11 (decisions, actions, funnel metrics).

    python tests/template_edits/decision_actions.py

- The sample decision names the review it answered (it was taken at the first
  review, on its own date) and its free-text conditions become actions with an
  owner, a due date and a status; one is done, one is overdue at the sample's
  as-of date, so the Summary and the Overview have something to follow up.
- The usage metrics are marked as the standard funnel figures they hold.
- The files say format version 3 (the version these fields belong to).

Loads each template as JSON, edits it, writes it back with the same formatting
(indent 2, UTF-8); running it twice changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"

STANDARD = {
    "metric-active-users": "active",
    "metric-habitual": "habitual",
    "metric-power-users": "power",
    "metric-uses": "actions",
}

ACTIONS = [
    ("Run a weekly prompt clinic in Customer service with its ambassador",
     "person-sophie-laurent", "2026-03-26", "done", "2026-03-26"),
    ("Clean the policy-wording library of old versions", "person-nadia-haddad", "2026-04-02",
     "open", None),
    ("Train every key user of the stage's teams", "person-claire-martin", "2026-05-07", "open",
     None),
    ("Bring the stage back to the committee at the rescheduled gate review",
     "person-claire-martin", "2026-05-21", "open", None),
]  # fmt: skip


def edit(roadmap: dict[str, object]) -> None:
    for metric in roadmap.get("metrics", []):  # type: ignore[attr-defined]
        standard = STANDARD.get(metric["id"])
        if standard is not None:
            metric["standard"] = standard
    decisions = roadmap.get("decisions", [])
    if not decisions:
        return
    people = {p["id"]: p["name"] for p in roadmap.get("people", [])}  # type: ignore[attr-defined]
    decision = decisions[0]  # type: ignore[index]
    decision["review"] = decision["date"]  # the first review, held that day
    decision["conditions"] = ""
    order = [
        "id",
        "stage_id",
        "date",
        "review",
        "outcome",
        "suggested",
        "rationale",
        "conditions",
        "attendees",
    ]  # the model's field order, as the app writes it
    decisions[0] = {key: decision[key] for key in order if key in decision}  # type: ignore[index]
    roadmap["actions"] = [
        {
            "id": f"action-writing-{number}",
            "text": text,
            "owner": people[owner],
            "due": due,
            "status": status,
            "closed_on": closed,
            "decision_id": decision["id"],
            "stage_id": decision["stage_id"],
        }
        for number, (text, owner, due, status, closed) in enumerate(ACTIONS, start=1)
    ]


def main() -> None:
    for path in sorted(TEMPLATES.glob("*.pilotplan")):
        text = path.read_text(encoding="utf-8")
        envelope = json.loads(text)
        envelope["schema_version"] = max(envelope["schema_version"], 3)  # fields of version 3
        edit(envelope["roadmap"])
        new = json.dumps(envelope, indent=2, ensure_ascii=False) + "\n"
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"updated {path.name}")


if __name__ == "__main__":
    main()
