"""The command line's own reports in French (issue 13): ``--lang fr``, else the app's
language, else the system's; ``--json`` keys never change with the language."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import cli, i18n, templates
from planner.diff import as_text, compare
from planner.file import storage
from planner.model.entities import Roadmap

AS_OF = "2026-04-06"
NARROW, NBSP = "\u202f", "\u00a0"


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    i18n.set_default_language(None)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.pilotplan"
    storage.save(templates.load("ai-adoption"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert cli.main(list(args)) == 0
    return capsys.readouterr().out


def test_show_in_french(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "show", str(sample), "--as-of", AS_OF, "--lang", "fr")
    for fact in (
        "Étapes",
        "1. Writing assistance — en cours",
        "Revue de jalon  21 mai 2026 · 9 critères, 3 obligatoires",
        "180 utilisateurs cibles dans Customer service, Underwriting, HR",
        f"7 critères remplis sur 9 au 6 avr. 2026 · les preuves suggèrent{NARROW}: suspendre",
        "Cas d’usage (valeur et coût annuels en EUR)",
        f"742{NARROW}500",  # the costliest friction point, grouped the French way
        f"3 sur 4 (75{NARROW}%)",
        "aucun ambassadeur",
        f"19 mars 2026  Writing assistance{NARROW}: retravailler",
        "Actions ouvertes (3)",
        "2 avr. 2026 en retard",
        "Contrôles de méthode",
    ):
        assert fact in out, fact
    for english in ("Stages", "criteria met", "target users", "Open actions", "overdue"):
        assert english not in out, english
    assert i18n.language() == "en"  # the command's language does not outlive it


def test_gates_in_french_and_json_keys_unchanged(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _run(capsys, "gates", str(sample), "--as-of", AS_OF, "--lang", "fr")
    assert out.startswith(f"Jalons de «{NBSP}AI adoption programme{NBSP}» au 6 avr. 2026")
    header = next(line for line in out.splitlines() if line.strip().startswith("critère"))
    assert header.split()[:4] == ["critère", "type", "seuil", "valeur"]
    assert f"7 critères remplis sur 9 — obligatoires{NARROW}: 1 non rempli" in out
    assert " rempli " in out  # a criterion met (masculine), not a duty's "remplie"
    english = json.loads(_run(capsys, "gates", str(sample), "--as-of", AS_OF, "--json"))
    french = json.loads(
        _run(capsys, "gates", str(sample), "--as-of", AS_OF, "--json", "--lang", "fr")
    )
    assert _keys(french) == _keys(english)
    assert french["stages"][0]["criteria"][0]["status"] == "not_met"  # values for scripts
    assert "attendu le" in french["stages"][0]["criteria"][0]["forecast"]["sentence"]


def _keys(document: object) -> object:
    """The shape of a JSON document: its keys, recursively (values left out)."""
    if isinstance(document, dict):
        return {k: _keys(v) for k, v in document.items()}
    if isinstance(document, list):
        return [_keys(v) for v in document[:1]]
    return None


def test_adoption_and_value_in_french(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    adoption = _run(capsys, "adoption", str(sample), "--as-of", AS_OF, "--lang", "fr")
    assert "Writing assistance — semaine du 30 mars 2026" in adoption
    assert "équipe" in adoption
    assert "réguliers" in adoption
    value = _run(capsys, "value", str(sample), "--as-of", AS_OF, "--lang", "fr")
    assert "Hypothèses" in value
    assert f"Coût à ce jour{NARROW}: 44{NARROW}004{NBSP}EUR" in value
    assert f"Valeur nette{NARROW}: −25{NARROW}138{NBSP}EUR" in value
    assert "\\u202f" not in value  # no-break spaces printed, not escaped


def test_the_default_is_the_apps_language_else_the_systems(
    sample: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.set_default_language("fr")  # what the entry point reads from the app's settings
    assert "Étapes" in _run(capsys, "show", str(sample), "--as-of", AS_OF)
    assert "Stages" in _run(capsys, "show", str(sample), "--as-of", AS_OF, "--lang", "en")
    i18n.set_default_language(None)
    monkeypatch.setenv("LANGUAGE", "fr_FR:en")
    assert "Étapes" in _run(capsys, "show", str(sample), "--as-of", AS_OF)


def _changed(roadmap: Roadmap) -> Roadmap:
    stages = list(roadmap.stages)
    stage = stages[1]
    assert stage.gate_review is not None
    stages[1] = stage.model_copy(
        update={"gate_review": stage.gate_review + dt.timedelta(days=14), "name": "Project work"}
    )
    use_cases = list(roadmap.use_cases)
    use_cases[0] = use_cases[0].model_copy(update={"value_per_year": 1000.0})
    return roadmap.model_copy(
        update={"stages": tuple(stages), "use_cases": tuple(use_cases), "risks": roadmap.risks[1:]}
    )


def test_diff_sentences_in_french(sample: Path, tmp_path: Path) -> None:
    """Whole translated sentences, not English fragments glued around French words."""
    old = templates.load("ai-adoption")
    new = _changed(old)
    with i18n.using("fr"):
        lines = as_text(compare(old, new))
    text = "\n".join(lines)
    assert "1 date repoussée de 2 semaines" in lines
    assert "Étapes" in lines
    renamed = f"Étape «{NBSP}Project management{NBSP}»{NARROW}: nouveau nom «{NBSP}Project work"
    assert f"  - {renamed}{NBSP}»" in lines
    moved = next(line for line in lines if "revue de jalon" in line)
    assert moved.startswith(f"  - Étape «{NBSP}Project work{NBSP}» — revue de jalon{NARROW}: du ")
    assert moved.endswith("(+14 jours)")
    assert f"désormais 1{NARROW}000{NBSP}EUR" in text
    assert f"Suppression{NARROW}: Risque «{NBSP}" in text
    for english in (" moved ", " renamed ", " removed", " set to ", "Stage '"):
        assert english not in text, english
    with i18n.using("en"):  # the English sentences are as before
        english_lines = as_text(compare(old, new))
    assert "  - Stage 'Project management' renamed to 'Project work'" in english_lines


def test_diff_command_in_french(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.pilotplan"
    storage.save(_changed(templates.load("ai-adoption")), newer)
    out = _run(capsys, "diff", str(sample), str(newer), "--lang", "fr")
    assert out.startswith(f"Comparaison de {sample} (révision ")
    assert "sont tous deux la révision" in out
    assert "Suppression" in out
    document = json.loads(_run(capsys, "diff", str(sample), str(newer), "--json", "--lang", "fr"))
    assert {"old", "new", "groups"} <= document.keys()
    assert any("Suppression" in c["sentence"] for g in document["groups"] for c in g["changes"])


def test_the_apps_language_is_read_only_by_a_command_that_writes_for_people(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reading the app's settings loads Qt (issue 17: `validate` does without it)."""
    reads: list[str] = []

    def source() -> str:
        reads.append("read")
        return "fr"

    i18n.set_default_language_source(source)
    try:
        assert _run(capsys, "validate", str(sample)).startswith("valid:")
        assert reads == []
        assert "Étapes" in _run(capsys, "show", str(sample), "--as-of", AS_OF)
        assert "Étapes" in _run(capsys, "show", str(sample), "--as-of", AS_OF)
        assert reads == ["read"]  # once
    finally:
        i18n.set_default_language(None)
