"""cr_people, session 12: a name set beside a noun for a body of people is the body's, and
"the spokesperson" after "a spokesperson" points back to that unnamed person, not to someone
named with the same office further on.

Each text is invented.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import people_rows, quote_rows


@pytest.mark.parametrize(
    "text",
    [
        "Critics, including the human rights group Open Ledger, disagree. Open Ledger said so.",
        "The campaign group Save Tarrow Meadows said the plan was wrong.",
        "Staff at the charity Tarrow Shelter Trust said the beds were full.",
    ],
)
def test_a_name_beside_a_body_noun_is_no_person(nlp, text):
    assert people_rows(nlp, text) == []


def test_a_name_that_goes_on_with_its_own_clause_stays_a_person(nlp):
    text = "The group Okafor founded in 2001 has closed. Okafor declined to comment."
    assert [row[0] for row in people_rows(nlp, text)] == ["Okafor"]


UNNAMED = (
    "A spokesperson said the claims were baseless.\n\n"
    '"We acted with restraint," the spokesperson said.\n\n'
    "Opposition spokesman Hattie Wren said she welcomed an inquiry."
)


def test_the_spokesperson_after_a_spokesperson_is_that_unnamed_person(nlp):
    rows = quote_rows(nlp, UNNAMED, ("words", "person", "mention"))
    assert ("We acted with restraint,", None, "the spokesperson") in rows


def test_a_role_before_the_name_it_introduces_still_points_ahead(nlp):
    text = (
        "The ambassador warned on Tuesday that the talks could fail.\n\n"
        "Ambassador Jan Tarrant told reporters the deadline stood."
    )
    rows = quote_rows(nlp, text, ("person", "mention"))
    assert rows[0] == ("Jan Tarrant", "The ambassador")
