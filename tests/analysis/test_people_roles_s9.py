"""Roles from local reporting: public officers, professions and residents (session 9).

A usability review found "City treasurer X" and "Local doctor X" with no role, because the role
nouns were missing from ``role_nouns.toml``. Every name and sentence here is invented.
"""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from tests.analysis.helpers import people_roles as roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "City treasurer Mila Oyelaran said the levy would rise.",
            [("Mila Oyelaran", "City treasurer")],
        ),
        ("Local doctor Priya Venkat said the clinic was full.", [("Priya Venkat", "Local doctor")]),
        (
            "The harbour clerk, Ivo Brandt, said the fees were due.",
            [("Ivo Brandt", "harbour clerk")],
        ),
        ("Student leader Ana Ruiz called for a vote.", [("Ana Ruiz", "Student leader")]),
    ],
    ids=["treasurer", "doctor", "clerk", "student"],
)
def test_the_role_before_or_beside_a_name(nlp, text, expected):
    assert roles(nlp, text) == expected


def test_the_doctor_points_back_to_the_doctor(nlp):
    text = (
        "Local doctor Priya Venkat said the clinic in Dunmore was full. "
        "Mayor Tom Hale visited on Monday. The doctor said more beds were needed."
    )
    rep = analyze_text(text, nlp)
    venkat = next(p.id for p in rep.people if p.name == "Priya Venkat")
    assert [q.speaker_id for q in rep.quotes] == [venkat, venkat]


def test_an_unnamed_doctor_is_a_vague_source(nlp):
    """A profession that is a role when it stands by a name names no one on its own."""
    text = "A doctor at the clinic in Dunmore said the ward was full."
    assert [s.voice for s in analyze_text(text, nlp).sentences] == ["vague"]
