"""cr_assertions, session 12: yardsticks of experience on a superlative are the writer's own
comparison, not a view given to anyone.

Each text is invented; each test covers one rule of the sentence voice, with exact labels.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import sentence_voices


@pytest.mark.parametrize(
    "text",
    [
        "The flooding is the worst the valley has seen in a decade.",
        "It was the longest queue the depot had seen since 1990.",
        "The ferry plan is the boldest idea islanders have heard in years.",
    ],
)
def test_a_superlative_measured_by_experience_is_the_outlets_own(nlp, text):
    assert sentence_voices(nlp, text) == [(text, "unattributed")]


def test_a_view_of_the_same_people_outside_a_superlative_stays_theirs(nlp):
    text = "The valley has seen worse, residents say."
    assert sentence_voices(nlp, text) == [(text, "vague")]
