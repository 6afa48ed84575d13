"""Survey exports (Microsoft Forms, Google Forms) → satisfaction and minutes saved, as aggregates.

The answers below are worked out by hand. Agreement: strongly disagree 0,
disagree 25, neutral 50, agree 75, strongly agree 100; a respondent's score is
the mean of their two answers; the template's satisfaction metric is 1–5, so
a score s is stored as 1 + s ÷ 25.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from planner import templates
from planner.edit import operations
from planner.file import storage
from planner.model.entities import FeedbackKind, Roadmap
from planner.usage import ImportOptions, ImportResult, UsageImportError, plan_import
from planner.usage.survey import agreement_score, parse_minutes

AS_OF = dt.date(2026, 3, 20)
WEEK = dt.date(2026, 3, 9)

EN = {-1: "", 0: "Strongly disagree", 25: "Disagree", 50: "Neither agree nor disagree",
      75: "Agree", 100: "Strongly agree"}  # fmt: skip
FR = {-1: None, 0: "Pas du tout d'accord", 25: "Plutôt pas d'accord",
      50: "Ni d'accord ni pas d'accord", 75: "Plutôt d'accord",
      100: "Tout à fait d'accord"}  # fmt: skip

# (team, answer 1, answer 2, minutes a day, comment)
ANSWERS = [
    # Customer service, 6: scores 87.5 75 62.5 100 50 87.5 → 77.08; minutes → 95 ÷ 6 = 15.83
    ("Customer service", 100, 75, "10", "Saves me time on letters"),
    ("Customer service", 75, 75, "15", ""),
    ("Customer service", 75, 50, "10-20", "Answers sometimes quote old wordings"),
    ("Customer service", 100, 100, "20", ""),
    ("Customer service", 25, 75, "5", ""),
    ("Customer service", 75, 100, "30 min", ""),
    # Underwriting, 5: 75 75 75 12.5 87.5 → 65; minutes → 50 ÷ 5 = 10
    ("Underwriting", 75, 75, "10", ""),
    ("Underwriting", 75, 75, "10", "Memo drafts are a real help"),
    ("Underwriting", 75, 75, "10", ""),
    ("Underwriting", 0, 25, "0", ""),
    ("Underwriting", 100, 75, "20", ""),
    # HR, 2: under the minimum group of 5 → no HR figure
    ("HR", 75, 75, "30", "I use it every day for job ads"),
    ("HR", 100, 100, "30", ""),
    # no team, 3: 62.5 75 25; minutes 15, 5, 0
    ("", 75, 50, "15", ""),
    ("", 75, 75, "5", ""),
    ("", 25, 25, "0", ""),
    # no team, 1 more who answered nothing but a comment-less blank: counts nowhere
    ("", -1, -1, "", ""),
]
# Total: (462.5 + 325 + 175 + 162.5) ÷ 16 = 70.3125 → 70.31 → 3.81; minutes 225 ÷ 16 = 14.06


@pytest.fixture(scope="module")
def template() -> Roadmap:
    return templates.create(templates.SAMPLE, today=AS_OF)


def english_csv(path: Path, answers: list[tuple[str, int, int, str, str]] = ANSWERS) -> Path:
    """A Microsoft Forms export: ID, Start time, Completion time, Email, Name, then questions."""
    with path.open("w", newline="", encoding="utf-8-sig") as file:
        out = csv.writer(file)
        out.writerow(["ID", "Start time", "Completion time", "Email", "Name", "Team",
                      "Copilot helps me finish my work faster",
                      "Copilot improves the quality of my work",
                      "How many minutes per day does Copilot save you?",
                      "Any comments?"])  # fmt: skip
        for i, (team, a, b, minutes, comment) in enumerate(answers, start=1):
            day = WEEK + dt.timedelta(days=i % 5)
            stamp = f"{day.month}/{day.day}/{day.year} 10:{i:02d}:00 AM"
            out.writerow([i, stamp, stamp, f"person{i}@example.org", f"Person {i}", team,
                          EN[a], EN[b], minutes, comment])  # fmt: skip
    return path


def french_xlsx(path: Path) -> Path:
    """A Google Forms export in French, as a workbook with real date-times."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Horodateur", "Équipe", "L'assistant me fait gagner du temps",
                  "La qualité de mon travail s'améliore",
                  "Combien de minutes gagnez-vous par jour ?", "Commentaires"])  # fmt: skip
    for i, (team, a, b, minutes, comment) in enumerate(ANSWERS, start=1):
        stamp = dt.datetime.combine(WEEK + dt.timedelta(days=i % 5), dt.time(9, i))
        sheet.append([stamp, team or None, FR[a], FR[b], minutes or None, comment or None])
    book.save(path)
    return path


def plan(roadmap: Roadmap, path: Path, **options: object) -> ImportResult:
    options.setdefault("as_of", AS_OF)
    options.setdefault("stage", "Writing assistance")
    return plan_import(roadmap, path, ImportOptions(**options))  # type: ignore[arg-type]


