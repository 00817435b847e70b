"""cr_people: names the tagger misses or splits, found all the same (full names, first and middle
names, hyphenated and double surnames, a surname opening a sentence).

Each text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from contextreader.analysis.inflect import common_nouns
from contextreader.analysis.people.candidates import _candidates
from contextreader.analysis.people.lexicon import role_lexicon
from contextreader.analysis.pipeline import analyze_text, prepare_doc
from contextreader.io.article import article_from_text
from contextreader.report import Source
from tests.analysis.helpers import PersonRow, named, people_rows
from tests.analysis.helpers import people_rows as people
from tests.analysis.helpers import person_names as names

CASES: dict[str, tuple[str, list[PersonRow]]] = {
    "a_titled_name_the_tagger_left_untagged": (
        "Foreign Minister Anatoly Vereshchagin met his French counterpart in Geneva on "
        "Thursday. Vereshchagin said the talks were useful. The minister later flew to Rome.",
        [
            (
                "Anatoly Vereshchagin",
                "Foreign Minister",
                ["Anatoly Vereshchagin", "Vereshchagin", "The minister"],
            )
        ],
    ),
    "a_hyphenated_surname_on_its_own_is_a_mention": (
        'Coach Maria Fernández-López praised the team. "It was brilliant," Fernández-López said.',
        [("Maria Fernández-López", "Coach", ["Maria Fernández-López", "Fernández-López"])],
    ),
    "a_double_surname_on_its_own_is_the_same_person": (
        "Rep. Gloria Ramírez Ortega chaired the hearing on Tuesday. Ramírez Ortega said the "
        "agency had failed.",
        [("Gloria Ramírez Ortega", "Rep.", ["Gloria Ramírez Ortega", "Ramírez Ortega"])],
    ),
    "a_title_case_first_line_tagged_all_as_names_is_a_headline": (
        "Pike Fund Chief Praises Ada Moss Donor for Skywriting Stunt Over the Bay.\n\n"
        "Ada Moss thanked the donor on Tuesday.",
        [("Ada Moss", None, ["Ada Moss", "Ada Moss"])],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named(CASES))
def test_people(nlp: Language, text: str, expected: list[PersonRow]) -> None:
    assert people_rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port board met on Monday. Brennan said the shelters were full.", ["Brennan"]),
        ("The port board met on Monday. Brennan's aide said the shelters were full.", ["Brennan"]),
        (
            "The port board met on Monday. Brennan has given his whole career to the port.",
            ["Brennan"],
        ),
        ("The port board met on Monday. Brennan is a reporter for the Harbour Wire.", ["Brennan"]),
        ("The port board met on Monday. Brennan resigned after the vote.", ["Brennan"]),
    ],
    ids=["speaker", "owner", "pronoun", "role", "no-common-noun"],
)
def test_a_surname_named_once_at_a_sentence_start_stays(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_full_name_the_tagger_missed_joins_its_surname(nlp):
    text = (
        "Eleanor Vantreight, who rose from a dairy farm to lead the state Senate, died on "
        "Thursday. She was 81.\n\n"
        "Vantreight served 28 years in the Senate, a colleague said."
    )
    found = people(nlp, text)
    assert [(n, m) for n, _, m in found][:1] == [
        ("Eleanor Vantreight", ["Eleanor Vantreight", "Vantreight"])
    ]


def test_a_first_and_middle_name_before_a_surname(nlp):
    text = "Born Eleanor Mae Ruddick in 1945, she grew up on a dairy farm near Sable."
    assert [n for n, _, _ in people(nlp, text)] == ["Eleanor Mae Ruddick"]


def test_a_first_name_between_a_title_and_a_surname_is_the_names(nlp):
    text = "Cllr Priya Nandakumar, who chairs the committee, said the road would help."
    assert [(n, r) for n, r, _ in people(nlp, text)] == [("Priya Nandakumar", "Cllr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thatcher, 64, has kept bees on the hill since 1990. Thatcher sells the honey in town.",
            ["Thatcher"],
        ),
        (
            "Hunt runs the forge by the mill. Hunt bought it in 1988 and has shod horses since.",
            ["Hunt"],
        ),
        ("Baker, 58, has run the shop on the quay for years.", ["Baker"]),
    ],
    ids=["age-and-twice", "twice-never-lower", "age"],
)
def test_a_common_noun_surname_named_twice_or_given_an_age_stays(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_noun_opening_two_sentences_and_written_in_lower_case_is_no_person(nlp):
    text = (
        "Turnout was estimated at 61 percent in the east. Turnout was put at 40 percent in the "
        "west, and the turnout there fell."
    )
    assert names(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board met on Friday. Tobias Fenn and Ida Rusk voted against the plan.",
            ["Tobias Fenn", "Ida Rusk"],
        ),
        ("The motion failed, as did Ida Rusk's amendment.", ["Ida Rusk"]),
        # joined to a person, but no first name opens it: no second person
        ("Tobias Fenn and Harbour Trust signed the lease.", ["Tobias Fenn"]),
    ],
    ids=["listed", "first-name-only-tagged", "not-a-name"],
)
def test_the_last_name_of_a_list_is_a_person(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_person_named_after_a_role_noun_is_a_person_whatever_the_tagger_says(nlp):
    text = (
        "On the quay there is a fisherman called Ewan Tregg, who has worked the boats for "
        'decades. "The catch is poor," Ewan says.'
    )
    rep = analyze_text(text, nlp)
    assert [(p.name, p.role) for p in rep.people] == [("Ewan Tregg", "fisherman")]
    assert [q.speaker_id for q in rep.quotes] == [rep.people[0].id]


def test_a_name_set_off_beside_whoever_speaks_is_a_person_and_keeps_their_quotes(nlp):
    """The tagger may miss "Ana Ruiz" after a noun that is no role ("library user"); the
    first name and the verb of saying make her a person, so the "she" after her is hers and
    not the last woman People knew."""
    text = (
        "Councillor Celia Brandt called the plan a disaster. Residents were shocked. One library "
        'user, Ana Ruiz, said she was horrified by the cuts. "It is a betrayal," she said.'
    )
    rep = analyze_text(text, nlp)
    assert [p.name for p in rep.people] == ["Celia Brandt", "Ana Ruiz"]
    ruiz = rep.people[1].id
    assert [q.speaker_id for q in rep.quotes if q.kind in ("indirect", "direct")][-2:] == [
        ruiz,
        ruiz,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "One neighbouring hamlet, Ivy Bridge, said it would object to the road.",
        'Mara Hale runs the shelter. One charity, Ivy Trust, said the plan was late. "We need '
        'beds," she said.',
    ],
)
def test_a_name_set_off_beside_a_place_or_a_body_that_speaks_is_no_person(nlp, text):
    """A known first name opens the names of places and bodies too ("Ivy Bridge", "Ivy
    Trust"): beside a noun for a place or a body, or ending in a word an organisation's name
    ends in, the name is no person's, and the "she" after it stays with Mara Hale."""
    rep = analyze_text(text, nlp)
    assert "Ivy" not in " ".join(p.name for p in rep.people)
    if "she said" in text:
        assert rep.quotes[-1].speaker_id == rep.people[0].id


def test_a_surname_that_ends_a_place_s_name_too_is_still_a_surname_beside_a_speaker(nlp):
    """ "Day" ends names of days and "Law" of laws, but after a known first name beside
    someone who speaks it is the surname: Ivy Day is a person, and her quote is hers."""
    text = 'One commuter, Ivy Day, said the trains were late. "I wait every day," she said.'
    rep = analyze_text(text, nlp)
    assert [p.name for p in rep.people] == ["Ivy Day"]
    assert {q.speaker_id for q in rep.quotes} == {rep.people[0].id}


def _fac_candidates(nlp: Language, text: str, start: int, end: int) -> list[str]:
    """The candidate names when the tagger calls ``doc[start:end]`` a facility."""
    doc = nlp(text)
    doc.ents = [Span(doc, start, end, label="FAC")]
    return [c[0].text for c in _candidates(doc, role_lexicon(), common_nouns(nlp))]


def test_a_first_name_and_surname_the_tagger_calls_a_facility_is_a_person(nlp):
    text = "Co-star Greta Haile, who plays the detective, was generous about the script."
    assert _fac_candidates(nlp, text, 3, 5) == ["Greta Haile"]


def test_a_facility_named_for_a_person_is_no_person(nlp):
    text = "Grace Bridge was closed on Friday after the storm."
    assert _fac_candidates(nlp, text, 0, 2) == []


def _people_tagged(nlp: Language, text: str, labels: dict[str, str]) -> list[PersonRow]:
    """The people found when the tagger gives the words in ``labels`` those labels (a word
    mapped to "" is left untagged), as it does in some longer articles. A word given a label
    keeps its place inside a longer name ("Dex Tolland")."""
    doc = prepare_doc(nlp, article_from_text(text, Source()))
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name != "ner":
            continue
        relabel = {
            t.i
            for t in doc
            if t.text in labels
            and not (labels[t.text] and any(len(e) > 1 and t in e for e in doc.ents))
        }
        ents = [e for e in doc.ents if relabel.isdisjoint(range(e.start, e.end))]
        ents += [
            Span(doc, i, i + 1, label=labels[doc[i].text]) for i in relabel if labels[doc[i].text]
        ]
        doc.ents = sorted(ents, key=lambda e: e.start)
    return [(p.name, p.role, [text[s:e] for s, e in p.mentions]) for p in doc._.cr_people]


def test_an_untagged_name_given_an_age_and_a_first_name_is_a_person(nlp):
    text = (
        "Rain fell all week.\n\nIrma Calloway, 81, who has farmed the valley since 1970, "
        'said the river rose "like a wall".'
    )
    untagged = {"Irma": "", "Calloway": ""}
    assert _people_tagged(nlp, text, untagged) == [("Irma Calloway", None, ["Irma Calloway"])]


def test_an_untagged_name_given_an_age_before_a_verb_of_saying_is_a_person(nlp):
    text = "Rain fell all week.\n\nTovin Brask, 64, told reporters the road had gone."
    untagged = {"Tovin": "", "Brask": ""}
    assert _people_tagged(nlp, text, untagged) == [("Tovin Brask", None, ["Tovin Brask"])]


def test_an_untagged_name_given_a_number_with_no_first_name_or_saying_is_no_person(nlp):
    text = "Rain fell all week.\n\nBlock Carrow, 12, was flooded first."
    assert _people_tagged(nlp, text, {"Block": "", "Carrow": ""}) == []


def test_a_surname_given_an_age_is_a_mention_whatever_the_tagger_calls_it(nlp):
    text = (
        "Fans noted that she split from her ex, the rapper Dex Tolland, last year.\n\n"
        "Tolland, 33, posted a message on Monday."
    )
    rows = _people_tagged(nlp, text, {"Tolland": "LOC"})
    assert [(r[0], r[2]) for r in rows] == [("Dex Tolland", ["Dex Tolland", "Tolland"])]


def test_a_surname_given_a_number_that_is_no_age_is_no_mention(nlp):
    text = (
        "Fans noted that she split from her ex, the rapper Dex Tolland, last year.\n\n"
        "Tolland, 3,000 metres up, is a quiet village."
    )
    rows = _people_tagged(nlp, text, {"Tolland": "LOC"})
    assert [r[2] for r in rows] == [["Dex Tolland"]]


def test_a_known_first_name_and_an_untagged_surname_as_a_subject_is_a_person(nlp):
    text = (
        "Water chief named\n\n"
        "Rachel Obi became chief executive of the company in March. Obi said the plan was sound."
    )
    assert "Rachel Obi" in names(nlp, text)


@pytest.mark.parametrize(
    "line", ["Jordan Holdings reported a loss on Monday.", "Sophie Raine Ltd cut its prices."]
)
def test_a_known_first_name_in_a_company_s_name_as_a_subject_is_no_person(nlp, line):
    assert names(nlp, f"Harbour news\n\n{line}") == []


@pytest.mark.parametrize(
    "line", ["The Penny Black sold for a record sum.", "The Amber Alert remains in force."]
)
def test_a_known_first_name_after_an_article_as_a_subject_is_no_person(nlp, line):
    assert names(nlp, f"Harbour news\n\n{line}") == []
