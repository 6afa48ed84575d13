"""Re-runnable edit of the sample programme for issue 20 (scale-out and ideas).

    python tests/template_edits/scale_out.py

- Writing assistance counts a use case as proven in a team from 45 % weekly
  active users (below its 60 % stage gate: one team is proven before the stage
  as a whole passes), so *Draft replies to customer letters* is proven in
  Customer service.
- Two more teams suffer the same friction ("Customer correspondence"): Claims
  handling (answering claimants' letters) and Underwriting (replying to brokers'
  letters). Underwriting is ready; Claims handling has trained key users but no
  ambassador yet.
- Two ideas from the field and one feedback of kind *idea* fill the backlog.

Loads the template as JSON, edits it, writes it back with the same formatting
(indent 2, UTF-8); running it twice changes nothing. Every field written here is
checked when the file is opened (the template tests load it).
"""

from __future__ import annotations

import json
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "ai-adoption.pilotplan"

FRICTION = [
    {"id": "friction-claims-letters", "title": "Answering claimants' letters and e-mails",
     "process": "Customer correspondence", "team_id": "team-claims", "kind": "time",
     "hours_lost_per_week": 5.0, "people_affected": 50,
     "notes": "Status questions and complaint letters, answered from scratch by the handlers."},
    {"id": "friction-broker-letters", "title": "Replying to brokers' letters",
     "process": "Customer correspondence", "team_id": "team-underwriting", "kind": "time",
     "hours_lost_per_week": 2.0, "people_affected": 40,
     "notes": "Brokers ask for cover explanations and document requests every day."},
]  # fmt: skip

IDEAS = [
    {"id": "idea-claim-summaries", "title": "Summaries of long claim files",
     "date": "2026-03-24", "team_id": "team-claims", "friction_point_id": "friction-claims-triage",
     "raised_by": "", "effort": "large", "confidence": "medium", "feedback_id": None,
     "use_case_id": None,
     "notes": "Raised in the claims workshop: handlers reread 40-page files before a call."},
    {"id": "idea-variance-languages", "title": "Variance commentary for the German subsidiary",
     "date": "2026-03-19", "team_id": "team-finance",
     "friction_point_id": "friction-budget-variance", "raised_by": "", "effort": "small",
     "confidence": "high", "feedback_id": None, "use_case_id": None, "notes": ""},
]  # fmt: skip

FEEDBACK = {
    "id": "feedback-hr-headcount-idea", "date": "2026-03-25", "stage_id": "stage-writing",
    "use_case_id": None, "team_id": "team-hr", "kind": "idea", "sentiment": "positive",
    "text": "Could the assistant pre-fill the monthly headcount report from the HR system?",
}  # fmt: skip

CLAIMS_TRAINED = {"person-julia-novak": "2026-03-18", "person-omar-saidi": "2026-03-18"}


def _put(items: list[dict[str, object]], item: dict[str, object]) -> None:
    for i, existing in enumerate(items):
        if existing.get("id") == item["id"]:
            items[i] = item
            return
    items.append(item)


def edit(roadmap: dict[str, object]) -> None:
    for stage in roadmap["stages"]:  # type: ignore[attr-defined]
        if stage["id"] == "stage-writing":
            stage["proven_active_min"] = 45
    points: list[dict[str, object]] = roadmap["friction_points"]  # type: ignore[assignment]
    for point in FRICTION:
        _put(points, point)
    for person in roadmap["people"]:  # type: ignore[attr-defined]
        if person["id"] in CLAIMS_TRAINED:
            person["trained_on"] = CLAIMS_TRAINED[person["id"]]
    _put(roadmap["feedback"], FEEDBACK)  # type: ignore[arg-type]
    ideas: list[dict[str, object]] = roadmap.setdefault("ideas", [])  # type: ignore[attr-defined]
    for idea in IDEAS:
        _put(ideas, idea)


def main() -> None:
    old = TEMPLATE.read_text(encoding="utf-8")
    envelope = json.loads(old)
    edit(envelope["roadmap"])
    new = json.dumps(envelope, indent=2, ensure_ascii=False) + "\n"
    if new != old:
        TEMPLATE.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