def stored(result: ImportResult) -> set[tuple[object, ...]]:
    return {(c.metric, c.team, c.week, round(c.value, 2), c.sample_size) for c in result.changes}


EXPECTED = {
    ("Satisfaction", "Customer service", WEEK, 4.08, 6),
    ("Satisfaction", "Underwriting", WEEK, 3.6, 5),
    ("Satisfaction", None, WEEK, 3.81, 16),
    ("Minutes saved per day", "Customer service", WEEK, 15.83, 6),
    ("Minutes saved per day", "Underwriting", WEEK, 10.0, 5),
    ("Minutes saved per day", None, WEEK, 14.06, 16),
}


def test_agreement_labels_in_english_and_french() -> None:
    for labels in (EN, FR):
        for score, label in labels.items():
            if label:
                assert agreement_score(label) == score, label
                assert agreement_score(label.upper()) == score
    assert agreement_score("4 - Agree") == 75
    assert agreement_score("Plutôt d’accord") == 75  # typographic apostrophe
    assert agreement_score("Neutral") == 50
    assert agreement_score("Agreed with reservations") is None
    assert agreement_score(4) is None


def test_minutes_answers() -> None:
    assert parse_minutes("15") == 15
    assert parse_minutes("12,5", ",") == 12.5
    assert parse_minutes("10-20") == 15
    assert parse_minutes("30 min") == 30
    assert parse_minutes(20.0) == 20
    for bad in ("lots", "600", "-5"):
        with pytest.raises(ValueError, match=r"minutes|number"):
            parse_minutes(bad)


def test_an_english_forms_export_gives_team_and_total_aggregates(
    template: Roadmap, tmp_path: Path
) -> None:
    result = plan(template, english_csv(tmp_path / "pulse.csv"))
    report = result.report
    assert report.layout == "survey"
    assert (report.rows_read, report.rows_refused) == (17, 0)
    assert stored(result) == EXPECTED
    # HR (2 answers) is withheld, in both figures; no other team is
    assert report.groups_suppressed == 1
    assert report.figures_suppressed == 2
    assert report.unassigned_users == 4
    notes = " ".join(report.notes)
    assert "'Copilot helps me finish my work faster'" in notes
    assert "'How many minutes per day does Copilot save you?'" in notes
    assert "'Any comments?' not imported" in notes


def test_a_french_google_forms_workbook_gives_the_same_figures(
    template: Roadmap, tmp_path: Path
) -> None:
    result = plan(template, french_xlsx(tmp_path / "sondage.xlsx"))
    assert result.report.layout == "survey"
    assert stored(result) == {
        (metric, team, week, value, size) for metric, team, week, value, size in EXPECTED
    }


def test_nothing_personal_reaches_the_roadmap(template: Roadmap, tmp_path: Path) -> None:
    result = plan(template, english_csv(tmp_path / "pulse.csv"))
    new, _ = operations.apply(template, result.batch)
    text = storage.dumps(new).decode()
    for secret in ("person1@example.org", 'Person 1"', "Saves me time", "10:01"):
        assert secret not in text
    assert len(new.feedback) == len(template.feedback)
    added = [m for m in new.measurements if m not in template.measurements]
    (source,) = {m.source for m in added}
    assert source.startswith("Survey export from a forms tool")  # not the file's name
    assert all(m.sample_size is not None and m.sample_size >= 5 for m in added)
    assert not any(m.team_id == "team-hr" for m in added)


def test_a_team_figure_that_subtraction_would_reveal_is_withheld(
    template: Roadmap, tmp_path: Path
) -> None:
    # Without the three answers with no team, total − customer service − underwriting = HR's 2.
    with_teams = [a for a in ANSWERS if a[0]]
    result = plan(template, english_csv(tmp_path / "pulse.csv", with_teams))
    teams = {team for _, team, _, _, _ in stored(result)}
    assert teams == {None, "Customer service"}  # underwriting (5) goes, leaving 13 − 6 = 7
    assert result.report.groups_suppressed == 2


def test_comments_are_imported_only_when_asked_without_author(
    template: Roadmap, tmp_path: Path
) -> None:
    path = english_csv(tmp_path / "pulse.csv")
    result = plan(template, path, comments=("Any comments?",))
    new, _ = operations.apply(template, result.batch)
    added = [f for f in new.feedback if f not in template.feedback]
    texts = [f.text for f in added]
    expected = [c for *_, c in ANSWERS if c]
    assert texts == sorted(expected, key=str.casefold)  # not the file's order
    for entry in added:
        assert entry.kind is FeedbackKind.SURVEY
        assert entry.date == WEEK
        assert entry.team_id is None
        assert entry.stage_id == "stage-writing"
    assert "4 comment(s) imported" in " ".join(result.report.notes)
    everything = plan(template, path, comments=("*",))
    assert len([op for op in everything.batch.ops if op.kind == "feedback"]) == 4
    with pytest.raises(UsageImportError, match="free-text columns: 'Any comments\\?'"):
        plan(template, path, comments=("Remarks",))


