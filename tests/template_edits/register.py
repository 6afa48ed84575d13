"""Add the responsible-AI register to the AI-adoption template (issue 14). Re-runnable.

Run from the repository root: ``.venv/bin/python tests/template_edits/register.py``.
It loads ``resources/templates/ai-adoption.pilotplan`` as JSON, adds (or
replaces) the register's parts and writes it back with the same formatting:

- the "AI register complete" metric and a criterion per stage (advisory in
  stage 1, mandatory from stage 2);
- the same metric in the blank template (the standard metrics);
- a high-risk HR use case that evaluates staff (mid-year review drafts);
- one register entry per use case past the idea stage, screened with the
  reasons and sources noted in each entry.

The facts each screening rests on are the company's (the sample's): the
insurer writes property and casualty cover only, and the programme screens
every use case with the data protection officer before it starts.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from planner.model.register import (  # noqa: E402
    Affected,
    Answer,
    Lifecycle,
    LifecycleEvent,
    Oversight,
    RegisterEntry,
    Role,
    entry_id,
)
from planner.register.rules import rules  # noqa: E402

TEMPLATE = ROOT / "resources" / "templates" / "ai-adoption.pilotplan"
BLANK = ROOT / "resources" / "templates" / "blank.pilotplan"
D = dt.date.fromisoformat

METRIC = {
    "id": "metric-register",
    "name": "AI register complete",
    "unit": "% of use cases",
    "kind": "custom",
    "direction": "higher_is_better",
    "source": "register_complete",
    "rollup": "weighted_mean",
    "min_value": 0.0,
    "max_value": 100.0,
    "description": (
        "Share of the stage's use cases (past the idea stage, not dropped) whose AI register "
        "entry is complete on the date: screened against the EU AI Act, the fields an auditor "
        "asks for filled in, and no duty that applies missing (AI literacy is checked per "
        "team). Decision support, not legal advice."
    ),
}


def _criterion(stage: str, mandatory: bool) -> dict[str, Any]:
    note = (
        "Our proposal: a stage passes its gate with every use case in the register "
        "(screened, documented, duties evidenced)."
        if mandatory
        else "Advisory in the first stage, mandatory from stage 2 (our proposal): the "
        "pilot is where the register is learnt."
    )
    return {
        "id": f"criterion-{stage}-register",
        "stage_id": f"stage-{stage}",
        "metric_id": "metric-register",
        "comparator": ">=",
        "threshold": 100.0,
        "mandatory": mandatory,
        "window": "latest",
        "window_weeks": 4,
        "note": note,
    }


HR_USE_CASE = {
    "id": "uc-performance-reviews",
    "name": "Mid-year review drafts",
    "description": (
        "An agent drafts each employee's mid-year review from their objectives, peer feedback "
        "and case-handling statistics and suggests a rating; the manager decides the rating "
        "and discusses it with the employee."
    ),
    "stage_id": "stage-bespoke",
    "friction_point_ids": ["friction-hr-drafting"],
    "tool": "Copilot Studio agent",
    "team_ids": ["team-hr"],
    "owner_id": "person-paula-costa",
    "planned_start": "2026-10-05",
    "planned_end": "2027-02-26",
    "status": "planned",
    "progress": 0,
    "expected_hours_saved": 0.3,
    "value_per_year": None,
    "cost_per_year": 25000.0,
    "effort": "large",
    "data_source_ids": ["data-hr-policies"],
    "depends_on": [],
}

GROUPS = ("prohibited", "high_risk", "transparency")


def answers(*yes: str, **more: bool) -> tuple[Answer, ...]:
    """Every question of the main groups answered (yes to ``yes``), plus ``more``."""
    found = [
        Answer(question=q.id, yes=q.id in yes)
        for group in GROUPS
        for q in rules().group(group)  # type: ignore[arg-type]
    ]
    return tuple(found) + tuple(Answer(question=k, yes=v) for k, v in more.items())


def life(*steps: tuple[str, Lifecycle, str]) -> tuple[LifecycleEvent, ...]:
    return tuple(LifecycleEvent(on=D(day), state=state, note=note) for day, state, note in steps)


COPILOT = {"vendor": "Microsoft", "ai_model": "Microsoft 365 Copilot"}
VERSION = "vendor-managed (evergreen)"
PURVIEW = {"log_location": "Microsoft Purview audit log", "log_retention_months": 12}
REVIEWED = (
    "The vendor review before the pilot asked Microsoft how generated content is marked; "
    "answer filed in the vendor folder"
)
P_AND_C = (
    "The company writes property and casualty cover only: Annex III point 5(c) (life and "
    "health insurance) does not apply."
)

ENTRIES: dict[str, dict[str, Any]] = {
    "uc-customer-replies": {
        "intended_purpose": "First drafts of replies to customer letters from the letter and "
        "the approved templates; the adviser checks, edits and signs every reply.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "Customer correspondence",
        "affected": (Affected.CUSTOMERS, Affected.EMPLOYEES),
        "personal_data": True,
        "dpia_reference": "DPIA-02 Copilot for customer correspondence",
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-sophie-laurent",
        **PURVIEW,
        "notice_reference": REVIEWED,
        "review_on": D("2026-07-06"),
        "lifecycle": life(
            ("2025-11-17", Lifecycle.PROPOSED, "Workshop with customer service"),
            ("2026-01-19", Lifecycle.PILOTING, "Pilot with 20 advisers"),
            ("2026-03-30", Lifecycle.APPROVED, "Approved by the AI steering committee"),
        ),
        "answers": answers("art50_synthetic"),
        "sources": "Screened before the pilot by Claire Martin with Sophie Laurent and the data "
        "protection officer, from the use-case description and Microsoft's administrator "
        "documentation. Replies are reviewed and signed by an adviser before they are sent.",
    },
    "uc-meeting-minutes": {
        "intended_purpose": "Recaps of Teams meetings with the action list; the organiser "
        "checks them and sends them within the hour.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "Internal meetings",
        "affected": (Affected.EMPLOYEES,),
        "personal_data": True,
        "dpia_reference": "DPIA-01 Copilot in Teams",
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-claire-martin",
        **PURVIEW,
        "review_on": D("2026-07-06"),
        "lifecycle": life(
            ("2025-11-17", Lifecycle.PROPOSED, ""),
            ("2026-01-19", Lifecycle.PILOTING, ""),
            ("2026-03-30", Lifecycle.APPROVED, "Approved by the AI steering committee"),
        ),
        "answers": answers(),
        "sources": "Screened before the pilot by Claire Martin with the data protection officer. "
        "Recaps restate what was said in the meeting: Art. 50(2) does not apply to output that "
        "does not substantially alter the input or its meaning; the organiser checks each one.",
    },
    "uc-underwriting-memos": {
        "intended_purpose": "First drafts of referral memos from the risk file and the "
        "guideline sections that apply; the underwriter completes the judgement.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "Commercial underwriting",
        "affected": (Affected.EMPLOYEES, Affected.CUSTOMERS),
        "personal_data": True,
        "dpia_reference": "DPIA-03 Copilot in underwriting",
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-jonas-weber",
        **PURVIEW,
        "notice_reference": REVIEWED,
        "review_on": D("2026-07-06"),
        "lifecycle": life(
            ("2026-01-12", Lifecycle.PROPOSED, ""),
            ("2026-02-02", Lifecycle.PILOTING, "Pilot with six underwriters"),
        ),
        "answers": answers("art50_synthetic"),
        "sources": f"Screened before the pilot by Claire Martin with Jonas Weber. {P_AND_C} "
        "The underwriter makes every underwriting decision.",
    },
    "uc-hr-drafting": {
        "intended_purpose": "First drafts of job ads, contract letters and answers to policy "
        "questions from the HR letter models; HR checks and sends them.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "HR administration",
        "affected": (Affected.EMPLOYEES, Affected.APPLICANTS),
        "personal_data": True,
        "dpia_reference": "DPIA-04 Copilot in HR",
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-paula-costa",
        **PURVIEW,
        "notice_reference": REVIEWED,
        "review_on": D("2026-07-06"),
        "lifecycle": life(
            ("2026-01-12", Lifecycle.PROPOSED, ""),
            ("2026-02-02", Lifecycle.PILOTING, ""),
        ),
        "answers": answers("art50_synthetic"),
        "sources": "Screened before the pilot by Paula Costa and Claire Martin. It writes the "
        "text of job ads; it does not place or target them, nor filter or evaluate candidates "
        "(Annex III point 4(a) not met). Re-screen before any use on applications.",
    },
    "uc-policy-answers": {
        "intended_purpose": "Plain-language answers to advisers' and underwriters' questions, "
        "with a link to the paragraph of the current policy wording.",
        "role": Role.DEPLOYER,
        "vendor": "Microsoft",
        "ai_model": "Copilot Chat with SharePoint",
        "ai_model_version": VERSION,
        "business_process": "Customer service and underwriting support",
        "affected": (Affected.EMPLOYEES,),
        "personal_data": False,
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-karim-benali",
        **PURVIEW,
        "notice_reference": "Copilot Chat shows it is an AI assistant (checked at the start of "
        "the pilot); content marking asked in the vendor review",
        "review_on": D("2026-07-06"),
        "lifecycle": life(
            ("2026-02-09", Lifecycle.PROPOSED, ""),
            ("2026-03-02", Lifecycle.PILOTING, ""),
        ),
        "answers": answers("art50_interaction", "art50_synthetic"),
        "sources": "Screened before the pilot by Claire Martin with Karim Benali. Only policy "
        "wordings and guidelines are searched; no customer data.",
    },
    "uc-status-reports": {
        "intended_purpose": "A draft of the Friday status report from the plan, the minutes and "
        "the risk log; the project manager edits and publishes it.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "Project management",
        "affected": (Affected.EMPLOYEES,),
        "personal_data": False,
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-david-okafor",
        **PURVIEW,
        "notice_reference": REVIEWED,
        "review_on": D("2026-09-28"),
        "lifecycle": life(
            ("2026-02-16", Lifecycle.PROPOSED, ""),
            ("2026-03-09", Lifecycle.PILOTING, ""),
        ),
        "answers": answers("art50_synthetic"),
        "sources": "Screened before the pilot by Claire Martin with David Okafor.",
    },
    "uc-risk-log": {
        "intended_purpose": "Actions and risks extracted from meeting recaps into the project "
        "log, for the project manager to confirm.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "Project management",
        "affected": (Affected.EMPLOYEES,),
        "personal_data": False,
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-marc-lefevre",
        **PURVIEW,
        "review_on": D("2026-09-28"),
        "lifecycle": life(("2026-03-16", Lifecycle.PROPOSED, "")),
        "answers": answers(),
        "sources": "Screened when proposed by Claire Martin with Marc Lefèvre. Extracting "
        "entries from recaps keeps their meaning (Art. 50(2) does not apply).",
    },
    "uc-budget-commentary": {
        "intended_purpose": "A first commentary of the month's budget variances from the ERP "
        "exports, for controllers to check and complete.",
        "role": Role.DEPLOYER,
        **COPILOT,
        "ai_model_version": VERSION,
        "business_process": "Monthly financial close",
        "affected": (Affected.EMPLOYEES,),
        "personal_data": False,
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-anna-kowalski",
        **PURVIEW,
        "notice_reference": REVIEWED,
        "review_on": D("2026-09-28"),
        "lifecycle": life(("2026-03-16", Lifecycle.PROPOSED, "")),
        "answers": answers("art50_synthetic"),
        "sources": "Screened when proposed by Claire Martin with Anna Kowalski.",
    },
    "uc-claims-triage": {
        "intended_purpose": "Read incoming claims e-mails, recognise the claim type and "
        "urgency, add the claim number and route each e-mail to the right queue; claims "
        "handlers decide everything about the claim.",
        "role": Role.BOTH,
        "vendor": "Microsoft (Azure OpenAI Service)",
        "business_process": "Claims intake",
        "affected": (Affected.CUSTOMERS, Affected.EMPLOYEES),
        "personal_data": True,
        "oversight": Oversight.ON_THE_LOOP,
        "overseer_id": "person-julia-novak",
        "review_on": D("2026-09-07"),
        "lifecycle": life(("2026-03-23", Lifecycle.PROPOSED, "")),
        "answers": answers(),
        "sources": "Screened when proposed by Claire Martin with Julia Novak and the data "
        "protection officer. Not in Annex III: routing e-mails is a narrow procedural task "
        f"and evaluates no one; {P_AND_C[0].lower()}{P_AND_C[1:]} No direct interaction with "
        "claimants (it answers no one) and no generated content (Art. 50). Built in-house on "
        "Azure OpenAI, so the company is provider and deployer. Re-screen if it is to assess "
        "claims, score people for fraud or answer claimants. Model still to be chosen.",
    },
    "uc-underwriting-assistant": {
        "intended_purpose": "Answers referral questions from the underwriting guidelines and "
        "the policy administration data, and pre-fills the referral memo.",
        "role": Role.BOTH,
        "vendor": "Microsoft",
        "ai_model": "Copilot Studio agent",
        "business_process": "Commercial underwriting",
        "affected": (Affected.EMPLOYEES, Affected.CUSTOMERS),
        "personal_data": True,
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-jonas-weber",
        "lifecycle": life(("2026-03-23", Lifecycle.PROPOSED, "")),
        "answers": answers("art50_interaction", "art50_synthetic"),
        "sources": f"Screened when proposed by Claire Martin with Inès Moreau. {P_AND_C}",
    },
    "uc-performance-reviews": {
        "intended_purpose": "Prepare managers' mid-year reviews: a draft summary of each "
        "employee's objectives, peer feedback and case statistics with a suggested rating; the "
        "manager decides the rating and discusses it with the employee.",
        "role": Role.BOTH,
        "vendor": "Microsoft",
        "ai_model": "Copilot Studio agent",
        "ai_model_version": "0.3 (prototype)",
        "business_process": "Performance management",
        "affected": (Affected.EMPLOYEES,),
        "personal_data": True,
        "dpia_reference": "DPIA-07, in progress with the data protection officer",
        "oversight": Oversight.IN_THE_LOOP,
        "overseer_id": "person-paula-costa",
        "instructions_reference": "HR agent operating guide v0.3 (SharePoint › HR › Review "
        "assistant)",
        "log_location": "Azure Monitor workspace of the HR agent",
        "log_retention_months": 12,
        "workers_informed_on": D("2026-09-21"),
        "notice_reference": "The review guide tells each employee that the draft is "
        "AI-assisted and that the manager decides.",
        "review_on": D("2026-12-07"),
        "lifecycle": life(("2026-03-16", Lifecycle.PROPOSED, "Proposed by HR")),
        "answers": answers(
            "annex3_workers",
            art6_3_narrow=False,
            art6_3_improve=False,
            art6_3_patterns=False,
            art6_3_preparatory=False,
            art6_3_profiling=True,
            art27_public_service=False,
        ),
        "sources": "Screened when proposed by Paula Costa and Claire Martin with the works "
        "council secretary and the data protection officer. Annex III point 4(b) covers "
        "monitoring and evaluating the performance of workers; a suggested rating profiles "
        "employees, so the Art. 6(3) exception cannot apply. Private insurer, no credit "
        "scoring or life and health pricing: no fundamental-rights impact assessment "
        "(Art. 27(1)). The works council is to be informed two weeks before the pilot.",
    },
}


def _entry(use_case_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    entry = RegisterEntry(id=entry_id(use_case_id), use_case_id=use_case_id, **fields)
    return entry.model_dump(mode="json")


def _after_stage(criteria: list[dict[str, Any]], new: dict[str, Any]) -> None:
    last = max(i for i, c in enumerate(criteria) if c["stage_id"] == new["stage_id"])
    criteria.insert(last + 1, new)


def edit_blank(data: dict[str, Any]) -> dict[str, Any]:
    """The blank template gets the standard metrics: the register's too."""
    data["schema_version"] = 3
    roadmap = data["roadmap"]
    _literacy_target(roadmap)
    roadmap["metrics"] = [m for m in roadmap["metrics"] if m["id"] != METRIC["id"]] + [METRIC]
    return data


def _literacy_target(roadmap: dict[str, Any]) -> None:
    if "ai_literacy_target" not in roadmap:
        items = list(roadmap.items())
        at = [k for k, _ in items].index("min_group_size") + 1
        items.insert(at, ("ai_literacy_target", 80))
        roadmap.clear()
        roadmap.update(items)


def edit(data: dict[str, Any]) -> dict[str, Any]:
    data = edit_blank(data)
    roadmap = data["roadmap"]
    criteria = [c for c in roadmap["criteria"] if c["metric_id"] != METRIC["id"]]
    for stage, mandatory in (("writing", False), ("project", True), ("bespoke", True)):
        _after_stage(criteria, _criterion(stage, mandatory))
    roadmap["criteria"] = criteria
    use_cases = [u for u in roadmap["use_cases"] if u["id"] != HR_USE_CASE["id"]]
    roadmap["use_cases"] = [*use_cases, HR_USE_CASE]
    roadmap["register_entries"] = [_entry(uc, fields) for uc, fields in ENTRIES.items()]
    return data


def main() -> None:
    for path, change in ((TEMPLATE, edit), (BLANK, edit_blank)):
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(change(data), indent=2, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
