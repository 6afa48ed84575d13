"""The proven rule, the candidates and their ranking (issue 20), checked by hand."""

from __future__ import annotations

import pytest

from planner import templates
from planner.evidence.figures import Figures
from planner.model.entities import Access, Sentiment, UseCaseStatus
from planner.scaleout.candidates import candidates
from planner.scaleout.rule import Verdict, evaluate, rule_text, verdict_text
from tests.planner.scaleout_data import AS_OF, active, negative, roadmap


def report(**changes: object):  # type: ignore[no-untyped-def]
    return Figures(roadmap(**changes), AS_OF).scale_out


def verdicts(**changes: object) -> dict[tuple[str, str], Verdict]:
    return {(e.use_case_id, e.team_id): e.verdict for e in report(**changes).evidence}


def test_proven_where_adoption_meets_the_stage_bar() -> None:
    found = verdicts()
    assert found[("uc-letters", "A")] is Verdict.PROVEN
    assert found[("uc-letters", "B")] is Verdict.LOW_ADOPTION  # 30 % < 60 %
    assert found[("uc-pilot", "A")] is Verdict.NOT_LIVE
    assert report().proven_use_cases() == ["uc-letters"]


def test_the_bar_is_editable_and_falls_back_to_default() -> None:
    r = roadmap()
    lower = r.stages[0].model_copy(update={"proven_active_min": 25})
    found = {e.team_id: e.verdict for e in Figures(
        r.model_copy(update={"stages": (lower, r.stages[1])}), AS_OF).scale_out.evidence
        if e.use_case_id == "uc-letters"}  # fmt: skip
    assert found == {"A": Verdict.PROVEN, "B": Verdict.PROVEN}
    none = r.stages[0].model_copy(update={"proven_active_min": None})  # no gate: 50 %
    evidence = evaluate(Figures(r.model_copy(update={"stages": (none, r.stages[1])}), AS_OF),
                        r.use_cases[0])  # fmt: skip
    assert [e.bars.active_min for e in evidence] == [50.0, 50.0]


def test_no_team_figure_is_not_yet_proven_never_guessed() -> None:
    found = verdicts(measurements=(active("B", 90.0),))
    assert found[("uc-letters", "A")] is Verdict.NO_EVIDENCE
    assert found[("uc-letters", "B")] is Verdict.PROVEN


def test_figures_after_the_as_of_date_do_not_count() -> None:
    r = roadmap()
    evidence = evaluate(Figures(r, AS_OF.replace(day=1)), r.use_cases[0])
    assert {e.verdict for e in evidence} == {Verdict.NO_EVIDENCE}


def test_mostly_negative_feedback_blocks_half_does_not() -> None:
    two_of_three = (negative("f1"), negative("f2", None),
                    negative("f3", "A", Sentiment.POSITIVE))  # fmt: skip
    assert verdicts(feedback=two_of_three)[("uc-letters", "A")] is Verdict.NEGATIVE_FEEDBACK
    half = (negative("f1"), negative("f3", "A", Sentiment.POSITIVE), negative("f4", "B"))
    assert verdicts(feedback=half)[("uc-letters", "A")] is Verdict.PROVEN  # B's is not A's


def test_realised_value_where_measured_must_meet_its_bar() -> None:
    sample = templates.load("ai-adoption")
    as_of = max(m.week for m in sample.measurements)
    figures = Figures(sample, as_of)
    minutes = next(u for u in sample.use_cases if u.id == "uc-meeting-minutes")
    assert figures.value.stage("stage-writing").value_to_price is not None
    stages = tuple(s.model_copy(update={"proven_active_min": 45, "proven_value_min": 500})
                   if s.id == "stage-writing" else s for s in sample.stages)  # fmt: skip
    high = Figures(sample.model_copy(update={"stages": stages}), as_of)
    assert {e.verdict for e in evaluate(high, minutes)} == {Verdict.LOW_VALUE}
    assert "value per seat" in verdict_text(evaluate(high, minutes)[0])


def test_candidates_ranked_by_expected_value_by_hand() -> None:
    found = report().candidates
    # C: 60 people × 3 h × 45 weeks × 60 per hour × 70 % = 340,200 (its costlier point)
    # D: 30 people × 5 h × 45 weeks × 60 per hour × 70 % = 283,500
    assert [(c.team_id, c.expected_value) for c in found] == [("C", 340_200.0), ("D", 283_500.0)]
    assert found[0].friction_point_id == "fp-c"
    assert found[0].adoption_pct == 70.0


def test_no_candidate_for_a_team_that_has_it_or_a_use_case_not_proven() -> None:
    found = report().candidates
    assert {c.team_id for c in found}.isdisjoint({"A", "B"})  # B has it, though not proven
    assert "E" not in {c.team_id for c in found}  # same kind, another process
    assert {c.use_case_id for c in found} == {"uc-letters"}  # uc-pilot is not proven
    assert report(measurements=()).candidates == ()


def test_a_team_with_a_scaled_copy_has_the_use_case() -> None:
    r = roadmap()
    copy = r.use_cases[0].model_copy(update={
        "id": "uc-letters-c", "team_ids": ("C",), "scaled_from": "uc-letters",
        "status": UseCaseStatus.PLANNED})  # fmt: skip
    found = Figures(r.model_copy(update={"use_cases": (*r.use_cases, copy)}), AS_OF)
    assert [c.team_id for c in found.scale_out.candidates] == ["D"]


def test_readiness_flags_and_reasons() -> None:
    c, d = report().candidates
    assert c.ready
    assert c.flags.register is None
    assert not d.ready
    assert (d.flags.data, d.flags.ambassador, d.flags.trained) == (True, False, True)
    assert d.sentence() == (
        "Broker desk loses 5 h/week per person on the same friction (Correspondence); "
        "30 people; no ambassador yet."
    )
    closed = roadmap().data_sources[0].model_copy(update={"access": Access.UNAVAILABLE})
    c2 = report(data_sources=(closed,)).candidates[0]
    assert not c2.flags.data
    assert "data sources not ready" in c2.reasons


def test_candidates_function_takes_only_proven_use_cases() -> None:
    figures = Figures(roadmap(), AS_OF)
    assert candidates(figures, {}) == []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_rule_and_reasons_in_both_languages(language: str) -> None:
    from planner import i18n

    i18n.set_language(language)
    text = rule_text()
    d = Figures(roadmap(), AS_OF).scale_out.candidates[1]
    if language == "fr":
        assert "prouvé" in text
        assert "ambassadeur" in d.sentence()
    else:
        assert "proven" in text
        assert "ambassador" in d.sentence()


def test_views_say_when_they_list_only_the_first_rows() -> None:
    from planner.scaleout.text import SHOWN, more_text

    assert more_text(SHOWN) == ""
    assert str(SHOWN + 1) in more_text(SHOWN + 1)