def test_comments_of_a_week_with_too_few_respondents_stay_out(
    template: Roadmap, tmp_path: Path
) -> None:
    few = [a for a in ANSWERS if a[0] == "HR"]
    # Two dates only (10 and 11 March): month first must be said for 3/10/2026.
    path = english_csv(tmp_path / "pulse.csv", few)
    result = plan(template, path, comments=("*",), date_order="mdy")
    assert not [op for op in result.batch.ops if op.kind == "feedback"]
    assert "1 comment(s) not imported" in " ".join(result.report.notes)


def test_satisfaction_goes_to_a_percentage_metric_unchanged_and_minutes_to_hours(
    template: Roadmap, tmp_path: Path
) -> None:
    metrics = tuple(
        m.model_copy(update={"min_value": 0.0, "max_value": 100.0, "unit": "%"})
        if m.id == "metric-satisfaction"
        else m
        for m in template.metrics
        if m.id != "metric-minutes-saved"
    )
    criteria = tuple(c for c in template.criteria if c.metric_id != "metric-minutes-saved")
    measurements = tuple(m for m in template.measurements if m.metric_id != "metric-minutes-saved")
    roadmap = template.model_copy(
        update={"metrics": metrics, "criteria": criteria, "measurements": measurements}
    )
    found = stored(plan(roadmap, english_csv(tmp_path / "pulse.csv")))
    assert ("Satisfaction", None, WEEK, 70.31, 16) in found
    # 14.06 min a day × 5 ÷ 60 = 1.17 h a week
    assert ("Hours saved per user", None, WEEK, 1.17, 16) in found


def test_a_bad_answer_refuses_the_file_and_names_the_line(
    template: Roadmap, tmp_path: Path
) -> None:
    path = english_csv(tmp_path / "pulse.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[3] = lines[3].replace("Agree", "Agreed with reservations", 1)
    lines[4] = lines[4].replace(",20,", ",lots,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(UsageImportError) as caught:
        plan(template, path)
    text = "\n".join(caught.value.lines)
    assert "line 4: Copilot" in text
    assert "is not on the agreement scale" in text
    assert "line 5: How many minutes" in text
    kept = plan(template, path, skip_bad_rows=True)
    assert kept.report.rows_refused == 2


def test_files_that_are_not_surveys_are_refused(template: Roadmap, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("Completion time,Team,Comments\n", encoding="utf-8")
    with pytest.raises(UsageImportError, match=r"no data rows|no survey question"):
        plan(template, empty, layout="survey")
    texts = tmp_path / "texts.csv"
    texts.write_text(
        "Completion time,Team,Comments\n2026-03-10,HR,fine\n2026-03-10,HR,ok\n", encoding="utf-8"
    )
    with pytest.raises(UsageImportError, match="no survey question found"):
        plan(template, texts)
    future = english_csv(tmp_path / "future.csv")
    with pytest.raises(UsageImportError, match="in the future"):
        plan(template, future, as_of=WEEK)


def test_the_command_changes_nothing_on_a_bad_survey(template: Roadmap, tmp_path: Path) -> None:
    target = tmp_path / "rollout.pilotplan"
    storage.save(template, target)
    before = hashlib.sha256(target.read_bytes()).digest()
    path = english_csv(tmp_path / "pulse.csv")
    text = path.read_text(encoding="utf-8-sig").replace("Strongly agree", "Strongly agre", 1)
    path.write_text(text, "utf-8")
    command = [sys.executable, "-m", "planner.cli", "import-usage", str(target), str(path),
               "--stage", "Writing assistance", "--as-of", AS_OF.isoformat()]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "not on the agreement scale" in done.stderr
    assert "Traceback" not in done.stderr
    assert hashlib.sha256(target.read_bytes()).digest() == before
    good = english_csv(tmp_path / "pulse-ok.csv")
    command[5] = str(good)
    done = subprocess.run(
        [*command, "--comments", "all"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    saved = storage.load(target)
    assert len(saved.feedback) == len(template.feedback) + 4


def test_a_mean_is_stored_so_that_every_view_shows_the_exact_figure(
    template: Roadmap, tmp_path: Path
) -> None:
    """Audit of issue 12: 2 of 11 respondents at 25, the others at 0, is 4.545 on 0–100;
    stored at two decimals (4.55) it was shown 4.6 %."""
    from planner.numbers import rounded_for_unit

    metrics = tuple(
        m.model_copy(update={"min_value": 0.0, "max_value": 100.0, "unit": "%"})
        if m.id == "metric-satisfaction"
        else m
        for m in template.metrics
    )
    roadmap = template.model_copy(update={"metrics": metrics})
    answers = [("", 25, 25, "10", "")] * 2 + [("", 0, 0, "10", "")] * 9
    found = plan(roadmap, english_csv(tmp_path / "pulse.csv", answers))
    (value,) = [c.value for c in found.changes if c.metric == "Satisfaction"]
    assert rounded_for_unit(value, "%") == 4.5
