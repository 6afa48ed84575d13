"""One registry of words for the model's values (planner.vocabulary): every enum value
and kind of entity has its word, in English and French, used by the core and the app."""

from __future__ import annotations

from enum import Enum

import pytest

from planner import i18n
from planner.model.entities import MetricKind, MetricSource, Sensitivity, UsageFigure, Window
from planner.model.ideas import Confidence
from planner.model.kinds import KINDS, EntityKind
from planner.model.register import Affected
from planner.vocabulary import _LABELS, enum_label, enum_word, kind_label, kind_word


@pytest.mark.parametrize("enum", list(_LABELS), ids=lambda e: e.__name__)
def test_every_value_of_a_labelled_enum_has_its_word(enum: type[Enum]) -> None:
    assert set(_LABELS[enum]) == set(enum)


@pytest.mark.parametrize(
    ("value", "word"),
    [
        # Stored values shared by two enums keep their own words (a dict keyed by the
        # stored string gave the second word to both).
        (UsageFigure.LOW, "Low users"),
        (Confidence.LOW, "Low"),
        (Window.MEAN, "Mean of last weeks"),
        (MetricKind.DATA_READINESS, "Data readiness"),
        (MetricSource.DATA_READINESS, "Data readiness (computed)"),
        (Sensitivity.PUBLIC, "Public"),
        (Affected.PUBLIC, "The public"),
    ],
)
def test_values_shared_by_two_enums_keep_their_own_words(value: Enum, word: str) -> None:
    assert enum_label(value) == word


def test_words_follow_the_planner_language() -> None:
    with i18n.using("fr"):
        assert enum_label(Sensitivity.PUBLIC) == "Public"
        assert enum_word(Affected.PUBLIC) == "le public"
        assert kind_label(EntityKind.CRITERION, 2) == "Critères de jalon"
        assert kind_word(EntityKind.FEEDBACK, 1) == "retour"
        assert kind_word(EntityKind.FEEDBACK, 2) == "retours"
    assert kind_word(EntityKind.FEEDBACK, 2) == "feedback"
    assert kind_word("roadmap_thing") == "roadmap thing"


def test_every_kind_has_a_singular_and_a_plural_in_french() -> None:
    with i18n.using("fr"):
        for kind in KINDS:
            assert kind_label(kind.name) != kind.label or kind.label in ("Action", "Licence")
            assert kind_label(kind.name, 2)
