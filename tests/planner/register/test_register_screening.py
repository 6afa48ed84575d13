"""Screening → tier: every tier, the Art. 6(3) exception, the justified override."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError
from register_data import answers, entry

from planner.model.register import Answer, RegisterEntry, Tier
from planner.register.rules import rules
from planner.register.screening import screen

ARTICLE = re.compile(r"Art\. \d+|Annex (I|III)")


def tier_of(*yes: str, **fields: object) -> Tier:
    return screen(entry("uc", *yes, complete=False, **fields)).tier


def test_no_entry_and_no_answers_are_not_screened() -> None:
    assert screen(None).tier is Tier.NOT_SCREENED
    assert screen(RegisterEntry(id="reg-uc", use_case_id="uc")).tier is Tier.NOT_SCREENED
    assert screen(None).unanswered  # every question still open


def test_all_no_is_minimal() -> None:
    result = screen(entry("uc"))
    assert result.tier is Tier.MINIMAL
    assert result.unanswered == ()
    assert "Art. 5" in result.reasons[0]
    assert "Art. 50" in result.reasons[0]


@pytest.mark.parametrize(
    "question",
    [q.id for q in rules().group("prohibited")],
)
def test_a_yes_to_any_prohibited_practice_is_prohibited(question: str) -> None:
    result = screen(entry("uc", question))
    assert result.tier is Tier.PROHIBITED
    article = rules().articles[rules().question(question).article].ref  # type: ignore[union-attr]
    assert result.reasons[0].startswith(f"{article} — yes to: ")


def test_a_prohibited_yes_is_decisive_even_with_questions_open() -> None:
    partial = (Answer(question="art5_emotions_work", yes=True),)
    assert tier_of(answers=partial) is Tier.PROHIBITED


def test_an_open_prohibited_question_leaves_it_not_screened() -> None:
    partial = tuple(a for a in answers("annex3_workers") if a.question != "art5_manipulation")
    result = screen(entry("uc", complete=False, answers=partial))
    assert result.tier is Tier.NOT_SCREENED
    assert "art5_manipulation" in result.unanswered


def _with_exception(*claimed: str, profiling: bool = False, **more: bool) -> tuple[Answer, ...]:
    points = {
        "art6_3_narrow": "narrow" in claimed,
        "art6_3_improve": "improve" in claimed,
        "art6_3_patterns": "patterns" in claimed,
        "art6_3_preparatory": "preparatory" in claimed,
        "art6_3_profiling": profiling,
    }
    return answers("annex3_workers", **points, **more)


@pytest.mark.parametrize(
    "question",
    ["annex3_recruitment", "annex3_workers", "annex3_credit", "annex3_insurance", "annex3_other"],
)
def test_annex_iii_areas_are_high_risk(question: str) -> None:
    result = screen(entry("uc", complete=False, answers=answers(question, **_no_exception())))
    assert result.tier is Tier.HIGH_RISK
    assert result.route == "annex_iii"
    assert any(r.startswith("Annex III, point") for r in result.reasons)


def _no_exception() -> dict[str, bool]:
    return {q.id: False for q in rules().group("exception")}


def test_annex_iii_without_the_exception_questions_is_not_screened_yet() -> None:
    result = screen(entry("uc", "annex3_workers", complete=False))
    assert result.tier is Tier.NOT_SCREENED
    assert {q.id for q in rules().group("exception")} <= set(result.unanswered)


def test_annex_i_product_is_high_risk_by_art_6_1() -> None:
    result = screen(entry("uc", "annex1_product"))
    assert (result.tier, result.route) == (Tier.HIGH_RISK, "annex_i")
    assert result.reasons[0].startswith("Art. 6(1) — yes to: ")


def test_the_exception_with_a_written_reason_is_not_high_risk() -> None:
    reason = "It only sorts incoming CVs by language for the recruiter's queue."
    result = screen(
        entry("uc", complete=False, answers=_with_exception("narrow"), exception_reason=reason)
    )
    assert result.tier is Tier.MINIMAL
    assert result.route is None
    assert any(r == f"Art. 6(3), exception (a): not high-risk — {reason}" for r in result.reasons)


def test_the_exception_keeps_the_transparency_duties() -> None:
    found = answers(
        "annex3_recruitment", "art50_synthetic", **{k: k == "art6_3_preparatory" for k in
                                                    _no_exception()}
    )  # fmt: skip
    result = screen(entry("uc", complete=False, answers=found, exception_reason="Drafts only"))
    assert result.tier is Tier.TRANSPARENCY


def test_the_exception_without_a_reason_stays_high_risk() -> None:
    result = screen(entry("uc", complete=False, answers=_with_exception("preparatory")))
    assert result.tier is Tier.HIGH_RISK
    assert any("without a written reason" in r for r in result.reasons)


def test_profiling_is_always_high_risk() -> None:
    found = _with_exception("narrow", profiling=True)
    result = screen(entry("uc", complete=False, answers=found, exception_reason="Narrow"))
    assert result.tier is Tier.HIGH_RISK
    assert any("profiles people" in r for r in result.reasons)


@pytest.mark.parametrize("question", [q.id for q in rules().group("transparency")])
def test_transparency_questions_give_the_transparency_tier(question: str) -> None:
    result = screen(entry("uc", question))
    assert result.tier is Tier.TRANSPARENCY
    assert result.reasons[0].startswith("Art. 50(")


def test_an_open_transparency_question_leaves_it_not_screened() -> None:
    partial = tuple(a for a in answers() if a.question != "art50_deep_fake")
    assert tier_of(answers=partial) is Tier.NOT_SCREENED


def test_every_reason_cites_its_article() -> None:
    cases = [
        entry("uc"),
        entry("uc", "art5_social_scoring"),
        entry("uc", "annex1_product"),
        entry("uc", "art50_interaction"),
        entry("uc", complete=False, answers=_with_exception("narrow"), exception_reason="x"),
        entry("uc", complete=False, answers=_with_exception(profiling=True)),
    ]
    for case in cases:
        for reason in screen(case).reasons:
            assert ARTICLE.search(reason), reason


# ----------------------------------------------------------------- override


def test_an_override_needs_a_written_justification() -> None:
    with pytest.raises(ValidationError, match="written justification"):
        entry("uc", override_tier=Tier.HIGH_RISK)
    with pytest.raises(ValidationError, match="written justification"):
        entry("uc", override_tier=Tier.HIGH_RISK, override_reason="   ")
    with pytest.raises(ValidationError, match="not screened"):
        entry("uc", override_tier=Tier.NOT_SCREENED, override_reason="no")


def test_an_override_sets_the_tier_and_says_why() -> None:
    why = "Legal treats it as high-risk until the vendor's documentation arrives."
    result = screen(entry("uc", override_tier=Tier.HIGH_RISK, override_reason=why))
    assert (result.tier, result.screened, result.overridden) == (
        Tier.HIGH_RISK,
        Tier.MINIMAL,
        True,
    )
    assert result.reasons[0] == (
        f"Tier set by hand to high-risk (the screening gives minimal): {why}"
    )
    assert result.route == "annex_iii"  # its duties are those of an Annex III system


def test_an_override_down_is_kept_with_the_screening_shown() -> None:
    why = "Counsel's opinion of the same week: the scoring is only used for fraud detection."
    result = screen(
        entry("uc", "annex3_credit", complete=False, answers=answers("annex3_credit",
              **_no_exception()), override_tier=Tier.MINIMAL, override_reason=why)
    )  # fmt: skip
    assert (result.tier, result.screened) == (Tier.MINIMAL, Tier.HIGH_RISK)
    assert any(r.startswith("Annex III, point 5(b)") for r in result.reasons)


def test_a_question_answered_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="answered twice"):
        entry(
            "uc",
            answers=(
                Answer(question="art5_manipulation", yes=False),
                Answer(question="art5_manipulation", yes=True),
            ),
        )


def test_every_question_is_tied_to_the_text_it_comes_from() -> None:
    r = rules()
    for question in r.questions:
        article = r.articles[question.article]
        assert article.text, question.id
        assert article.ref, question.id
        assert "?" in question.text.en, question.id
        assert "?" in question.text.fr, question.id
