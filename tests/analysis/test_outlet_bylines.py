"""cr_outlet and bylines: a byline that names the writer's outlet is a credit, a line saying an
outlet contributed names a contributor, not the publisher, and the shapes a byline takes.

Each text is invented. The recognition tests run cr_outlet on a tokenizer-only pipeline; the
byline's voice runs the full pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from contextreader.analysis.outlet import find_byline_credit
from contextreader.analysis.paragraphs import (
    _find_byline,
    byline_names,
    byline_role,
    byline_span,
    credit_names,
    is_byline,
)
from contextreader.analysis.pipeline import analyze_text
from contextreader.io.article import article_from_text
from contextreader.outlets.kb import load_kb
from contextreader.report import Report, Source
from tests.analysis.helpers import sentence_voices

BODY = "Harbour officials said the new ferry line would open in June."


def run(nlp: Language, text: str, url: str | None = None) -> Doc:
    article = article_from_text(text, Source(url=url))
    doc = nlp.make_doc(text)
    doc._.cr_body_start = article.body_start
    doc._.cr_source = article.source
    return nlp.get_pipe("cr_outlet")(doc)


def publisher(doc: Doc) -> tuple[str, str | None, str | None]:
    o = doc._.cr_outlet
    if o is None:
        return ("", None, None)
    span = o.evidence_span
    return (o.id, o.matched_by, doc.text[span[0] : span[1]] if span else None)


def cited(doc: Doc) -> list[tuple[str, str]]:
    return [(c.outlet_id, doc.text[c.span[0] : c.span[1]]) for c in doc._.cr_cited_outlets]


# -- bylines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "role"),
    [
        ("By Jan Roe, Associated Press", ["Jan Roe"], "Associated Press"),
        ("By Jan Roe | Reuters", ["Jan Roe"], "Reuters"),
        ("By Jan Roe and Dana Doe | Harbour Wire", ["Jan Roe", "Dana Doe"], "Harbour Wire"),
        ("By Jan Roe, staff writer", ["Jan Roe"], "staff writer"),
        ("By Jan Roe", ["Jan Roe"], None),
        # a dash before the byline or before the writer's desk, as pasted pages print them
        ("— By Jan Roe, Health Correspondent", ["Jan Roe"], "Health Correspondent"),
        ("—By Jan Roe", ["Jan Roe"], None),
        ("- By Jan Roe", ["Jan Roe"], None),
        ("By Jan Roe — Health Correspondent", ["Jan Roe"], "Health Correspondent"),
        ("By Jan Roe – Harbour Wire", ["Jan Roe"], "Harbour Wire"),
        ("By Jan Roe-Doe", ["Jan Roe-Doe"], None),
    ],
)
def test_a_byline_names_the_writers_and_what_follows_a_comma_or_a_bar(line, names, role):
    text = f"{line}\n\n{BODY}"
    assert is_byline(line)
    assert [text[s:e] for s, e in byline_names(text)] == names
    found = byline_role(text)
    assert (text[found[0] : found[1]] if found else None) == role


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday | Harbour Wire",
        "By the harbour | a walk",
        "Jan Roe | Reuters",
        "— By the harbour wall, a crowd gathered",
        "-By Jan Roe",  # a hyphen joined to "By" is no dash set before a byline
    ],
)
def test_a_bar_line_that_is_no_byline(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("head", "outlet_id", "credit"),
    [
        ("By Jan Roe, Associated Press\n\n", "ap", "Associated Press"),
        ("By Jan Roe | Reuters\n\n", "reuters", "Reuters"),
        ("Ferry line to open in June\nBy Jan Roe, AFP\n\n", "afp", "AFP"),
    ],
)
def test_a_byline_that_names_an_outlet_gives_the_publisher(outlet_nlp, head, outlet_id, credit):
    doc = run(outlet_nlp, head + BODY)
    assert publisher(doc) == (outlet_id, "byline", credit)
    assert cited(doc) == []  # the publisher's own credit is no citation


@pytest.mark.parametrize(
    "head",
    [
        "By Jan Roe, staff writer\n\n",
        "By Jan Roe, Harbour Correspondent\n\n",
        # a byline below the first lines is no byline of this article
        "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nBy Jan Roe, Associated Press\n\n",
    ],
)
def test_a_byline_that_names_no_outlet_gives_no_publisher(outlet_nlp, head):
    doc = run(outlet_nlp, head + BODY)
    assert doc._.cr_outlet is None
    assert find_byline_credit(doc.text, 0, load_kb()) is None


def test_a_stronger_signal_outranks_the_byline_which_stays_a_credit_to_the_source(outlet_nlp):
    doc = run(
        outlet_nlp, "By Jan Roe, Associated Press\n\n" + BODY, "https://www.theguardian.com/x"
    )
    assert publisher(doc)[:2] == ("guardian", "url")
    assert cited(doc) == [("ap", "Associated Press")]


def test_a_dateline_outranks_the_byline(outlet_nlp):
    doc = run(outlet_nlp, "By Jan Roe | Reuters\n\nLONDON (AFP) - " + BODY)
    assert publisher(doc) == ("afp", "dateline", "AFP")
    assert cited(doc) == [("reuters", "Reuters")]


def test_a_byline_with_a_bar_claims_nothing(nlp):
    text = f"By Jan Roe | Harbour Wire\n\n{BODY}\n\nThe harbour wall has been breached.\n"
    voices = sentence_voices(nlp, text)
    assert not [s for s, _ in voices if "Jan Roe" in s]
    assert ("The harbour wall has been breached.", "unattributed") in voices


# -- contribution lines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "outlet_id", "form"),
    [
        ("\n\nThe Associated Press contributed to this report.", "ap", "The Associated Press"),
        ("\n\nReuters contributed reporting.", "reuters", "Reuters"),
    ],
)
def test_an_outlet_that_contributed_is_cited_not_the_publisher(outlet_nlp, ending, outlet_id, form):
    doc = run(outlet_nlp, BODY + ending)
    assert doc._.cr_outlet is None
    assert cited(doc) == [(outlet_id, form)]


def test_the_agencys_own_staff_credit_still_names_it(outlet_nlp):
    doc = run(outlet_nlp, BODY + "\n\nAssociated Press writer Dana Doe in Lisbon contributed.")
    assert publisher(doc) == ("ap", "credit", "Associated Press writer")


def _sentences(report: Report) -> list[tuple[str, str]]:
    return [(report.excerpt(s.span, 200), s.voice) for s in report.sentences]


def _claims(report: Report) -> list[str]:
    return [report.text[a.span[0] : a.span[1]] for a in report.assertions]


# -- bylines -------------------------------------------------------------------------------------


def test_byline_shapes() -> None:
    assert is_byline("By Edwina Marchbank")
    assert is_byline("By EDWINA MARCHBANK and TOMAS QUILL")
    assert is_byline("By Edwina Marchbank, staff writer")
    assert not is_byline("By Monday, all votes will be counted.")
    assert not is_byline("By the way")
    text = "Title here\n\nBy Edwina Marchbank, Ines Varga and Tomas Quill\n\nBody."
    assert [text[a:b] for a, b in byline_names(text)] == [
        "Edwina Marchbank",
        "Ines Varga",
        "Tomas Quill",
    ]


def test_a_byline_is_no_claim_and_its_author_asks_the_questions(nlp: Language) -> None:
    text = (
        "The Long Wait at Harrow Pier\n\n"
        "By Edwina Marchbank\n\n"
        "I spoke with a ferry pilot who has worked the crossing for decades.\n\n"
        "MARCHBANK: Mr. Dunmore, what changed?\n\n"
        "DUNMORE: The fares doubled and the boats got older.\n"
    )
    report = analyze_text(text, nlp)
    assert "By Edwina Marchbank" not in [t for t, _ in _sentences(report)]
    assert "By Edwina Marchbank" not in _claims(report)
    author = next(p for p in report.people if p.name == "Edwina Marchbank")
    asked = [q for q in report.quotes if q.speaker_id == author.id]
    assert [report.text[q.span[0] : q.span[1]] for q in asked] == ["Mr. Dunmore, what changed?"]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("By Orla Brennick, Transport Correspondent, The Marlby Courier", "The Marlby Courier"),
        ("By Orla Brennick | The Marlby Courier | Updated 7:15 pm", "The Marlby Courier"),
        ("By Orla Brennick, Rail Reporter | Marlby Courier", "Marlby Courier"),
        ("By Orla Brennick | Gadget Notes | Rating: 4/5", "Gadget Notes"),
        ("By Orla Brennick | Updated March 6, 2026", None),
    ],
)
def test_a_byline_with_several_parts_names_the_writer_and_the_last_name_part(line, role):
    text = f"{line}\n\n{BODY}"
    assert is_byline(line)
    assert [text[s:e] for s, e in byline_names(text)] == ["Orla Brennick"]
    found = byline_role(text)
    assert (text[found[0] : found[1]] if found else None) == role


@pytest.mark.parametrize(
    "line",
    [
        "By Monday Night, officials had voted, three to one",
        "By Orla Brennick, staff writer, and then the rain came down hard",
        "By Tuesday | Harbour Wire | Updated 7:15 pm",
    ],
)
def test_a_line_with_parts_that_are_no_byline_parts_is_no_byline(line):
    assert not is_byline(line)


def test_the_writer_of_a_byline_with_several_parts_is_named_there(nlp: Language) -> None:
    text = (
        "Ferry fares rise again\n\n"
        "By Orla Brennick | The Marlby Courier | Updated 7:15 pm\n\n"
        "Fares on the harbour ferry rose by a fifth on Monday.\n"
    )
    report = analyze_text(text, nlp)
    assert not [c for c in _claims(report) if "Brennick" in c or "Courier" in c]
    writer = next(p for p in report.people if p.name == "Orla Brennick")
    assert writer.role == "named in the byline"


# -- a byline naming an outlet we have no notes on -------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "By Orla Brennick, Tarrow Press Agency\n\n",
        "By Staff Reporters, Tarrow Press Agency\n\n",
        "By Orla Brennick | The Marlby Evening Gazette\n\n",
    ],
)
def test_a_byline_naming_an_unknown_outlet_outweighs_a_house_sign_off(outlet_nlp, head):
    # "(Reporting by" is one wire's house style, but the byline names another outlet
    text = head + BODY + "\n\n(Reporting by Lina Morrow; editing by Piet Hallam)"
    assert run(outlet_nlp, text)._.cr_outlet is None


@pytest.mark.parametrize(
    "head",
    [
        "",
        "By Orla Brennick\n\n",
        "By Orla Brennick, staff writer\n\n",
        "By Orla Brennick, Press Officer\n\n",
        "By Orla Brennick, Marlby\n\n",
    ],
)
def test_a_house_sign_off_still_names_the_outlet_when_no_byline_names_another(outlet_nlp, head):
    text = head + BODY + "\n\n(Reporting by Lina Morrow; editing by Piet Hallam)"
    assert publisher(run(outlet_nlp, text))[:2] == ("reuters", "credit")


def test_a_newsroom_credit_in_a_byline_names_no_writer() -> None:
    text = f"By Staff Reporters, Tarrow Press Agency\n\n{BODY}"
    assert byline_names(text) == []
    assert [text[s:e] for s, e in byline_names(f"By Orla Brennick, Tarrow Press Agency\n\n{BODY}")]
    assert byline_names(f"By Our Correspondent\n\n{BODY}") == []


# -- names in a closing credit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "names"),
    [
        (
            "(Reporting by Lina Morrow in Kestrava and Joss Feld; editing by Piet Hallam)",
            ["Lina Morrow", "Joss Feld", "Piet Hallam"],
        ),
        (
            "Additional reporting by Lina Morrow, Joss Feld and Piet Hallam.",
            ["Lina Morrow", "Joss Feld", "Piet Hallam"],
        ),
        # a sentence about someone's reporting, or a clause that holds more than names
        ("The reporting by Lina Morrow won a prize.", []),
        ("(Reporting by the harbour desk; editing by Piet Hallam)", []),
    ],
)
def test_the_names_of_a_closing_credit(ending, names):
    text = f"{BODY}\n\n{ending}"
    assert [text[s:e] for s, e in credit_names(text)] == names


def test_reporters_and_editors_in_a_closing_credit_are_named_there(nlp: Language) -> None:
    text = (
        "Ferry fares rise again\n\n"
        "By Orla Brennick, Tarrow Press Agency\n\n"
        '"Fares will rise again in spring," said harbour master Tomas Rudd.\n\n'
        "(Reporting by Lina Morrow in Kestrava; editing by Piet Hallam)\n"
    )
    roles = {p.name: p.role for p in analyze_text(text, nlp).people}
    assert roles["Orla Brennick"] == "named in the byline"
    assert roles["Lina Morrow"] == "named in the closing credit"
    assert roles["Piet Hallam"] == "named in the closing credit"
    assert roles["Tomas Rudd"] != "named in the closing credit"


def test_a_byline_after_a_dash_is_no_claim(nlp):
    text = (
        "Ferry fares to rise\n\n— By Jan Roe, Transport Correspondent\n\n"
        "Fares will rise by a tenth in May.\n"
    )
    assert sentence_voices(nlp, text) == [
        ("Ferry fares to rise", "unattributed"),
        ("Fares will rise by a tenth in May.", "unattributed"),
    ]


def test_whoever_a_photo_credit_names_is_named_there(nlp: Language) -> None:
    text = (
        "Ferry fares rise again\n\n"
        "Travellers queue at the ticket office on Monday. (Photo: Sam Ortiz/Tarrow Press)\n\n"
        '"Fares will rise again in spring," said harbour master Tomas Rudd.\n'
    )
    roles = {p.name: p.role for p in analyze_text(text, nlp).people}
    assert roles["Sam Ortiz"] == "named in a photo credit"
    assert roles["Tomas Rudd"] != "named in a photo credit"


@pytest.mark.parametrize(
    ("text", "line", "credit"),
    [
        (
            f"Ferry line to open\n\nBy Ilse Varn, Tarrow Press Agency\n\n{BODY}\n",
            "By Ilse Varn, Tarrow Press Agency",
            "Tarrow Press Agency",
        ),
        (
            f"Ferry line to open\n\nBy Ilse Varn, Harbour Editor\n\n{BODY}\n",
            "By Ilse Varn, Harbour Editor",
            None,
        ),
        (
            f"Ferry line to open\n\nBy Ilse Varn, Reuters\n\n{BODY}\n",
            "By Ilse Varn, Reuters",
            "Reuters",
        ),
        (f"Ferry line to open\n\nBy Ilse Varn\n\n{BODY}\n", "By Ilse Varn", None),
        (f"Ferry line to open\n\n{BODY}\n", None, None),
    ],
)
def test_the_report_holds_the_byline_and_the_outlet_it_names(nlp, text, line, credit):
    byline = analyze_text(text, nlp).byline
    if line is None:
        assert byline is None
        return
    assert byline is not None
    assert (text[byline.span[0] : byline.span[1]], byline.credit) == (line, credit)


@pytest.mark.parametrize(
    ("byline", "role"),
    [
        ("By Orla Brennick, Political Reporter", "Political Reporter"),
        ("By Nadia Corrin, Technology Reporter", "Technology Reporter"),
        ("By Orla Brennick, Health Correspondent, The Marlby Courier", "Health Correspondent"),
        ("By Orla Brennick, The Marlby Courier", "named in the byline"),
        # an outlet whose last word is a role noun ("star") is still the outlet
        ("By Orla Brennick, Leeds Star", "named in the byline"),
        ("By Orla Brennick, Morning Star", "named in the byline"),
    ],
)
def test_the_title_a_byline_gives_the_writer_is_their_role(
    nlp: Language, byline: str, role: str
) -> None:
    text = f"Ferry lands safely\n\n{byline}\n\nThe ferry landed.\n"
    writer = next(p for p in analyze_text(text, nlp).people if p.name in byline)
    assert writer.role == role


@pytest.mark.parametrize(
    ("line", "outlet_id"),
    [
        ("By Dana Moss, Associated Press Writer", "ap"),
        ("By Dana Moss | Reuters Staff", "reuters"),
        ("By Dana Moss, Reuters Correspondent", "reuters"),
        # a job word alone, or an outlet we do not know, names no known outlet
        ("By Dana Moss, Staff Writer", ""),
        ("By Dana Moss, Kell Valley Writer", ""),
        # a name many outlets share picks none of them ("The Post")
        ("By Dana Moss, The Post", ""),
        # one generic word before the job is the paper's desk, not an outlet
        ("By Dana Moss, Metro Editor", ""),
        ("By Dana Moss, Star Reporter", ""),
        # with "The" the word is a paper's name, never a desk
        ("By Dana Moss, The Guardian Staff", "guardian"),
        ("By Dana Moss, The Times Reporter", "the-times"),
    ],
)
def test_byline_outlet_may_end_with_a_staff_word(outlet_nlp, line, outlet_id):
    doc = run(outlet_nlp, f"{line}\n\n{BODY}")
    assert publisher(doc)[0] == outlet_id


@pytest.mark.parametrize(
    "line",
    ["NAIROBI (The Star) - ", "By Dana Moss, The Star\n\n"],
)
def test_a_shared_name_is_not_read_without_its_the(outlet_nlp, line):
    # "The Star" names many papers: it is not taken as "Star", another paper's own name
    doc = run(outlet_nlp, f"{line}{BODY}")
    assert publisher(doc)[0] == ""


def test_the_byline_is_read_once_for_a_text() -> None:
    head = "Ferry line to open\nBy Jan Roe, Transport Reporter\n\n"
    text = head + BODY
    name = text.index("Jan Roe")
    hits = _find_byline.cache_info().hits
    assert byline_names(text) == [(name, name + len("Jan Roe"))]
    assert byline_role(text) == (text.index("Transport"), len(head.rstrip()))
    assert byline_span(text) == (text.index("By"), len(head.rstrip()))
    assert _find_byline.cache_info().hits >= hits + 2  # role and span read the kept byline
    other = "By Dana Doe\n\n" + BODY  # another text gets its own byline, not the one kept
    assert byline_names(other) == [(3, 11)]
    assert byline_role(other) is None
    assert byline_names(BODY) == []
