"""The planner's own message catalogue (planner.i18n): complete, consistent, French when asked."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import i18n, templates
from planner.edit.operations import EditError, SetField, apply
from planner.evidence import checks, gates
from planner.evidence.forecast import format_day, format_number
from planner.evidence.gates import format_value
from planner.i18n import _, ngettext
from planner.model.kinds import KINDS
from planner.rules.problems import Problem

PLANNER = Path(i18n.__file__).resolve().parent
TODAY = dt.date(2026, 11, 24)
NARROW, NBSP = "\u202f", "\u00a0"


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """Every test starts and ends in English, whatever it switched to."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _calls() -> Iterator[tuple[Path, ast.Call]]:
    for path in sorted(PLANNER.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if isinstance(func, ast.Name) and func.id in ("_", "N_", "NP_", "ngettext", "pgettext"):
                yield path, node  # type: ignore[misc]


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def source_messages() -> tuple[set[str], dict[str, tuple[str, str]]]:
    """Literal ``_()``/``N_()`` messages, and ``ngettext`` singular → (singular, plural)."""
    plain: set[str] = set()
    plurals: dict[str, tuple[str, str]] = {}
    for _path, call in _calls():
        if call.func.id == "ngettext":  # type: ignore[attr-defined]
            singular, plural = (_literal(a) for a in call.args[:2])
            if singular is not None and plural is not None:
                plurals[singular] = (singular, plural)
        elif call.func.id in ("pgettext", "NP_"):  # type: ignore[attr-defined]
            context, message = (_literal(a) for a in call.args[:2])
            if context is not None and message is not None:
                plain.add(f"{context}|{message}")
        else:
            text = _literal(call.args[0])
            if text is not None:
                plain.add(text)
    # Kind labels are translated where they are used (_(kind.label)).
    plain |= {k.label for k in KINDS} | {k.label_plural for k in KINDS}
    # A plural spelt like its singular is translated in context (planner.vocabulary).
    plain |= {f"plural|{k.label_plural}" for k in KINDS if k.label_plural == k.label}
    return plain, plurals


def catalogue() -> dict[str, str | list[str]]:
    data = json.loads(Path(i18n.catalogue_path("fr")).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_is_a_literal_whole_sentence() -> None:
    """No f-string, concatenation or %-format inside _(): the catalogue could not find it."""
    for path, call in _calls():
        for arg in call.args[:2] if call.func.id == "ngettext" else call.args[:1]:  # type: ignore[attr-defined]
            assert not isinstance(arg, ast.JoinedStr | ast.BinOp), f"{path.name}:{call.lineno}"


def test_catalogue_covers_every_message_and_nothing_else() -> None:
    plain, plurals = source_messages()
    keys = set(catalogue())
    wanted = plain | set(plurals)
    assert sorted(wanted - keys) == [], "messages missing from planner_fr.json"
    assert sorted(keys - wanted) == [], "stale entries in planner_fr.json"
    assert plain.isdisjoint(plurals), "a message used both with _() and ngettext()"


def test_plural_entries_are_lists_and_others_are_text() -> None:
    _plain, plurals = source_messages()
    for key, value in catalogue().items():
        if key in plurals:
            assert isinstance(value, list), key
            assert len(value) == 2, key
            assert all(value), key
        else:
            assert isinstance(value, str), key
            assert value, key


def test_placeholders_match_between_english_and_french() -> None:
    _plain, plurals = source_messages()
    for key, value in catalogue().items():
        if isinstance(value, str):
            assert fields(value) == fields(key), key
            continue
        singular, plural = plurals[key]
        english = fields(singular) | fields(plural)
        assert fields(plural) <= english
        # The "one" form may leave out {count} ("L'unique critère est rempli.").
        assert fields(value[0]) <= english, key
        assert fields(value[1]) == fields(plural), key


def test_french_typography() -> None:
    """Typographic apostrophes and guillemets; no-break spaces where French wants them."""
    for key, value in catalogue().items():
        for text in [value] if isinstance(value, str) else value:
            assert "'" not in text, f"typographic apostrophe: {key}"
            assert '"' not in text, key
            assert not re.search(r"[ \u00a0][;!?]", text), f"narrow no-break space before: {key}"
            assert not re.search(r" [:%»]", text), f"no-break space before: {key}"
            assert "« " not in text, key
            assert text.count("«") == text.count(f"«{NBSP}"), key
            assert text.count("»") == text.count(f"{NBSP}»"), key


def test_english_is_the_default_and_unchanged() -> None:
    assert i18n.language() == "en"
    assert _("week of {day}", day="3 Nov") == "week of 3 Nov"
    assert ngettext("{count} more", "{count} more", 1) == "1 more"
    assert format_day(dt.date(2026, 12, 1)) == "1 Dec 2026"
    assert format_number(1.17) == "1.17"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("de")
    assert i18n.language() == "en"


def test_french_numbers_dates_and_plurals() -> None:
    i18n.set_language("fr")
    assert format_day(dt.date(2026, 12, 21)) == "21 déc. 2026"
    assert format_day(dt.date(2027, 1, 1)) == "1er janv. 2027"
    assert format_day(dt.date(2026, 3, 9), year=False) == "9 mars"
    assert format_number(1.17) == "1,17"
    assert format_number(54) == "54"
    assert format_value(60, "% of eligible") == f"60{NBSP}% des éligibles"  # a standard unit
    assert format_value(60, "% of staff") == f"60{NBSP}% of staff"  # one of its own: as typed
    assert format_value(3.5, "1–5") == "3,5"
    # French puts 0 and 1 in the singular.
    assert ngettext("{count} more", "{count} more", 0) == "0 autre"
    assert ngettext("{count} more", "{count} more", 1) == "1 autre"
    assert ngettext("{count} more", "{count} more", 2) == "2 autres"
    # A message not in the catalogue stays English.
    assert _("no such message {x}", x=1) == "no such message 1"


def _stage(roadmap: object, name: str) -> gates.StageReadiness:
    return next(s for s in gates.evaluate_all(roadmap, TODAY) if s.stage.name == name)  # type: ignore[arg-type]


def test_gate_evaluation_in_french_and_back() -> None:
    roadmap = templates.create(templates.SAMPLE, today=TODAY)
    english = _stage(roadmap, "Writing assistance")
    assert english.explanation == (
        "Mandatory criteria not met yet but expected in time: Weekly active users "
        "(expected 21 Dec 2026 — on track for the review on 7 Jan 2027)."
    )
    i18n.set_language("fr")
    french = _stage(roadmap, "Writing assistance")
    assert french.suggested is english.suggested
    assert french.explanation == (
        f"Critères obligatoires pas encore remplis mais attendus à temps{NARROW}: "
        "Weekly active users (attendu le 21 déc. 2026 — en bonne voie pour la revue "
        "du 7 janv. 2027)."
    )
    weekly = french.results[0]
    assert weekly.sentence == (
        f"Weekly active users 49,1{NBSP}% des éligibles (moyenne de 4 semaines jusqu’au 16 nov.)"
        f" — seuil requis{NARROW}: ≥ 60{NBSP}% des éligibles sur 4 semaines"
    )
    trained = next(r for r in french.results if r.metric.name == "Key users trained")
    assert trained.forecast is not None
    assert trained.forecast.sentence == (
        "attendu le 2 déc. 2026 grâce aux formations prévues — "
        "en bonne voie pour la revue du 7 janv. 2027"
    )
    later = _stage(roadmap, "Bespoke tasks")
    assert later.explanation == (
        f"Éléments insuffisants{NARROW}: 7 critères sur 11 n’ont pas encore de données."
    )
    i18n.set_language("en")
    assert _stage(roadmap, "Writing assistance").explanation == english.explanation


def test_method_finding_in_french() -> None:
    roadmap = templates.create(templates.SAMPLE, today=TODAY)

    def ambassadors() -> str:
        found = checks.method_checks(roadmap, TODAY)
        return next(f.message for f in found if f.code == "stage_team_without_ambassador")

    assert ambassadors() == "Stage 'Bespoke tasks': team 'Claims handling' has no ambassador."
    i18n.set_language("fr")
    assert ambassadors() == (
        f"Étape «{NBSP}Bespoke tasks{NBSP}»{NARROW}: "
        f"l’équipe «{NBSP}Claims handling{NBSP}» n’a pas d’ambassadeur."
    )


def _refusal(roadmap: object, op: SetField) -> str:
    with pytest.raises(EditError) as refused:
        apply(roadmap, op)  # type: ignore[arg-type]
    return str(refused.value)


def test_refused_edits_in_french() -> None:
    roadmap = templates.create(templates.SAMPLE, today=TODAY)
    use_case = roadmap.use_cases[0]
    before = dt.date(use_case.planned_start.year - 1, 1, 4)
    ends_early = SetField("use_case", use_case.id, "planned_end", before)
    no_stage = SetField("use_case", use_case.id, "stage_id", "nowhere")
    no_name = SetField("use_case", use_case.id, "name", None)
    english = _refusal(roadmap, ends_early)
    assert english == (
        f"use case '{use_case.name}' ends ({before}) before it starts ({use_case.planned_start})"
    )
    i18n.set_language("fr")
    assert _refusal(roadmap, ends_early) == (
        f"le cas d’usage «{NBSP}{use_case.name}{NBSP}» se termine ({before}) "
        f"avant de commencer ({use_case.planned_start})"
    )
    assert _refusal(roadmap, no_stage) == (
        f"Cas d’usage «{NBSP}{use_case.name}{NBSP}» fait référence à un élément "
        f"inexistant{NARROW}: étape «{NBSP}nowhere{NBSP}»"
    )
    assert _refusal(roadmap, no_name) == (
        f"Cas d’usage «{NBSP}{use_case.name}{NBSP}»{NARROW}: name doit être du texte"
    )
    assert str(Problem("use_cases[0].name", "missing", "x")) == f"use_cases[0].name{NARROW}: x"
    i18n.set_language("en")
    assert _refusal(roadmap, ends_early) == english


def test_moments_are_written_like_dates() -> None:
    """Lock and recovery messages give a moment: the day as everywhere, then the clock."""
    moment = dt.datetime(2026, 12, 4, 17, 32)
    assert i18n.format_moment(moment) == "4 Dec 2026, 17:32"
    i18n.set_language("fr")
    try:
        assert i18n.format_moment(moment) == "4 déc. 2026 à 17:32"
        assert i18n.format_moment(dt.datetime(2026, 12, 1, 9, 5)) == "1er déc. 2026 à 09:05"
    finally:
        i18n.set_language("en")
