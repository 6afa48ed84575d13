"""``pilot-planner register FILE [--as-of DATE] [--json|--csv]`` and the rule file."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from planner import cli
from planner.edit.operations import apply
from planner.file import storage
from planner.register import edit
from planner.register.rules import rules
from planner.resources import resources_dir

AS_OF = "2026-04-06"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "ai.pilotplan"
    shutil.copy(resources_dir() / "templates" / "ai-adoption.pilotplan", path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str], sample: Path) -> None:
    code, out, err = run(capsys, "register", str(sample), "--as-of", AS_OF, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["format"], data["format_version"], data["as_of"]) == (
        "pilot-planner-register",
        1,
        AS_OF,
    )
    assert data["disclaimer"].startswith("Decision support, not legal advice")
    assert [t["status"] for t in data["rules"]["tracks"]] == ["law", "pending"]
    use_cases = {u["id"]: u for u in data["use_cases"]}
    assert len(use_cases) == 13
    for use_case in data["use_cases"]:
        assert {"id", "name", "tier", "reasons", "duties"} <= use_case.keys()
        for duty in use_case["duties"]:
            assert {"article", "duty", "applies_from", "status"} <= duty.keys()
    hr = use_cases["uc-performance-reviews"]
    assert hr["tier"] == "high-risk"
    assert hr["overseer"] == "Paula Costa"
    workers = next(d for d in hr["duties"] if d["article"] == "Art. 26(7)")
    assert workers == {
        "article": "Art. 26(7)",
        "duty": "Inform workers’ representatives and the workers affected before use at the "
        "workplace",
        "applies_from": "2026-08-02",
        "applies_from_pending": "2027-12-02",
        "status": "upcoming",
        "detail": "Planned for 21 Sep 2026.",
    }
    assert use_cases["uc-meeting-minutes"]["tier"] == "minimal"
    assert use_cases["uc-customer-replies"]["tier"] == "transparency"
    assert use_cases["uc-claims-triage"]["tier"] == "minimal"
    assert use_cases["uc-complaint-routing"]["tier"] == "not screened"


def test_text_output(capsys: pytest.CaptureFixture[str], sample: Path) -> None:
    code, out, _ = run(capsys, "register", str(sample), "--as-of", AS_OF)
    assert code == 0
    assert out.startswith("AI register of 'AI adoption programme' as of 6 Apr 2026\n")
    assert "Decision support, not legal advice" in out
    assert "Mid-year review drafts — Bespoke tasks — high-risk — complete" in out
    assert re.search(r"Art\. 26\(6\) Keep the logs .* — met \(from 2 Aug 2026, pending: "
                     r"2 Dec 2027\): Kept 12 months", out)  # fmt: skip


def test_csv_is_one_line_per_duty_and_never_a_formula(
    capsys: pytest.CaptureFixture[str], sample: Path
) -> None:
    roadmap = storage.load(sample)
    op = edit.set_field(roadmap, "uc-meeting-minutes", "vendor", "=HYPERLINK(1)")
    changed, _ = apply(roadmap, op)
    renamed = changed.model_copy(
        update={
            "use_cases": tuple(
                u.model_copy(update={"name": "=cmd|' /C calc'!A0"})
                if u.id == "uc-meeting-minutes"
                else u
                for u in changed.use_cases
            )
        }
    )
    storage.save(renamed, sample)
    code, out, _ = run(capsys, "register", str(sample), "--as-of", AS_OF, "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:4] == ["use_case_id", "use_case", "stage", "tier"]
    minutes = [r for r in rows if r[0] == "uc-meeting-minutes"]
    assert len(minutes) == 1  # minimal: the literacy duty only
    assert minutes[0][1] == "'=cmd|' /C calc'!A0"
    hr = [r for r in rows if r[0] == "uc-performance-reviews"]
    code, out, _ = run(capsys, "register", str(sample), "--as-of", AS_OF, "--json")
    duties = next(u for u in json.loads(out)["use_cases"] if u["id"] == "uc-performance-reviews")
    assert [r[9] for r in hr] == [d["article"] for d in duties["duties"]]


def test_a_broken_file_is_a_clean_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.pilotplan"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "register", str(bad))
    assert code == 1
    assert out == ""
    assert err.startswith("pilot-planner register: ")
    assert "Traceback" not in err


def test_json_and_csv_are_exclusive(capsys: pytest.CaptureFixture[str], sample: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["register", str(sample), "--json", "--csv"])
    assert raised.value.code == 2
    capsys.readouterr()


# ---------------------------------------------------------------- rule file


def test_rule_file_dates_are_those_of_the_regulation() -> None:
    r = rules()
    assert r.regulation.entry_into_force.isoformat() == "2024-08-01"
    adopted = {k: v.adopted.isoformat() for k, v in r.dates.items()}
    assert adopted == {
        "prohibitions": "2025-02-02",
        "ai_literacy": "2025-02-02",
        "gpai": "2025-08-02",
        "high_risk_annex_iii": "2026-08-02",
        "high_risk_annex_i": "2027-08-02",
        "transparency": "2026-08-02",
        "transparency_marking": "2026-08-02",
    }
    pending = {k: v.omnibus.isoformat() for k, v in r.dates.items() if v.omnibus}
    assert pending == {
        "high_risk_annex_iii": "2027-12-02",
        "high_risk_annex_i": "2028-08-02",
        "transparency_marking": "2026-12-02",
    }


def test_every_date_and_track_has_its_source_and_the_pending_track_is_not_law() -> None:
    r = rules()
    for key, dates in r.dates.items():
        assert dates.source.startswith("Art. 113"), key
        if dates.omnibus is not None:
            assert "COM(2025) 836" in dates.omnibus_source, key
    adopted, omnibus = r.track("adopted"), r.track("omnibus")
    assert adopted.status == "law"
    assert omnibus.status == "pending"
    assert all(s.url.startswith("https://") for t in r.tracks for s in t.sources)
    assert "COM(2025) 836" in omnibus.status_text.en
    assert "not treated as law" in omnibus.label.en


def test_every_duty_cites_an_article_with_its_text() -> None:
    r = rules()
    for duty in r.duties:
        article = r.articles[duty.article]
        assert re.match(r"Art\. \d+", article.ref), duty.id
        assert len(article.text) > 40, duty.id
        assert duty.duty.en, duty.id
        assert duty.duty.fr, duty.id


def test_the_report_speaks_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang fr``: tiers, statuses, dates and the disclaimer in French; --json unchanged."""
    from planner import templates
    from planner.file import storage

    path = tmp_path / "sample.pilotplan"
    storage.save(templates.create(templates.SAMPLE, today=dt.date(2026, 12, 5)), path)
    capsys.readouterr()
    assert cli.main(["register", str(path), "--as-of", "2026-12-05", "--lang", "fr"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Registre IA de «\u00a0")
    assert "Aide à la décision, pas un avis juridique" in text
    assert "haut risque" in text
    assert "à partir du 2 févr. 2025" in text
    assert "missing" not in text
    assert "from 2 Feb" not in text
    assert cli.main(["register", str(path), "--as-of", "2026-12-05", "--lang", "fr", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {uc["tier"] for uc in data["use_cases"]} >= {"high-risk", "transparency"}
