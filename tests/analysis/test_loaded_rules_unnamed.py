"""Loaded terms, rule "unnamed" (``loaded/rules/unnamed.py``): a bare "regime" after a technical
one. Every sentence and name is invented for these tests."""

from __future__ import annotations

import pytest

from tests.analysis.helpers import grouped, marks, unmarked

LABEL = "contentious label"


MARKS = {
    # a bare "regime" after a technical one refers back to it
    "regime_after_a_system": [
        ("The regime jailed three reporters in Tarsen.", [("regime", LABEL)]),
        *unmarked(
            "Tarsen will replace its tax regime next year. The regime has not changed since 1990.",
            "The treatment regime lasted six weeks. Since then the regime has been reviewed.",
        ),
    ],
}


@pytest.mark.parametrize(("text", "expected"), grouped(MARKS))
def test_marks(nlp, text, expected):
    assert marks(nlp, text) == expected
