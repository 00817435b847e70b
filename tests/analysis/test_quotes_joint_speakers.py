"""cr_quotes: a joint speaker ("Roe and Doe said") is linked to every person it names, in text
order, in ``Quote.joint_ids``; ``speaker_id`` stays None, and each person's quote count, and
``Report.quotes_by``, include the quote. Only people: "Roe and the committee" gives Roe."""

from __future__ import annotations

import pytest

from contextreader.analysis.pipeline import analyze_text
from contextreader.report import Quote, Report, report_from_dict


def _joint(report: Report) -> list[tuple[str | None, str | None, list[str]]]:
    """Each quote as (speaker as written, speaker_id, names of its joint people)."""
    names = {p.id: p.name for p in report.people}
    return [(q.speaker_text, q.speaker_id, [names[i] for i in q.joint_ids]) for q in report.quotes]


# Each case: a short article and its quotes as _joint gives them.
CASES = {
    "two_surnames": (
        "Senator Maria Quintero and Governor Paul Calloway met on Monday. Quintero and "
        "Calloway said the next step is a vote in March.",
        [("Quintero and Calloway", None, ["Maria Quintero", "Paul Calloway"])],
    ),
    "text_order_not_first_mention_order": (
        "Senator Maria Quintero and Governor Paul Calloway met on Monday. Calloway and "
        "Quintero said the next step is a vote in March.",
        [("Calloway and Quintero", None, ["Paul Calloway", "Maria Quintero"])],
    ),
    "titles_and_both": (
        "Mr. Piet Visser and Ms. Hana Okafor ran the trial. Both Mr. Visser and Ms. Okafor "
        "said the sample was too small.",
        [("Mr. Visser and Ms. Okafor", None, ["Piet Visser", "Hana Okafor"])],
    ),
    "a_name_and_a_group_gives_the_name": (
        "Mayor Ruth Delgado opened the hearing. Delgado and the committee said the plan was sound.",
        [("Delgado and the committee", None, ["Ruth Delgado"])],
    ),
    "a_name_and_a_pronouns_group_gives_the_name": (
        "Senator Ted Halvorsen spoke at the rally. Halvorsen and his aides said the bill "
        "would pass.",
        [("Halvorsen and his aides", None, ["Ted Halvorsen"])],
    ),
    "a_shared_possessor_is_no_speaker": (
        "Piet Visser and Hana Okafor ran the trial. Visser and Okafor's lawyer said the "
        "sample was too small.",
        [("Visser and Okafor's lawyer", None, [])],
    ),
    "a_lone_surname_in_the_pair_is_its_one_person": (
        # the pair stands between the two pieces of a quote: neither surname is a mention
        'Piet Visser and Hana Okafor ran the trial. "The sample was too small," Visser and '
        'Okafor said in a statement. "We will run it again next year."',
        [("Visser and Okafor", None, ["Piet Visser", "Hana Okafor"])],
    ),
    "another_first_name_is_another_person": (
        'Piet Visser and Hana Okafor ran the trial. "The sample was too small," Visser and '
        "Jim Okafor said in a statement.",
        [("Visser and Jim Okafor", None, ["Piet Visser", "Jim Okafor"])],
    ),
    "a_cueless_quote_after_it_goes_on_with_both": (
        "Piet Visser and Hana Okafor ran the trial. Visser and Okafor said the sample was too "
        'small. "We will run it again next year."',
        [
            ("Visser and Okafor", None, ["Piet Visser", "Hana Okafor"]),
            ("Visser and Okafor", None, ["Piet Visser", "Hana Okafor"]),
        ],
    ),
    "a_list_of_three_gives_all_three": (
        "Ana Kell, Jo Ruiz and Li Tan ran the count. Kell, Ruiz and Tan said the vote "
        "would be close.",
        [("Kell, Ruiz and Tan", None, ["Ana Kell", "Jo Ruiz", "Li Tan"])],
    ),
    "a_comma_before_an_apposition_is_no_list": (
        "Mayor Ana Kell opened the count. Kell, the mayor, said the vote would be close.",
        [("Kell", "p1", [])],
    ),
    "one_speaker_has_no_joint_people": (
        "Mayor Ruth Delgado opened the hearing. Delgado said the plan was sound.",
        [("Delgado", "p1", [])],
    ),
    "a_role_conjunct_gives_the_name_after_it": (
        # the parse makes "leader" the conjunct and hangs the name on it
        "Health Minister Tom Roe and the party leader Mary Lee criticised the plan.",
        [
            (
                "Health Minister Tom Roe and the party leader Mary Lee",
                None,
                ["Tom Roe", "Mary Lee"],
            )
        ],
    ),
    "names_coordinated_under_a_role_noun": (
        # the parse heads the subject with "minister" and coordinates the names under it
        "Norway's former defence minister Piet Visser and the party leader Hana Okafor both "
        "criticised the plan.",
        [
            (
                "Norway's former defence minister Piet Visser and the party leader Hana Okafor",
                None,
                ["Piet Visser", "Hana Okafor"],
            )
        ],
    ),
    "a_role_and_name_hung_on_the_first_role_noun": (
        # the parse hangs "and" on the first name and makes "leader" and the second name
        # appositions of "minister", with no conjunct at all
        "Velmar's former finance minister Peter Hale and the Green Party leader Anna Berg "
        "both criticised the plan.",
        [
            (
                "Velmar's former finance minister Peter Hale and the Green Party leader Anna Berg",
                None,
                ["Peter Hale", "Anna Berg"],
            )
        ],
    ),
    "a_noun_before_the_names_that_is_no_role_is_not_the_speaker": (
        "If the ferries Governor Tom Roe, Mary Lee and other Liberals want to buy cost "
        "too much, the deal should stop.",
        [("Governor Tom Roe, Mary Lee and other Liberals", None, ["Tom Roe", "Mary Lee"])],
    ),
    "a_role_conjunct_with_no_name_gives_no_one_more": (
        "Mayor Ruth Delgado opened the hearing. Delgado and her deputy said the plan was sound.",
        [("Delgado and her deputy", None, ["Ruth Delgado"])],
    ),
    "a_pair_as_the_object_is_not_a_speaker": (
        "Piet Visser and Hana Okafor ran the trial. The judge thanked Visser and Okafor, and "
        "the clerk said the court would rise.",
        [("the clerk", None, [])],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_joint_speakers(nlp, case):
    text, expected = CASES[case]
    assert _joint(analyze_text(text, nlp)) == expected


def test_each_person_of_a_joint_speaker_counts_the_quote(nlp):
    report = analyze_text(
        "Senator Maria Quintero and Governor Paul Calloway met on Monday. Quintero and "
        "Calloway said the next step is a vote in March. Calloway said the vote would be close.",
        nlp,
    )
    counts = {p.name: p.quote_count for p in report.people}
    assert counts == {"Maria Quintero": 1, "Paul Calloway": 2}
    quintero, calloway = report.people
    joint = report.quotes[0]
    assert joint.speaker_ids == [quintero.id, calloway.id]
    assert report.quotes_by(quintero.id) == [joint]
    assert report.quotes_by(calloway.id) == report.quotes
    assert [p.name for p in report.speakers_of(joint)] == ["Maria Quintero", "Paul Calloway"]


def test_a_pair_as_the_object_counts_for_no_one(nlp):
    report = analyze_text(
        "Piet Visser and Hana Okafor ran the trial. The judge thanked Visser and Okafor, and "
        "the clerk said the court would rise.",
        nlp,
    )
    assert [p.quote_count for p in report.people] == [0, 0]
    assert all(not report.quotes_by(p.id) for p in report.people)


def test_speaker_ids_is_the_one_speaker_or_the_joint_people():
    assert Quote("q1", "indirect", (0, 1), speaker_id="p1").speaker_ids == ["p1"]
    assert Quote("q1", "indirect", (0, 1), joint_ids=["p2", "p1"]).speaker_ids == ["p2", "p1"]
    assert Quote("q1", "indirect", (0, 1)).speaker_ids == []


def test_joint_ids_survive_json_and_old_reports_load_without_them(nlp):
    report = analyze_text(
        "Senator Maria Quintero and Governor Paul Calloway met on Monday. Quintero and "
        "Calloway said the next step is a vote in March.",
        nlp,
    )
    data = report.to_dict()
    assert data["quotes"][0]["joint_ids"] == ["p1", "p2"]
    assert report_from_dict(data).quotes[0].joint_ids == ["p1", "p2"]
    for q in data["quotes"]:
        del q["joint_ids"]  # a report saved before the field existed
    assert report_from_dict(data).quotes[0].joint_ids == []
